<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Analysis</name>
    <message numerus="yes">
        <source>%n latencies of hours, a thousand times their service&apos;s median, are left out of the latency statistics as impossible (see the Data Anomaly incidents)</source>
        <translation>
            <numerusform>%n latency of hours, a thousand times its service&apos;s median, is left out of the latency statistics as impossible (see the Data Anomaly incidents)</numerusform>
            <numerusform>%n latencies of hours, a thousand times their service&apos;s median, are left out of the latency statistics as impossible (see the Data Anomaly incidents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnomalyExplanation</name>
    <message numerus="yes">
        <source>template seen %n times</source>
        <translation>
            <numerusform>template seen %n time</numerusform>
            <numerusform>template seen %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message numerus="yes">
        <source>%1: %2 of %3 lines could not be read
</source>
        <translation>
            <numerusform>%1: %2 of %3 line could not be read
</numerusform>
            <numerusform>%1: %2 of %3 lines could not be read
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>a time window inside a sentence</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 line</numerusform>
            <numerusform>%1 lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 anomalies</source>
        <translation>
            <numerusform>%1 anomaly</numerusform>
            <numerusform>%1 anomalies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents (%2 critical)</source>
        <translation>
            <numerusform>%1 incident (%2 critical)</numerusform>
            <numerusform>%1 incidents (%2 critical)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents</source>
        <translation>
            <numerusform>%1 incident</numerusform>
            <numerusform>%1 incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message numerus="yes">
        <source>%n resource warnings from %1 in %2, %3x its usual rate</source>
        <translation>
            <numerusform>%n resource warning from %1 in %2, %3x its usual rate</numerusform>
            <numerusform>%n resource warnings from %1 in %2, %3x its usual rate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Traffic of %1 collapsed: %n lines in %2 where about %3 were expected</source>
        <translation>
            <numerusform>Traffic of %1 collapsed: %n line in %2 where about %3 were expected</numerusform>
            <numerusform>Traffic of %1 collapsed: %n lines in %2 where about %3 were expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brute force: %n failed logins in one minute from %1 (%2 in all)</source>
        <translation>
            <numerusform>Brute force: %n failed login in one minute from %1 (%2 in all)</numerusform>
            <numerusform>Brute force: %n failed logins in one minute from %1 (%2 in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Injection attempts: %n requests to %1 carried SQL, script or path-traversal payloads and some were answered with success</source>
        <translation>
            <numerusform>Injection attempts: %n request to %1 carried SQL, script or path-traversal payloads and was answered with success</numerusform>
            <numerusform>Injection attempts: %n requests to %1 carried SQL, script or path-traversal payloads and some were answered with success</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Injection attempts: %n requests to %1 carried SQL, script or path-traversal payloads</source>
        <translation>
            <numerusform>Injection attempts: %n request to %1 carried SQL, script or path-traversal payloads</numerusform>
            <numerusform>Injection attempts: %n requests to %1 carried SQL, script or path-traversal payloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines of %1 with missing or impossible values in %2 (%3 of its lines)</source>
        <translation>
            <numerusform>%n line of %1 with missing or impossible values in %2 (%3 of its lines)</numerusform>
            <numerusform>%n lines of %1 with missing or impossible values in %2 (%3 of its lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests to %1 refused by rate limiting in %2 (%3 of its traffic, %4x its usual rate)</source>
        <translation>
            <numerusform>%n request to %1 refused by rate limiting in %2 (%3 of its traffic, %4x its usual rate)</numerusform>
            <numerusform>%n requests to %1 refused by rate limiting in %2 (%3 of its traffic, %4x its usual rate)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message numerus="yes">
        <source>CRITICAL INCIDENTS: %n need immediate action; start with the earliest root cause listed above.</source>
        <translation>
            <numerusform>CRITICAL INCIDENTS: %n needs immediate action; start with the earliest root cause listed above.</numerusform>
            <numerusform>CRITICAL INCIDENTS: %n need immediate action; start with the earliest root cause listed above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HIGH ANOMALY RATE: %n anomalies detected; review anomalous patterns for security threats.</source>
        <translation>
            <numerusform>HIGH ANOMALY RATE: %n anomaly detected; review anomalous patterns for security threats.</numerusform>
            <numerusform>HIGH ANOMALY RATE: %n anomalies detected; review anomalous patterns for security threats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message numerus="yes">
        <source>logscope templates: %1 of %2 lines could not be read and are not mined
</source>
        <translation>
            <numerusform>logscope templates: %1 of %2 line could not be read and is not mined
</numerusform>
            <numerusform>logscope templates: %1 of %2 lines could not be read and are not mined
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message numerus="yes">
        <source>Top %n Anomalies:</source>
        <translation>
            <numerusform>Top %n Anomaly:</numerusform>
            <numerusform>Top %n Anomalies:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top %n Most Frequent Errors:</source>
        <translation>
            <numerusform>Top %n Most Frequent Error:</numerusform>
            <numerusform>Top %n Most Frequent Errors:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 lines at ERROR or worse)</source>
        <translation>
            <numerusform>%1 (%2 line at ERROR or worse)</numerusform>
            <numerusform>%1 (%2 lines at ERROR or worse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 occurrences</source>
        <translation>
            <numerusform>%1 occurrence</numerusform>
            <numerusform>%1 occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::ActivityHeatmapPanel</name>
    <message numerus="yes">
        <source>busiest: %1 %2:00 (%3 lines)</source>
        <translation>
            <numerusform>busiest: %1 %2:00 (%3 line)</numerusform>
            <numerusform>busiest: %1 %2:00 (%3 lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 lines (%5 of all)&lt;br&gt;click to list them</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 line (%5 of all)&lt;br&gt;click to list it</numerusform>
            <numerusform>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 lines (%5 of all)&lt;br&gt;click to list them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::AnomalyTimelinePanel</name>
    <message numerus="yes">
        <source>%1 anomalies (%2) · drag to zoom</source>
        <translation>
            <numerusform>%1 anomaly (%2) · drag to zoom</numerusform>
            <numerusform>%1 anomalies (%2) · drag to zoom</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::ErrorsByServicePanel</name>
    <message numerus="yes">
        <source>%1 error lines · top %2 of %3 services</source>
        <translation>
            <numerusform>%1 error line · top %2 of %3 services</numerusform>
            <numerusform>%1 error lines · top %2 of %3 services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error lines</source>
        <translation>
            <numerusform>%1 error line</numerusform>
            <numerusform>%1 error lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 error lines of %3 (%4)&lt;br&gt;%5 warnings&lt;br&gt;click to list the error lines</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 error line of %3 (%4)&lt;br&gt;%5 warnings&lt;br&gt;click to list the error line</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 error lines of %3 (%4)&lt;br&gt;%5 warnings&lt;br&gt;click to list the error lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::FilterBar</name>
    <message numerus="yes">
        <source>%1 of %2 services</source>
        <translation>
            <numerusform>%1 of %2 service</numerusform>
            <numerusform>%1 of %2 services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::FormatDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, confidence %2 (from the first %3 lines)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, confidence %2 (from the first %3 line)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, confidence %2 (from the first %3 lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read as &lt;b&gt;%1&lt;/b&gt; · fit %2 · first %3 lines: %4 parsed</source>
        <translation>
            <numerusform>Read as &lt;b&gt;%1&lt;/b&gt; · fit %2 · first %3 line: %4 parsed</numerusform>
            <numerusform>Read as &lt;b&gt;%1&lt;/b&gt; · fit %2 · first %3 lines: %4 parsed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::FrequentErrorsPanel</name>
    <message numerus="yes">
        <source>%1 error types</source>
        <translation>
            <numerusform>%1 error type</numerusform>
            <numerusform>%1 error types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 occurrences · worst level %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 occurrence · worst level %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 occurrences · worst level %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::IncidentList</name>
    <message numerus="yes">
        <source>&lt;br&gt;%1 evidence lines · click to list them</source>
        <translation>
            <numerusform>&lt;br&gt;%1 evidence line · click to list it</numerusform>
            <numerusform>&lt;br&gt;%1 evidence lines · click to list them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::IncidentsBySeverityPanel</name>
    <message numerus="yes">
        <source>%1 incidents</source>
        <translation>
            <numerusform>%1 incident</numerusform>
            <numerusform>%1 incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence of the %1 %2 incidents</source>
        <translation>
            <numerusform>Evidence of the %1 %2 incident</numerusform>
            <numerusform>Evidence of the %1 %2 incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1: %2 incidents&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1: %2 incident&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1: %2 incidents&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LatencyHistogramPanel</name>
    <message numerus="yes">
        <source>%1 timed lines · median %2 · mean %3</source>
        <translation>
            <numerusform>%1 timed line · median %2 · mean %3</numerusform>
            <numerusform>%1 timed lines · median %2 · mean %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 lines (%4 of timed lines)&lt;br&gt;click to list them</source>
        <translation>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 line (%4 of timed lines)&lt;br&gt;click to list it</numerusform>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 lines (%4 of timed lines)&lt;br&gt;click to list them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LevelsOverTimePanel</name>
    <message numerus="yes">
        <source>&lt;br&gt;total: %1 lines · click to list them</source>
        <translation>
            <numerusform>&lt;br&gt;total: %1 line · click to list it</numerusform>
            <numerusform>&lt;br&gt;total: %1 lines · click to list them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveUi</name>
    <message numerus="yes">
        <source> · %1 lines · lag %2 s</source>
        <translation>
            <numerusform> · %1 line · lag %2 s</numerusform>
            <numerusform> · %1 lines · lag %2 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LoadReportDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;format: %2 · %3 bytes&lt;br&gt;%4 lines read, %5 parsed, &lt;b&gt;%6 could not be read&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;format: %2 · %3 bytes&lt;br&gt;%4 line read, %5 parsed, &lt;b&gt;%6 could not be read&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;format: %2 · %3 bytes&lt;br&gt;%4 lines read, %5 parsed, &lt;b&gt;%6 could not be read&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LogView</name>
    <message numerus="yes">
        <source>%1 of %2 lines</source>
        <translation>
            <numerusform>%1 of %2 line</numerusform>
            <numerusform>%1 of %2 lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 line</numerusform>
            <numerusform>%1 lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 lines could not be read — File ▸ Load report lists them</source>
        <translation>
            <numerusform>%1 line could not be read — File ▸ Load report lists it</numerusform>
            <numerusform>%1 lines could not be read — File ▸ Load report lists them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 lines</source>
        <translation>
            <numerusform>%1 of %2 line</numerusform>
            <numerusform>%1 of %2 lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 line</numerusform>
            <numerusform>%1 lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bad lines</source>
        <translation>
            <numerusform>%1 bad line</numerusform>
            <numerusform>%1 bad lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::ServiceLatencyPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;average %2 over %3 lines&lt;br&gt;success rate %4 · health %5&lt;br&gt;click to list these lines</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;average %2 over %3 line&lt;br&gt;success rate %4 · health %5&lt;br&gt;click to list this line</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;average %2 over %3 lines&lt;br&gt;success rate %4 · health %5&lt;br&gt;click to list these lines</numerusform>
        </translation>
    </message>
</context>
</TS>
