<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DashboardRenderer</name>
    <message>
        <source>nothing was rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode PNG for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>logscope::ui::DashboardView</name>
    <message>
        <source>Response time distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average response time by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity by day and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogScope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error rate %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>logscope::ui::ErrorsByServicePanel</name>
    <message>
        <source>Errors by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines at ERROR or worse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>logscope::ui::LevelsOverTimePanel</name>
    <message>
        <source>Log levels over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines per %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>logscope::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a log file (Ctrl+O) to see its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export dashboard as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LogScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LogScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;LogScope %1&lt;/b&gt;&lt;p&gt;Fast native log analytics dashboard.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.jsonl *.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 bad lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>logscope::ui::PendingPanel</name>
    <message>
        <source>Not yet available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
