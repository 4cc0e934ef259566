<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Analysis</name>
    <message>
        <source>%1 distinct services: the %2 least busy are analysed together as &quot;(other services)&quot;</source>
        <translation>%1 verschiedene Dienste: die %2 am wenigsten aktiven werden gemeinsam als „(other services)“ analysiert</translation>
    </message>
    <message numerus="yes">
        <source>%n latencies of hours, a thousand times their service&apos;s median, are left out of the latency statistics as impossible (see the Data Anomaly incidents)</source>
        <translation>
            <numerusform>%n Latenz von Stunden, tausendmal so hoch wie der Median ihres Dienstes, bleibt als unmöglich außerhalb der Latenzstatistik (siehe die Datenanomalie-Vorfälle)</numerusform>
            <numerusform>%n Latenzen von Stunden, tausendmal so hoch wie der Median ihres Dienstes, bleiben als unmöglich außerhalb der Latenzstatistik (siehe die Datenanomalie-Vorfälle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Print the result as JSON (schema in the README); `--json OUT` writes it to OUT instead.</source>
        <translation>Das Ergebnis als JSON ausgeben (Schema im README); `--json OUT` schreibt es stattdessen nach OUT.</translation>
    </message>
    <message>
        <source>Write line,score,is_anomaly for every line.</source>
        <translation>line,score,is_anomaly für jede Zeile schreiben.</translation>
    </message>
    <message>
        <source>Thresholds of the analysis as JSON (keys in the README).</source>
        <translation>Schwellenwerte der Analyse als JSON (Schlüssel im README).</translation>
    </message>
    <message>
        <source>Known anomaly episodes (the generator&apos;s episodes file) to score detection against.</source>
        <translation>Bekannte Anomalie-Episoden (die Episodendatei des Generators), an denen die Erkennung gemessen wird.</translation>
    </message>
    <message>
        <source>Analyse lines at or after this ISO 8601 time.</source>
        <translation>Zeilen ab diesem Zeitpunkt (ISO 8601) analysieren.</translation>
    </message>
    <message>
        <source>Analyse lines before this ISO 8601 time.</source>
        <translation>Zeilen vor diesem Zeitpunkt (ISO 8601) analysieren.</translation>
    </message>
    <message>
        <source>Analyse only this service (repeatable).</source>
        <translation>Nur diesen Dienst analysieren (wiederholbar).</translation>
    </message>
    <message>
        <source>Analyse only lines at this level or worse (e.g. WARNING).</source>
        <translation>Nur Zeilen ab dieser Stufe analysieren (z. B. WARNING).</translation>
    </message>
    <message>
        <source>Analyse only lines whose message contains TEXT (case-insensitive).</source>
        <translation>Nur Zeilen analysieren, deren Nachricht TEXT enthält (ohne Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Log files, folders (all their files), .gz/.zst archives, or - for standard input; several are merged by time.</source>
        <translation>Logdateien, Ordner (alle darin enthaltenen Dateien), .gz-/.zst-Archive oder - für die Standardeingabe; mehrere werden nach Zeit zusammengeführt.</translation>
    </message>
    <message>
        <source>Analyses a log: health score, performance, anomalies (Isolation Forest), error patterns, incidents with root causes, per-service health, recommendations.</source>
        <translation>Analysiert ein Log: Gesundheitswert, Leistung, Anomalien (Isolation Forest), Fehlermuster, Vorfälle mit Ursachen, Gesundheit je Dienst, Empfehlungen.</translation>
    </message>
    <message>
        <source>logscope analyze: expected at least one FILE (or - for standard input)
</source>
        <translation>logscope analyze: mindestens eine DATEI erwartet (oder - für die Standardeingabe)
</translation>
    </message>
    <message>
        <source>logscope analyze: --config %1
</source>
        <translation>logscope analyze: --config %1
</translation>
    </message>
    <message>
        <source>logscope analyze: --episodes %1
</source>
        <translation>logscope analyze: --episodes %1
</translation>
    </message>
    <message>
        <source>logscope analyze: --from expects an ISO 8601 time
</source>
        <translation>logscope analyze: --from erwartet eine Zeit nach ISO 8601
</translation>
    </message>
    <message>
        <source>logscope analyze: --to expects an ISO 8601 time
</source>
        <translation>logscope analyze: --to erwartet eine Zeit nach ISO 8601
</translation>
    </message>
    <message>
        <source>logscope analyze: --min-level expects a level such as INFO, WARNING or ERROR
</source>
        <translation>logscope analyze: --min-level erwartet eine Stufe wie INFO, WARNING oder ERROR
</translation>
    </message>
    <message>
        <source>logscope analyze: --follow takes one FILE (or - for standard input)
</source>
        <translation>logscope analyze: --follow erwartet genau eine DATEI (oder - für die Standardeingabe)
</translation>
    </message>
    <message>
        <source>logscope analyze: --%1 expects a duration such as 30s, 15m or 1h, got &apos;%2&apos;
</source>
        <translation>logscope analyze: --%1 erwartet eine Dauer wie 30s, 15m oder 1h, erhalten: &apos;%2&apos;
</translation>
    </message>
    <message>
        <source>Follow FILE as it grows (or - for standard input) and print each incident as one JSON line the moment it is raised (live mode).</source>
        <translation>DATEI beim Wachsen verfolgen (oder - für die Standardeingabe) und jeden Vorfall als eine JSON-Zeile ausgeben, sobald er ausgelöst wird (Live-Modus).</translation>
    </message>
    <message>
        <source>With --follow: the sliding window analysed (default 15m).</source>
        <translation>Mit --follow: das analysierte gleitende Zeitfenster (Standard 15m).</translation>
    </message>
    <message>
        <source>With --follow: stop after this long.</source>
        <translation>Mit --follow: nach dieser Dauer aufhören.</translation>
    </message>
    <message>
        <source>With --follow: skip what FILE holds now, read only new lines.</source>
        <translation>Mit --follow: den jetzigen Inhalt der DATEI überspringen, nur neue Zeilen lesen.</translation>
    </message>
</context>
<context>
    <name>AnomalyExplanation</name>
    <message>
        <source>unusual time of day %1</source>
        <translation>ungewöhnliche Tageszeit %1</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>5-min error rate %1</source>
        <translation>5-Min.-Fehlerrate %1</translation>
    </message>
    <message>
        <source>5-min mean latency %1 ms</source>
        <translation>5-Min.-Mittel der Latenz %1 ms</translation>
    </message>
    <message>
        <source>latency %1 ms</source>
        <translation>Latenz %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>template seen %n times</source>
        <translation>
            <numerusform>Vorlage %n-mal gesehen</numerusform>
            <numerusform>Vorlage %n-mal gesehen</numerusform>
        </translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>%1 (z %2)</source>
        <comment>an anomaly driver and its robust z-score</comment>
        <translation>%1 (z %2)</translation>
    </message>
    <message>
        <source>no single feature stands out</source>
        <translation>kein einzelnes Merkmal sticht heraus</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between anomaly drivers</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(kein Dienst)</translation>
    </message>
    <message>
        <source>latency %1 ms, %2 x the service&apos;s usual %3 ms</source>
        <translation>Latenz %1 ms, %2-mal die üblichen %3 ms des Dienstes</translation>
    </message>
    <message>
        <source>rare message template (%1 of %2 lines)</source>
        <translation>seltene Nachrichtenvorlage (%1 von %2 Zeilen)</translation>
    </message>
    <message>
        <source>%1 level</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>an unusual mix of its features</source>
        <translation>eine ungewöhnliche Kombination seiner Merkmale</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Try &apos;logscope &lt;command&gt; --help&apos;.
</source>
        <translation>Siehe &apos;logscope &lt;Befehl&gt; --help&apos;.
</translation>
    </message>
    <message>
        <source>Usage: %1

%2</source>
        <translation>Aufruf: %1

%2</translation>
    </message>
    <message>
        <source>logscope: warning: %1
</source>
        <translation>logscope: Warnung: %1
</translation>
    </message>
    <message>
        <source>logscope: no known format fits %1 well; read as %2 (confidence %3). Use --format to choose one.
</source>
        <translation>logscope: kein bekanntes Format passt gut zu %1; gelesen als %2 (Konfidenz %3). Wählen Sie eines mit --format.
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 lines could not be read
</source>
        <translation>
            <numerusform>%1: %2 von %3 Zeile konnte nicht gelesen werden
</numerusform>
            <numerusform>%1: %2 von %3 Zeilen konnten nicht gelesen werden
</numerusform>
        </translation>
    </message>
    <message>
        <source>line </source>
        <translation>Zeile </translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 Eingaben</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>%1%</source>
        <comment>a percentage inside a sentence</comment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>a time window inside a sentence</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardRenderer</name>
    <message>
        <source>nothing was rendered</source>
        <translation>es wurde nichts gezeichnet</translation>
    </message>
    <message>
        <source>cannot encode PNG for %1</source>
        <translation>PNG für %1 kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Where to write the PNG when there is no display (default logscope-demo.png).</source>
        <translation>Wohin das PNG ohne Anzeige geschrieben wird (Standard: logscope-demo.png).</translation>
    </message>
    <message>
        <source>Demo size in lines (default 100800: 7 days).</source>
        <translation>Größe der Demo in Zeilen (Standard: 100800 = 7 Tage).</translation>
    </message>
    <message>
        <source>Write the PNG and print the report even when a display is available.</source>
        <translation>PNG schreiben und Bericht ausgeben, auch wenn eine Anzeige verfügbar ist.</translation>
    </message>
    <message>
        <source>Generates a 7-day microservices demo log and shows its dashboard. Without a display it writes the dashboard PNG, prints its path and prints the text report.</source>
        <translation>Erzeugt ein 7-tägiges Microservices-Demo-Log und zeigt sein Dashboard. Ohne Anzeige schreibt es das Dashboard als PNG, gibt dessen Pfad und den Textbericht aus.</translation>
    </message>
    <message>
        <source>logscope demo: --lines expects a positive integer
</source>
        <translation>logscope demo: --lines erwartet eine positive ganze Zahl
</translation>
    </message>
    <message>
        <source>Demo (microservices, 7 days)</source>
        <translation>Demo (Microservices, 7 Tage)</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>MMM d HH:mm:ss</source>
        <translation>d. MMM HH:mm:ss</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>from %1 UTC</source>
        <translation>ab %1 UTC</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>bis %1 UTC</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>matching /%1/</source>
        <translation>passend zu /%1/</translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation>mit „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>error rate %1</source>
        <translation>Fehlerrate %1</translation>
    </message>
    <message>
        <source>P95 %1 · P99 %2</source>
        <translation>P95 %1 · P99 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 anomalies</source>
        <translation>
            <numerusform>%1 Anomalie</numerusform>
            <numerusform>%1 Anomalien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents (%2 critical)</source>
        <translation>
            <numerusform>%1 Vorfall (%2 kritisch)</numerusform>
            <numerusform>%1 Vorfälle (%2 kritisch)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents</source>
        <translation>
            <numerusform>%1 Vorfall</numerusform>
            <numerusform>%1 Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>health %1 %2</source>
        <translation>Gesundheit %1 %2</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>CRITICAL</source>
        <comment>incident severity</comment>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>HIGH</source>
        <comment>incident severity</comment>
        <translation>HOCH</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <comment>incident severity</comment>
        <translation>MITTEL</translation>
    </message>
    <message>
        <source>LOW</source>
        <comment>incident severity</comment>
        <translation>NIEDRIG</translation>
    </message>
    <message>
        <source>High Error Rate</source>
        <translation>Hohe Fehlerrate</translation>
    </message>
    <message>
        <source>Response Time Degradation</source>
        <translation>Verschlechterte Antwortzeit</translation>
    </message>
    <message>
        <source>Cascading Failure</source>
        <translation>Kaskadenausfall</translation>
    </message>
    <message>
        <source>Resource Exhaustion</source>
        <translation>Ressourcenerschöpfung</translation>
    </message>
    <message>
        <source>Security Threat</source>
        <translation>Sicherheitsbedrohung</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst ausgefallen</translation>
    </message>
    <message>
        <source>EXCELLENT</source>
        <comment>health status</comment>
        <translation>SEHR GUT</translation>
    </message>
    <message>
        <source>GOOD</source>
        <comment>health status</comment>
        <translation>GUT</translation>
    </message>
    <message>
        <source>DEGRADED</source>
        <comment>health status</comment>
        <translation>MÄSSIG</translation>
    </message>
    <message>
        <source>POOR</source>
        <comment>health status</comment>
        <translation>SCHLECHT</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <comment>health status</comment>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>Rate Limiting</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Data Anomaly</source>
        <translation>Datenanomalie</translation>
    </message>
</context>
<context>
    <name>FormatsCommand</name>
    <message>
        <source>logscope formats save: expected NAME and FORMAT, e.g. logscope formats save myapp &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos;
</source>
        <translation>logscope formats save: NAME und FORMAT erwartet, z. B. logscope formats save myapp &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos;
</translation>
    </message>
    <message>
        <source>logscope formats remove: expected NAME
</source>
        <translation>logscope formats remove: NAME erwartet
</translation>
    </message>
    <message>
        <source>logscope formats remove: no saved format named &apos;%1&apos;
</source>
        <translation>logscope formats remove: kein gespeichertes Format namens &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>logscope formats detect: expected FILE...
</source>
        <translation>logscope formats detect: DATEI... erwartet
</translation>
    </message>
    <message>
        <source>list (the default), save NAME FORMAT, remove NAME, or detect FILE...</source>
        <translation>list (Standard), save NAME FORMAT, remove NAME oder detect FILE...</translation>
    </message>
    <message>
        <source>Lists the input formats LogScope reads and the formats you saved; saves a format string under a name (use it with --format NAME; saved formats also take part in detection); removes one; or tells which format files are detected as.</source>
        <translation>Listet die Eingabeformate, die LogScope liest, und Ihre gespeicherten Formate; speichert eine Formatzeichenkette unter einem Namen (Verwendung mit --format NAME; gespeicherte Formate nehmen auch an der Erkennung teil); entfernt eines; oder zeigt, als welches Format Dateien erkannt werden.</translation>
    </message>
    <message>
        <source>logscope: warning: %1
</source>
        <translation>logscope: Warnung: %1
</translation>
    </message>
    <message>
        <source>logscope formats: unknown action &apos;%1&apos;: expected list, save, remove or detect
</source>
        <translation>logscope formats: unbekannte Aktion &apos;%1&apos;: erwartet wird list, save, remove oder detect
</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>--%1 expects a number above %2 and at most %3, got &apos;%4&apos;</source>
        <translation>--%1 erwartet eine Zahl über %2 und höchstens %3, erhalten: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>Scenario JSON merged onto the profile (any part may be overridden; see README).</source>
        <translation>Szenario-JSON, das über das Profil gelegt wird (jeder Teil kann überschrieben werden; siehe README).</translation>
    </message>
    <message>
        <source>Built-in profile: microservices (default), web, metrics or basic.</source>
        <translation>Eingebautes Profil: microservices (Standard), web, metrics oder basic.</translation>
    </message>
    <message>
        <source>Lines to generate; 0 streams without end (default: the profile&apos;s, 100800 for microservices).</source>
        <translation>Zu erzeugende Zeilen; 0 erzeugt endlos (Standard: die des Profils, 100800 für microservices).</translation>
    </message>
    <message>
        <source>Lines per batch: one random-anomaly draw per batch (default 100).</source>
        <translation>Zeilen pro Stapel: eine Zufallsanomalie-Ziehung pro Stapel (Standard 100).</translation>
    </message>
    <message>
        <source>stdout, file or both (default: file with -p, else stdout).</source>
        <translation>stdout, file oder both (Standard: file mit -p, sonst stdout).</translation>
    </message>
    <message>
        <source>json (default), text (seed 002), nginx (combined access log) or syslog (RFC 5424).</source>
        <translation>json (Standard), text (Seed 002), nginx (kombiniertes Zugriffslog) oder syslog (RFC 5424).</translation>
    </message>
    <message>
        <source>Output file (episodes go to FILE.episodes.json).</source>
        <translation>Ausgabedatei (Episoden kommen nach FILE.episodes.json).</translation>
    </message>
    <message>
        <source>Chance of a random anomaly episode per batch, 0 to 1.</source>
        <translation>Wahrscheinlichkeit einer zufälligen Anomalie-Episode pro Stapel, 0 bis 1.</translation>
    </message>
    <message>
        <source>Leave the _labels ground truth out of the lines.</source>
        <translation>Die _labels-Grundwahrheit aus den Zeilen weglassen.</translation>
    </message>
    <message>
        <source>Stream on the wall clock, writing every S seconds (stop with Ctrl+C).</source>
        <translation>In Echtzeit streamen, alle S Sekunden schreiben (Abbruch mit Strg+C).</translation>
    </message>
    <message>
        <source>Random seed: the same seed and scenario give the same output byte for byte (default 42).</source>
        <translation>Zufallsstartwert: gleicher Startwert und gleiches Szenario ergeben byte-genau dieselbe Ausgabe (Standard 42).</translation>
    </message>
    <message>
        <source>First simulated time (ISO 8601) or &apos;now&apos;.</source>
        <translation>Erste simulierte Zeit (ISO 8601) oder &apos;now&apos;.</translation>
    </message>
    <message>
        <source>Simulated span (e.g. 7d, 12h, 90m); when streaming, how long to run.</source>
        <translation>Simulierte Zeitspanne (z. B. 7d, 12h, 90m); beim Streamen die Laufzeit.</translation>
    </message>
    <message>
        <source>Lines per second: the density of simulated time, or the streaming pace.</source>
        <translation>Zeilen pro Sekunde: die Dichte der simulierten Zeit oder das Streaming-Tempo.</translation>
    </message>
    <message>
        <source>Rotate the output file at this size (e.g. 10M); parts are FILE.1, FILE.2, ...</source>
        <translation>Ausgabedatei ab dieser Größe rotieren (z. B. 10M); Teile heißen FILE.1, FILE.2, ...</translation>
    </message>
    <message>
        <source>Inject an episode: TYPE@OFFSET[:DURATION][,key=value] (e.g. error_spike@20s:60s); repeatable.</source>
        <translation>Eine Episode einfügen: TYPE@OFFSET[:DURATION][,key=value] (z. B. error_spike@20s:60s); wiederholbar.</translation>
    </message>
    <message>
        <source>Where to write the episodes file (default FILE.episodes.json beside -p).</source>
        <translation>Wohin die Episodendatei geschrieben wird (Standard: FILE.episodes.json neben -p).</translation>
    </message>
    <message>
        <source>Print the effective scenario JSON and exit.</source>
        <translation>Das wirksame Szenario-JSON ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Writes synthetic logs with labelled anomaly episodes: profiles microservices (seed 003), web (seed 002), metrics (seed 001) and basic (seed 000).</source>
        <translation>Schreibt synthetische Logs mit markierten Anomalie-Episoden: Profile microservices (Seed 003), web (Seed 002), metrics (Seed 001) und basic (Seed 000).</translation>
    </message>
    <message>
        <source>--format expects json, text, nginx or syslog, got &apos;%1&apos;</source>
        <translation>--format erwartet json, text, nginx oder syslog, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--anomaly-rate expects a number from 0 to 1, got &apos;%1&apos;</source>
        <translation>--anomaly-rate erwartet eine Zahl von 0 bis 1, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duration expects a duration such as 7d, 12h or 90s, got &apos;%1&apos;</source>
        <translation>--duration erwartet eine Dauer wie 7d, 12h oder 90s, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--start expects an ISO 8601 time or &apos;now&apos;, got &apos;%1&apos;</source>
        <translation>--start erwartet eine Zeit nach ISO 8601 oder &apos;now&apos;, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--output expects stdout, file or both, got &apos;%1&apos;</source>
        <translation>--output erwartet stdout, file oder both, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--output %1 needs -p/--output-path FILE</source>
        <translation>--output %1 braucht -p/--output-path FILE</translation>
    </message>
    <message>
        <source>--rotate-size expects a size such as 1048576, 64K, 10M or 1G, got &apos;%1&apos;</source>
        <translation>--rotate-size erwartet eine Größe wie 1048576, 64K, 10M oder 1G, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--rotate-size needs an output file (-p FILE)</source>
        <translation>--rotate-size braucht eine Ausgabedatei (-p FILE)</translation>
    </message>
    <message>
        <source>logscope generate: warning: --inject %1 starts after the run ends (%2)
</source>
        <translation>logscope generate: Warnung: --inject %1 beginnt nach dem Ende des Laufs (%2)
</translation>
    </message>
    <message>
        <source>--%1 expects a non-negative integer, got &apos;%2&apos;</source>
        <translation>--%1 erwartet eine nichtnegative ganze Zahl, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 expects a positive integer, got &apos;%2&apos;</source>
        <translation>--%1 erwartet eine positive ganze Zahl, erhalten: &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Log files to open (several open as one log).</source>
        <translation>Zu öffnende Logdateien (mehrere werden als ein Log geöffnet).</translation>
    </message>
    <message>
        <source>Fast native log analytics dashboard. With no command it opens the dashboard
window, loading the FILEs given.

Commands (each has --help):
  demo       the dashboard of a built-in demo dataset (without a display: a PNG
             and the text report)
  generate   write synthetic logs
  analyze    print the report of a log file
  report     render the dashboard of a log file to a PNG, headless
  templates  mine the message templates of a log file (CSV, top list)
  formats    list, save and detect input formats</source>
        <translation>Schnelles natives Dashboard für Log-Analysen. Ohne Befehl öffnet es das
Dashboard-Fenster und lädt die angegebenen DATEIen.

Befehle (jeder hat --help):
  demo       das Dashboard eines eingebauten Demo-Datensatzes (ohne Anzeige:
             ein PNG und der Textbericht)
  generate   synthetische Logs schreiben
  analyze    den Bericht einer Logdatei ausgeben
  report     das Dashboard einer Logdatei ohne Anzeige als PNG zeichnen
  templates  die Nachrichtenvorlagen einer Logdatei ermitteln (CSV, Top-Liste)
  formats    Eingabeformate auflisten, speichern und erkennen</translation>
    </message>
    <message>
        <source>logscope: no display available (DISPLAY and WAYLAND_DISPLAY are unset). Use &apos;logscope demo&apos;, &apos;logscope report FILE -o out.png&apos; or &apos;logscope analyze FILE&apos; without a display.
</source>
        <translation>logscope: keine Anzeige verfügbar (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Ohne Anzeige verwenden Sie &apos;logscope demo&apos;, &apos;logscope report FILE -o out.png&apos; oder &apos;logscope analyze FILE&apos;.
</translation>
    </message>
    <message>
        <source>Read the FILEs with this format: a built-in or saved format&apos;s name, or a format string such as &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos; (default: detected).</source>
        <translation>Die DATEIen mit diesem Format lesen: Name eines eingebauten oder gespeicherten Formats oder eine Formatzeichenkette wie &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos; (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Start a live demo stream (Live menu).</source>
        <translation>Einen Live-Demostream starten (Menü Live).</translation>
    </message>
    <message>
        <source>With --live: the generator profile (default microservices).</source>
        <translation>Mit --live: das Generatorprofil (Standard: microservices).</translation>
    </message>
    <message>
        <source>With --live: lines per second, 1 to 50000 (default 1000).</source>
        <translation>Mit --live: Zeilen pro Sekunde, 1 bis 50000 (Standard: 1000).</translation>
    </message>
    <message>
        <source>Follow a growing log file live.</source>
        <translation>Eine wachsende Logdatei live verfolgen.</translation>
    </message>
    <message>
        <source>logscope: --rate expects 1 to 50000 lines per second, got &apos;%1&apos;
</source>
        <translation>logscope: --rate erwartet 1 bis 50000 Zeilen pro Sekunde, erhalten: &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>logscope: --live: cannot start profile &apos;%1&apos;
</source>
        <translation>logscope: --live: Profil &apos;%1&apos; kann nicht gestartet werden
</translation>
    </message>
</context>
<context>
    <name>HealthFactors</name>
    <message>
        <source>error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>slow responses</source>
        <translation>langsame Antworten</translation>
    </message>
    <message>
        <source>low success rate</source>
        <translation>niedrige Erfolgsrate</translation>
    </message>
    <message>
        <source>anomaly rate</source>
        <translation>Anomalierate</translation>
    </message>
    <message>
        <source>critical incidents</source>
        <translation>kritische Vorfälle</translation>
    </message>
    <message>
        <source>high incidents</source>
        <translation>schwere Vorfälle</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message numerus="yes">
        <source>%n resource warnings from %1 in %2, %3x its usual rate</source>
        <translation>
            <numerusform>%n Ressourcenwarnung von %1 in %2, %3-mal so oft wie üblich</numerusform>
            <numerusform>%n Ressourcenwarnungen von %1 in %2, %3-mal so oft wie üblich</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered %2 of requests with 502/503/504</source>
        <translation>%1 beantwortete %2 der Anfragen mit 502/503/504</translation>
    </message>
    <message numerus="yes">
        <source>Traffic of %1 collapsed: %n lines in %2 where about %3 were expected</source>
        <translation>
            <numerusform>Verkehr von %1 eingebrochen: %n Zeile in %2, wo etwa %3 erwartet wurden</numerusform>
            <numerusform>Verkehr von %1 eingebrochen: %n Zeilen in %2, wo etwa %3 erwartet wurden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brute force: %n failed logins in one minute from %1 (%2 in all)</source>
        <translation>
            <numerusform>Brute-Force: %n fehlgeschlagene Anmeldung in einer Minute von %1 (insgesamt %2)</numerusform>
            <numerusform>Brute-Force: %n fehlgeschlagene Anmeldungen in einer Minute von %1 (insgesamt %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Brute force: %1 failed logins per minute on %2 (usual %3 of its lines)</source>
        <translation>Brute-Force: %1 fehlgeschlagene Anmeldungen pro Minute bei %2 (üblich: %3 seiner Zeilen)</translation>
    </message>
    <message numerus="yes">
        <source>Injection attempts: %n requests to %1 carried SQL, script or path-traversal payloads and some were answered with success</source>
        <translation>
            <numerusform>Injektionsversuche: %n Anfrage an %1 enthielt SQL-, Skript- oder Path-Traversal-Nutzdaten, und einige wurden erfolgreich beantwortet</numerusform>
            <numerusform>Injektionsversuche: %n Anfragen an %1 enthielten SQL-, Skript- oder Path-Traversal-Nutzdaten, und einige wurden erfolgreich beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Injection attempts: %n requests to %1 carried SQL, script or path-traversal payloads</source>
        <translation>
            <numerusform>Injektionsversuche: %n Anfrage an %1 enthielt SQL-, Skript- oder Path-Traversal-Nutzdaten</numerusform>
            <numerusform>Injektionsversuche: %n Anfragen an %1 enthielten SQL-, Skript- oder Path-Traversal-Nutzdaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Multiple services failing within %1: %2</source>
        <translation>Mehrere Dienste fallen innerhalb von %1 aus: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of %1 with missing or impossible values in %2 (%3 of its lines)</source>
        <translation>
            <numerusform>%n Zeile von %1 mit fehlenden oder unmöglichen Werten in %2 (%3 seiner Zeilen)</numerusform>
            <numerusform>%n Zeilen von %1 mit fehlenden oder unmöglichen Werten in %2 (%3 seiner Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2&apos;s requests took more than %3 ms (%4x its P95 baseline of %5 ms); mean %6 ms</source>
        <translation>%1 der Anfragen an %2 dauerten länger als %3 ms (%4-mal seine P95-Basis von %5 ms); Mittel %6 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n requests to %1 refused by rate limiting in %2 (%3 of its traffic, %4x its usual rate)</source>
        <translation>
            <numerusform>%n Anfrage an %1 durch Ratenbegrenzung abgewiesen in %2 (%3 seines Verkehrs, %4-mal so oft wie üblich)</numerusform>
            <numerusform>%n Anfragen an %1 durch Ratenbegrenzung abgewiesen in %2 (%3 seines Verkehrs, %4-mal so oft wie üblich)</numerusform>
        </translation>
    </message>
    <message>
        <source>Error rate of %1 reached %2 in a %3-minute window (threshold %4, usual %5)</source>
        <translation>Fehlerrate von %1 erreichte %2 in einem %3-Minuten-Fenster (Schwelle %4, üblich %5)</translation>
    </message>
    <message>
        <source>Error rate of %1 reached %2 in a %3-second window (threshold %4, usual %5)</source>
        <translation>Fehlerrate von %1 erreichte %2 in einem %3-Sekunden-Fenster (Schwelle %4, üblich %5)</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s successful requests took more than %3 ms (%4 x its P95 of %5 ms) in a %6-second window</source>
        <translation>%1 der erfolgreichen Anfragen von %2 dauerten länger als %3 ms (%4-mal sein P95 von %5 ms) in einem %6-Sekunden-Fenster</translation>
    </message>
    <message>
        <source>Median response time of %1 rose to %2 ms, %3 x its usual %4 ms, in a %5-second window</source>
        <translation>Median-Antwortzeit von %1 stieg auf %2 ms, %3-mal so hoch wie die üblichen %4 ms, in einem %5-Sekunden-Fenster</translation>
    </message>
    <message>
        <source>%1 answered %2 of its requests with 502/503/504 in a %3-second window</source>
        <translation>%1 beantwortete %2 seiner Anfragen mit 502/503/504 in einem %3-Sekunden-Fenster</translation>
    </message>
    <message>
        <source>%1 logged %2 lines in a %3-second window where about %4 are usual</source>
        <translation>%1 schrieb %2 Zeilen in einem %3-Sekunden-Fenster, üblich sind etwa %4</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s lines report exhausted resources (memory, disk, CPU, pools) in a %3-second window (usual %4)</source>
        <translation>%1 der Zeilen von %2 melden erschöpfte Ressourcen (Speicher, Festplatte, CPU, Pools) in einem %3-Sekunden-Fenster (üblich %4)</translation>
    </message>
    <message>
        <source>%1 requests with injection payloads (SQL, script, traversal) reached %2 in a %3-second window</source>
        <translation>%1 Anfragen mit Injection-Nutzlasten (SQL, Skript, Traversal) erreichten %2 in einem %3-Sekunden-Fenster</translation>
    </message>
    <message>
        <source>Brute force: %1 failed logins from %2 on %3 within %4 seconds</source>
        <translation>Brute-Force: %1 fehlgeschlagene Anmeldungen von %2 bei %3 innerhalb von %4 Sekunden</translation>
    </message>
</context>
<context>
    <name>InputOptions</name>
    <message>
        <source>Read the input as FORMAT instead of detecting it: a format name (see &apos;logscope formats&apos;), a saved format&apos;s name, or a format string such as &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</source>
        <translation>Die Eingabe als FORMAT lesen, statt es zu erkennen: ein Formatname (siehe &apos;logscope formats&apos;), der Name eines gespeicherten Formats oder eine Formatzeichenkette wie &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</translation>
    </message>
    <message>
        <source>Print how long each phase took (read, parse, analysis, ...) to standard error.</source>
        <translation>Die Dauer jeder Phase (Lesen, Parsen, Analyse, ...) auf die Standardfehlerausgabe schreiben.</translation>
    </message>
</context>
<context>
    <name>LineDetail</name>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>anomaly score</source>
        <translation>Anomaliewert</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>anomaly %1</source>
        <translation>Anomalie %1</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (Datei %2)</translation>
    </message>
</context>
<context>
    <name>LoadProblems</name>
    <message>
        <source>JSON value is not an object</source>
        <translation>JSON-Wert ist kein Objekt</translation>
    </message>
    <message>
        <source>array element is neither a string nor an object</source>
        <translation>Array-Element ist weder Zeichenkette noch Objekt</translation>
    </message>
    <message>
        <source>not an access log line (`client - user [time] &quot;request&quot; status bytes`)</source>
        <translation>keine Access-Log-Zeile (`client - user [time] &quot;request&quot; status bytes`)</translation>
    </message>
    <message>
        <source>too many inputs: at most %1 files can be loaded at once</source>
        <translation>zu viele Eingaben: höchstens %1 Dateien können auf einmal geladen werden</translation>
    </message>
    <message>
        <source>none of the inputs is a text log: %1</source>
        <translation>keine der Eingaben ist ein Text-Log: %1</translation>
    </message>
    <message>
        <source>%1: does not look like a text log (binary data); use --format to read it anyway</source>
        <translation>%1: sieht nicht wie ein Text-Log aus (Binärdaten); mit --format trotzdem lesen</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (übersprungen)</translation>
    </message>
    <message>
        <source>%1: the file shrank while it was read; the part cut off is missing</source>
        <translation>%1: die Datei wurde beim Lesen kleiner; der abgeschnittene Teil fehlt</translation>
    </message>
    <message>
        <source>no input given</source>
        <translation>keine Eingabe angegeben</translation>
    </message>
    <message>
        <source>not tried: the format gave up on %1 of %2 lines (its pattern backtracks too much; simplify it)</source>
        <translation>nicht versucht: das Format gab bei %1 von %2 Zeilen auf (sein Muster verfolgt zu viel zurück; vereinfachen Sie es)</translation>
    </message>
    <message>
        <source>the format &apos;%1&apos; gave up on this line (its pattern backtracks too much)</source>
        <translation>das Format &apos;%1&apos; gab bei dieser Zeile auf (sein Muster verfolgt zu viel zurück)</translation>
    </message>
    <message>
        <source>does not match the format &apos;%1&apos;</source>
        <translation>passt nicht zum Format &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not an RFC 5424 syslog line (`&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID SD message`)</source>
        <translation>keine RFC-5424-Syslog-Zeile (`&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID SD message`)</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>kein JSON-Array</translation>
    </message>
    <message>
        <source>not `[time] [LEVEL] [source/service] message`</source>
        <translation>nicht `[time] [LEVEL] [source/service] message`</translation>
    </message>
    <message>
        <source>not a syslog line (`Mmm dd HH:MM:SS host tag: message`)</source>
        <translation>keine Syslog-Zeile (`Mmm dd HH:MM:SS host tag: message`)</translation>
    </message>
    <message>
        <source>not logfmt (`key=value key=&quot;quoted value&quot;`)</source>
        <translation>kein logfmt (`key=value key=&quot;quoted value&quot;`)</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>no level (INFO, WARN, ERROR, ...) after the timestamp</source>
        <translation>keine Stufe (INFO, WARN, ERROR, …) nach dem Zeitstempel</translation>
    </message>
    <message>
        <source>no timestamp at the start of the line</source>
        <translation>kein Zeitstempel am Zeilenanfang</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <source>(no template)</source>
        <translation>(keine Vorlage)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>the service</source>
        <translation>den Dienst</translation>
    </message>
    <message>
        <source>Investigate %1: %2 drove its error rate to %3; check its dependencies and the latest deployment, and roll back if a release coincides.</source>
        <translation>Untersuchen Sie %1: %2 trieb seine Fehlerrate auf %3; prüfen Sie seine Abhängigkeiten und das letzte Deployment, und machen Sie es rückgängig, wenn ein Release zeitlich zusammenfällt.</translation>
    </message>
    <message>
        <source>Profile %1: requests took over %2 ms (mean %3 ms); look for slow queries, lock contention or saturated instances, and scale out if the slowdown follows load.</source>
        <translation>Profilieren Sie %1: Anfragen dauerten über %2 ms (Mittel %3 ms); suchen Sie nach langsamen Abfragen, Sperrkonflikten oder ausgelasteten Instanzen, und skalieren Sie horizontal, wenn die Verlangsamung der Last folgt.</translation>
    </message>
    <message>
        <source>IMMEDIATE: stabilise %1 first (it failed first, with %2), then %3 followed; restart or fail it over, shed load, and put timeouts and circuit breakers between it and its callers.</source>
        <translation>SOFORT: stabilisieren Sie zuerst %1 (es fiel zuerst aus, mit %2), dann folgten %3; starten Sie es neu oder schalten Sie auf ein Ersatzsystem um, reduzieren Sie die Last, und setzen Sie Timeouts und Circuit Breaker zwischen es und seine Aufrufer.</translation>
    </message>
    <message>
        <source>IMMEDIATE: stabilise %1 first (it failed first, with %2); restart or fail it over, shed load, and put timeouts and circuit breakers between it and its callers.</source>
        <translation>SOFORT: stabilisieren Sie zuerst %1 (es fiel zuerst aus, mit %2); starten Sie es neu oder schalten Sie auf ein Ersatzsystem um, reduzieren Sie die Last, und setzen Sie Timeouts und Circuit Breaker zwischen es und seine Aufrufer.</translation>
    </message>
    <message>
        <source>Free or add capacity on %1: %2 kept repeating; check memory, disk and connection-pool usage, look for a leak or a runaway consumer before raising limits.</source>
        <translation>Geben Sie auf %1 Kapazität frei oder fügen Sie welche hinzu: %2 wiederholte sich ständig; prüfen Sie Speicher, Festplatte und Verbindungspool, und suchen Sie nach einem Leck oder einem außer Kontrolle geratenen Verbraucher, bevor Sie Grenzen anheben.</translation>
    </message>
    <message>
        <source>Block the source of the injection attempts on %1 (e.g. %2); verify parameterised queries and output encoding on that endpoint and tighten the WAF rules.</source>
        <translation>Blockieren Sie die Quelle der Injektionsversuche auf %1 (z. B. %2); prüfen Sie parametrisierte Abfragen und Ausgabekodierung an diesem Endpunkt, und verschärfen Sie die WAF-Regeln.</translation>
    </message>
    <message>
        <source>Rate-limit or block the client behind the failed logins on %1; enable account lockout or CAPTCHA, and check whether any login from it succeeded.</source>
        <translation>Begrenzen oder blockieren Sie den Client hinter den fehlgeschlagenen Anmeldungen bei %1; aktivieren Sie Kontosperrung oder CAPTCHA, und prüfen Sie, ob eine Anmeldung von ihm erfolgreich war.</translation>
    </message>
    <message>
        <source>Check that %1&apos;s instances are up and reachable (health checks, load balancer, crash loops); restart failed instances and verify its upstream dependencies.</source>
        <translation>Prüfen Sie, ob die Instanzen von %1 laufen und erreichbar sind (Health-Checks, Load Balancer, Absturzschleifen); starten Sie ausgefallene Instanzen neu, und prüfen Sie seine vorgelagerten Abhängigkeiten.</translation>
    </message>
    <message>
        <source>Find the clients %1 throttled (see the evidence lines): block or slow abusive ones, raise the quota of legitimate ones, and make callers back off with jitter instead of retrying at once.</source>
        <translation>Ermitteln Sie die Clients, die %1 gedrosselt hat (siehe Belegzeilen): blockieren oder bremsen Sie missbräuchliche, erhöhen Sie das Kontingent legitimer, und lassen Sie Aufrufer mit Jitter zurückweichen, statt sofort erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Check what writes %1&apos;s records: fields it always fills came missing or impossible (e.g. %2); validate records at the producer and fix its serialisation before trusting these figures.</source>
        <translation>Prüfen Sie, was die Datensätze von %1 schreibt: sonst stets gefüllte Felder fehlten oder waren unmöglich (z. B. %2); validieren Sie Datensätze beim Erzeuger und beheben Sie seine Serialisierung, bevor Sie diesen Zahlen trauen.</translation>
    </message>
    <message>
        <source>It is part of a cascading failure that started in %1: stabilise %1 first.</source>
        <translation>Es ist Teil eines Kaskadenausfalls, der in %1 begann: stabilisieren Sie zuerst %1.</translation>
    </message>
    <message numerus="yes">
        <source>CRITICAL INCIDENTS: %n need immediate action; start with the earliest root cause listed above.</source>
        <translation>
            <numerusform>KRITISCHE VORFÄLLE: %n erfordert sofortiges Handeln; beginnen Sie mit der frühesten oben genannten Ursache.</numerusform>
            <numerusform>KRITISCHE VORFÄLLE: %n erfordern sofortiges Handeln; beginnen Sie mit der frühesten oben genannten Ursache.</numerusform>
        </translation>
    </message>
    <message>
        <source>PERFORMANCE DEGRADATION: P95 response time at %1 ms; optimise slow queries or scale infrastructure.</source>
        <translation>LEISTUNGSABFALL: P95-Antwortzeit bei %1 ms; optimieren Sie langsame Abfragen oder skalieren Sie die Infrastruktur.</translation>
    </message>
    <message>
        <source>HIGH ERROR RATE: %1 of lines are errors; fix the top error patterns first.</source>
        <translation>HOHE FEHLERRATE: %1 der Zeilen sind Fehler; beheben Sie zuerst die häufigsten Fehlermuster.</translation>
    </message>
    <message numerus="yes">
        <source>HIGH ANOMALY RATE: %n anomalies detected; review anomalous patterns for security threats.</source>
        <translation>
            <numerusform>HOHE ANOMALIERATE: %n Anomalie erkannt; prüfen Sie auffällige Muster auf Sicherheitsbedrohungen.</numerusform>
            <numerusform>HOHE ANOMALIERATE: %n Anomalien erkannt; prüfen Sie auffällige Muster auf Sicherheitsbedrohungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>UNHEALTHY SERVICE: %1 succeeds on %2 of requests; review its errors.</source>
        <translation>UNGESUNDER DIENST: %1 ist bei %2 der Anfragen erfolgreich; prüfen Sie seine Fehler.</translation>
    </message>
    <message>
        <source>DEGRADING TREND: the daily error rate is rising; compare recent deployments and load.</source>
        <translation>NEGATIVER TREND: die tägliche Fehlerrate steigt; vergleichen Sie die letzten Deployments und die Last.</translation>
    </message>
    <message>
        <source>System operating within normal parameters.</source>
        <translation>Das System arbeitet im normalen Rahmen.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>PNG file to write (required).</source>
        <translation>Zu schreibende PNG-Datei (erforderlich).</translation>
    </message>
    <message>
        <source>Image width in pixels (default %1).</source>
        <translation>Bildbreite in Pixeln (Standard %1).</translation>
    </message>
    <message>
        <source>Image height in pixels (default %1).</source>
        <translation>Bildhöhe in Pixeln (Standard %1).</translation>
    </message>
    <message>
        <source>Colour theme: light or dark (default light).</source>
        <translation>Farbschema: light (hell) oder dark (dunkel) (Standard light).</translation>
    </message>
    <message>
        <source>Draw everything this many times larger in the same pixel size, e.g. 2 for high-density screens (default 1).</source>
        <translation>Alles so viele Male größer in derselben Pixelgröße zeichnen, z. B. 2 für hochauflösende Bildschirme (Standard 1).</translation>
    </message>
    <message>
        <source>Log files, folders, .gz/.zst archives, or - for standard input; several are merged by time.</source>
        <translation>Logdateien, Ordner, .gz-/.zst-Archive oder - für die Standardeingabe; mehrere werden nach Zeit zusammengeführt.</translation>
    </message>
    <message>
        <source>Renders the nine-panel dashboard of a log file to a PNG image; needs no display.</source>
        <translation>Zeichnet das neunteilige Dashboard einer Logdatei als PNG-Bild; benötigt keine Anzeige.</translation>
    </message>
    <message>
        <source>logscope report: expected FILE... and -o PNG
</source>
        <translation>logscope report: DATEI... und -o PNG erwartet
</translation>
    </message>
    <message>
        <source>logscope report: --width and --height must be whole numbers between 320×240 and 16384×16384
</source>
        <translation>logscope report: --width und --height müssen ganze Zahlen zwischen 320×240 und 16384×16384 sein
</translation>
    </message>
    <message>
        <source>logscope report: --scale must be a number from 0.5 to 4
</source>
        <translation>logscope report: --scale muss eine Zahl von 0.5 bis 4 sein
</translation>
    </message>
    <message>
        <source>logscope report: --theme must be light or dark, got &apos;%1&apos;
</source>
        <translation>logscope report: --theme muss light oder dark sein, erhalten: &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <source> (for a text log, give its line format with --format)</source>
        <translation> (bei einem Textlog geben Sie das Zeilenformat mit --format an)</translation>
    </message>
    <message numerus="yes">
        <source>logscope templates: %1 of %2 lines could not be read and are not mined
</source>
        <translation>
            <numerusform>logscope templates: %1 von %2 Zeile konnte nicht gelesen werden und wird nicht ausgewertet
</numerusform>
            <numerusform>logscope templates: %1 von %2 Zeilen konnten nicht gelesen werden und werden nicht ausgewertet
</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation>  Zeile %1: %2
</translation>
    </message>
    <message>
        <source>Line format in logparser syntax, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;; the &lt;Content&gt; field is mined. Without it the file is read as JSON lines and their message is mined.</source>
        <translation>Zeilenformat in logparser-Syntax, z. B. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;; ausgewertet wird das Feld &lt;Content&gt;. Ohne Angabe wird die Datei als JSON-Zeilen gelesen und deren Nachricht ausgewertet.</translation>
    </message>
    <message>
        <source>Write line,template_id,template per mined line (CSV, lines numbered from 1).</source>
        <translation>line,template_id,template für jede ausgewertete Zeile schreiben (CSV, Zeilen ab 1 nummeriert).</translation>
    </message>
    <message>
        <source>Write template_id,template,count per template (CSV).</source>
        <translation>template_id,template,count für jede Vorlage schreiben (CSV).</translation>
    </message>
    <message>
        <source>Templates to list on stdout (default 20, 0 = all).</source>
        <translation>Auf stdout aufzulistende Vorlagen (Standard 20, 0 = alle).</translation>
    </message>
    <message>
        <source>Show variables by kind (&lt;NUM&gt;, &lt;IP&gt;, &lt;PATH&gt;, ...) instead of &lt;*&gt;.</source>
        <translation>Variablen nach Art (&lt;NUM&gt;, &lt;IP&gt;, &lt;PATH&gt;, ...) statt als &lt;*&gt; zeigen.</translation>
    </message>
    <message>
        <source>Continue from a miner state saved by --save-state.</source>
        <translation>Von einem mit --save-state gespeicherten Zustand fortfahren.</translation>
    </message>
    <message>
        <source>Save the miner&apos;s state (JSON) after mining, to continue later.</source>
        <translation>Den Zustand (JSON) nach der Auswertung speichern, um später fortzufahren.</translation>
    </message>
    <message>
        <source>The log file.</source>
        <translation>Die Logdatei.</translation>
    </message>
    <message>
        <source>Mines the message templates of a log file (variables such as numbers, ids, IPs and paths become &lt;*&gt;),
lists the most frequent ones and writes them as CSV.</source>
        <translation>Ermittelt die Nachrichtenvorlagen einer Logdatei (Variablen wie Zahlen, IDs, IPs und Pfade werden zu &lt;*&gt;),
listet die häufigsten auf und schreibt sie als CSV.</translation>
    </message>
    <message>
        <source>logscope templates: expected one FILE, got %1
</source>
        <translation>logscope templates: eine DATEI erwartet, erhalten: %1
</translation>
    </message>
    <message>
        <source>logscope templates: --top expects a non-negative integer, got &apos;%1&apos;
</source>
        <translation>logscope templates: --top erwartet eine nichtnegative ganze Zahl, erhalten: &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>(no time)</source>
        <translation>(keine Zeit)</translation>
    </message>
    <message>
        <source>SYSTEM HEALTH OVERVIEW</source>
        <translation>ÜBERBLICK SYSTEMGESUNDHEIT</translation>
    </message>
    <message>
        <source>Health Score:</source>
        <translation>Gesundheitswert:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Total Logs Analyzed:</source>
        <translation>Analysierte Zeilen:</translation>
    </message>
    <message>
        <source>Time Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Time Period:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>no timestamps</source>
        <translation>keine Zeitstempel</translation>
    </message>
    <message>
        <source>Trend:</source>
        <translation>Trend:</translation>
    </message>
    <message>
        <source>PERFORMANCE METRICS</source>
        <translation>LEISTUNGSKENNZAHLEN</translation>
    </message>
    <message>
        <source>Average Response Time:</source>
        <translation>Mittlere Antwortzeit:</translation>
    </message>
    <message>
        <source>P50 Response Time:</source>
        <translation>P50-Antwortzeit:</translation>
    </message>
    <message>
        <source>P95 Response Time:</source>
        <translation>P95-Antwortzeit:</translation>
    </message>
    <message>
        <source>P99 Response Time:</source>
        <translation>P99-Antwortzeit:</translation>
    </message>
    <message>
        <source>Response Times:</source>
        <translation>Antwortzeiten:</translation>
    </message>
    <message>
        <source>none in this log</source>
        <translation>keine in diesem Log</translation>
    </message>
    <message>
        <source>Success Rate:</source>
        <translation>Erfolgsrate:</translation>
    </message>
    <message>
        <source>Error Rate:</source>
        <translation>Fehlerrate:</translation>
    </message>
    <message>
        <source>ANOMALY DETECTION</source>
        <translation>ANOMALIEERKENNUNG</translation>
    </message>
    <message>
        <source>Anomalies Detected:</source>
        <translation>Erkannte Anomalien:</translation>
    </message>
    <message>
        <source>Anomaly Rate:</source>
        <translation>Anomalierate:</translation>
    </message>
    <message>
        <source>Metric Outliers:</source>
        <translation>Ausreißer bei Messwerten:</translation>
    </message>
    <message>
        <source>Isolation Forest Outliers:</source>
        <translation>Isolation-Forest-Ausreißer:</translation>
    </message>
    <message>
        <source>%1 (score &gt;= %2)</source>
        <translation>%1 (Wert &gt;= %2)</translation>
    </message>
    <message numerus="yes">
        <source>Top %n Anomalies:</source>
        <translation>
            <numerusform>Die %n auffälligste Anomalie:</numerusform>
            <numerusform>Die %n auffälligsten Anomalien:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Response Time:</source>
        <translation>Antwortzeit:</translation>
    </message>
    <message>
        <source>Anomaly Score:</source>
        <translation>Anomaliewert:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Unusual Periods (robust z against the hour-of-day baseline):</source>
        <translation>Ungewöhnliche Zeiträume (robustes z gegen die Basis je Tageszeit):</translation>
    </message>
    <message>
        <source>%1 vs %2 expected (z %3)</source>
        <translation>%1 statt erwarteter %2 (z %3)</translation>
    </message>
    <message>
        <source>ERROR PATTERNS</source>
        <translation>FEHLERMUSTER</translation>
    </message>
    <message>
        <source>Unique Error Types:</source>
        <translation>Verschiedene Fehlerarten:</translation>
    </message>
    <message>
        <source>Correlated Error Pairs:</source>
        <translation>Korrelierte Fehlerpaare:</translation>
    </message>
    <message>
        <source>Pattern Clusters:</source>
        <translation>Muster-Cluster:</translation>
    </message>
    <message numerus="yes">
        <source>Top %n Most Frequent Errors:</source>
        <translation>
            <numerusform>Der %n häufigste Fehler:</numerusform>
            <numerusform>Die %n häufigsten Fehler:</numerusform>
        </translation>
    </message>
    <message>
        <source>Strongest Correlations:</source>
        <translation>Stärkste Korrelationen:</translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation>VORFÄLLE</translation>
    </message>
    <message>
        <source>Total Incidents:</source>
        <translation>Vorfälle insgesamt:</translation>
    </message>
    <message>
        <source>Most severe first:</source>
        <translation>Schwerste zuerst:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Root Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Empfehlung:</translation>
    </message>
    <message>
        <source>SERVICE HEALTH BREAKDOWN</source>
        <translation>GESUNDHEIT JE DIENST</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Avg RT:</source>
        <translation>Mittl. AZ:</translation>
    </message>
    <message>
        <source>Success:</source>
        <translation>Erfolg:</translation>
    </message>
    <message>
        <source>LINES PER LEVEL</source>
        <translation>ZEILEN JE STUFE</translation>
    </message>
    <message>
        <source>LINES PER SERVICE</source>
        <translation>ZEILEN JE DIENST</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>DETECTION QUALITY (against the log&apos;s ground truth)</source>
        <translation>ERKENNUNGSQUALITÄT (gegen die Referenzlabels des Logs)</translation>
    </message>
    <message>
        <source>Labelled anomalies:</source>
        <translation>Markierte Anomalien:</translation>
    </message>
    <message>
        <source>none (%1 lines flagged)</source>
        <translation>keine (%1 Zeilen markiert)</translation>
    </message>
    <message>
        <source>Line precision / recall / F1:</source>
        <translation>Zeilen-Präzision / Recall / F1:</translation>
    </message>
    <message>
        <source>Episodes caught (%1):</source>
        <translation>Erkannte Episoden (%1):</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>episodes file</source>
        <translation>Episodendatei</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Incidents on a true episode:</source>
        <translation>Vorfälle auf echter Episode:</translation>
    </message>
    <message>
        <source>LOGSCOPE REPORT: %1</source>
        <translation>LOGSCOPE-BERICHT: %1</translation>
    </message>
    <message>
        <source>RECOMMENDATIONS</source>
        <translation>EMPFEHLUNGEN</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 lines at ERROR or worse)</source>
        <translation>
            <numerusform>%1 (%2 Zeile mit ERROR oder schlimmer)</numerusform>
            <numerusform>%1 (%2 Zeilen mit ERROR oder schlimmer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 occurrences</source>
        <translation>
            <numerusform>%1 Vorkommen</numerusform>
            <numerusform>%1 Vorkommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date of a midnight tick</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ActivityHeatmapPanel</name>
    <message>
        <source>Activity by day and hour</source>
        <translation>Aktivität nach Tag und Stunde</translation>
    </message>
    <message>
        <source>hour of day (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>Keine Zeilen vorhanden</translation>
    </message>
    <message>
        <source>Open a log file to see its activity.</source>
        <translation>Öffnen Sie eine Logdatei, um ihre Aktivität zu sehen.</translation>
    </message>
    <message>
        <source>No timestamps in this log</source>
        <translation>Dieses Log hat keine Zeitstempel</translation>
    </message>
    <message>
        <source>The heat map needs lines with a readable time field.</source>
        <translation>Die Heatmap braucht Zeilen mit lesbarem Zeitfeld.</translation>
    </message>
    <message>
        <source>No day × hour counts in this result</source>
        <translation>Keine Zählungen nach Tag × Stunde in diesem Ergebnis</translation>
    </message>
    <message>
        <source>The activity heat map comes from the time statistics.</source>
        <translation>Die Aktivitäts-Heatmap stammt aus der Zeitstatistik.</translation>
    </message>
    <message numerus="yes">
        <source>busiest: %1 %2:00 (%3 lines)</source>
        <translation>
            <numerusform>am meisten: %1 %2:00 (%3 Zeile)</numerusform>
            <numerusform>am meisten: %1 %2:00 (%3 Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 lines (%5 of all)&lt;br&gt;click to list them</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 Zeile (%5 aller Zeilen)&lt;br&gt;Klicken listet sie auf</numerusform>
            <numerusform>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 Zeilen (%5 aller Zeilen)&lt;br&gt;Klicken listet sie auf</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines of %1s %2:00–%3:00 UTC</source>
        <translation>Zeilen: %1, %2:00–%3:00 UTC</translation>
    </message>
</context>
<context>
    <name>logscope::ui::AnomalyList</name>
    <message>
        <source>Anomaly scored %1</source>
        <translation>Anomalie mit Wert %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;score %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wert %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;why: %1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Grund: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to show the line</source>
        <translation>&lt;br&gt;Klicken zeigt die Zeile</translation>
    </message>
</context>
<context>
    <name>logscope::ui::AnomalyTimelinePanel</name>
    <message>
        <source>Anomaly timeline</source>
        <translation>Anomalie-Zeitleiste</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 UTC&lt;/b&gt;&lt;br&gt;score %2 · %3</source>
        <translation>&lt;b&gt;%1 UTC&lt;/b&gt;&lt;br&gt;Wert %2 · %3</translation>
    </message>
    <message>
        <source>no cluster</source>
        <translation>kein Cluster</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;anomaly&lt;/b&gt; · click to show the line</source>
        <translation>&lt;br&gt;&lt;b&gt;Anomalie&lt;/b&gt; · Klicken zeigt die Zeile</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to show the line</source>
        <translation>&lt;br&gt;Klicken zeigt die Zeile</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>Keine Zeilen vorhanden</translation>
    </message>
    <message>
        <source>Open a log file to see its anomalies.</source>
        <translation>Öffnen Sie eine Logdatei, um ihre Anomalien zu sehen.</translation>
    </message>
    <message>
        <source>No timestamps in this log</source>
        <translation>Dieses Log hat keine Zeitstempel</translation>
    </message>
    <message>
        <source>The anomaly timeline needs lines with a readable time field.</source>
        <translation>Die Anomalie-Zeitleiste braucht Zeilen mit lesbarem Zeitfeld.</translation>
    </message>
    <message>
        <source>No anomaly scores in this result</source>
        <translation>Keine Anomaliewerte in diesem Ergebnis</translation>
    </message>
    <message>
        <source>Scores come from the Isolation Forest over per-line features.</source>
        <translation>Die Werte stammen vom Isolation Forest über Merkmale je Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>%1 anomalies (%2) · drag to zoom</source>
        <translation>
            <numerusform>%1 Anomalie (%2) · Ziehen zum Zoomen</numerusform>
            <numerusform>%1 Anomalien (%2) · Ziehen zum Zoomen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every detected anomaly</source>
        <translation>Alle erkannten Anomalien</translation>
    </message>
    <message>
        <source>The line scored %1 at %2</source>
        <translation>Die Zeile mit Wert %1 um %2</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ChartPanel</name>
    <message>
        <source>time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
</context>
<context>
    <name>logscope::ui::DashboardPanel</name>
    <message>
        <source>Show these lines</source>
        <translation>Diese Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Copy panel image</source>
        <translation>Panel-Bild kopieren</translation>
    </message>
</context>
<context>
    <name>logscope::ui::DashboardView</name>
    <message>
        <source>No log loaded</source>
        <translation>Kein Log geladen</translation>
    </message>
    <message>
        <source>LogScope — %1</source>
        <translation>LogScope — %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; filtered: %2</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; gefiltert: %2</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ErrorsByServicePanel</name>
    <message>
        <source>Errors by service</source>
        <translation>Fehler nach Dienst</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>Keine Zeilen vorhanden</translation>
    </message>
    <message>
        <source>Open a log file to see errors by service.</source>
        <translation>Öffnen Sie eine Logdatei, um die Fehler je Dienst zu sehen.</translation>
    </message>
    <message>
        <source>No errors in this log</source>
        <translation>Keine Fehler in diesem Log</translation>
    </message>
    <message>
        <source>No line is at ERROR or CRITICAL level.</source>
        <translation>Keine Zeile hat die Stufe ERROR oder CRITICAL.</translation>
    </message>
    <message numerus="yes">
        <source>%1 error lines · top %2 of %3 services</source>
        <translation>
            <numerusform>%1 Fehlerzeile · Top %2 von %3 Diensten</numerusform>
            <numerusform>%1 Fehlerzeilen · Top %2 von %3 Diensten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error lines</source>
        <translation>
            <numerusform>%1 Fehlerzeile</numerusform>
            <numerusform>%1 Fehlerzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 error lines of %3 (%4)&lt;br&gt;%5 warnings&lt;br&gt;click to list the error lines</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Fehlerzeile von %3 (%4)&lt;br&gt;%5 Warnungen&lt;br&gt;Klicken listet die Fehlerzeilen auf</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Fehlerzeilen von %3 (%4)&lt;br&gt;%5 Warnungen&lt;br&gt;Klicken listet die Fehlerzeilen auf</numerusform>
        </translation>
    </message>
    <message>
        <source>ERROR and CRITICAL lines of %1</source>
        <translation>ERROR- und CRITICAL-Zeilen von %1</translation>
    </message>
    <message>
        <source>ERROR and CRITICAL lines</source>
        <translation>ERROR- und CRITICAL-Zeilen</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ExportPngDialog</name>
    <message>
        <source>Export dashboard as PNG</source>
        <translation>Dashboard als PNG exportieren</translation>
    </message>
    <message>
        <source>Seed 003 report (1993 × 1390)</source>
        <translation>Bericht wie Seed 003 (1993 × 1390)</translation>
    </message>
    <message>
        <source>Full HD (1920 × 1080)</source>
        <translation>Full HD (1920 × 1080)</translation>
    </message>
    <message>
        <source>Laptop (1280 × 800)</source>
        <translation>Laptop (1280 × 800)</translation>
    </message>
    <message>
        <source>4K (3840 × 2160, 2× scale)</source>
        <translation>4K (3840 × 2160, Skalierung 2×)</translation>
    </message>
    <message>
        <source>This window (%1 × %2)</source>
        <translation>Dieses Fenster (%1 × %2)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>2 × draws the same dashboard with everything twice as large (for high-density screens and print).</source>
        <translation>2 × zeichnet dasselbe Dashboard mit allem doppelt so groß (für hochauflösende Bildschirme und Druck).</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; the dashboard is laid out at %3 × %4.</source>
        <translation>Das Bild hat %1 × %2 Pixel; das Dashboard wird mit %3 × %4 angeordnet.</translation>
    </message>
</context>
<context>
    <name>logscope::ui::FilterBar</name>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Show only some services (every panel narrows)</source>
        <translation>Nur einige Dienste zeigen (alle Panels passen sich an)</translation>
    </message>
    <message>
        <source>Show only some levels (every panel narrows)</source>
        <translation>Nur einige Stufen zeigen (alle Panels passen sich an)</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)…</source>
        <translation>Nachrichten suchen (Strg+F)…</translation>
    </message>
    <message>
        <source>Keep only lines whose message contains this text (or matches this regular expression); Enter applies</source>
        <translation>Nur Zeilen behalten, deren Nachricht diesen Text enthält (oder zu diesem regulären Ausdruck passt); Eingabe wendet an</translation>
    </message>
    <message>
        <source>Treat the search as a regular expression</source>
        <translation>Suche als regulären Ausdruck behandeln</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 services</source>
        <translation>
            <numerusform>%1 von %2 Dienst</numerusform>
            <numerusform>%1 von %2 Diensten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 levels</source>
        <translation>%1 von %2 Stufen</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>Kein gültiger regulärer Ausdruck</translation>
    </message>
</context>
<context>
    <name>logscope::ui::FormatDialog</name>
    <message>
        <source>&amp;Save format</source>
        <translation>Format &amp;speichern</translation>
    </message>
    <message>
        <source>Open with format — %1</source>
        <translation>Mit Format öffnen — %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>the file does not look like text</source>
        <translation>die Datei scheint kein Text zu sein</translation>
    </message>
    <message>
        <source>the file has no lines</source>
        <translation>die Datei hat keine Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, confidence %2 (from the first %3 lines)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, Konfidenz %2 (aus der ersten %3 Zeile)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, Konfidenz %2 (aus den ersten %3 Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Detection&apos;s guess:</source>
        <translation>Erkanntes Format:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Fields in angle brackets: &lt;code&gt;&amp;lt;Date&amp;gt; &amp;lt;Time&amp;gt; &amp;lt;Timestamp&amp;gt; &amp;lt;Level&amp;gt; &amp;lt;Component&amp;gt; &amp;lt;Host&amp;gt; &amp;lt;Status&amp;gt; &amp;lt;Latency&amp;gt; &amp;lt;Content&amp;gt;&lt;/code&gt; (the message) and any name of your own. The text between fields is a regular expression: &lt;code&gt;\[&lt;/code&gt; is a bracket, &lt;code&gt;(...)?&lt;/code&gt; an optional part.</source>
        <translation>Felder in spitzen Klammern: &lt;code&gt;&amp;lt;Date&amp;gt; &amp;lt;Time&amp;gt; &amp;lt;Timestamp&amp;gt; &amp;lt;Level&amp;gt; &amp;lt;Component&amp;gt; &amp;lt;Host&amp;gt; &amp;lt;Status&amp;gt; &amp;lt;Latency&amp;gt; &amp;lt;Content&amp;gt;&lt;/code&gt; (die Nachricht) und beliebige eigene Namen. Der Text zwischen den Feldern ist ein regulärer Ausdruck: &lt;code&gt;\[&lt;/code&gt; ist eine eckige Klammer, &lt;code&gt;(...)?&lt;/code&gt; ein optionaler Teil.</translation>
    </message>
    <message>
        <source>Format s&amp;tring:</source>
        <translation>Format&amp;zeichenkette:</translation>
    </message>
    <message>
        <source>Save the format string as:</source>
        <translation>Formatzeichenkette speichern als:</translation>
    </message>
    <message>
        <source>name, e.g. myapp</source>
        <translation>Name, z. B. myapp</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Detect automatically (%1)</source>
        <translation>Automatisch erkennen (%1)</translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation>Gespeichert: %1 — %2</translation>
    </message>
    <message>
        <source>Custom format string</source>
        <translation>Eigene Formatzeichenkette</translation>
    </message>
    <message>
        <source>Write a format string, e.g. %1</source>
        <translation>Geben Sie eine Formatzeichenkette ein, z. B. %1</translation>
    </message>
    <message>
        <source>The file has no lines to preview.</source>
        <translation>Die Datei hat keine Zeilen für eine Vorschau.</translation>
    </message>
    <message numerus="yes">
        <source>Read as &lt;b&gt;%1&lt;/b&gt; · fit %2 · first %3 lines: %4 parsed</source>
        <translation>
            <numerusform>Gelesen als &lt;b&gt;%1&lt;/b&gt; · Passung %2 · erste %3 Zeile: %4 verarbeitet</numerusform>
            <numerusform>Gelesen als &lt;b&gt;%1&lt;/b&gt; · Passung %2 · erste %3 Zeilen: %4 verarbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>, &lt;span style=&apos;color:#d03b3b&apos;&gt;&lt;b&gt;%1 cannot be read&lt;/b&gt;&lt;/span&gt;</source>
        <translation>, &lt;span style=&apos;color:#d03b3b&apos;&gt;&lt;b&gt;%1 nicht lesbar&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>, %1 without a row of their own</source>
        <translation>, %1 ohne eigene Zeile</translation>
    </message>
    <message>
        <source>Only a format string can be saved: write one first.</source>
        <translation>Nur eine Formatzeichenkette kann gespeichert werden: geben Sie zuerst eine ein.</translation>
    </message>
    <message>
        <source>Saved as “%1” (also usable as --format %1).</source>
        <translation>Gespeichert als „%1“ (auch als --format %1 verwendbar).</translation>
    </message>
</context>
<context>
    <name>logscope::ui::FormatPreviewModel</name>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Nicht lesbar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;No row of its own (joined to the record above, or skipped).</source>
        <translation>&lt;br&gt;Keine eigene Zeile (an den Eintrag darüber angehängt oder übersprungen).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>logscope::ui::FrequentErrorsPanel</name>
    <message>
        <source>Most frequent errors</source>
        <translation>Häufigste Fehler</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>Keine Zeilen vorhanden</translation>
    </message>
    <message>
        <source>Open a log file to see its error patterns.</source>
        <translation>Öffnen Sie eine Logdatei, um ihre Fehlermuster zu sehen.</translation>
    </message>
    <message>
        <source>No warnings or errors in this log</source>
        <translation>Keine Warnungen oder Fehler in diesem Log</translation>
    </message>
    <message>
        <source>No error patterns in this result</source>
        <translation>Keine Fehlermuster in diesem Ergebnis</translation>
    </message>
    <message>
        <source>Error patterns come from the template analysis of WARNING-and-worse lines.</source>
        <translation>Fehlermuster stammen aus der Vorlagenanalyse der Zeilen ab WARNING.</translation>
    </message>
    <message numerus="yes">
        <source>%1 error types</source>
        <translation>
            <numerusform>%1 Fehlerart</numerusform>
            <numerusform>%1 Fehlerarten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 occurrences · worst level %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Vorkommen · schlimmste Stufe %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Vorkommen · schlimmste Stufe %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;services: %1</source>
        <translation>&lt;br&gt;Dienste: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to list these lines</source>
        <translation>&lt;br&gt;Klicken listet diese Zeilen auf</translation>
    </message>
    <message>
        <source>Lines of “%1”</source>
        <translation>Zeilen von „%1“</translation>
    </message>
</context>
<context>
    <name>logscope::ui::HealthGauge</name>
    <message>
        <source>of 100</source>
        <translation>von 100</translation>
    </message>
</context>
<context>
    <name>logscope::ui::HealthPanel</name>
    <message>
        <source>System health</source>
        <translation>Systemgesundheit</translation>
    </message>
    <message>
        <source>No lines to score</source>
        <translation>Keine Zeilen zu bewerten</translation>
    </message>
    <message>
        <source>Open a log file to see its health.</source>
        <translation>Öffnen Sie eine Logdatei, um ihre Gesundheit zu sehen.</translation>
    </message>
    <message>
        <source>No health score in this result</source>
        <translation>Kein Gesundheitswert in diesem Ergebnis</translation>
    </message>
    <message>
        <source>The score needs the full analysis: error rate, response times, anomalies and incidents.</source>
        <translation>Der Wert braucht die vollständige Analyse: Fehlerrate, Antwortzeiten, Anomalien und Vorfälle.</translation>
    </message>
    <message>
        <source>error rate %1 · success %2</source>
        <translation>Fehlerrate %1 · Erfolg %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health %1 / 100 — %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gesundheit %1 / 100 — %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1: −%2 of at most %3</source>
        <translation>&lt;br&gt;%1: −%2 von höchstens %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to list the ERROR and CRITICAL lines</source>
        <translation>&lt;br&gt;Klicken listet die ERROR- und CRITICAL-Zeilen auf</translation>
    </message>
    <message>
        <source>ERROR and CRITICAL lines (they cost health points)</source>
        <translation>ERROR- und CRITICAL-Zeilen (sie kosten Gesundheitspunkte)</translation>
    </message>
</context>
<context>
    <name>logscope::ui::IncidentList</name>
    <message>
        <source>Evidence of %1 (%2) at %3</source>
        <translation>Belege für %1 (%2) um %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1</source>
        <translation>&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;services: %1</source>
        <translation>&lt;br&gt;Dienste: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;root cause: %1 %2</source>
        <translation>&lt;br&gt;Ursache: %1 %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%1 evidence lines · click to list them</source>
        <translation>
            <numerusform>&lt;br&gt;%1 Belegzeile · Klicken listet sie auf</numerusform>
            <numerusform>&lt;br&gt;%1 Belegzeilen · Klicken listet sie auf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::IncidentsBySeverityPanel</name>
    <message>
        <source>Incidents by severity</source>
        <translation>Vorfälle nach Schweregrad</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>Keine Zeilen vorhanden</translation>
    </message>
    <message>
        <source>Open a log file to see its incidents.</source>
        <translation>Öffnen Sie eine Logdatei, um ihre Vorfälle zu sehen.</translation>
    </message>
    <message>
        <source>No incidents detected</source>
        <translation>Keine Vorfälle erkannt</translation>
    </message>
    <message>
        <source>No incident rule fired on these lines.</source>
        <translation>Keine Vorfallregel hat bei diesen Zeilen angeschlagen.</translation>
    </message>
    <message>
        <source>No incidents in this result</source>
        <translation>Keine Vorfälle in diesem Ergebnis</translation>
    </message>
    <message>
        <source>Incident detection is part of the full analysis.</source>
        <translation>Die Vorfallerkennung ist Teil der vollständigen Analyse.</translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents</source>
        <translation>
            <numerusform>%1 Vorfall</numerusform>
            <numerusform>%1 Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of the %1 %2 incidents</source>
        <translation>
            <numerusform>Belege des %1 Vorfalls (%2)</numerusform>
            <numerusform>Belege der %1 Vorfälle (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence of every incident</source>
        <translation>Belege aller Vorfälle</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1: %2 incidents&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1: %2 Vorfall&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1: %2 Vorfälle&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;click to list their evidence lines</source>
        <translation>&lt;br&gt;Klicken listet ihre Belegzeilen auf</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LatencyHistogramPanel</name>
    <message>
        <source>Response time distribution</source>
        <translation>Verteilung der Antwortzeiten</translation>
    </message>
    <message>
        <source>No latency data in this log</source>
        <translation>Dieses Log hat keine Antwortzeiten</translation>
    </message>
    <message>
        <source>Lines need a response_time_ms, latency_ms or duration_ms field.</source>
        <translation>Die Zeilen brauchen ein Feld response_time_ms, latency_ms oder duration_ms.</translation>
    </message>
    <message>
        <source>No response-time statistics in this result</source>
        <translation>Keine Antwortzeit-Statistik in diesem Ergebnis</translation>
    </message>
    <message>
        <source>The latency histogram and percentiles come from the full analysis.</source>
        <translation>Latenz-Histogramm und Perzentile stammen aus der vollständigen Analyse.</translation>
    </message>
    <message numerus="yes">
        <source>%1 timed lines · median %2 · mean %3</source>
        <translation>
            <numerusform>%1 Zeile mit Zeit · Median %2 · Mittel %3</numerusform>
            <numerusform>%1 Zeilen mit Zeit · Median %2 · Mittel %3</numerusform>
        </translation>
    </message>
    <message>
        <source>lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>response time (ms, log scale)</source>
        <translation>Antwortzeit (ms, log. Skala)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
    </message>
    <message>
        <source>Lines with a response time</source>
        <translation>Zeilen mit Antwortzeit</translation>
    </message>
    <message>
        <source>Lines with a response time of %1 – %2</source>
        <translation>Zeilen mit einer Antwortzeit von %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 lines (%4 of timed lines)&lt;br&gt;click to list them</source>
        <translation>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 Zeile (%4 der Zeilen mit Zeit)&lt;br&gt;Klicken listet sie auf</numerusform>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 Zeilen (%4 der Zeilen mit Zeit)&lt;br&gt;Klicken listet sie auf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LevelsOverTimePanel</name>
    <message>
        <source>Log levels over time</source>
        <translation>Log-Stufen im Zeitverlauf</translation>
    </message>
    <message>
        <source>lines per %1</source>
        <translation>Zeilen/%1</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>Keine Zeilen vorhanden</translation>
    </message>
    <message>
        <source>No timestamps in this log</source>
        <translation>Dieses Log hat keine Zeitstempel</translation>
    </message>
    <message>
        <source>Open a log file to see its levels over time.</source>
        <translation>Öffnen Sie eine Logdatei, um ihre Stufen im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Levels over time needs lines with a readable time field.</source>
        <translation>Der Stufenverlauf braucht Zeilen mit lesbarem Zeitfeld.</translation>
    </message>
    <message>
        <source>lines per %1 · drag to zoom</source>
        <translation>Zeilen pro %1 · Ziehen zum Zoomen</translation>
    </message>
    <message>
        <source>Every line of the view</source>
        <translation>Alle Zeilen der Ansicht</translation>
    </message>
    <message>
        <source>%1 lines, %2</source>
        <translation>%1-Zeilen, %2</translation>
    </message>
    <message>
        <source>Lines of %1</source>
        <translation>Zeilen von %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;total: %1 lines · click to list them</source>
        <translation>
            <numerusform>&lt;br&gt;gesamt: %1 Zeile · Klicken listet sie auf</numerusform>
            <numerusform>&lt;br&gt;gesamt: %1 Zeilen · Klicken listet sie auf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveController</name>
    <message>
        <source>Live demo (%1)</source>
        <translation>Live-Demo (%1)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>%1 wird verfolgt</translation>
    </message>
    <message>
        <source>Injection needs a live demo (Live ▸ Start demo)</source>
        <translation>Injizieren erfordert eine Live-Demo (Live ▸ Demo starten)</translation>
    </message>
    <message>
        <source>%1 (the newest %L2 lines)</source>
        <translation>%1 (die neuesten %L2 Zeilen)</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveScoreboard</name>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Injected</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>No live run yet</source>
        <translation>Noch kein Live-Lauf</translation>
    </message>
    <message>
        <source>caught %1 · missed %2 · false alarms %3 · pending %4</source>
        <translation>erkannt %1 · verpasst %2 · Fehlalarme %3 · offen %4</translation>
    </message>
    <message>
        <source>
last detection %1 s after injection</source>
        <translation>
letzte Erkennung %1 s nach der Injektion</translation>
    </message>
    <message>
        <source>caught</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>watching…</source>
        <translation>wird beobachtet…</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveUi</name>
    <message>
        <source>Live scoreboard</source>
        <translation>Live-Auswertung</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>&amp;Start demo</source>
        <translation>Demo &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>&amp;Injizieren</translation>
    </message>
    <message>
        <source>Follow a &amp;growing file…</source>
        <translation>Datei verfol&amp;gen…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Lines per second (1 to 50,000)</source>
        <translation>Zeilen pro Sekunde (1 bis 50.000)</translation>
    </message>
    <message>
        <source>%1 lines/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>default intensity</source>
        <translation>Standardintensität</translation>
    </message>
    <message>
        <source>The type&apos;s main knob (error rate, latency multiplier, ...); 0 = its default</source>
        <translation>Hauptregler des Typs (Fehlerrate, Latenzfaktor, ...); 0 = sein Standardwert</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Duration of the injected episode</source>
        <translation>Dauer der injizierten Episode</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Injizieren</translation>
    </message>
    <message>
        <source>Cannot start the live demo: %1</source>
        <translation>Live-Demo kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot follow: %1</source>
        <translation>Verfolgen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Follow a growing log file</source>
        <translation>Wachsende Logdatei verfolgen</translation>
    </message>
    <message>
        <source>Injected %1 for %2 s</source>
        <translation>%1 für %2 s injiziert</translation>
    </message>
    <message>
        <source>Cannot inject %1: %2</source>
        <translation>%1 kann nicht injiziert werden: %2</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source> · %1 lines/s</source>
        <translation> · %1 Zeilen/s</translation>
    </message>
    <message numerus="yes">
        <source> · %1 lines · lag %2 s</source>
        <translation>
            <numerusform> · %1 Zeile · Verzögerung %2 s</numerusform>
            <numerusform> · %1 Zeilen · Verzögerung %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source> · detected in %1 s</source>
        <translation> · erkannt in %1 s</translation>
    </message>
    <message>
        <source>Detected %1 %2 s after injection</source>
        <translation>%1 erkannt, %2 s nach der Injektion</translation>
    </message>
    <message>
        <source>live stopped</source>
        <translation>Live gestoppt</translation>
    </message>
    <message>
        <source> · row budget reached: %1 older lines of the window dropped</source>
        <translation> · Zeilenbudget erreicht: %1 ältere Zeilen des Fensters verworfen</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LoadReportDialog</name>
    <message>
        <source>Load report</source>
        <translation>Ladebericht</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;format: %2 · %3 bytes&lt;br&gt;%4 lines read, %5 parsed, &lt;b&gt;%6 could not be read&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Format: %2 · %3 Bytes&lt;br&gt;%4 Zeile gelesen, %5 verarbeitet, &lt;b&gt;%6 nicht lesbar&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Format: %2 · %3 Bytes&lt;br&gt;%4 Zeilen gelesen, %5 verarbeitet, &lt;b&gt;%6 nicht lesbar&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;The first %1 are listed.</source>
        <translation>&lt;br&gt;Die ersten %1 sind aufgelistet.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Warum sie nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Every line was read.</source>
        <translation>Alle Zeilen wurden gelesen.</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LogTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Click to sort by %1</source>
        <translation>Klicken sortiert nach %1</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LogView</name>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous list of lines (Alt+Backspace)</source>
        <translation>Vorherige Zeilenliste (Alt+Rücktaste)</translation>
    </message>
    <message>
        <source>Alt+Backspace</source>
        <translation>Alt+Backspace</translation>
    </message>
    <message>
        <source>Filter these lines (text, or a regular expression)</source>
        <translation>Diese Zeilen filtern (Text oder regulärer Ausdruck)</translation>
    </message>
    <message>
        <source>Treat the filter as a regular expression (case-insensitive)</source>
        <translation>Filter als regulären Ausdruck behandeln (ohne Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>Select a line to see all of it.</source>
        <translation>Wählen Sie eine Zeile, um sie ganz zu sehen.</translation>
    </message>
    <message>
        <source>Copy lines</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Show surrounding lines</source>
        <translation>Umgebende Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lines around line %1</source>
        <translation>Zeilen um Zeile %1</translation>
    </message>
    <message>
        <source>Lines around row %1</source>
        <translation>Zeilen um Datensatz %1</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>Kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Click any bar, point, cell, incident or anomaly to see its lines.</source>
        <translation>Klicken Sie auf einen Balken, Punkt, eine Zelle, einen Vorfall oder eine Anomalie, um die Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>in Arbeit…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 lines</source>
        <translation>
            <numerusform>%1 von %2 Zeile</numerusform>
            <numerusform>%1 von %2 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy messages only</source>
        <translation>Nur Nachrichten kopieren</translation>
    </message>
</context>
<context>
    <name>logscope::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>LogScope</source>
        <translation>LogScope</translation>
    </message>
    <message>
        <source>Cannot open log</source>
        <translation>Log kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export dashboard as PNG…</source>
        <translation>Dashboard als PNG &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About LogScope</source>
        <translation>&amp;Über LogScope</translation>
    </message>
    <message>
        <source>About LogScope</source>
        <translation>Über LogScope</translation>
    </message>
    <message>
        <source>&lt;b&gt;LogScope %1&lt;/b&gt;&lt;p&gt;Fast native log analytics dashboard.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LogScope %1&lt;/b&gt;&lt;p&gt;Schnelles natives Dashboard für Log-Analysen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Dashboard written to %1</source>
        <translation>Dashboard nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Incidents and anomalies</source>
        <translation>Vorfälle und Anomalien</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Top anomalies</source>
        <translation>Stärkste Anomalien</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Logzeilen</translation>
    </message>
    <message>
        <source>Stop loading or recomputing (Esc)</source>
        <translation>Laden oder Neuberechnen abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Recomputing the dashboard for the new filter…</source>
        <translation>Dashboard wird für den neuen Filter neu berechnet…</translation>
    </message>
    <message>
        <source>Loading cancelled; the dashboard shown is unchanged.</source>
        <translation>Laden abgebrochen; das angezeigte Dashboard ist unverändert.</translation>
    </message>
    <message>
        <source>%1 + %2 more</source>
        <translation>%1 + %2 weitere</translation>
    </message>
    <message>
        <source>Demo (microservices, 7 days)</source>
        <translation>Demo (Microservices, 7 Tage)</translation>
    </message>
    <message numerus="yes">
        <source>%1 lines could not be read — File ▸ Load report lists them</source>
        <translation>
            <numerusform>%1 Zeile konnte nicht gelesen werden — Datei ▸ Ladebericht listet sie auf</numerusform>
            <numerusform>%1 Zeilen konnten nicht gelesen werden — Datei ▸ Ladebericht listet sie auf</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a log file to see its lines.</source>
        <translation>Öffnen Sie eine Logdatei, um ihre Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>Open a log file (Ctrl+O), drop one here, or try the demo (Ctrl+D).</source>
        <translation>Öffnen Sie eine Logdatei (Strg+O), ziehen Sie eine hierher oder probieren Sie die Demo (Strg+D).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 lines</source>
        <translation>
            <numerusform>%1 von %2 Zeile</numerusform>
            <numerusform>%1 von %2 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 bad lines</source>
        <translation>
            <numerusform>%1 fehlerhafte Zeile</numerusform>
            <numerusform>%1 fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; health &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Gesundheit &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open one or more log files</source>
        <translation>Eine oder mehrere Logdateien öffnen</translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation>&amp;Demodaten öffnen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Generate a 7-day microservices log and show it</source>
        <translation>Ein 7-tägiges Microservices-Log erzeugen und anzeigen</translation>
    </message>
    <message>
        <source>Export &amp;incidents as CSV…</source>
        <translation>&amp;Vorfälle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Export &amp;anomalies as CSV…</source>
        <translation>&amp;Anomalien als CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Export result as &amp;JSON…</source>
        <translation>Ergebnis als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Load report…</source>
        <translation>&amp;Ladebericht…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>The lines that could not be read, and why</source>
        <translation>Die nicht lesbaren Zeilen und warum</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Copy &amp;dashboard image</source>
        <translation>&amp;Dashboard-Bild kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Panel %1: %2</source>
        <translation>Panel %1: %2</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Copy this panel&apos;s image</source>
        <translation>Bild dieses Panels kopieren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Return to the previous view</source>
        <translation>Zur vorherigen Ansicht zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Reset filter</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Show every line again</source>
        <translation>Wieder alle Zeilen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>Nachrichten &amp;suchen…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Choose &amp;services…</source>
        <translation>&amp;Dienste wählen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Choose le&amp;vels…</source>
        <translation>S&amp;tufen wählen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Show &amp;log lines</source>
        <translation>&amp;Logzeilen anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Show or hide the log lines (Ctrl+J)</source>
        <translation>Logzeilen ein- oder ausblenden (Strg+J)</translation>
    </message>
    <message>
        <source>Show &amp;incidents and anomalies</source>
        <translation>&amp;Vorfälle und Anomalien anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Toggle light/dark &amp;theme</source>
        <translation>Hell/Dunkel &amp;umschalten</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Vollb&amp;ild</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading or recomputing</source>
        <translation>Laden oder Neuberechnen abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy &amp;panel image</source>
        <translation>&amp;Panel-Bild kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Logdateien öffnen</translation>
    </message>
    <message>
        <source>Log files (*.log *.jsonl *.json *.txt *.gz *.zst);;All files (*)</source>
        <translation>Logdateien (*.log *.jsonl *.json *.txt *.gz *.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export incidents</source>
        <translation>Vorfälle exportieren</translation>
    </message>
    <message>
        <source>Export anomalies</source>
        <translation>Anomalien exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Export result as JSON</source>
        <translation>Ergebnis als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>„%1“ in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copy the selected log lines&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the lines around the selected one&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Backspace&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous list of log lines&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Click any bar, point, cell, the gauge, an incident or an anomaly to see its lines; drag across a time axis to zoom every panel.&lt;/p&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ausgewählte Logzeilen kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zeilen um die ausgewählte anzeigen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Rücktaste&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Vorherige Liste von Logzeilen&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Klicken Sie auf einen Balken, Punkt, eine Zelle, die Anzeige, einen Vorfall oder eine Anomalie, um die Zeilen zu sehen; ziehen Sie über eine Zeitachse, um alle Panels zu zoomen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>The new language applies when LogScope starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von LogScope.</translation>
    </message>
    <message>
        <source>Open log files with a format</source>
        <translation>Logdateien mit einem Format öffnen</translation>
    </message>
    <message>
        <source>Open with &amp;format…</source>
        <translation>Mit For&amp;mat öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Choose or write the format a log file is read with, with a preview</source>
        <translation>Format zum Lesen einer Logdatei wählen oder eingeben, mit Vorschau</translation>
    </message>
    <message>
        <source>Re-open &amp;with another format…</source>
        <translation>Mit anderem Format &amp;neu öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Read the files shown again with another format</source>
        <translation>Die angezeigten Dateien mit einem anderen Format neu lesen</translation>
    </message>
    <message>
        <source>Collecting lines from the live window: %1…</source>
        <translation>Zeilen aus dem Live-Fenster werden gesammelt: %1…</translation>
    </message>
    <message>
        <source>Live mode lists lines by time, level, service or template; this mark names single lines.</source>
        <translation>Der Live-Modus listet Zeilen nach Zeit, Stufe, Dienst oder Vorlage; diese Markierung benennt einzelne Zeilen.</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ServiceLatencyPanel</name>
    <message>
        <source>Average response time by service</source>
        <translation>Mittlere Antwortzeit nach Dienst</translation>
    </message>
    <message>
        <source>No latency data in this log</source>
        <translation>Dieses Log hat keine Antwortzeiten</translation>
    </message>
    <message>
        <source>Lines need a response_time_ms, latency_ms or duration_ms field.</source>
        <translation>Die Zeilen brauchen ein Feld response_time_ms, latency_ms oder duration_ms.</translation>
    </message>
    <message>
        <source>No response-time statistics in this result</source>
        <translation>Keine Antwortzeit-Statistik in diesem Ergebnis</translation>
    </message>
    <message>
        <source>Per-service response times come from the full analysis.</source>
        <translation>Antwortzeiten je Dienst stammen aus der vollständigen Analyse.</translation>
    </message>
    <message>
        <source>slowest %1 of %2 services</source>
        <translation>langsamste %1 von %2 Diensten</translation>
    </message>
    <message>
        <source>mean over lines with a response time</source>
        <translation>Mittel über Zeilen mit Antwortzeit</translation>
    </message>
    <message>
        <source>all services %1</source>
        <translation>alle Dienste %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;average %2 over %3 lines&lt;br&gt;success rate %4 · health %5&lt;br&gt;click to list these lines</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Mittel %2 über %3 Zeile&lt;br&gt;Erfolgsrate %4 · Gesundheit %5&lt;br&gt;Klicken listet diese Zeilen auf</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Mittel %2 über %3 Zeilen&lt;br&gt;Erfolgsrate %4 · Gesundheit %5&lt;br&gt;Klicken listet diese Zeilen auf</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines of %1 with a response time</source>
        <translation>Zeilen von %1 mit Antwortzeit</translation>
    </message>
</context>
<context>
    <name>logscope::ui::TimelinePlot</name>
    <message>
        <source>anomaly score</source>
        <translation>Anomaliewert</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>no cluster</source>
        <translation>kein Cluster</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
</TS>
