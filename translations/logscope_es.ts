<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Analysis</name>
    <message>
        <source>%1 distinct services: the %2 least busy are analysed together as &quot;(other services)&quot;</source>
        <translation>%1 servicios distintos: los %2 menos activos se analizan juntos como «(other services)»</translation>
    </message>
    <message numerus="yes">
        <source>%n latencies of hours, a thousand times their service&apos;s median, are left out of the latency statistics as impossible (see the Data Anomaly incidents)</source>
        <translation>
            <numerusform>%n latencia de horas, mil veces la mediana de su servicio, queda fuera de las estadísticas de latencia por imposible (vea los incidentes de anomalía de datos)</numerusform>
            <numerusform>%n latencias de horas, mil veces la mediana de su servicio, quedan fuera de las estadísticas de latencia por imposibles (vea los incidentes de anomalía de datos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Print the result as JSON (schema in the README); `--json OUT` writes it to OUT instead.</source>
        <translation>Imprime el resultado como JSON (esquema en el README); `--json OUT` lo escribe en OUT.</translation>
    </message>
    <message>
        <source>Write line,score,is_anomaly for every line.</source>
        <translation>Escribe line,score,is_anomaly para cada línea.</translation>
    </message>
    <message>
        <source>Thresholds of the analysis as JSON (keys in the README).</source>
        <translation>Umbrales del análisis en JSON (claves en el README).</translation>
    </message>
    <message>
        <source>Known anomaly episodes (the generator&apos;s episodes file) to score detection against.</source>
        <translation>Episodios de anomalías conocidos (el archivo de episodios del generador) con los que evaluar la detección.</translation>
    </message>
    <message>
        <source>Analyse lines at or after this ISO 8601 time.</source>
        <translation>Analiza las líneas a partir de esta hora ISO 8601.</translation>
    </message>
    <message>
        <source>Analyse lines before this ISO 8601 time.</source>
        <translation>Analiza las líneas anteriores a esta hora ISO 8601.</translation>
    </message>
    <message>
        <source>Analyse only this service (repeatable).</source>
        <translation>Analiza solo este servicio (repetible).</translation>
    </message>
    <message>
        <source>Analyse only lines at this level or worse (e.g. WARNING).</source>
        <translation>Analiza solo las líneas de este nivel o peor (p. ej., WARNING).</translation>
    </message>
    <message>
        <source>Analyse only lines whose message contains TEXT (case-insensitive).</source>
        <translation>Analiza solo las líneas cuyo mensaje contiene TEXT (sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>Log files, folders (all their files), .gz/.zst archives, or - for standard input; several are merged by time.</source>
        <translation>Archivos de registro, carpetas (todos sus archivos), archivos .gz/.zst o - para la entrada estándar; varios se combinan por tiempo.</translation>
    </message>
    <message>
        <source>Analyses a log: health score, performance, anomalies (Isolation Forest), error patterns, incidents with root causes, per-service health, recommendations.</source>
        <translation>Analiza un registro: puntuación de salud, rendimiento, anomalías (Isolation Forest), patrones de error, incidentes con su causa raíz, salud por servicio y recomendaciones.</translation>
    </message>
    <message>
        <source>logscope analyze: expected at least one FILE (or - for standard input)
</source>
        <translation>logscope analyze: se esperaba al menos un FILE (o - para la entrada estándar)
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
        <translation>logscope analyze: --from espera una hora ISO 8601
</translation>
    </message>
    <message>
        <source>logscope analyze: --to expects an ISO 8601 time
</source>
        <translation>logscope analyze: --to espera una hora ISO 8601
</translation>
    </message>
    <message>
        <source>logscope analyze: --min-level expects a level such as INFO, WARNING or ERROR
</source>
        <translation>logscope analyze: --min-level espera un nivel como INFO, WARNING o ERROR
</translation>
    </message>
    <message>
        <source>logscope analyze: --follow takes one FILE (or - for standard input)
</source>
        <translation>logscope analyze: --follow admite un solo ARCHIVO (o - para la entrada estándar)
</translation>
    </message>
    <message>
        <source>logscope analyze: --%1 expects a duration such as 30s, 15m or 1h, got &apos;%2&apos;
</source>
        <translation>logscope analyze: --%1 espera una duración como 30s, 15m o 1h, se recibió &apos;%2&apos;
</translation>
    </message>
    <message>
        <source>Follow FILE as it grows (or - for standard input) and print each incident as one JSON line the moment it is raised (live mode).</source>
        <translation>Seguir ARCHIVO mientras crece (o - para la entrada estándar) e imprimir cada incidente como una línea JSON en cuanto se detecta (modo en vivo).</translation>
    </message>
    <message>
        <source>With --follow: the sliding window analysed (default 15m).</source>
        <translation>Con --follow: la ventana deslizante analizada (15m por defecto).</translation>
    </message>
    <message>
        <source>With --follow: stop after this long.</source>
        <translation>Con --follow: detenerse tras este tiempo.</translation>
    </message>
    <message>
        <source>With --follow: skip what FILE holds now, read only new lines.</source>
        <translation>Con --follow: omitir lo que ARCHIVO contiene ahora y leer solo las líneas nuevas.</translation>
    </message>
</context>
<context>
    <name>AnomalyExplanation</name>
    <message>
        <source>unusual time of day %1</source>
        <translation>hora del día inusual %1</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>servicio %1</translation>
    </message>
    <message>
        <source>5-min error rate %1</source>
        <translation>tasa de error en 5 min %1</translation>
    </message>
    <message>
        <source>5-min mean latency %1 ms</source>
        <translation>latencia media en 5 min %1 ms</translation>
    </message>
    <message>
        <source>latency %1 ms</source>
        <translation>latencia %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>template seen %n times</source>
        <translation>
            <numerusform>plantilla vista %n vez</numerusform>
            <numerusform>plantilla vista %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>%1 (z %2)</source>
        <comment>an anomaly driver and its robust z-score</comment>
        <translation>%1 (z %2)</translation>
    </message>
    <message>
        <source>no single feature stands out</source>
        <translation>ninguna característica destaca por sí sola</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between anomaly drivers</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(sin servicio)</translation>
    </message>
    <message>
        <source>latency %1 ms, %2 x the service&apos;s usual %3 ms</source>
        <translation>latencia %1 ms, %2 veces los %3 ms habituales del servicio</translation>
    </message>
    <message>
        <source>rare message template (%1 of %2 lines)</source>
        <translation>plantilla de mensaje poco frecuente (%1 de %2 líneas)</translation>
    </message>
    <message>
        <source>%1 level</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>an unusual mix of its features</source>
        <translation>una combinación inusual de sus características</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Try &apos;logscope &lt;command&gt; --help&apos;.
</source>
        <translation>Pruebe &apos;logscope &lt;orden&gt; --help&apos;.
</translation>
    </message>
    <message>
        <source>Usage: %1

%2</source>
        <translation>Uso: %1

%2</translation>
    </message>
    <message>
        <source>logscope: warning: %1
</source>
        <translation>logscope: aviso: %1
</translation>
    </message>
    <message>
        <source>logscope: no known format fits %1 well; read as %2 (confidence %3). Use --format to choose one.
</source>
        <translation>logscope: ningún formato conocido encaja bien con %1; leído como %2 (confianza %3). Elija uno con --format.
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 lines could not be read
</source>
        <translation>
            <numerusform>%1: no se pudo leer %2 de %3 línea
</numerusform>
            <numerusform>%1: no se pudieron leer %2 de %3 líneas
</numerusform>
        </translation>
    </message>
    <message>
        <source>line </source>
        <translation>línea </translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 entradas</translation>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardRenderer</name>
    <message>
        <source>nothing was rendered</source>
        <translation>no se dibujó nada</translation>
    </message>
    <message>
        <source>cannot encode PNG for %1</source>
        <translation>no se puede codificar el PNG para %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Where to write the PNG when there is no display (default logscope-demo.png).</source>
        <translation>Dónde escribir el PNG cuando no hay pantalla (por defecto logscope-demo.png).</translation>
    </message>
    <message>
        <source>Demo size in lines (default 100800: 7 days).</source>
        <translation>Tamaño de la demo en líneas (por defecto 100800: 7 días).</translation>
    </message>
    <message>
        <source>Write the PNG and print the report even when a display is available.</source>
        <translation>Escribe el PNG e imprime el informe aunque haya pantalla.</translation>
    </message>
    <message>
        <source>Generates a 7-day microservices demo log and shows its dashboard. Without a display it writes the dashboard PNG, prints its path and prints the text report.</source>
        <translation>Genera un registro de demostración de microservicios de 7 días y muestra su panel. Sin pantalla, escribe el panel en PNG e imprime su ruta y el informe de texto.</translation>
    </message>
    <message>
        <source>logscope demo: --lines expects a positive integer
</source>
        <translation>logscope demo: --lines espera un entero positivo
</translation>
    </message>
    <message>
        <source>Demo (microservices, 7 days)</source>
        <translation>Demo (microservicios, 7 días)</translation>
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
        <translation>d MMM HH:mm:ss</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
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
        <translation>desde %1 UTC</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>hasta %1 UTC</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>ningún nivel</translation>
    </message>
    <message>
        <source>matching /%1/</source>
        <translation>que coinciden con /%1/</translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation>que contienen «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 línea</numerusform>
            <numerusform>%1 líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>error rate %1</source>
        <translation>tasa de errores %1</translation>
    </message>
    <message>
        <source>P95 %1 · P99 %2</source>
        <translation>P95 %1 · P99 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 anomalies</source>
        <translation>
            <numerusform>%1 anomalía</numerusform>
            <numerusform>%1 anomalías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents (%2 critical)</source>
        <translation>
            <numerusform>%1 incidente (%2 crítico)</numerusform>
            <numerusform>%1 incidentes (%2 críticos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents</source>
        <translation>
            <numerusform>%1 incidente</numerusform>
            <numerusform>%1 incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>health %1 %2</source>
        <translation>salud %1 %2</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>CRITICAL</source>
        <comment>incident severity</comment>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>HIGH</source>
        <comment>incident severity</comment>
        <translation>ALTO</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <comment>incident severity</comment>
        <translation>MEDIO</translation>
    </message>
    <message>
        <source>LOW</source>
        <comment>incident severity</comment>
        <translation>BAJO</translation>
    </message>
    <message>
        <source>High Error Rate</source>
        <translation>Tasa de errores alta</translation>
    </message>
    <message>
        <source>Response Time Degradation</source>
        <translation>Degradación del tiempo de respuesta</translation>
    </message>
    <message>
        <source>Cascading Failure</source>
        <translation>Fallo en cascada</translation>
    </message>
    <message>
        <source>Resource Exhaustion</source>
        <translation>Agotamiento de recursos</translation>
    </message>
    <message>
        <source>Security Threat</source>
        <translation>Amenaza de seguridad</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Servicio caído</translation>
    </message>
    <message>
        <source>EXCELLENT</source>
        <comment>health status</comment>
        <translation>EXCELENTE</translation>
    </message>
    <message>
        <source>GOOD</source>
        <comment>health status</comment>
        <translation>BUENO</translation>
    </message>
    <message>
        <source>DEGRADED</source>
        <comment>health status</comment>
        <translation>DEGRADADO</translation>
    </message>
    <message>
        <source>POOR</source>
        <comment>health status</comment>
        <translation>MALO</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <comment>health status</comment>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>Rate Limiting</source>
        <translation>Limitación de tasa</translation>
    </message>
    <message>
        <source>Data Anomaly</source>
        <translation>Anomalía de datos</translation>
    </message>
</context>
<context>
    <name>FormatsCommand</name>
    <message>
        <source>logscope formats save: expected NAME and FORMAT, e.g. logscope formats save myapp &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos;
</source>
        <translation>logscope formats save: se esperaban NAME y FORMAT, p. ej. logscope formats save myapp &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos;
</translation>
    </message>
    <message>
        <source>logscope formats remove: expected NAME
</source>
        <translation>logscope formats remove: se esperaba NAME
</translation>
    </message>
    <message>
        <source>logscope formats remove: no saved format named &apos;%1&apos;
</source>
        <translation>logscope formats remove: no hay ningún formato guardado llamado &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>logscope formats detect: expected FILE...
</source>
        <translation>logscope formats detect: se esperaba FILE...
</translation>
    </message>
    <message>
        <source>list (the default), save NAME FORMAT, remove NAME, or detect FILE...</source>
        <translation>list (por defecto), save NAME FORMAT, remove NAME o detect FILE...</translation>
    </message>
    <message>
        <source>Lists the input formats LogScope reads and the formats you saved; saves a format string under a name (use it with --format NAME; saved formats also take part in detection); removes one; or tells which format files are detected as.</source>
        <translation>Lista los formatos de entrada que lee LogScope y los formatos que ha guardado; guarda una cadena de formato con un nombre (úsela con --format NAME; los formatos guardados también participan en la detección); elimina uno; o indica qué formato se detecta en los archivos.</translation>
    </message>
    <message>
        <source>logscope: warning: %1
</source>
        <translation>logscope: aviso: %1
</translation>
    </message>
    <message>
        <source>logscope formats: unknown action &apos;%1&apos;: expected list, save, remove or detect
</source>
        <translation>logscope formats: acción desconocida &apos;%1&apos;: se esperaba list, save, remove o detect
</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>--%1 expects a number above %2 and at most %3, got &apos;%4&apos;</source>
        <translation>--%1 espera un número mayor que %2 y como máximo %3, se recibió &apos;%4&apos;</translation>
    </message>
    <message>
        <source>Scenario JSON merged onto the profile (any part may be overridden; see README).</source>
        <translation>JSON de escenario combinado con el perfil (cualquier parte se puede sobrescribir; véase el README).</translation>
    </message>
    <message>
        <source>Built-in profile: microservices (default), web, metrics or basic.</source>
        <translation>Perfil integrado: microservices (por defecto), web, metrics o basic.</translation>
    </message>
    <message>
        <source>Lines to generate; 0 streams without end (default: the profile&apos;s, 100800 for microservices).</source>
        <translation>Líneas que generar; 0 genera sin fin (por defecto: las del perfil, 100800 para microservices).</translation>
    </message>
    <message>
        <source>Lines per batch: one random-anomaly draw per batch (default 100).</source>
        <translation>Líneas por lote: un sorteo de anomalía aleatoria por lote (por defecto 100).</translation>
    </message>
    <message>
        <source>stdout, file or both (default: file with -p, else stdout).</source>
        <translation>stdout, file o both (por defecto: file con -p; si no, stdout).</translation>
    </message>
    <message>
        <source>json (default), text (seed 002), nginx (combined access log) or syslog (RFC 5424).</source>
        <translation>json (por defecto), text (seed 002), nginx (registro de acceso combinado) o syslog (RFC 5424).</translation>
    </message>
    <message>
        <source>Output file (episodes go to FILE.episodes.json).</source>
        <translation>Archivo de salida (los episodios van a FILE.episodes.json).</translation>
    </message>
    <message>
        <source>Chance of a random anomaly episode per batch, 0 to 1.</source>
        <translation>Probabilidad de un episodio de anomalía aleatorio por lote, de 0 a 1.</translation>
    </message>
    <message>
        <source>Leave the _labels ground truth out of the lines.</source>
        <translation>Omite la verdad de referencia _labels de las líneas.</translation>
    </message>
    <message>
        <source>Stream on the wall clock, writing every S seconds (stop with Ctrl+C).</source>
        <translation>Emite en tiempo real, escribiendo cada S segundos (detener con Ctrl+C).</translation>
    </message>
    <message>
        <source>Random seed: the same seed and scenario give the same output byte for byte (default 42).</source>
        <translation>Semilla aleatoria: la misma semilla y escenario dan la misma salida byte a byte (por defecto 42).</translation>
    </message>
    <message>
        <source>First simulated time (ISO 8601) or &apos;now&apos;.</source>
        <translation>Primera hora simulada (ISO 8601) o &apos;now&apos;.</translation>
    </message>
    <message>
        <source>Simulated span (e.g. 7d, 12h, 90m); when streaming, how long to run.</source>
        <translation>Intervalo simulado (p. ej. 7d, 12h, 90m); al emitir en tiempo real, cuánto tiempo ejecutar.</translation>
    </message>
    <message>
        <source>Lines per second: the density of simulated time, or the streaming pace.</source>
        <translation>Líneas por segundo: la densidad del tiempo simulado o el ritmo de emisión.</translation>
    </message>
    <message>
        <source>Rotate the output file at this size (e.g. 10M); parts are FILE.1, FILE.2, ...</source>
        <translation>Rota el archivo de salida a este tamaño (p. ej. 10M); las partes son FILE.1, FILE.2, ...</translation>
    </message>
    <message>
        <source>Inject an episode: TYPE@OFFSET[:DURATION][,key=value] (e.g. error_spike@20s:60s); repeatable.</source>
        <translation>Inyecta un episodio: TYPE@OFFSET[:DURATION][,key=value] (p. ej. error_spike@20s:60s); repetible.</translation>
    </message>
    <message>
        <source>Where to write the episodes file (default FILE.episodes.json beside -p).</source>
        <translation>Dónde escribir el archivo de episodios (por defecto FILE.episodes.json junto a -p).</translation>
    </message>
    <message>
        <source>Print the effective scenario JSON and exit.</source>
        <translation>Imprime el JSON del escenario efectivo y termina.</translation>
    </message>
    <message>
        <source>Writes synthetic logs with labelled anomaly episodes: profiles microservices (seed 003), web (seed 002), metrics (seed 001) and basic (seed 000).</source>
        <translation>Escribe registros sintéticos con episodios de anomalías etiquetados: perfiles microservices (seed 003), web (seed 002), metrics (seed 001) y basic (seed 000).</translation>
    </message>
    <message>
        <source>--format expects json, text, nginx or syslog, got &apos;%1&apos;</source>
        <translation>--format espera json, text, nginx o syslog, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--anomaly-rate expects a number from 0 to 1, got &apos;%1&apos;</source>
        <translation>--anomaly-rate espera un número de 0 a 1, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duration expects a duration such as 7d, 12h or 90s, got &apos;%1&apos;</source>
        <translation>--duration espera una duración como 7d, 12h o 90s, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--start expects an ISO 8601 time or &apos;now&apos;, got &apos;%1&apos;</source>
        <translation>--start espera una hora ISO 8601 o &apos;now&apos;, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--output expects stdout, file or both, got &apos;%1&apos;</source>
        <translation>--output espera stdout, file o both, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--output %1 needs -p/--output-path FILE</source>
        <translation>--output %1 necesita -p/--output-path FILE</translation>
    </message>
    <message>
        <source>--rotate-size expects a size such as 1048576, 64K, 10M or 1G, got &apos;%1&apos;</source>
        <translation>--rotate-size espera un tamaño como 1048576, 64K, 10M o 1G, se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--rotate-size needs an output file (-p FILE)</source>
        <translation>--rotate-size necesita un archivo de salida (-p FILE)</translation>
    </message>
    <message>
        <source>logscope generate: warning: --inject %1 starts after the run ends (%2)
</source>
        <translation>logscope generate: aviso: --inject %1 empieza después de que termine la ejecución (%2)
</translation>
    </message>
    <message>
        <source>--%1 expects a non-negative integer, got &apos;%2&apos;</source>
        <translation>--%1 espera un entero no negativo, se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 expects a positive integer, got &apos;%2&apos;</source>
        <translation>--%1 espera un entero positivo, se recibió &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Imprime la versión y termina.</translation>
    </message>
    <message>
        <source>Log files to open (several open as one log).</source>
        <translation>Archivos de registro que abrir (varios se abren como un solo registro).</translation>
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
        <translation>Panel nativo y rápido de análisis de registros. Sin orden, abre la ventana del
panel y carga los archivos FILE indicados.

Órdenes (cada una tiene --help):
  demo       el panel de un conjunto de demostración integrado (sin pantalla:
             un PNG y el informe de texto)
  generate   escribir registros sintéticos
  analyze    imprimir el informe de un archivo de registro
  report     dibujar el panel de un registro en un PNG, sin pantalla
  templates  extraer las plantillas de mensajes de un registro (CSV, ranking)
  formats    listar, guardar y detectar formatos de entrada</translation>
    </message>
    <message>
        <source>logscope: no display available (DISPLAY and WAYLAND_DISPLAY are unset). Use &apos;logscope demo&apos;, &apos;logscope report FILE -o out.png&apos; or &apos;logscope analyze FILE&apos; without a display.
</source>
        <translation>logscope: no hay pantalla disponible (DISPLAY y WAYLAND_DISPLAY no están definidas). Sin pantalla, use &apos;logscope demo&apos;, &apos;logscope report FILE -o out.png&apos; o &apos;logscope analyze FILE&apos;.
</translation>
    </message>
    <message>
        <source>Read the FILEs with this format: a built-in or saved format&apos;s name, or a format string such as &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos; (default: detected).</source>
        <translation>Lee los archivos FILE con este formato: el nombre de un formato integrado o guardado, o una cadena de formato como &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos; (por defecto: detectado).</translation>
    </message>
    <message>
        <source>Start a live demo stream (Live menu).</source>
        <translation>Inicia un flujo de demostración en directo (menú En directo).</translation>
    </message>
    <message>
        <source>With --live: the generator profile (default microservices).</source>
        <translation>Con --live: el perfil del generador (por defecto microservices).</translation>
    </message>
    <message>
        <source>With --live: lines per second, 1 to 50000 (default 1000).</source>
        <translation>Con --live: líneas por segundo, de 1 a 50000 (por defecto 1000).</translation>
    </message>
    <message>
        <source>Follow a growing log file live.</source>
        <translation>Sigue en directo un archivo de registro que crece.</translation>
    </message>
    <message>
        <source>logscope: --rate expects 1 to 50000 lines per second, got &apos;%1&apos;
</source>
        <translation>logscope: --rate espera de 1 a 50000 líneas por segundo, se recibió &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>logscope: --live: cannot start profile &apos;%1&apos;
</source>
        <translation>logscope: --live: no se puede iniciar el perfil &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>HealthFactors</name>
    <message>
        <source>error rate</source>
        <translation>tasa de errores</translation>
    </message>
    <message>
        <source>slow responses</source>
        <translation>respuestas lentas</translation>
    </message>
    <message>
        <source>low success rate</source>
        <translation>tasa de éxito baja</translation>
    </message>
    <message>
        <source>anomaly rate</source>
        <translation>tasa de anomalías</translation>
    </message>
    <message>
        <source>critical incidents</source>
        <translation>incidentes críticos</translation>
    </message>
    <message>
        <source>high incidents</source>
        <translation>incidentes altos</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message numerus="yes">
        <source>%n resource warnings from %1 in %2, %3x its usual rate</source>
        <translation>
            <numerusform>%n aviso de recursos de %1 en %2, %3 veces su tasa habitual</numerusform>
            <numerusform>%n avisos de recursos de %1 en %2, %3 veces su tasa habitual</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered %2 of requests with 502/503/504</source>
        <translation>%1 respondió al %2 de las solicitudes con 502/503/504</translation>
    </message>
    <message numerus="yes">
        <source>Traffic of %1 collapsed: %n lines in %2 where about %3 were expected</source>
        <translation>
            <numerusform>El tráfico de %1 se desplomó: %n línea en %2 cuando se esperaban unas %3</numerusform>
            <numerusform>El tráfico de %1 se desplomó: %n líneas en %2 cuando se esperaban unas %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brute force: %n failed logins in one minute from %1 (%2 in all)</source>
        <translation>
            <numerusform>Fuerza bruta: %n inicio de sesión fallido en un minuto desde %1 (%2 en total)</numerusform>
            <numerusform>Fuerza bruta: %n inicios de sesión fallidos en un minuto desde %1 (%2 en total)</numerusform>
        </translation>
    </message>
    <message>
        <source>Brute force: %1 failed logins per minute on %2 (usual %3 of its lines)</source>
        <translation>Fuerza bruta: %1 inicios de sesión fallidos por minuto en %2 (lo habitual: %3 de sus líneas)</translation>
    </message>
    <message numerus="yes">
        <source>Injection attempts: %n requests to %1 carried SQL, script or path-traversal payloads and some were answered with success</source>
        <translation>
            <numerusform>Intentos de inyección: %n solicitud a %1 llevaba cargas SQL, de script o de path traversal, y algunas se respondieron con éxito</numerusform>
            <numerusform>Intentos de inyección: %n solicitudes a %1 llevaban cargas SQL, de script o de path traversal, y algunas se respondieron con éxito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Injection attempts: %n requests to %1 carried SQL, script or path-traversal payloads</source>
        <translation>
            <numerusform>Intentos de inyección: %n solicitud a %1 llevaba cargas SQL, de script o de path traversal</numerusform>
            <numerusform>Intentos de inyección: %n solicitudes a %1 llevaban cargas SQL, de script o de path traversal</numerusform>
        </translation>
    </message>
    <message>
        <source>Multiple services failing within %1: %2</source>
        <translation>Varios servicios fallan en menos de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of %1 with missing or impossible values in %2 (%3 of its lines)</source>
        <translation>
            <numerusform>%n línea de %1 con valores ausentes o imposibles en %2 (%3 de sus líneas)</numerusform>
            <numerusform>%n líneas de %1 con valores ausentes o imposibles en %2 (%3 de sus líneas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2&apos;s requests took more than %3 ms (%4x its P95 baseline of %5 ms); mean %6 ms</source>
        <translation>El %1 de las solicitudes de %2 tardó más de %3 ms (%4 veces su referencia P95 de %5 ms); media %6 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n requests to %1 refused by rate limiting in %2 (%3 of its traffic, %4x its usual rate)</source>
        <translation>
            <numerusform>%n solicitud a %1 rechazada por limitación de tasa en %2 (%3 de su tráfico, %4 veces su tasa habitual)</numerusform>
            <numerusform>%n solicitudes a %1 rechazadas por limitación de tasa en %2 (%3 de su tráfico, %4 veces su tasa habitual)</numerusform>
        </translation>
    </message>
    <message>
        <source>Error rate of %1 reached %2 in a %3-minute window (threshold %4, usual %5)</source>
        <translation>La tasa de error de %1 alcanzó el %2 en una ventana de %3 minutos (umbral %4, habitual %5)</translation>
    </message>
    <message>
        <source>Error rate of %1 reached %2 in a %3-second window (threshold %4, usual %5)</source>
        <translation>La tasa de error de %1 alcanzó el %2 en una ventana de %3 segundos (umbral %4, habitual %5)</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s successful requests took more than %3 ms (%4 x its P95 of %5 ms) in a %6-second window</source>
        <translation>El %1 de las solicitudes correctas de %2 tardó más de %3 ms (%4 veces su P95 de %5 ms) en una ventana de %6 segundos</translation>
    </message>
    <message>
        <source>Median response time of %1 rose to %2 ms, %3 x its usual %4 ms, in a %5-second window</source>
        <translation>El tiempo de respuesta mediano de %1 subió a %2 ms, %3 veces sus %4 ms habituales, en una ventana de %5 segundos</translation>
    </message>
    <message>
        <source>%1 answered %2 of its requests with 502/503/504 in a %3-second window</source>
        <translation>%1 respondió al %2 de sus solicitudes con 502/503/504 en una ventana de %3 segundos</translation>
    </message>
    <message>
        <source>%1 logged %2 lines in a %3-second window where about %4 are usual</source>
        <translation>%1 registró %2 líneas en una ventana de %3 segundos, cuando lo habitual son unas %4</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s lines report exhausted resources (memory, disk, CPU, pools) in a %3-second window (usual %4)</source>
        <translation>El %1 de las líneas de %2 informa de recursos agotados (memoria, disco, CPU, pools) en una ventana de %3 segundos (habitual %4)</translation>
    </message>
    <message>
        <source>%1 requests with injection payloads (SQL, script, traversal) reached %2 in a %3-second window</source>
        <translation>%1 solicitudes con cargas de inyección (SQL, script, traversal) llegaron a %2 en una ventana de %3 segundos</translation>
    </message>
    <message>
        <source>Brute force: %1 failed logins from %2 on %3 within %4 seconds</source>
        <translation>Fuerza bruta: %1 inicios de sesión fallidos desde %2 en %3 en %4 segundos</translation>
    </message>
</context>
<context>
    <name>InputOptions</name>
    <message>
        <source>Read the input as FORMAT instead of detecting it: a format name (see &apos;logscope formats&apos;), a saved format&apos;s name, or a format string such as &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</source>
        <translation>Lee la entrada como FORMAT en lugar de detectarlo: un nombre de formato (véase &apos;logscope formats&apos;), el nombre de un formato guardado o una cadena de formato como &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</translation>
    </message>
    <message>
        <source>Print how long each phase took (read, parse, analysis, ...) to standard error.</source>
        <translation>Imprime en la salida de error cuánto tardó cada fase (lectura, análisis sintáctico, análisis, ...).</translation>
    </message>
</context>
<context>
    <name>LineDetail</name>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latencia</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>anomaly score</source>
        <translation>puntuación de anomalía</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>anomaly %1</source>
        <translation>anomalía %1</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (archivo %2)</translation>
    </message>
</context>
<context>
    <name>LoadProblems</name>
    <message>
        <source>JSON value is not an object</source>
        <translation>el valor JSON no es un objeto</translation>
    </message>
    <message>
        <source>array element is neither a string nor an object</source>
        <translation>el elemento del array no es ni una cadena ni un objeto</translation>
    </message>
    <message>
        <source>not an access log line (`client - user [time] &quot;request&quot; status bytes`)</source>
        <translation>no es una línea de registro de acceso (`client - user [time] &quot;request&quot; status bytes`)</translation>
    </message>
    <message>
        <source>too many inputs: at most %1 files can be loaded at once</source>
        <translation>demasiadas entradas: se pueden cargar como máximo %1 archivos a la vez</translation>
    </message>
    <message>
        <source>none of the inputs is a text log: %1</source>
        <translation>ninguna de las entradas es un registro de texto: %1</translation>
    </message>
    <message>
        <source>%1: does not look like a text log (binary data); use --format to read it anyway</source>
        <translation>%1: no parece un registro de texto (datos binarios); use --format para leerlo de todos modos</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (omitido)</translation>
    </message>
    <message>
        <source>%1: the file shrank while it was read; the part cut off is missing</source>
        <translation>%1: el archivo se redujo mientras se leía; falta la parte recortada</translation>
    </message>
    <message>
        <source>no input given</source>
        <translation>no se indicó ninguna entrada</translation>
    </message>
    <message>
        <source>not tried: the format gave up on %1 of %2 lines (its pattern backtracks too much; simplify it)</source>
        <translation>no intentado: el formato se rindió en %1 de %2 líneas (su patrón retrocede demasiado; simplifíquelo)</translation>
    </message>
    <message>
        <source>the format &apos;%1&apos; gave up on this line (its pattern backtracks too much)</source>
        <translation>el formato &apos;%1&apos; se rindió en esta línea (su patrón retrocede demasiado)</translation>
    </message>
    <message>
        <source>does not match the format &apos;%1&apos;</source>
        <translation>no coincide con el formato &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not an RFC 5424 syslog line (`&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID SD message`)</source>
        <translation>no es una línea syslog RFC 5424 (`&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID SD message`)</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>no es un array JSON</translation>
    </message>
    <message>
        <source>not `[time] [LEVEL] [source/service] message`</source>
        <translation>no es `[time] [LEVEL] [source/service] message`</translation>
    </message>
    <message>
        <source>not a syslog line (`Mmm dd HH:MM:SS host tag: message`)</source>
        <translation>no es una línea syslog (`Mmm dd HH:MM:SS host tag: message`)</translation>
    </message>
    <message>
        <source>not logfmt (`key=value key=&quot;quoted value&quot;`)</source>
        <translation>no es logfmt (`key=value key=&quot;quoted value&quot;`)</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>no level (INFO, WARN, ERROR, ...) after the timestamp</source>
        <translation>no hay nivel (INFO, WARN, ERROR…) tras la marca de tiempo</translation>
    </message>
    <message>
        <source>no timestamp at the start of the line</source>
        <translation>no hay marca de tiempo al principio de la línea</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <source>(no template)</source>
        <translation>(sin plantilla)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>the service</source>
        <translation>el servicio</translation>
    </message>
    <message>
        <source>Investigate %1: %2 drove its error rate to %3; check its dependencies and the latest deployment, and roll back if a release coincides.</source>
        <translation>Investigue %1: %2 elevó su tasa de error al %3; revise sus dependencias y el último despliegue, y revierta si coincide con una versión.</translation>
    </message>
    <message>
        <source>Profile %1: requests took over %2 ms (mean %3 ms); look for slow queries, lock contention or saturated instances, and scale out if the slowdown follows load.</source>
        <translation>Perfile %1: las solicitudes tardaron más de %2 ms (media %3 ms); busque consultas lentas, contención de bloqueos o instancias saturadas, y escale horizontalmente si la lentitud sigue a la carga.</translation>
    </message>
    <message>
        <source>IMMEDIATE: stabilise %1 first (it failed first, with %2), then %3 followed; restart or fail it over, shed load, and put timeouts and circuit breakers between it and its callers.</source>
        <translation>INMEDIATO: estabilice primero %1 (falló primero, con %2), luego siguieron %3; reinícielo o conmute a otro nodo, reduzca la carga y ponga tiempos de espera y disyuntores entre él y quienes lo llaman.</translation>
    </message>
    <message>
        <source>IMMEDIATE: stabilise %1 first (it failed first, with %2); restart or fail it over, shed load, and put timeouts and circuit breakers between it and its callers.</source>
        <translation>INMEDIATO: estabilice primero %1 (falló primero, con %2); reinícielo o conmute a otro nodo, reduzca la carga y ponga tiempos de espera y disyuntores entre él y quienes lo llaman.</translation>
    </message>
    <message>
        <source>Free or add capacity on %1: %2 kept repeating; check memory, disk and connection-pool usage, look for a leak or a runaway consumer before raising limits.</source>
        <translation>Libere o añada capacidad en %1: %2 se repitió una y otra vez; revise el uso de memoria, disco y pool de conexiones, y busque una fuga o un consumidor desbocado antes de subir los límites.</translation>
    </message>
    <message>
        <source>Block the source of the injection attempts on %1 (e.g. %2); verify parameterised queries and output encoding on that endpoint and tighten the WAF rules.</source>
        <translation>Bloquee el origen de los intentos de inyección en %1 (p. ej. %2); verifique las consultas parametrizadas y la codificación de salida en ese endpoint, y endurezca las reglas del WAF.</translation>
    </message>
    <message>
        <source>Rate-limit or block the client behind the failed logins on %1; enable account lockout or CAPTCHA, and check whether any login from it succeeded.</source>
        <translation>Limite o bloquee el cliente detrás de los inicios de sesión fallidos en %1; active el bloqueo de cuentas o un CAPTCHA, y compruebe si algún inicio de sesión desde él tuvo éxito.</translation>
    </message>
    <message>
        <source>Check that %1&apos;s instances are up and reachable (health checks, load balancer, crash loops); restart failed instances and verify its upstream dependencies.</source>
        <translation>Compruebe que las instancias de %1 están activas y accesibles (comprobaciones de salud, balanceador de carga, bucles de caídas); reinicie las instancias caídas y verifique sus dependencias.</translation>
    </message>
    <message>
        <source>Find the clients %1 throttled (see the evidence lines): block or slow abusive ones, raise the quota of legitimate ones, and make callers back off with jitter instead of retrying at once.</source>
        <translation>Identifique los clientes que %1 limitó (vea las líneas de evidencia): bloquee o frene a los abusivos, aumente la cuota de los legítimos y haga que quienes llaman esperen con jitter en lugar de reintentar de inmediato.</translation>
    </message>
    <message>
        <source>Check what writes %1&apos;s records: fields it always fills came missing or impossible (e.g. %2); validate records at the producer and fix its serialisation before trusting these figures.</source>
        <translation>Revise qué escribe los registros de %1: campos que siempre rellena llegaron ausentes o imposibles (p. ej. %2); valide los registros en el productor y corrija su serialización antes de fiarse de estas cifras.</translation>
    </message>
    <message>
        <source>It is part of a cascading failure that started in %1: stabilise %1 first.</source>
        <translation>Forma parte de un fallo en cascada que empezó en %1: estabilice primero %1.</translation>
    </message>
    <message numerus="yes">
        <source>CRITICAL INCIDENTS: %n need immediate action; start with the earliest root cause listed above.</source>
        <translation>
            <numerusform>INCIDENTES CRÍTICOS: %n requiere acción inmediata; empiece por la causa raíz más temprana indicada arriba.</numerusform>
            <numerusform>INCIDENTES CRÍTICOS: %n requieren acción inmediata; empiece por la causa raíz más temprana indicada arriba.</numerusform>
        </translation>
    </message>
    <message>
        <source>PERFORMANCE DEGRADATION: P95 response time at %1 ms; optimise slow queries or scale infrastructure.</source>
        <translation>DEGRADACIÓN DEL RENDIMIENTO: tiempo de respuesta P95 de %1 ms; optimice las consultas lentas o escale la infraestructura.</translation>
    </message>
    <message>
        <source>HIGH ERROR RATE: %1 of lines are errors; fix the top error patterns first.</source>
        <translation>TASA DE ERROR ALTA: el %1 de las líneas son errores; corrija primero los patrones de error más frecuentes.</translation>
    </message>
    <message numerus="yes">
        <source>HIGH ANOMALY RATE: %n anomalies detected; review anomalous patterns for security threats.</source>
        <translation>
            <numerusform>TASA DE ANOMALÍAS ALTA: %n anomalía detectada; revise los patrones anómalos en busca de amenazas de seguridad.</numerusform>
            <numerusform>TASA DE ANOMALÍAS ALTA: %n anomalías detectadas; revise los patrones anómalos en busca de amenazas de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>UNHEALTHY SERVICE: %1 succeeds on %2 of requests; review its errors.</source>
        <translation>SERVICIO CON MALA SALUD: %1 tiene éxito en el %2 de las solicitudes; revise sus errores.</translation>
    </message>
    <message>
        <source>DEGRADING TREND: the daily error rate is rising; compare recent deployments and load.</source>
        <translation>TENDENCIA A EMPEORAR: la tasa de error diaria aumenta; compare los despliegues recientes y la carga.</translation>
    </message>
    <message>
        <source>System operating within normal parameters.</source>
        <translation>El sistema funciona dentro de los parámetros normales.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>PNG file to write (required).</source>
        <translation>Archivo PNG que escribir (obligatorio).</translation>
    </message>
    <message>
        <source>Image width in pixels (default %1).</source>
        <translation>Ancho de la imagen en píxeles (por defecto %1).</translation>
    </message>
    <message>
        <source>Image height in pixels (default %1).</source>
        <translation>Alto de la imagen en píxeles (por defecto %1).</translation>
    </message>
    <message>
        <source>Colour theme: light or dark (default light).</source>
        <translation>Tema de color: light (claro) o dark (oscuro) (por defecto light).</translation>
    </message>
    <message>
        <source>Draw everything this many times larger in the same pixel size, e.g. 2 for high-density screens (default 1).</source>
        <translation>Dibuja todo tantas veces más grande en el mismo tamaño en píxeles, p. ej. 2 para pantallas de alta densidad (por defecto 1).</translation>
    </message>
    <message>
        <source>Log files, folders, .gz/.zst archives, or - for standard input; several are merged by time.</source>
        <translation>Archivos de registro, carpetas, archivos .gz/.zst o - para la entrada estándar; varios se combinan por tiempo.</translation>
    </message>
    <message>
        <source>Renders the nine-panel dashboard of a log file to a PNG image; needs no display.</source>
        <translation>Dibuja el panel de nueve gráficos de un archivo de registro en una imagen PNG; no necesita pantalla.</translation>
    </message>
    <message>
        <source>logscope report: expected FILE... and -o PNG
</source>
        <translation>logscope report: se esperaban FILE... y -o PNG
</translation>
    </message>
    <message>
        <source>logscope report: --width and --height must be whole numbers between 320×240 and 16384×16384
</source>
        <translation>logscope report: --width y --height deben ser números enteros entre 320×240 y 16384×16384
</translation>
    </message>
    <message>
        <source>logscope report: --scale must be a number from 0.5 to 4
</source>
        <translation>logscope report: --scale debe ser un número de 0.5 a 4
</translation>
    </message>
    <message>
        <source>logscope report: --theme must be light or dark, got &apos;%1&apos;
</source>
        <translation>logscope report: --theme debe ser light o dark, se recibió &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <source> (for a text log, give its line format with --format)</source>
        <translation> (para un registro de texto, indique su formato de línea con --format)</translation>
    </message>
    <message numerus="yes">
        <source>logscope templates: %1 of %2 lines could not be read and are not mined
</source>
        <translation>
            <numerusform>logscope templates: %1 de %2 línea no se pudo leer y no se procesa
</numerusform>
            <numerusform>logscope templates: %1 de %2 líneas no se pudieron leer y no se procesan
</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation>  línea %1: %2
</translation>
    </message>
    <message>
        <source>Line format in logparser syntax, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;; the &lt;Content&gt; field is mined. Without it the file is read as JSON lines and their message is mined.</source>
        <translation>Formato de línea en sintaxis de logparser, p. ej. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;; se procesa el campo &lt;Content&gt;. Sin él, el archivo se lee como líneas JSON y se procesa su mensaje.</translation>
    </message>
    <message>
        <source>Write line,template_id,template per mined line (CSV, lines numbered from 1).</source>
        <translation>Escribe line,template_id,template por cada línea procesada (CSV, líneas numeradas desde 1).</translation>
    </message>
    <message>
        <source>Write template_id,template,count per template (CSV).</source>
        <translation>Escribe template_id,template,count por cada plantilla (CSV).</translation>
    </message>
    <message>
        <source>Templates to list on stdout (default 20, 0 = all).</source>
        <translation>Plantillas que listar en stdout (por defecto 20, 0 = todas).</translation>
    </message>
    <message>
        <source>Show variables by kind (&lt;NUM&gt;, &lt;IP&gt;, &lt;PATH&gt;, ...) instead of &lt;*&gt;.</source>
        <translation>Muestra las variables por tipo (&lt;NUM&gt;, &lt;IP&gt;, &lt;PATH&gt;, ...) en lugar de &lt;*&gt;.</translation>
    </message>
    <message>
        <source>Continue from a miner state saved by --save-state.</source>
        <translation>Continúa desde un estado guardado con --save-state.</translation>
    </message>
    <message>
        <source>Save the miner&apos;s state (JSON) after mining, to continue later.</source>
        <translation>Guarda el estado del extractor (JSON) tras el proceso, para continuar más tarde.</translation>
    </message>
    <message>
        <source>The log file.</source>
        <translation>El archivo de registro.</translation>
    </message>
    <message>
        <source>Mines the message templates of a log file (variables such as numbers, ids, IPs and paths become &lt;*&gt;),
lists the most frequent ones and writes them as CSV.</source>
        <translation>Extrae las plantillas de mensajes de un archivo de registro (variables como números, ids, IP y rutas pasan a ser &lt;*&gt;),
lista las más frecuentes y las escribe como CSV.</translation>
    </message>
    <message>
        <source>logscope templates: expected one FILE, got %1
</source>
        <translation>logscope templates: se esperaba un FILE, se recibieron %1
</translation>
    </message>
    <message>
        <source>logscope templates: --top expects a non-negative integer, got &apos;%1&apos;
</source>
        <translation>logscope templates: --top espera un entero no negativo, se recibió &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>(no time)</source>
        <translation>(sin hora)</translation>
    </message>
    <message>
        <source>SYSTEM HEALTH OVERVIEW</source>
        <translation>RESUMEN DE LA SALUD DEL SISTEMA</translation>
    </message>
    <message>
        <source>Health Score:</source>
        <translation>Puntuación de salud:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Total Logs Analyzed:</source>
        <translation>Líneas analizadas:</translation>
    </message>
    <message>
        <source>Time Range:</source>
        <translation>Intervalo de tiempo:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Time Period:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>no timestamps</source>
        <translation>sin marcas de tiempo</translation>
    </message>
    <message>
        <source>Trend:</source>
        <translation>Tendencia:</translation>
    </message>
    <message>
        <source>PERFORMANCE METRICS</source>
        <translation>MÉTRICAS DE RENDIMIENTO</translation>
    </message>
    <message>
        <source>Average Response Time:</source>
        <translation>Tiempo de respuesta medio:</translation>
    </message>
    <message>
        <source>P50 Response Time:</source>
        <translation>Tiempo de respuesta P50:</translation>
    </message>
    <message>
        <source>P95 Response Time:</source>
        <translation>Tiempo de respuesta P95:</translation>
    </message>
    <message>
        <source>P99 Response Time:</source>
        <translation>Tiempo de respuesta P99:</translation>
    </message>
    <message>
        <source>Response Times:</source>
        <translation>Tiempos de respuesta:</translation>
    </message>
    <message>
        <source>none in this log</source>
        <translation>ninguno en este registro</translation>
    </message>
    <message>
        <source>Success Rate:</source>
        <translation>Tasa de éxito:</translation>
    </message>
    <message>
        <source>Error Rate:</source>
        <translation>Tasa de error:</translation>
    </message>
    <message>
        <source>ANOMALY DETECTION</source>
        <translation>DETECCIÓN DE ANOMALÍAS</translation>
    </message>
    <message>
        <source>Anomalies Detected:</source>
        <translation>Anomalías detectadas:</translation>
    </message>
    <message>
        <source>Anomaly Rate:</source>
        <translation>Tasa de anomalías:</translation>
    </message>
    <message>
        <source>Metric Outliers:</source>
        <translation>Valores atípicos de métricas:</translation>
    </message>
    <message>
        <source>Isolation Forest Outliers:</source>
        <translation>Valores atípicos (Isolation Forest):</translation>
    </message>
    <message>
        <source>%1 (score &gt;= %2)</source>
        <translation>%1 (puntuación &gt;= %2)</translation>
    </message>
    <message numerus="yes">
        <source>Top %n Anomalies:</source>
        <translation>
            <numerusform>La %n anomalía principal:</numerusform>
            <numerusform>Las %n anomalías principales:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Response Time:</source>
        <translation>Tiempo de respuesta:</translation>
    </message>
    <message>
        <source>Anomaly Score:</source>
        <translation>Puntuación de anomalía:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Unusual Periods (robust z against the hour-of-day baseline):</source>
        <translation>Periodos inusuales (z robusto frente a la referencia por hora del día):</translation>
    </message>
    <message>
        <source>%1 vs %2 expected (z %3)</source>
        <translation>%1 frente a %2 esperados (z %3)</translation>
    </message>
    <message>
        <source>ERROR PATTERNS</source>
        <translation>PATRONES DE ERROR</translation>
    </message>
    <message>
        <source>Unique Error Types:</source>
        <translation>Tipos de error distintos:</translation>
    </message>
    <message>
        <source>Correlated Error Pairs:</source>
        <translation>Pares de errores correlacionados:</translation>
    </message>
    <message>
        <source>Pattern Clusters:</source>
        <translation>Grupos de patrones:</translation>
    </message>
    <message numerus="yes">
        <source>Top %n Most Frequent Errors:</source>
        <translation>
            <numerusform>El %n error más frecuente:</numerusform>
            <numerusform>Los %n errores más frecuentes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Strongest Correlations:</source>
        <translation>Correlaciones más fuertes:</translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation>INCIDENTES</translation>
    </message>
    <message>
        <source>Total Incidents:</source>
        <translation>Total de incidentes:</translation>
    </message>
    <message>
        <source>Most severe first:</source>
        <translation>Los más graves primero:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Root Cause:</source>
        <translation>Causa raíz:</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Recomendación:</translation>
    </message>
    <message>
        <source>SERVICE HEALTH BREAKDOWN</source>
        <translation>SALUD POR SERVICIO</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Errores:</translation>
    </message>
    <message>
        <source>Avg RT:</source>
        <translation>TR medio:</translation>
    </message>
    <message>
        <source>Success:</source>
        <translation>Éxito:</translation>
    </message>
    <message>
        <source>LINES PER LEVEL</source>
        <translation>LÍNEAS POR NIVEL</translation>
    </message>
    <message>
        <source>LINES PER SERVICE</source>
        <translation>LÍNEAS POR SERVICIO</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>tasa de error</translation>
    </message>
    <message>
        <source>DETECTION QUALITY (against the log&apos;s ground truth)</source>
        <translation>CALIDAD DE DETECCIÓN (frente a la verdad de referencia del registro)</translation>
    </message>
    <message>
        <source>Labelled anomalies:</source>
        <translation>Anomalías etiquetadas:</translation>
    </message>
    <message>
        <source>none (%1 lines flagged)</source>
        <translation>ninguna (%1 líneas marcadas)</translation>
    </message>
    <message>
        <source>Line precision / recall / F1:</source>
        <translation>Precisión / exhaustividad / F1 por línea:</translation>
    </message>
    <message>
        <source>Episodes caught (%1):</source>
        <translation>Episodios detectados (%1):</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>episodes file</source>
        <translation>archivo de episodios</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Incidents on a true episode:</source>
        <translation>Incidentes sobre un episodio real:</translation>
    </message>
    <message>
        <source>LOGSCOPE REPORT: %1</source>
        <translation>INFORME DE LOGSCOPE: %1</translation>
    </message>
    <message>
        <source>RECOMMENDATIONS</source>
        <translation>RECOMENDACIONES</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 lines at ERROR or worse)</source>
        <translation>
            <numerusform>%1 (%2 línea de nivel ERROR o peor)</numerusform>
            <numerusform>%1 (%2 líneas de nivel ERROR o peor)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 occurrences</source>
        <translation>
            <numerusform>%1 aparición</numerusform>
            <numerusform>%1 apariciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date of a midnight tick</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ActivityHeatmapPanel</name>
    <message>
        <source>Activity by day and hour</source>
        <translation>Actividad por día y hora</translation>
    </message>
    <message>
        <source>hour of day (UTC)</source>
        <translation>hora del día (UTC)</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>No hay líneas que mostrar</translation>
    </message>
    <message>
        <source>Open a log file to see its activity.</source>
        <translation>Abra un archivo de registro para ver su actividad.</translation>
    </message>
    <message>
        <source>No timestamps in this log</source>
        <translation>Este registro no tiene marcas de tiempo</translation>
    </message>
    <message>
        <source>The heat map needs lines with a readable time field.</source>
        <translation>El mapa de calor necesita líneas con un campo de hora legible.</translation>
    </message>
    <message>
        <source>No day × hour counts in this result</source>
        <translation>No hay recuentos por día × hora en este resultado</translation>
    </message>
    <message>
        <source>The activity heat map comes from the time statistics.</source>
        <translation>El mapa de calor de actividad procede de las estadísticas de tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>busiest: %1 %2:00 (%3 lines)</source>
        <translation>
            <numerusform>máximo: %1 %2:00 (%3 línea)</numerusform>
            <numerusform>máximo: %1 %2:00 (%3 líneas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 lines (%5 of all)&lt;br&gt;click to list them</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 línea (%5 del total)&lt;br&gt;haga clic para listarla</numerusform>
            <numerusform>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 líneas (%5 del total)&lt;br&gt;haga clic para listarlas</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines of %1s %2:00–%3:00 UTC</source>
        <translation>Líneas del %1, %2:00–%3:00 UTC</translation>
    </message>
</context>
<context>
    <name>logscope::ui::AnomalyList</name>
    <message>
        <source>Anomaly scored %1</source>
        <translation>Anomalía con puntuación %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;score %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;puntuación %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;why: %1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;motivo: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to show the line</source>
        <translation>&lt;br&gt;haga clic para ver la línea</translation>
    </message>
</context>
<context>
    <name>logscope::ui::AnomalyTimelinePanel</name>
    <message>
        <source>Anomaly timeline</source>
        <translation>Cronología de anomalías</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 UTC&lt;/b&gt;&lt;br&gt;score %2 · %3</source>
        <translation>&lt;b&gt;%1 UTC&lt;/b&gt;&lt;br&gt;puntuación %2 · %3</translation>
    </message>
    <message>
        <source>no cluster</source>
        <translation>sin clúster</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>clúster %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;anomaly&lt;/b&gt; · click to show the line</source>
        <translation>&lt;br&gt;&lt;b&gt;anomalía&lt;/b&gt; · haga clic para ver la línea</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to show the line</source>
        <translation>&lt;br&gt;haga clic para ver la línea</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>No hay líneas que mostrar</translation>
    </message>
    <message>
        <source>Open a log file to see its anomalies.</source>
        <translation>Abra un archivo de registro para ver sus anomalías.</translation>
    </message>
    <message>
        <source>No timestamps in this log</source>
        <translation>Este registro no tiene marcas de tiempo</translation>
    </message>
    <message>
        <source>The anomaly timeline needs lines with a readable time field.</source>
        <translation>La cronología de anomalías necesita líneas con un campo de hora legible.</translation>
    </message>
    <message>
        <source>No anomaly scores in this result</source>
        <translation>No hay puntuaciones de anomalía en este resultado</translation>
    </message>
    <message>
        <source>Scores come from the Isolation Forest over per-line features.</source>
        <translation>Las puntuaciones proceden del Isolation Forest sobre características de cada línea.</translation>
    </message>
    <message numerus="yes">
        <source>%1 anomalies (%2) · drag to zoom</source>
        <translation>
            <numerusform>%1 anomalía (%2) · arrastre para ampliar</numerusform>
            <numerusform>%1 anomalías (%2) · arrastre para ampliar</numerusform>
        </translation>
    </message>
    <message>
        <source>Every detected anomaly</source>
        <translation>Todas las anomalías detectadas</translation>
    </message>
    <message>
        <source>The line scored %1 at %2</source>
        <translation>La línea con puntuación %1 a las %2</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ChartPanel</name>
    <message>
        <source>time (UTC)</source>
        <translation>hora (UTC)</translation>
    </message>
</context>
<context>
    <name>logscope::ui::DashboardPanel</name>
    <message>
        <source>Show these lines</source>
        <translation>Mostrar estas líneas</translation>
    </message>
    <message>
        <source>Copy panel image</source>
        <translation>Copiar imagen del gráfico</translation>
    </message>
</context>
<context>
    <name>logscope::ui::DashboardView</name>
    <message>
        <source>No log loaded</source>
        <translation>Ningún registro cargado</translation>
    </message>
    <message>
        <source>LogScope — %1</source>
        <translation>LogScope — %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; filtered: %2</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; filtrado: %2</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ErrorsByServicePanel</name>
    <message>
        <source>Errors by service</source>
        <translation>Errores por servicio</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>No hay líneas que mostrar</translation>
    </message>
    <message>
        <source>Open a log file to see errors by service.</source>
        <translation>Abra un archivo de registro para ver los errores por servicio.</translation>
    </message>
    <message>
        <source>No errors in this log</source>
        <translation>No hay errores en este registro</translation>
    </message>
    <message>
        <source>No line is at ERROR or CRITICAL level.</source>
        <translation>Ninguna línea tiene nivel ERROR o CRITICAL.</translation>
    </message>
    <message numerus="yes">
        <source>%1 error lines · top %2 of %3 services</source>
        <translation>
            <numerusform>%1 línea de error · %2 principales de %3 servicios</numerusform>
            <numerusform>%1 líneas de error · %2 principales de %3 servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error lines</source>
        <translation>
            <numerusform>%1 línea de error</numerusform>
            <numerusform>%1 líneas de error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 error lines of %3 (%4)&lt;br&gt;%5 warnings&lt;br&gt;click to list the error lines</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 línea de error de %3 (%4)&lt;br&gt;%5 avisos&lt;br&gt;haga clic para listar las líneas de error</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 líneas de error de %3 (%4)&lt;br&gt;%5 avisos&lt;br&gt;haga clic para listar las líneas de error</numerusform>
        </translation>
    </message>
    <message>
        <source>ERROR and CRITICAL lines of %1</source>
        <translation>Líneas ERROR y CRITICAL de %1</translation>
    </message>
    <message>
        <source>ERROR and CRITICAL lines</source>
        <translation>Líneas ERROR y CRITICAL</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ExportPngDialog</name>
    <message>
        <source>Export dashboard as PNG</source>
        <translation>Exportar panel como PNG</translation>
    </message>
    <message>
        <source>Seed 003 report (1993 × 1390)</source>
        <translation>Informe del seed 003 (1993 × 1390)</translation>
    </message>
    <message>
        <source>Full HD (1920 × 1080)</source>
        <translation>Full HD (1920 × 1080)</translation>
    </message>
    <message>
        <source>Laptop (1280 × 800)</source>
        <translation>Portátil (1280 × 800)</translation>
    </message>
    <message>
        <source>4K (3840 × 2160, 2× scale)</source>
        <translation>4K (3840 × 2160, escala 2×)</translation>
    </message>
    <message>
        <source>This window (%1 × %2)</source>
        <translation>Esta ventana (%1 × %2)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>2 × draws the same dashboard with everything twice as large (for high-density screens and print).</source>
        <translation>2 × dibuja el mismo panel con todo el doble de grande (para pantallas de alta densidad e impresión).</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ancho:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Alto:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; the dashboard is laid out at %3 × %4.</source>
        <translation>La imagen mide %1 × %2 píxeles; el panel se distribuye en %3 × %4.</translation>
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
        <translation>Mostrar solo algunos servicios (todos los gráficos se ajustan)</translation>
    </message>
    <message>
        <source>Show only some levels (every panel narrows)</source>
        <translation>Mostrar solo algunos niveles (todos los gráficos se ajustan)</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)…</source>
        <translation>Buscar en mensajes (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Keep only lines whose message contains this text (or matches this regular expression); Enter applies</source>
        <translation>Conservar solo las líneas cuyo mensaje contiene este texto (o coincide con esta expresión regular); Intro aplica</translation>
    </message>
    <message>
        <source>Treat the search as a regular expression</source>
        <translation>Tratar la búsqueda como expresión regular</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 services</source>
        <translation>
            <numerusform>%1 de %2 servicio</numerusform>
            <numerusform>%1 de %2 servicios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 levels</source>
        <translation>%1 de %2 niveles</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>La expresión regular no es válida</translation>
    </message>
</context>
<context>
    <name>logscope::ui::FormatDialog</name>
    <message>
        <source>&amp;Save format</source>
        <translation>&amp;Guardar formato</translation>
    </message>
    <message>
        <source>Open with format — %1</source>
        <translation>Abrir con formato — %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>the file does not look like text</source>
        <translation>el archivo no parece ser texto</translation>
    </message>
    <message>
        <source>the file has no lines</source>
        <translation>el archivo no tiene líneas</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, confidence %2 (from the first %3 lines)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, confianza %2 (de la %3 primera línea)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, confianza %2 (de las primeras %3 líneas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Detection&apos;s guess:</source>
        <translation>Formato detectado:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Fields in angle brackets: &lt;code&gt;&amp;lt;Date&amp;gt; &amp;lt;Time&amp;gt; &amp;lt;Timestamp&amp;gt; &amp;lt;Level&amp;gt; &amp;lt;Component&amp;gt; &amp;lt;Host&amp;gt; &amp;lt;Status&amp;gt; &amp;lt;Latency&amp;gt; &amp;lt;Content&amp;gt;&lt;/code&gt; (the message) and any name of your own. The text between fields is a regular expression: &lt;code&gt;\[&lt;/code&gt; is a bracket, &lt;code&gt;(...)?&lt;/code&gt; an optional part.</source>
        <translation>Campos entre corchetes angulares: &lt;code&gt;&amp;lt;Date&amp;gt; &amp;lt;Time&amp;gt; &amp;lt;Timestamp&amp;gt; &amp;lt;Level&amp;gt; &amp;lt;Component&amp;gt; &amp;lt;Host&amp;gt; &amp;lt;Status&amp;gt; &amp;lt;Latency&amp;gt; &amp;lt;Content&amp;gt;&lt;/code&gt; (el mensaje) y cualquier nombre propio. El texto entre campos es una expresión regular: &lt;code&gt;\[&lt;/code&gt; es un corchete, &lt;code&gt;(...)?&lt;/code&gt; una parte opcional.</translation>
    </message>
    <message>
        <source>Format s&amp;tring:</source>
        <translation>&amp;Cadena de formato:</translation>
    </message>
    <message>
        <source>Save the format string as:</source>
        <translation>Guardar la cadena de formato como:</translation>
    </message>
    <message>
        <source>name, e.g. myapp</source>
        <translation>nombre, p. ej. myapp</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Detect automatically (%1)</source>
        <translation>Detectar automáticamente (%1)</translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation>Guardado: %1 — %2</translation>
    </message>
    <message>
        <source>Custom format string</source>
        <translation>Cadena de formato personalizada</translation>
    </message>
    <message>
        <source>Write a format string, e.g. %1</source>
        <translation>Escriba una cadena de formato, p. ej. %1</translation>
    </message>
    <message>
        <source>The file has no lines to preview.</source>
        <translation>El archivo no tiene líneas que previsualizar.</translation>
    </message>
    <message numerus="yes">
        <source>Read as &lt;b&gt;%1&lt;/b&gt; · fit %2 · first %3 lines: %4 parsed</source>
        <translation>
            <numerusform>Leído como &lt;b&gt;%1&lt;/b&gt; · ajuste %2 · primera %3 línea: %4 procesada</numerusform>
            <numerusform>Leído como &lt;b&gt;%1&lt;/b&gt; · ajuste %2 · primeras %3 líneas: %4 procesadas</numerusform>
        </translation>
    </message>
    <message>
        <source>, &lt;span style=&apos;color:#d03b3b&apos;&gt;&lt;b&gt;%1 cannot be read&lt;/b&gt;&lt;/span&gt;</source>
        <translation>, &lt;span style=&apos;color:#d03b3b&apos;&gt;&lt;b&gt;%1 no se pueden leer&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>, %1 without a row of their own</source>
        <translation>, %1 sin fila propia</translation>
    </message>
    <message>
        <source>Only a format string can be saved: write one first.</source>
        <translation>Solo se puede guardar una cadena de formato: escriba una primero.</translation>
    </message>
    <message>
        <source>Saved as “%1” (also usable as --format %1).</source>
        <translation>Guardado como «%1» (también se puede usar como --format %1).</translation>
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
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;No se puede leer:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;No row of its own (joined to the record above, or skipped).</source>
        <translation>&lt;br&gt;Sin fila propia (unida al registro anterior u omitida).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>logscope::ui::FrequentErrorsPanel</name>
    <message>
        <source>Most frequent errors</source>
        <translation>Errores más frecuentes</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>No hay líneas que mostrar</translation>
    </message>
    <message>
        <source>Open a log file to see its error patterns.</source>
        <translation>Abra un archivo de registro para ver sus patrones de error.</translation>
    </message>
    <message>
        <source>No warnings or errors in this log</source>
        <translation>No hay avisos ni errores en este registro</translation>
    </message>
    <message>
        <source>No error patterns in this result</source>
        <translation>No hay patrones de error en este resultado</translation>
    </message>
    <message>
        <source>Error patterns come from the template analysis of WARNING-and-worse lines.</source>
        <translation>Los patrones de error proceden del análisis de plantillas de las líneas WARNING o peores.</translation>
    </message>
    <message numerus="yes">
        <source>%1 error types</source>
        <translation>
            <numerusform>%1 tipo de error</numerusform>
            <numerusform>%1 tipos de error</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 más</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 occurrences · worst level %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 aparición · peor nivel %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 apariciones · peor nivel %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;services: %1</source>
        <translation>&lt;br&gt;servicios: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to list these lines</source>
        <translation>&lt;br&gt;haga clic para listar estas líneas</translation>
    </message>
    <message>
        <source>Lines of “%1”</source>
        <translation>Líneas de «%1»</translation>
    </message>
</context>
<context>
    <name>logscope::ui::HealthGauge</name>
    <message>
        <source>of 100</source>
        <translation>de 100</translation>
    </message>
</context>
<context>
    <name>logscope::ui::HealthPanel</name>
    <message>
        <source>System health</source>
        <translation>Salud del sistema</translation>
    </message>
    <message>
        <source>No lines to score</source>
        <translation>No hay líneas que puntuar</translation>
    </message>
    <message>
        <source>Open a log file to see its health.</source>
        <translation>Abra un archivo de registro para ver su salud.</translation>
    </message>
    <message>
        <source>No health score in this result</source>
        <translation>No hay puntuación de salud en este resultado</translation>
    </message>
    <message>
        <source>The score needs the full analysis: error rate, response times, anomalies and incidents.</source>
        <translation>La puntuación necesita el análisis completo: tasa de errores, tiempos de respuesta, anomalías e incidentes.</translation>
    </message>
    <message>
        <source>error rate %1 · success %2</source>
        <translation>tasa de errores %1 · éxito %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health %1 / 100 — %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Salud %1 / 100 — %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1: −%2 of at most %3</source>
        <translation>&lt;br&gt;%1: −%2 de un máximo de %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to list the ERROR and CRITICAL lines</source>
        <translation>&lt;br&gt;haga clic para listar las líneas ERROR y CRITICAL</translation>
    </message>
    <message>
        <source>ERROR and CRITICAL lines (they cost health points)</source>
        <translation>Líneas ERROR y CRITICAL (restan puntos de salud)</translation>
    </message>
</context>
<context>
    <name>logscope::ui::IncidentList</name>
    <message>
        <source>Evidence of %1 (%2) at %3</source>
        <translation>Evidencias de %1 (%2) a las %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1</source>
        <translation>&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;services: %1</source>
        <translation>&lt;br&gt;servicios: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;root cause: %1 %2</source>
        <translation>&lt;br&gt;causa raíz: %1 %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%1 evidence lines · click to list them</source>
        <translation>
            <numerusform>&lt;br&gt;%1 línea de evidencia · haga clic para listarla</numerusform>
            <numerusform>&lt;br&gt;%1 líneas de evidencia · haga clic para listarlas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::IncidentsBySeverityPanel</name>
    <message>
        <source>Incidents by severity</source>
        <translation>Incidentes por gravedad</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>No hay líneas que mostrar</translation>
    </message>
    <message>
        <source>Open a log file to see its incidents.</source>
        <translation>Abra un archivo de registro para ver sus incidentes.</translation>
    </message>
    <message>
        <source>No incidents detected</source>
        <translation>No se detectaron incidentes</translation>
    </message>
    <message>
        <source>No incident rule fired on these lines.</source>
        <translation>Ninguna regla de incidentes se activó en estas líneas.</translation>
    </message>
    <message>
        <source>No incidents in this result</source>
        <translation>No hay incidentes en este resultado</translation>
    </message>
    <message>
        <source>Incident detection is part of the full analysis.</source>
        <translation>La detección de incidentes forma parte del análisis completo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents</source>
        <translation>
            <numerusform>%1 incidente</numerusform>
            <numerusform>%1 incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidentes</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of the %1 %2 incidents</source>
        <translation>
            <numerusform>Evidencias del %1 incidente %2</numerusform>
            <numerusform>Evidencias de los %1 incidentes %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence of every incident</source>
        <translation>Evidencias de todos los incidentes</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1: %2 incidents&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1: %2 incidente&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1: %2 incidentes&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;click to list their evidence lines</source>
        <translation>&lt;br&gt;haga clic para listar sus líneas de evidencia</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LatencyHistogramPanel</name>
    <message>
        <source>Response time distribution</source>
        <translation>Distribución del tiempo de respuesta</translation>
    </message>
    <message>
        <source>No latency data in this log</source>
        <translation>Este registro no tiene tiempos de respuesta</translation>
    </message>
    <message>
        <source>Lines need a response_time_ms, latency_ms or duration_ms field.</source>
        <translation>Las líneas necesitan un campo response_time_ms, latency_ms o duration_ms.</translation>
    </message>
    <message>
        <source>No response-time statistics in this result</source>
        <translation>No hay estadísticas de tiempo de respuesta en este resultado</translation>
    </message>
    <message>
        <source>The latency histogram and percentiles come from the full analysis.</source>
        <translation>El histograma de latencia y los percentiles proceden del análisis completo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 timed lines · median %2 · mean %3</source>
        <translation>
            <numerusform>%1 línea con tiempo · mediana %2 · media %3</numerusform>
            <numerusform>%1 líneas con tiempo · mediana %2 · media %3</numerusform>
        </translation>
    </message>
    <message>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <source>response time (ms, log scale)</source>
        <translation>tiempo de respuesta (ms, escala log.)</translation>
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
        <translation>Líneas con tiempo de respuesta</translation>
    </message>
    <message>
        <source>Lines with a response time of %1 – %2</source>
        <translation>Líneas con un tiempo de respuesta de %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 lines (%4 of timed lines)&lt;br&gt;click to list them</source>
        <translation>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 línea (%4 de las líneas con tiempo)&lt;br&gt;haga clic para listarla</numerusform>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 líneas (%4 de las líneas con tiempo)&lt;br&gt;haga clic para listarlas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LevelsOverTimePanel</name>
    <message>
        <source>Log levels over time</source>
        <translation>Niveles de registro en el tiempo</translation>
    </message>
    <message>
        <source>lines per %1</source>
        <translation>líneas por %1</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>No hay líneas que mostrar</translation>
    </message>
    <message>
        <source>No timestamps in this log</source>
        <translation>Este registro no tiene marcas de tiempo</translation>
    </message>
    <message>
        <source>Open a log file to see its levels over time.</source>
        <translation>Abra un archivo de registro para ver sus niveles en el tiempo.</translation>
    </message>
    <message>
        <source>Levels over time needs lines with a readable time field.</source>
        <translation>Los niveles en el tiempo necesitan líneas con un campo de hora legible.</translation>
    </message>
    <message>
        <source>lines per %1 · drag to zoom</source>
        <translation>líneas por %1 · arrastre para ampliar</translation>
    </message>
    <message>
        <source>Every line of the view</source>
        <translation>Todas las líneas de la vista</translation>
    </message>
    <message>
        <source>%1 lines, %2</source>
        <translation>Líneas %1, %2</translation>
    </message>
    <message>
        <source>Lines of %1</source>
        <translation>Líneas de %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;total: %1 lines · click to list them</source>
        <translation>
            <numerusform>&lt;br&gt;total: %1 línea · haga clic para listarla</numerusform>
            <numerusform>&lt;br&gt;total: %1 líneas · haga clic para listarlas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveController</name>
    <message>
        <source>Live demo (%1)</source>
        <translation>Demo en directo (%1)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Siguiendo %1</translation>
    </message>
    <message>
        <source>Injection needs a live demo (Live ▸ Start demo)</source>
        <translation>La inyección requiere una demo en directo (En directo ▸ Iniciar demo)</translation>
    </message>
    <message>
        <source>%1 (the newest %L2 lines)</source>
        <translation>%1 (las %L2 líneas más recientes)</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveScoreboard</name>
    <message>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <source>Injected</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>No live run yet</source>
        <translation>Aún no hay ejecución en directo</translation>
    </message>
    <message>
        <source>caught %1 · missed %2 · false alarms %3 · pending %4</source>
        <translation>detectados %1 · perdidos %2 · falsas alarmas %3 · pendientes %4</translation>
    </message>
    <message>
        <source>
last detection %1 s after injection</source>
        <translation>
última detección %1 s después de la inyección</translation>
    </message>
    <message>
        <source>caught</source>
        <translation>detectado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>watching…</source>
        <translation>observando…</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveUi</name>
    <message>
        <source>Live scoreboard</source>
        <translation>Marcador en directo</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>En &amp;directo</translation>
    </message>
    <message>
        <source>&amp;Start demo</source>
        <translation>&amp;Iniciar demo</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Res&amp;tablecer</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>&amp;Inyectar</translation>
    </message>
    <message>
        <source>Follow a &amp;growing file…</source>
        <translation>Se&amp;guir archivo…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Lines per second (1 to 50,000)</source>
        <translation>Líneas por segundo (1 a 50.000)</translation>
    </message>
    <message>
        <source>%1 lines/s</source>
        <translation>%1 líneas/s</translation>
    </message>
    <message>
        <source>default intensity</source>
        <translation>intensidad por defecto</translation>
    </message>
    <message>
        <source>The type&apos;s main knob (error rate, latency multiplier, ...); 0 = its default</source>
        <translation>Control principal del tipo (tasa de errores, multiplicador de latencia, ...); 0 = su valor por defecto</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Duration of the injected episode</source>
        <translation>Duración del episodio inyectado</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inyectar</translation>
    </message>
    <message>
        <source>Cannot start the live demo: %1</source>
        <translation>No se puede iniciar la demo en directo: %1</translation>
    </message>
    <message>
        <source>Cannot follow: %1</source>
        <translation>No se puede seguir: %1</translation>
    </message>
    <message>
        <source>Follow a growing log file</source>
        <translation>Seguir un archivo de registro que crece</translation>
    </message>
    <message>
        <source>Injected %1 for %2 s</source>
        <translation>%1 inyectado durante %2 s</translation>
    </message>
    <message>
        <source>Cannot inject %1: %2</source>
        <translation>No se puede inyectar %1: %2</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>EN DIRECTO</translation>
    </message>
    <message>
        <source> · %1 lines/s</source>
        <translation> · %1 líneas/s</translation>
    </message>
    <message numerus="yes">
        <source> · %1 lines · lag %2 s</source>
        <translation>
            <numerusform> · %1 línea · retraso %2 s</numerusform>
            <numerusform> · %1 líneas · retraso %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source> · detected in %1 s</source>
        <translation> · detectado en %1 s</translation>
    </message>
    <message>
        <source>Detected %1 %2 s after injection</source>
        <translation>%1 detectado %2 s después de la inyección</translation>
    </message>
    <message>
        <source>live stopped</source>
        <translation>directo detenido</translation>
    </message>
    <message>
        <source> · row budget reached: %1 older lines of the window dropped</source>
        <translation> · límite de filas alcanzado: se descartaron %1 líneas antiguas de la ventana</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LoadReportDialog</name>
    <message>
        <source>Load report</source>
        <translation>Informe de carga</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;format: %2 · %3 bytes&lt;br&gt;%4 lines read, %5 parsed, &lt;b&gt;%6 could not be read&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;formato: %2 · %3 bytes&lt;br&gt;%4 línea leída, %5 procesada, &lt;b&gt;%6 no se pudo leer&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;formato: %2 · %3 bytes&lt;br&gt;%4 líneas leídas, %5 procesadas, &lt;b&gt;%6 no se pudieron leer&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;The first %1 are listed.</source>
        <translation>&lt;br&gt;Se listan las %1 primeras.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Por qué no se pudo leer</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Every line was read.</source>
        <translation>Se leyeron todas las líneas.</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LogTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Click to sort by %1</source>
        <translation>Haga clic para ordenar por %1</translation>
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
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous list of lines (Alt+Backspace)</source>
        <translation>Lista de líneas anterior (Alt+Retroceso)</translation>
    </message>
    <message>
        <source>Alt+Backspace</source>
        <translation>Alt+Backspace</translation>
    </message>
    <message>
        <source>Filter these lines (text, or a regular expression)</source>
        <translation>Filtrar estas líneas (texto o expresión regular)</translation>
    </message>
    <message>
        <source>Treat the filter as a regular expression (case-insensitive)</source>
        <translation>Tratar el filtro como expresión regular (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>Select a line to see all of it.</source>
        <translation>Seleccione una línea para verla completa.</translation>
    </message>
    <message>
        <source>Copy lines</source>
        <translation>Copiar líneas</translation>
    </message>
    <message>
        <source>Show surrounding lines</source>
        <translation>Mostrar líneas cercanas</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lines around line %1</source>
        <translation>Líneas alrededor de la línea %1</translation>
    </message>
    <message>
        <source>Lines around row %1</source>
        <translation>Líneas alrededor de la fila %1</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>La expresión regular no es válida</translation>
    </message>
    <message>
        <source>Click any bar, point, cell, incident or anomaly to see its lines.</source>
        <translation>Haga clic en una barra, punto, celda, incidente o anomalía para ver sus líneas.</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>procesando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 lines</source>
        <translation>
            <numerusform>%1 de %2 línea</numerusform>
            <numerusform>%1 de %2 líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 línea</numerusform>
            <numerusform>%1 líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy messages only</source>
        <translation>Copiar solo los mensajes</translation>
    </message>
</context>
<context>
    <name>logscope::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>LogScope</source>
        <translation>LogScope</translation>
    </message>
    <message>
        <source>Cannot open log</source>
        <translation>No se puede abrir el registro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Export dashboard as PNG…</source>
        <translation>&amp;Exportar panel como PNG…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About LogScope</source>
        <translation>&amp;Acerca de LogScope</translation>
    </message>
    <message>
        <source>About LogScope</source>
        <translation>Acerca de LogScope</translation>
    </message>
    <message>
        <source>&lt;b&gt;LogScope %1&lt;/b&gt;&lt;p&gt;Fast native log analytics dashboard.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LogScope %1&lt;/b&gt;&lt;p&gt;Panel nativo y rápido de análisis de registros.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Exportar panel</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Dashboard written to %1</source>
        <translation>Panel escrito en %1</translation>
    </message>
    <message>
        <source>Incidents and anomalies</source>
        <translation>Incidentes y anomalías</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Top anomalies</source>
        <translation>Anomalías principales</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Líneas del registro</translation>
    </message>
    <message>
        <source>Stop loading or recomputing (Esc)</source>
        <translation>Detener la carga o el recálculo (Esc)</translation>
    </message>
    <message>
        <source>Recomputing the dashboard for the new filter…</source>
        <translation>Recalculando el panel para el nuevo filtro…</translation>
    </message>
    <message>
        <source>Loading cancelled; the dashboard shown is unchanged.</source>
        <translation>Carga cancelada; el panel mostrado no ha cambiado.</translation>
    </message>
    <message>
        <source>%1 + %2 more</source>
        <translation>%1 + %2 más</translation>
    </message>
    <message>
        <source>Demo (microservices, 7 days)</source>
        <translation>Demo (microservicios, 7 días)</translation>
    </message>
    <message numerus="yes">
        <source>%1 lines could not be read — File ▸ Load report lists them</source>
        <translation>
            <numerusform>No se pudo leer %1 línea — Archivo ▸ Informe de carga la lista</numerusform>
            <numerusform>No se pudieron leer %1 líneas — Archivo ▸ Informe de carga las lista</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a log file to see its lines.</source>
        <translation>Abra un archivo de registro para ver sus líneas.</translation>
    </message>
    <message>
        <source>Open a log file (Ctrl+O), drop one here, or try the demo (Ctrl+D).</source>
        <translation>Abra un archivo de registro (Ctrl+O), suelte uno aquí o pruebe la demo (Ctrl+D).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 lines</source>
        <translation>
            <numerusform>%1 de %2 línea</numerusform>
            <numerusform>%1 de %2 líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 línea</numerusform>
            <numerusform>%1 líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 bad lines</source>
        <translation>
            <numerusform>%1 línea errónea</numerusform>
            <numerusform>%1 líneas erróneas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; health &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; salud &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open one or more log files</source>
        <translation>Abrir uno o varios archivos de registro</translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation>Abrir datos de &amp;demostración</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Generate a 7-day microservices log and show it</source>
        <translation>Generar un registro de microservicios de 7 días y mostrarlo</translation>
    </message>
    <message>
        <source>Export &amp;incidents as CSV…</source>
        <translation>Exportar &amp;incidentes como CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Export &amp;anomalies as CSV…</source>
        <translation>Exportar a&amp;nomalías como CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Export result as &amp;JSON…</source>
        <translation>Exportar resultado como &amp;JSON…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Load report…</source>
        <translation>Informe de &amp;carga…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>The lines that could not be read, and why</source>
        <translation>Las líneas que no se pudieron leer y por qué</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Copy &amp;dashboard image</source>
        <translation>Copiar imagen del &amp;panel</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Panel %1: %2</source>
        <translation>Gráfico %1: %2</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Copy this panel&apos;s image</source>
        <translation>Copiar la imagen de este gráfico</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Return to the previous view</source>
        <translation>Volver a la vista anterior</translation>
    </message>
    <message>
        <source>&amp;Reset filter</source>
        <translation>&amp;Restablecer filtro</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Show every line again</source>
        <translation>Volver a mostrar todas las líneas</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>&amp;Buscar en mensajes…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Choose &amp;services…</source>
        <translation>Elegir &amp;servicios…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Choose le&amp;vels…</source>
        <translation>Elegir &amp;niveles…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Show &amp;log lines</source>
        <translation>Mostrar &amp;líneas del registro</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Show or hide the log lines (Ctrl+J)</source>
        <translation>Mostrar u ocultar las líneas del registro (Ctrl+J)</translation>
    </message>
    <message>
        <source>Show &amp;incidents and anomalies</source>
        <translation>Mostrar &amp;incidentes y anomalías</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Toggle light/dark &amp;theme</source>
        <translation>&amp;Alternar claro/oscuro</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop loading or recomputing</source>
        <translation>Detener la carga o el recálculo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Copy &amp;panel image</source>
        <translation>Copiar imagen de un &amp;gráfico</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Abrir archivos de registro</translation>
    </message>
    <message>
        <source>Log files (*.log *.jsonl *.json *.txt *.gz *.zst);;All files (*)</source>
        <translation>Archivos de registro (*.log *.jsonl *.json *.txt *.gz *.zst);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export incidents</source>
        <translation>Exportar incidentes</translation>
    </message>
    <message>
        <source>Export anomalies</source>
        <translation>Exportar anomalías</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Escrito en %1</translation>
    </message>
    <message>
        <source>Export result as JSON</source>
        <translation>Exportar resultado como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>«%1» copiado al portapapeles</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copy the selected log lines&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the lines around the selected one&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Backspace&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous list of log lines&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Click any bar, point, cell, the gauge, an incident or an anomaly to see its lines; drag across a time axis to zoom every panel.&lt;/p&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copiar las líneas seleccionadas&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mostrar las líneas alrededor de la seleccionada&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Retroceso&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lista de líneas anterior&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Haga clic en una barra, punto, celda, el indicador, un incidente o una anomalía para ver sus líneas; arrastre sobre un eje de tiempo para ampliar todos los gráficos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The new language applies when LogScope starts again.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie LogScope.</translation>
    </message>
    <message>
        <source>Open log files with a format</source>
        <translation>Abrir archivos de registro con un formato</translation>
    </message>
    <message>
        <source>Open with &amp;format…</source>
        <translation>Abrir con &amp;formato…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Choose or write the format a log file is read with, with a preview</source>
        <translation>Elegir o escribir el formato con el que se lee un archivo de registro, con vista previa</translation>
    </message>
    <message>
        <source>Re-open &amp;with another format…</source>
        <translation>Reabrir con &amp;otro formato…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Read the files shown again with another format</source>
        <translation>Volver a leer los archivos mostrados con otro formato</translation>
    </message>
    <message>
        <source>Collecting lines from the live window: %1…</source>
        <translation>Recopilando líneas de la ventana en vivo: %1…</translation>
    </message>
    <message>
        <source>Live mode lists lines by time, level, service or template; this mark names single lines.</source>
        <translation>El modo en vivo lista líneas por tiempo, nivel, servicio o plantilla; esta marca señala líneas sueltas.</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ServiceLatencyPanel</name>
    <message>
        <source>Average response time by service</source>
        <translation>Tiempo de respuesta medio por servicio</translation>
    </message>
    <message>
        <source>No latency data in this log</source>
        <translation>Este registro no tiene tiempos de respuesta</translation>
    </message>
    <message>
        <source>Lines need a response_time_ms, latency_ms or duration_ms field.</source>
        <translation>Las líneas necesitan un campo response_time_ms, latency_ms o duration_ms.</translation>
    </message>
    <message>
        <source>No response-time statistics in this result</source>
        <translation>No hay estadísticas de tiempo de respuesta en este resultado</translation>
    </message>
    <message>
        <source>Per-service response times come from the full analysis.</source>
        <translation>Los tiempos de respuesta por servicio proceden del análisis completo.</translation>
    </message>
    <message>
        <source>slowest %1 of %2 services</source>
        <translation>%1 servicios más lentos de %2</translation>
    </message>
    <message>
        <source>mean over lines with a response time</source>
        <translation>media de las líneas con tiempo de respuesta</translation>
    </message>
    <message>
        <source>all services %1</source>
        <translation>todos los servicios %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;average %2 over %3 lines&lt;br&gt;success rate %4 · health %5&lt;br&gt;click to list these lines</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;media %2 en %3 línea&lt;br&gt;tasa de éxito %4 · salud %5&lt;br&gt;haga clic para listar estas líneas</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;media %2 en %3 líneas&lt;br&gt;tasa de éxito %4 · salud %5&lt;br&gt;haga clic para listar estas líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines of %1 with a response time</source>
        <translation>Líneas de %1 con tiempo de respuesta</translation>
    </message>
</context>
<context>
    <name>logscope::ui::TimelinePlot</name>
    <message>
        <source>anomaly score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>hora (UTC)</translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation>anomalía</translation>
    </message>
    <message>
        <source>no cluster</source>
        <translation>sin clúster</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>clúster %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
</context>
</TS>
