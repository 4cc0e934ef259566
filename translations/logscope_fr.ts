<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Analysis</name>
    <message>
        <source>%1 distinct services: the %2 least busy are analysed together as &quot;(other services)&quot;</source>
        <translation>%1 services distincts : les %2 moins actifs sont analysés ensemble sous « (other services) »</translation>
    </message>
    <message numerus="yes">
        <source>%n latencies of hours, a thousand times their service&apos;s median, are left out of the latency statistics as impossible (see the Data Anomaly incidents)</source>
        <translation>
            <numerusform>%n latence de plusieurs heures, mille fois la médiane de son service, est exclue des statistiques de latence comme impossible (voir les incidents d’anomalie de données)</numerusform>
            <numerusform>%n latences de plusieurs heures, mille fois la médiane de leur service, sont exclues des statistiques de latence comme impossibles (voir les incidents d’anomalie de données)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Print the result as JSON (schema in the README); `--json OUT` writes it to OUT instead.</source>
        <translation>Afficher le résultat en JSON (schéma dans le README) ; `--json OUT` l’écrit plutôt dans OUT.</translation>
    </message>
    <message>
        <source>Write line,score,is_anomaly for every line.</source>
        <translation>Écrire line,score,is_anomaly pour chaque ligne.</translation>
    </message>
    <message>
        <source>Thresholds of the analysis as JSON (keys in the README).</source>
        <translation>Seuils de l’analyse en JSON (clés dans le README).</translation>
    </message>
    <message>
        <source>Known anomaly episodes (the generator&apos;s episodes file) to score detection against.</source>
        <translation>Épisodes d’anomalies connus (le fichier d’épisodes du générateur) servant à évaluer la détection.</translation>
    </message>
    <message>
        <source>Analyse lines at or after this ISO 8601 time.</source>
        <translation>Analyser les lignes à partir de cette heure ISO 8601.</translation>
    </message>
    <message>
        <source>Analyse lines before this ISO 8601 time.</source>
        <translation>Analyser les lignes antérieures à cette heure ISO 8601.</translation>
    </message>
    <message>
        <source>Analyse only this service (repeatable).</source>
        <translation>N’analyser que ce service (répétable).</translation>
    </message>
    <message>
        <source>Analyse only lines at this level or worse (e.g. WARNING).</source>
        <translation>N’analyser que les lignes de ce niveau ou pire (p. ex. WARNING).</translation>
    </message>
    <message>
        <source>Analyse only lines whose message contains TEXT (case-insensitive).</source>
        <translation>N’analyser que les lignes dont le message contient TEXT (sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>Log files, folders (all their files), .gz/.zst archives, or - for standard input; several are merged by time.</source>
        <translation>Fichiers journaux, dossiers (tous leurs fichiers), archives .gz/.zst, ou - pour l’entrée standard ; plusieurs sont fusionnés par ordre chronologique.</translation>
    </message>
    <message>
        <source>Analyses a log: health score, performance, anomalies (Isolation Forest), error patterns, incidents with root causes, per-service health, recommendations.</source>
        <translation>Analyse un journal : score de santé, performances, anomalies (Isolation Forest), motifs d’erreur, incidents avec leurs causes, santé par service, recommandations.</translation>
    </message>
    <message>
        <source>logscope analyze: expected at least one FILE (or - for standard input)
</source>
        <translation>logscope analyze : au moins un FICHIER attendu (ou - pour l’entrée standard)
</translation>
    </message>
    <message>
        <source>logscope analyze: --config %1
</source>
        <translation>logscope analyze : --config %1
</translation>
    </message>
    <message>
        <source>logscope analyze: --episodes %1
</source>
        <translation>logscope analyze : --episodes %1
</translation>
    </message>
    <message>
        <source>logscope analyze: --from expects an ISO 8601 time
</source>
        <translation>logscope analyze : --from attend une heure ISO 8601
</translation>
    </message>
    <message>
        <source>logscope analyze: --to expects an ISO 8601 time
</source>
        <translation>logscope analyze : --to attend une heure ISO 8601
</translation>
    </message>
    <message>
        <source>logscope analyze: --min-level expects a level such as INFO, WARNING or ERROR
</source>
        <translation>logscope analyze : --min-level attend un niveau tel que INFO, WARNING ou ERROR
</translation>
    </message>
    <message>
        <source>logscope analyze: --follow takes one FILE (or - for standard input)
</source>
        <translation>logscope analyze : --follow prend un seul FICHIER (ou - pour l’entrée standard)
</translation>
    </message>
    <message>
        <source>logscope analyze: --%1 expects a duration such as 30s, 15m or 1h, got &apos;%2&apos;
</source>
        <translation>logscope analyze : --%1 attend une durée comme 30s, 15m ou 1h, reçu &apos;%2&apos;
</translation>
    </message>
    <message>
        <source>Follow FILE as it grows (or - for standard input) and print each incident as one JSON line the moment it is raised (live mode).</source>
        <translation>Suivre FICHIER pendant qu’il grandit (ou - pour l’entrée standard) et afficher chaque incident sur une ligne JSON dès qu’il est levé (mode direct).</translation>
    </message>
    <message>
        <source>With --follow: the sliding window analysed (default 15m).</source>
        <translation>Avec --follow : la fenêtre glissante analysée (15m par défaut).</translation>
    </message>
    <message>
        <source>With --follow: stop after this long.</source>
        <translation>Avec --follow : s’arrêter après cette durée.</translation>
    </message>
    <message>
        <source>With --follow: skip what FILE holds now, read only new lines.</source>
        <translation>Avec --follow : ignorer le contenu actuel de FICHIER, ne lire que les nouvelles lignes.</translation>
    </message>
</context>
<context>
    <name>AnomalyExplanation</name>
    <message>
        <source>unusual time of day %1</source>
        <translation>heure inhabituelle %1</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>5-min error rate %1</source>
        <translation>taux d’erreur sur 5 min %1</translation>
    </message>
    <message>
        <source>5-min mean latency %1 ms</source>
        <translation>latence moyenne sur 5 min %1 ms</translation>
    </message>
    <message>
        <source>latency %1 ms</source>
        <translation>latence %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>template seen %n times</source>
        <translation>
            <numerusform>modèle vu %n fois</numerusform>
            <numerusform>modèle vu %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>%1 (z %2)</source>
        <comment>an anomaly driver and its robust z-score</comment>
        <translation>%1 (z %2)</translation>
    </message>
    <message>
        <source>no single feature stands out</source>
        <translation>aucune caractéristique ne se démarque</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between anomaly drivers</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <source>latency %1 ms, %2 x the service&apos;s usual %3 ms</source>
        <translation>latence %1 ms, %2 fois les %3 ms habituelles du service</translation>
    </message>
    <message>
        <source>rare message template (%1 of %2 lines)</source>
        <translation>modèle de message rare (%1 sur %2 lignes)</translation>
    </message>
    <message>
        <source>%1 level</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>an unusual mix of its features</source>
        <translation>une combinaison inhabituelle de ses caractéristiques</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Try &apos;logscope &lt;command&gt; --help&apos;.
</source>
        <translation>Essayez &apos;logscope &lt;commande&gt; --help&apos;.
</translation>
    </message>
    <message>
        <source>Usage: %1

%2</source>
        <translation>Utilisation : %1

%2</translation>
    </message>
    <message>
        <source>logscope: warning: %1
</source>
        <translation>logscope : avertissement : %1
</translation>
    </message>
    <message>
        <source>logscope: no known format fits %1 well; read as %2 (confidence %3). Use --format to choose one.
</source>
        <translation>logscope : aucun format connu ne convient bien à %1 ; lu comme %2 (confiance %3). Choisissez-en un avec --format.
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 lines could not be read
</source>
        <translation>
            <numerusform>%1 : %2 ligne sur %3 n’a pas pu être lue
</numerusform>
            <numerusform>%1 : %2 lignes sur %3 n’ont pas pu être lues
</numerusform>
        </translation>
    </message>
    <message>
        <source>line </source>
        <translation>ligne </translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 entrées</translation>
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
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardRenderer</name>
    <message>
        <source>nothing was rendered</source>
        <translation>rien n’a été rendu</translation>
    </message>
    <message>
        <source>cannot encode PNG for %1</source>
        <translation>impossible d’encoder le PNG pour %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Where to write the PNG when there is no display (default logscope-demo.png).</source>
        <translation>Où écrire le PNG en l’absence d’écran (par défaut logscope-demo.png).</translation>
    </message>
    <message>
        <source>Demo size in lines (default 100800: 7 days).</source>
        <translation>Taille de la démo en lignes (par défaut 100800 : 7 jours).</translation>
    </message>
    <message>
        <source>Write the PNG and print the report even when a display is available.</source>
        <translation>Écrire le PNG et afficher le rapport même si un écran est disponible.</translation>
    </message>
    <message>
        <source>Generates a 7-day microservices demo log and shows its dashboard. Without a display it writes the dashboard PNG, prints its path and prints the text report.</source>
        <translation>Génère un journal de démonstration de microservices sur 7 jours et affiche son tableau de bord. Sans écran, il écrit le tableau de bord en PNG, affiche son chemin et le rapport texte.</translation>
    </message>
    <message>
        <source>logscope demo: --lines expects a positive integer
</source>
        <translation>logscope demo : --lines attend un entier positif
</translation>
    </message>
    <message>
        <source>Demo (microservices, 7 days)</source>
        <translation>Démo (microservices, 7 jours)</translation>
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
        <translation>%1 jours</translation>
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
        <translation>à partir du %1 UTC</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>jusqu’au %1 UTC</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>aucun niveau</translation>
    </message>
    <message>
        <source>matching /%1/</source>
        <translation>correspondant à /%1/</translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation>contenant « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 ligne</numerusform>
            <numerusform>%1 lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>error rate %1</source>
        <translation>taux d’erreur %1</translation>
    </message>
    <message>
        <source>P95 %1 · P99 %2</source>
        <translation>P95 %1 · P99 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 anomalies</source>
        <translation>
            <numerusform>%1 anomalie</numerusform>
            <numerusform>%1 anomalies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents (%2 critical)</source>
        <translation>
            <numerusform>%1 incident (%2 critique)</numerusform>
            <numerusform>%1 incidents (%2 critiques)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents</source>
        <translation>
            <numerusform>%1 incident</numerusform>
            <numerusform>%1 incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>health %1 %2</source>
        <translation>santé %1 %2</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>CRITICAL</source>
        <comment>incident severity</comment>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>HIGH</source>
        <comment>incident severity</comment>
        <translation>ÉLEVÉ</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <comment>incident severity</comment>
        <translation>MOYEN</translation>
    </message>
    <message>
        <source>LOW</source>
        <comment>incident severity</comment>
        <translation>FAIBLE</translation>
    </message>
    <message>
        <source>High Error Rate</source>
        <translation>Taux d’erreur élevé</translation>
    </message>
    <message>
        <source>Response Time Degradation</source>
        <translation>Dégradation du temps de réponse</translation>
    </message>
    <message>
        <source>Cascading Failure</source>
        <translation>Panne en cascade</translation>
    </message>
    <message>
        <source>Resource Exhaustion</source>
        <translation>Épuisement des ressources</translation>
    </message>
    <message>
        <source>Security Threat</source>
        <translation>Menace de sécurité</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>EXCELLENT</source>
        <comment>health status</comment>
        <translation>EXCELLENT</translation>
    </message>
    <message>
        <source>GOOD</source>
        <comment>health status</comment>
        <translation>BON</translation>
    </message>
    <message>
        <source>DEGRADED</source>
        <comment>health status</comment>
        <translation>DÉGRADÉ</translation>
    </message>
    <message>
        <source>POOR</source>
        <comment>health status</comment>
        <translation>MAUVAIS</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <comment>health status</comment>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>Rate Limiting</source>
        <translation>Limitation de débit</translation>
    </message>
    <message>
        <source>Data Anomaly</source>
        <translation>Anomalie de données</translation>
    </message>
</context>
<context>
    <name>FormatsCommand</name>
    <message>
        <source>logscope formats save: expected NAME and FORMAT, e.g. logscope formats save myapp &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos;
</source>
        <translation>logscope formats save : NAME et FORMAT attendus, p. ex. logscope formats save myapp &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos;
</translation>
    </message>
    <message>
        <source>logscope formats remove: expected NAME
</source>
        <translation>logscope formats remove : NAME attendu
</translation>
    </message>
    <message>
        <source>logscope formats remove: no saved format named &apos;%1&apos;
</source>
        <translation>logscope formats remove : aucun format enregistré nommé &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>logscope formats detect: expected FILE...
</source>
        <translation>logscope formats detect : FICHIER... attendu
</translation>
    </message>
    <message>
        <source>list (the default), save NAME FORMAT, remove NAME, or detect FILE...</source>
        <translation>list (par défaut), save NAME FORMAT, remove NAME, ou detect FILE...</translation>
    </message>
    <message>
        <source>Lists the input formats LogScope reads and the formats you saved; saves a format string under a name (use it with --format NAME; saved formats also take part in detection); removes one; or tells which format files are detected as.</source>
        <translation>Liste les formats d’entrée que LogScope lit et les formats que vous avez enregistrés ; enregistre une chaîne de format sous un nom (à utiliser avec --format NAME ; les formats enregistrés participent aussi à la détection) ; en supprime un ; ou indique le format détecté pour des fichiers.</translation>
    </message>
    <message>
        <source>logscope: warning: %1
</source>
        <translation>logscope : avertissement : %1
</translation>
    </message>
    <message>
        <source>logscope formats: unknown action &apos;%1&apos;: expected list, save, remove or detect
</source>
        <translation>logscope formats : action inconnue &apos;%1&apos; : list, save, remove ou detect attendu
</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>--%1 expects a number above %2 and at most %3, got &apos;%4&apos;</source>
        <translation>--%1 attend un nombre supérieur à %2 et au plus %3, reçu &apos;%4&apos;</translation>
    </message>
    <message>
        <source>Scenario JSON merged onto the profile (any part may be overridden; see README).</source>
        <translation>JSON de scénario fusionné avec le profil (chaque partie peut être remplacée ; voir le README).</translation>
    </message>
    <message>
        <source>Built-in profile: microservices (default), web, metrics or basic.</source>
        <translation>Profil intégré : microservices (par défaut), web, metrics ou basic.</translation>
    </message>
    <message>
        <source>Lines to generate; 0 streams without end (default: the profile&apos;s, 100800 for microservices).</source>
        <translation>Lignes à générer ; 0 génère sans fin (par défaut : celles du profil, 100800 pour microservices).</translation>
    </message>
    <message>
        <source>Lines per batch: one random-anomaly draw per batch (default 100).</source>
        <translation>Lignes par lot : un tirage d’anomalie aléatoire par lot (par défaut 100).</translation>
    </message>
    <message>
        <source>stdout, file or both (default: file with -p, else stdout).</source>
        <translation>stdout, file ou both (par défaut : file avec -p, sinon stdout).</translation>
    </message>
    <message>
        <source>json (default), text (seed 002), nginx (combined access log) or syslog (RFC 5424).</source>
        <translation>json (par défaut), text (seed 002), nginx (journal d’accès combiné) ou syslog (RFC 5424).</translation>
    </message>
    <message>
        <source>Output file (episodes go to FILE.episodes.json).</source>
        <translation>Fichier de sortie (les épisodes vont dans FILE.episodes.json).</translation>
    </message>
    <message>
        <source>Chance of a random anomaly episode per batch, 0 to 1.</source>
        <translation>Probabilité d’un épisode d’anomalie aléatoire par lot, de 0 à 1.</translation>
    </message>
    <message>
        <source>Leave the _labels ground truth out of the lines.</source>
        <translation>Omettre la vérité terrain _labels des lignes.</translation>
    </message>
    <message>
        <source>Stream on the wall clock, writing every S seconds (stop with Ctrl+C).</source>
        <translation>Diffuser en temps réel, en écrivant toutes les S secondes (arrêt avec Ctrl+C).</translation>
    </message>
    <message>
        <source>Random seed: the same seed and scenario give the same output byte for byte (default 42).</source>
        <translation>Graine aléatoire : la même graine et le même scénario donnent la même sortie octet pour octet (par défaut 42).</translation>
    </message>
    <message>
        <source>First simulated time (ISO 8601) or &apos;now&apos;.</source>
        <translation>Première heure simulée (ISO 8601) ou &apos;now&apos;.</translation>
    </message>
    <message>
        <source>Simulated span (e.g. 7d, 12h, 90m); when streaming, how long to run.</source>
        <translation>Durée simulée (p. ex. 7d, 12h, 90m) ; en diffusion, la durée d’exécution.</translation>
    </message>
    <message>
        <source>Lines per second: the density of simulated time, or the streaming pace.</source>
        <translation>Lignes par seconde : la densité du temps simulé, ou le rythme de diffusion.</translation>
    </message>
    <message>
        <source>Rotate the output file at this size (e.g. 10M); parts are FILE.1, FILE.2, ...</source>
        <translation>Faire tourner le fichier de sortie à cette taille (p. ex. 10M) ; les parties sont FILE.1, FILE.2, ...</translation>
    </message>
    <message>
        <source>Inject an episode: TYPE@OFFSET[:DURATION][,key=value] (e.g. error_spike@20s:60s); repeatable.</source>
        <translation>Injecter un épisode : TYPE@OFFSET[:DURATION][,key=value] (p. ex. error_spike@20s:60s) ; répétable.</translation>
    </message>
    <message>
        <source>Where to write the episodes file (default FILE.episodes.json beside -p).</source>
        <translation>Où écrire le fichier d’épisodes (par défaut FILE.episodes.json à côté de -p).</translation>
    </message>
    <message>
        <source>Print the effective scenario JSON and exit.</source>
        <translation>Afficher le JSON du scénario effectif et quitter.</translation>
    </message>
    <message>
        <source>Writes synthetic logs with labelled anomaly episodes: profiles microservices (seed 003), web (seed 002), metrics (seed 001) and basic (seed 000).</source>
        <translation>Écrit des journaux synthétiques avec des épisodes d’anomalies étiquetés : profils microservices (seed 003), web (seed 002), metrics (seed 001) et basic (seed 000).</translation>
    </message>
    <message>
        <source>--format expects json, text, nginx or syslog, got &apos;%1&apos;</source>
        <translation>--format attend json, text, nginx ou syslog, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--anomaly-rate expects a number from 0 to 1, got &apos;%1&apos;</source>
        <translation>--anomaly-rate attend un nombre de 0 à 1, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duration expects a duration such as 7d, 12h or 90s, got &apos;%1&apos;</source>
        <translation>--duration attend une durée telle que 7d, 12h ou 90s, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--start expects an ISO 8601 time or &apos;now&apos;, got &apos;%1&apos;</source>
        <translation>--start attend une heure ISO 8601 ou &apos;now&apos;, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--output expects stdout, file or both, got &apos;%1&apos;</source>
        <translation>--output attend stdout, file ou both, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--output %1 needs -p/--output-path FILE</source>
        <translation>--output %1 nécessite -p/--output-path FILE</translation>
    </message>
    <message>
        <source>--rotate-size expects a size such as 1048576, 64K, 10M or 1G, got &apos;%1&apos;</source>
        <translation>--rotate-size attend une taille telle que 1048576, 64K, 10M ou 1G, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--rotate-size needs an output file (-p FILE)</source>
        <translation>--rotate-size nécessite un fichier de sortie (-p FILE)</translation>
    </message>
    <message>
        <source>logscope generate: warning: --inject %1 starts after the run ends (%2)
</source>
        <translation>logscope generate : avertissement : --inject %1 commence après la fin de l’exécution (%2)
</translation>
    </message>
    <message>
        <source>--%1 expects a non-negative integer, got &apos;%2&apos;</source>
        <translation>--%1 attend un entier positif ou nul, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 expects a positive integer, got &apos;%2&apos;</source>
        <translation>--%1 attend un entier strictement positif, reçu &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Log files to open (several open as one log).</source>
        <translation>Fichiers journaux à ouvrir (plusieurs s’ouvrent comme un seul journal).</translation>
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
        <translation>Tableau de bord natif et rapide d’analyse de journaux. Sans commande, il ouvre
la fenêtre du tableau de bord et charge les FICHIERS donnés.

Commandes (chacune a --help) :
  demo       le tableau de bord d’un jeu de démonstration intégré (sans écran :
             un PNG et le rapport texte)
  generate   écrire des journaux synthétiques
  analyze    afficher le rapport d’un fichier journal
  report     rendre le tableau de bord d’un fichier journal en PNG, sans écran
  templates  extraire les modèles de messages d’un journal (CSV, classement)
  formats    lister, enregistrer et détecter les formats d’entrée</translation>
    </message>
    <message>
        <source>logscope: no display available (DISPLAY and WAYLAND_DISPLAY are unset). Use &apos;logscope demo&apos;, &apos;logscope report FILE -o out.png&apos; or &apos;logscope analyze FILE&apos; without a display.
</source>
        <translation>logscope : aucun écran disponible (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). Sans écran, utilisez &apos;logscope demo&apos;, &apos;logscope report FILE -o out.png&apos; ou &apos;logscope analyze FILE&apos;.
</translation>
    </message>
    <message>
        <source>Read the FILEs with this format: a built-in or saved format&apos;s name, or a format string such as &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos; (default: detected).</source>
        <translation>Lire les FICHIERS avec ce format : le nom d’un format intégré ou enregistré, ou une chaîne de format telle que &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos; (par défaut : détecté).</translation>
    </message>
    <message>
        <source>Start a live demo stream (Live menu).</source>
        <translation>Démarrer un flux de démonstration en direct (menu En direct).</translation>
    </message>
    <message>
        <source>With --live: the generator profile (default microservices).</source>
        <translation>Avec --live : le profil du générateur (par défaut microservices).</translation>
    </message>
    <message>
        <source>With --live: lines per second, 1 to 50000 (default 1000).</source>
        <translation>Avec --live : lignes par seconde, de 1 à 50000 (par défaut 1000).</translation>
    </message>
    <message>
        <source>Follow a growing log file live.</source>
        <translation>Suivre en direct un fichier journal qui grandit.</translation>
    </message>
    <message>
        <source>logscope: --rate expects 1 to 50000 lines per second, got &apos;%1&apos;
</source>
        <translation>logscope : --rate attend de 1 à 50000 lignes par seconde, reçu &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>logscope: --live: cannot start profile &apos;%1&apos;
</source>
        <translation>logscope : --live : impossible de démarrer le profil &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>HealthFactors</name>
    <message>
        <source>error rate</source>
        <translation>taux d’erreur</translation>
    </message>
    <message>
        <source>slow responses</source>
        <translation>réponses lentes</translation>
    </message>
    <message>
        <source>low success rate</source>
        <translation>faible taux de succès</translation>
    </message>
    <message>
        <source>anomaly rate</source>
        <translation>taux d’anomalies</translation>
    </message>
    <message>
        <source>critical incidents</source>
        <translation>incidents critiques</translation>
    </message>
    <message>
        <source>high incidents</source>
        <translation>incidents élevés</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message numerus="yes">
        <source>%n resource warnings from %1 in %2, %3x its usual rate</source>
        <translation>
            <numerusform>%n avertissement de ressources de %1 en %2, %3 fois son taux habituel</numerusform>
            <numerusform>%n avertissements de ressources de %1 en %2, %3 fois son taux habituel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered %2 of requests with 502/503/504</source>
        <translation>%1 a répondu à %2 des requêtes par 502/503/504</translation>
    </message>
    <message numerus="yes">
        <source>Traffic of %1 collapsed: %n lines in %2 where about %3 were expected</source>
        <translation>
            <numerusform>Le trafic de %1 s’est effondré : %n ligne en %2 alors qu’environ %3 étaient attendues</numerusform>
            <numerusform>Le trafic de %1 s’est effondré : %n lignes en %2 alors qu’environ %3 étaient attendues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brute force: %n failed logins in one minute from %1 (%2 in all)</source>
        <translation>
            <numerusform>Force brute : %n échec de connexion en une minute depuis %1 (%2 au total)</numerusform>
            <numerusform>Force brute : %n échecs de connexion en une minute depuis %1 (%2 au total)</numerusform>
        </translation>
    </message>
    <message>
        <source>Brute force: %1 failed logins per minute on %2 (usual %3 of its lines)</source>
        <translation>Force brute : %1 échecs de connexion par minute sur %2 (habituellement %3 de ses lignes)</translation>
    </message>
    <message numerus="yes">
        <source>Injection attempts: %n requests to %1 carried SQL, script or path-traversal payloads and some were answered with success</source>
        <translation>
            <numerusform>Tentatives d’injection : %n requête vers %1 contenait une charge SQL, script ou de traversée de chemin, et certaines ont reçu une réponse de succès</numerusform>
            <numerusform>Tentatives d’injection : %n requêtes vers %1 contenaient des charges SQL, script ou de traversée de chemin, et certaines ont reçu une réponse de succès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Injection attempts: %n requests to %1 carried SQL, script or path-traversal payloads</source>
        <translation>
            <numerusform>Tentatives d’injection : %n requête vers %1 contenait une charge SQL, script ou de traversée de chemin</numerusform>
            <numerusform>Tentatives d’injection : %n requêtes vers %1 contenaient des charges SQL, script ou de traversée de chemin</numerusform>
        </translation>
    </message>
    <message>
        <source>Multiple services failing within %1: %2</source>
        <translation>Plusieurs services en échec en moins de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of %1 with missing or impossible values in %2 (%3 of its lines)</source>
        <translation>
            <numerusform>%n ligne de %1 avec des valeurs manquantes ou impossibles en %2 (%3 de ses lignes)</numerusform>
            <numerusform>%n lignes de %1 avec des valeurs manquantes ou impossibles en %2 (%3 de ses lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2&apos;s requests took more than %3 ms (%4x its P95 baseline of %5 ms); mean %6 ms</source>
        <translation>%1 des requêtes de %2 ont pris plus de %3 ms (%4 fois sa référence P95 de %5 ms) ; moyenne %6 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n requests to %1 refused by rate limiting in %2 (%3 of its traffic, %4x its usual rate)</source>
        <translation>
            <numerusform>%n requête vers %1 refusée par la limitation de débit en %2 (%3 de son trafic, %4 fois son taux habituel)</numerusform>
            <numerusform>%n requêtes vers %1 refusées par la limitation de débit en %2 (%3 de son trafic, %4 fois son taux habituel)</numerusform>
        </translation>
    </message>
    <message>
        <source>Error rate of %1 reached %2 in a %3-minute window (threshold %4, usual %5)</source>
        <translation>Le taux d’erreur de %1 a atteint %2 sur une fenêtre de %3 minutes (seuil %4, habituel %5)</translation>
    </message>
    <message>
        <source>Error rate of %1 reached %2 in a %3-second window (threshold %4, usual %5)</source>
        <translation>Le taux d’erreur de %1 a atteint %2 sur une fenêtre de %3 secondes (seuil %4, habituel %5)</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s successful requests took more than %3 ms (%4 x its P95 of %5 ms) in a %6-second window</source>
        <translation>%1 des requêtes réussies de %2 ont pris plus de %3 ms (%4 fois son P95 de %5 ms) sur une fenêtre de %6 secondes</translation>
    </message>
    <message>
        <source>Median response time of %1 rose to %2 ms, %3 x its usual %4 ms, in a %5-second window</source>
        <translation>Le temps de réponse médian de %1 est monté à %2 ms, %3 fois ses %4 ms habituelles, sur une fenêtre de %5 secondes</translation>
    </message>
    <message>
        <source>%1 answered %2 of its requests with 502/503/504 in a %3-second window</source>
        <translation>%1 a répondu à %2 de ses requêtes par 502/503/504 sur une fenêtre de %3 secondes</translation>
    </message>
    <message>
        <source>%1 logged %2 lines in a %3-second window where about %4 are usual</source>
        <translation>%1 a écrit %2 lignes sur une fenêtre de %3 secondes, contre environ %4 d’habitude</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s lines report exhausted resources (memory, disk, CPU, pools) in a %3-second window (usual %4)</source>
        <translation>%1 des lignes de %2 signalent des ressources épuisées (mémoire, disque, CPU, pools) sur une fenêtre de %3 secondes (habituel %4)</translation>
    </message>
    <message>
        <source>%1 requests with injection payloads (SQL, script, traversal) reached %2 in a %3-second window</source>
        <translation>%1 requêtes avec des charges d’injection (SQL, script, traversée) ont atteint %2 sur une fenêtre de %3 secondes</translation>
    </message>
    <message>
        <source>Brute force: %1 failed logins from %2 on %3 within %4 seconds</source>
        <translation>Force brute : %1 échecs de connexion depuis %2 sur %3 en %4 secondes</translation>
    </message>
</context>
<context>
    <name>InputOptions</name>
    <message>
        <source>Read the input as FORMAT instead of detecting it: a format name (see &apos;logscope formats&apos;), a saved format&apos;s name, or a format string such as &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</source>
        <translation>Lire l’entrée au format FORMAT au lieu de le détecter : un nom de format (voir &apos;logscope formats&apos;), le nom d’un format enregistré, ou une chaîne de format telle que &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</translation>
    </message>
    <message>
        <source>Print how long each phase took (read, parse, analysis, ...) to standard error.</source>
        <translation>Afficher sur la sortie d’erreur la durée de chaque phase (lecture, analyse syntaxique, analyse, ...).</translation>
    </message>
</context>
<context>
    <name>LineDetail</name>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latence</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>anomaly score</source>
        <translation>score d’anomalie</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>anomaly %1</source>
        <translation>anomalie %1</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (fichier %2)</translation>
    </message>
</context>
<context>
    <name>LoadProblems</name>
    <message>
        <source>JSON value is not an object</source>
        <translation>la valeur JSON n’est pas un objet</translation>
    </message>
    <message>
        <source>array element is neither a string nor an object</source>
        <translation>l’élément du tableau n’est ni une chaîne ni un objet</translation>
    </message>
    <message>
        <source>not an access log line (`client - user [time] &quot;request&quot; status bytes`)</source>
        <translation>pas une ligne de journal d’accès (`client - user [time] &quot;request&quot; status bytes`)</translation>
    </message>
    <message>
        <source>too many inputs: at most %1 files can be loaded at once</source>
        <translation>trop d’entrées : au plus %1 fichiers peuvent être chargés à la fois</translation>
    </message>
    <message>
        <source>none of the inputs is a text log: %1</source>
        <translation>aucune des entrées n’est un journal texte : %1</translation>
    </message>
    <message>
        <source>%1: does not look like a text log (binary data); use --format to read it anyway</source>
        <translation>%1 : ne ressemble pas à un journal texte (données binaires) ; utilisez --format pour le lire quand même</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (ignoré)</translation>
    </message>
    <message>
        <source>%1: the file shrank while it was read; the part cut off is missing</source>
        <translation>%1 : le fichier a rétréci pendant la lecture ; la partie coupée manque</translation>
    </message>
    <message>
        <source>no input given</source>
        <translation>aucune entrée indiquée</translation>
    </message>
    <message>
        <source>not tried: the format gave up on %1 of %2 lines (its pattern backtracks too much; simplify it)</source>
        <translation>non essayé : le format a abandonné sur %1 lignes sur %2 (son motif revient trop en arrière ; simplifiez-le)</translation>
    </message>
    <message>
        <source>the format &apos;%1&apos; gave up on this line (its pattern backtracks too much)</source>
        <translation>le format &apos;%1&apos; a abandonné sur cette ligne (son motif revient trop en arrière)</translation>
    </message>
    <message>
        <source>does not match the format &apos;%1&apos;</source>
        <translation>ne correspond pas au format &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not an RFC 5424 syslog line (`&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID SD message`)</source>
        <translation>pas une ligne syslog RFC 5424 (`&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID SD message`)</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>pas un tableau JSON</translation>
    </message>
    <message>
        <source>not `[time] [LEVEL] [source/service] message`</source>
        <translation>pas `[time] [LEVEL] [source/service] message`</translation>
    </message>
    <message>
        <source>not a syslog line (`Mmm dd HH:MM:SS host tag: message`)</source>
        <translation>pas une ligne syslog (`Mmm dd HH:MM:SS host tag: message`)</translation>
    </message>
    <message>
        <source>not logfmt (`key=value key=&quot;quoted value&quot;`)</source>
        <translation>pas du logfmt (`key=value key=&quot;quoted value&quot;`)</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>no level (INFO, WARN, ERROR, ...) after the timestamp</source>
        <translation>pas de niveau (INFO, WARN, ERROR…) après l’horodatage</translation>
    </message>
    <message>
        <source>no timestamp at the start of the line</source>
        <translation>pas d’horodatage en début de ligne</translation>
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
        <translation>mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <source>(no template)</source>
        <translation>(aucun modèle)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>the service</source>
        <translation>le service</translation>
    </message>
    <message>
        <source>Investigate %1: %2 drove its error rate to %3; check its dependencies and the latest deployment, and roll back if a release coincides.</source>
        <translation>Examinez %1 : %2 a porté son taux d’erreur à %3 ; vérifiez ses dépendances et le dernier déploiement, et revenez en arrière si une mise en production coïncide.</translation>
    </message>
    <message>
        <source>Profile %1: requests took over %2 ms (mean %3 ms); look for slow queries, lock contention or saturated instances, and scale out if the slowdown follows load.</source>
        <translation>Profilez %1 : des requêtes ont pris plus de %2 ms (moyenne %3 ms) ; cherchez des requêtes lentes, de la contention de verrous ou des instances saturées, et ajoutez des instances si le ralentissement suit la charge.</translation>
    </message>
    <message>
        <source>IMMEDIATE: stabilise %1 first (it failed first, with %2), then %3 followed; restart or fail it over, shed load, and put timeouts and circuit breakers between it and its callers.</source>
        <translation>IMMÉDIAT : stabilisez d’abord %1 (il a échoué en premier, avec %2), puis %3 ont suivi ; redémarrez-le ou basculez-le, délestez la charge, et placez des délais d’expiration et des disjoncteurs entre lui et ses appelants.</translation>
    </message>
    <message>
        <source>IMMEDIATE: stabilise %1 first (it failed first, with %2); restart or fail it over, shed load, and put timeouts and circuit breakers between it and its callers.</source>
        <translation>IMMÉDIAT : stabilisez d’abord %1 (il a échoué en premier, avec %2) ; redémarrez-le ou basculez-le, délestez la charge, et placez des délais d’expiration et des disjoncteurs entre lui et ses appelants.</translation>
    </message>
    <message>
        <source>Free or add capacity on %1: %2 kept repeating; check memory, disk and connection-pool usage, look for a leak or a runaway consumer before raising limits.</source>
        <translation>Libérez ou ajoutez de la capacité sur %1 : %2 s’est répété sans cesse ; vérifiez la mémoire, le disque et le pool de connexions, cherchez une fuite ou un consommateur incontrôlé avant de relever les limites.</translation>
    </message>
    <message>
        <source>Block the source of the injection attempts on %1 (e.g. %2); verify parameterised queries and output encoding on that endpoint and tighten the WAF rules.</source>
        <translation>Bloquez la source des tentatives d’injection sur %1 (p. ex. %2) ; vérifiez les requêtes paramétrées et l’encodage des sorties sur ce point d’accès, et renforcez les règles du WAF.</translation>
    </message>
    <message>
        <source>Rate-limit or block the client behind the failed logins on %1; enable account lockout or CAPTCHA, and check whether any login from it succeeded.</source>
        <translation>Limitez ou bloquez le client à l’origine des échecs de connexion sur %1 ; activez le verrouillage de compte ou un CAPTCHA, et vérifiez si une connexion depuis ce client a réussi.</translation>
    </message>
    <message>
        <source>Check that %1&apos;s instances are up and reachable (health checks, load balancer, crash loops); restart failed instances and verify its upstream dependencies.</source>
        <translation>Vérifiez que les instances de %1 sont démarrées et joignables (contrôles de santé, répartiteur de charge, boucles de plantage) ; redémarrez les instances en échec et vérifiez ses dépendances en amont.</translation>
    </message>
    <message>
        <source>Find the clients %1 throttled (see the evidence lines): block or slow abusive ones, raise the quota of legitimate ones, and make callers back off with jitter instead of retrying at once.</source>
        <translation>Trouvez les clients que %1 a limités (voir les lignes de preuve) : bloquez ou ralentissez les abusifs, relevez le quota des légitimes, et faites patienter les appelants avec une attente aléatoire au lieu de réessayer aussitôt.</translation>
    </message>
    <message>
        <source>Check what writes %1&apos;s records: fields it always fills came missing or impossible (e.g. %2); validate records at the producer and fix its serialisation before trusting these figures.</source>
        <translation>Vérifiez ce qui écrit les enregistrements de %1 : des champs toujours remplis sont arrivés manquants ou impossibles (p. ex. %2) ; validez les enregistrements chez le producteur et corrigez sa sérialisation avant de vous fier à ces chiffres.</translation>
    </message>
    <message>
        <source>It is part of a cascading failure that started in %1: stabilise %1 first.</source>
        <translation>Il fait partie d’une panne en cascade qui a commencé dans %1 : stabilisez d’abord %1.</translation>
    </message>
    <message numerus="yes">
        <source>CRITICAL INCIDENTS: %n need immediate action; start with the earliest root cause listed above.</source>
        <translation>
            <numerusform>INCIDENTS CRITIQUES : %n demande une action immédiate ; commencez par la cause première la plus ancienne listée ci-dessus.</numerusform>
            <numerusform>INCIDENTS CRITIQUES : %n demandent une action immédiate ; commencez par la cause première la plus ancienne listée ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>PERFORMANCE DEGRADATION: P95 response time at %1 ms; optimise slow queries or scale infrastructure.</source>
        <translation>DÉGRADATION DES PERFORMANCES : temps de réponse P95 à %1 ms ; optimisez les requêtes lentes ou faites évoluer l’infrastructure.</translation>
    </message>
    <message>
        <source>HIGH ERROR RATE: %1 of lines are errors; fix the top error patterns first.</source>
        <translation>TAUX D’ERREUR ÉLEVÉ : %1 des lignes sont des erreurs ; corrigez d’abord les motifs d’erreur les plus fréquents.</translation>
    </message>
    <message numerus="yes">
        <source>HIGH ANOMALY RATE: %n anomalies detected; review anomalous patterns for security threats.</source>
        <translation>
            <numerusform>TAUX D’ANOMALIES ÉLEVÉ : %n anomalie détectée ; examinez les motifs anormaux à la recherche de menaces de sécurité.</numerusform>
            <numerusform>TAUX D’ANOMALIES ÉLEVÉ : %n anomalies détectées ; examinez les motifs anormaux à la recherche de menaces de sécurité.</numerusform>
        </translation>
    </message>
    <message>
        <source>UNHEALTHY SERVICE: %1 succeeds on %2 of requests; review its errors.</source>
        <translation>SERVICE EN MAUVAISE SANTÉ : %1 réussit %2 des requêtes ; examinez ses erreurs.</translation>
    </message>
    <message>
        <source>DEGRADING TREND: the daily error rate is rising; compare recent deployments and load.</source>
        <translation>TENDANCE À LA DÉGRADATION : le taux d’erreur quotidien augmente ; comparez les déploiements récents et la charge.</translation>
    </message>
    <message>
        <source>System operating within normal parameters.</source>
        <translation>Le système fonctionne dans les limites normales.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>PNG file to write (required).</source>
        <translation>Fichier PNG à écrire (obligatoire).</translation>
    </message>
    <message>
        <source>Image width in pixels (default %1).</source>
        <translation>Largeur de l’image en pixels (par défaut %1).</translation>
    </message>
    <message>
        <source>Image height in pixels (default %1).</source>
        <translation>Hauteur de l’image en pixels (par défaut %1).</translation>
    </message>
    <message>
        <source>Colour theme: light or dark (default light).</source>
        <translation>Thème de couleurs : light (clair) ou dark (sombre) (par défaut light).</translation>
    </message>
    <message>
        <source>Draw everything this many times larger in the same pixel size, e.g. 2 for high-density screens (default 1).</source>
        <translation>Tout dessiner autant de fois plus grand dans la même taille en pixels, p. ex. 2 pour les écrans haute densité (par défaut 1).</translation>
    </message>
    <message>
        <source>Log files, folders, .gz/.zst archives, or - for standard input; several are merged by time.</source>
        <translation>Fichiers journaux, dossiers, archives .gz/.zst, ou - pour l’entrée standard ; plusieurs sont fusionnés par ordre chronologique.</translation>
    </message>
    <message>
        <source>Renders the nine-panel dashboard of a log file to a PNG image; needs no display.</source>
        <translation>Rend le tableau de bord à neuf panneaux d’un fichier journal en image PNG ; ne nécessite pas d’écran.</translation>
    </message>
    <message>
        <source>logscope report: expected FILE... and -o PNG
</source>
        <translation>logscope report : FICHIER... et -o PNG attendus
</translation>
    </message>
    <message>
        <source>logscope report: --width and --height must be whole numbers between 320×240 and 16384×16384
</source>
        <translation>logscope report : --width et --height doivent être des entiers entre 320×240 et 16384×16384
</translation>
    </message>
    <message>
        <source>logscope report: --scale must be a number from 0.5 to 4
</source>
        <translation>logscope report : --scale doit être un nombre de 0.5 à 4
</translation>
    </message>
    <message>
        <source>logscope report: --theme must be light or dark, got &apos;%1&apos;
</source>
        <translation>logscope report : --theme doit valoir light ou dark, reçu &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <source> (for a text log, give its line format with --format)</source>
        <translation> (pour un journal texte, indiquez son format de ligne avec --format)</translation>
    </message>
    <message numerus="yes">
        <source>logscope templates: %1 of %2 lines could not be read and are not mined
</source>
        <translation>
            <numerusform>logscope templates : %1 ligne sur %2 n’a pas pu être lue et n’est pas analysée
</numerusform>
            <numerusform>logscope templates : %1 lignes sur %2 n’ont pas pu être lues et ne sont pas analysées
</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation>  ligne %1 : %2
</translation>
    </message>
    <message>
        <source>Line format in logparser syntax, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;; the &lt;Content&gt; field is mined. Without it the file is read as JSON lines and their message is mined.</source>
        <translation>Format de ligne en syntaxe logparser, p. ex. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos; ; le champ &lt;Content&gt; est analysé. Sans lui, le fichier est lu comme des lignes JSON et leur message est analysé.</translation>
    </message>
    <message>
        <source>Write line,template_id,template per mined line (CSV, lines numbered from 1).</source>
        <translation>Écrire line,template_id,template pour chaque ligne analysée (CSV, lignes numérotées à partir de 1).</translation>
    </message>
    <message>
        <source>Write template_id,template,count per template (CSV).</source>
        <translation>Écrire template_id,template,count pour chaque modèle (CSV).</translation>
    </message>
    <message>
        <source>Templates to list on stdout (default 20, 0 = all).</source>
        <translation>Modèles à lister sur stdout (par défaut 20, 0 = tous).</translation>
    </message>
    <message>
        <source>Show variables by kind (&lt;NUM&gt;, &lt;IP&gt;, &lt;PATH&gt;, ...) instead of &lt;*&gt;.</source>
        <translation>Afficher les variables par type (&lt;NUM&gt;, &lt;IP&gt;, &lt;PATH&gt;, ...) au lieu de &lt;*&gt;.</translation>
    </message>
    <message>
        <source>Continue from a miner state saved by --save-state.</source>
        <translation>Reprendre à partir d’un état enregistré par --save-state.</translation>
    </message>
    <message>
        <source>Save the miner&apos;s state (JSON) after mining, to continue later.</source>
        <translation>Enregistrer l’état de l’extracteur (JSON) après l’analyse, pour reprendre plus tard.</translation>
    </message>
    <message>
        <source>The log file.</source>
        <translation>Le fichier journal.</translation>
    </message>
    <message>
        <source>Mines the message templates of a log file (variables such as numbers, ids, IPs and paths become &lt;*&gt;),
lists the most frequent ones and writes them as CSV.</source>
        <translation>Extrait les modèles de messages d’un fichier journal (les variables telles que nombres, identifiants, IP et chemins deviennent &lt;*&gt;),
liste les plus fréquents et les écrit en CSV.</translation>
    </message>
    <message>
        <source>logscope templates: expected one FILE, got %1
</source>
        <translation>logscope templates : un FICHIER attendu, reçu %1
</translation>
    </message>
    <message>
        <source>logscope templates: --top expects a non-negative integer, got &apos;%1&apos;
</source>
        <translation>logscope templates : --top attend un entier positif ou nul, reçu &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>(no time)</source>
        <translation>(sans heure)</translation>
    </message>
    <message>
        <source>SYSTEM HEALTH OVERVIEW</source>
        <translation>APERÇU DE LA SANTÉ DU SYSTÈME</translation>
    </message>
    <message>
        <source>Health Score:</source>
        <translation>Score de santé :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Total Logs Analyzed:</source>
        <translation>Lignes analysées :</translation>
    </message>
    <message>
        <source>Time Range:</source>
        <translation>Plage horaire :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Time Period:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>no timestamps</source>
        <translation>aucun horodatage</translation>
    </message>
    <message>
        <source>Trend:</source>
        <translation>Tendance :</translation>
    </message>
    <message>
        <source>PERFORMANCE METRICS</source>
        <translation>INDICATEURS DE PERFORMANCE</translation>
    </message>
    <message>
        <source>Average Response Time:</source>
        <translation>Temps de réponse moyen :</translation>
    </message>
    <message>
        <source>P50 Response Time:</source>
        <translation>Temps de réponse P50 :</translation>
    </message>
    <message>
        <source>P95 Response Time:</source>
        <translation>Temps de réponse P95 :</translation>
    </message>
    <message>
        <source>P99 Response Time:</source>
        <translation>Temps de réponse P99 :</translation>
    </message>
    <message>
        <source>Response Times:</source>
        <translation>Temps de réponse :</translation>
    </message>
    <message>
        <source>none in this log</source>
        <translation>aucun dans ce journal</translation>
    </message>
    <message>
        <source>Success Rate:</source>
        <translation>Taux de succès :</translation>
    </message>
    <message>
        <source>Error Rate:</source>
        <translation>Taux d’erreur :</translation>
    </message>
    <message>
        <source>ANOMALY DETECTION</source>
        <translation>DÉTECTION D’ANOMALIES</translation>
    </message>
    <message>
        <source>Anomalies Detected:</source>
        <translation>Anomalies détectées :</translation>
    </message>
    <message>
        <source>Anomaly Rate:</source>
        <translation>Taux d’anomalies :</translation>
    </message>
    <message>
        <source>Metric Outliers:</source>
        <translation>Valeurs aberrantes des métriques :</translation>
    </message>
    <message>
        <source>Isolation Forest Outliers:</source>
        <translation>Valeurs aberrantes (Isolation Forest) :</translation>
    </message>
    <message>
        <source>%1 (score &gt;= %2)</source>
        <translation>%1 (score &gt;= %2)</translation>
    </message>
    <message numerus="yes">
        <source>Top %n Anomalies:</source>
        <translation>
            <numerusform>%n anomalie principale :</numerusform>
            <numerusform>%n anomalies principales :</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Response Time:</source>
        <translation>Temps de réponse :</translation>
    </message>
    <message>
        <source>Anomaly Score:</source>
        <translation>Score d’anomalie :</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Unusual Periods (robust z against the hour-of-day baseline):</source>
        <translation>Périodes inhabituelles (z robuste par rapport à la référence par heure du jour) :</translation>
    </message>
    <message>
        <source>%1 vs %2 expected (z %3)</source>
        <translation>%1 pour %2 attendus (z %3)</translation>
    </message>
    <message>
        <source>ERROR PATTERNS</source>
        <translation>MOTIFS D’ERREUR</translation>
    </message>
    <message>
        <source>Unique Error Types:</source>
        <translation>Types d’erreur distincts :</translation>
    </message>
    <message>
        <source>Correlated Error Pairs:</source>
        <translation>Paires d’erreurs corrélées :</translation>
    </message>
    <message>
        <source>Pattern Clusters:</source>
        <translation>Groupes de motifs :</translation>
    </message>
    <message numerus="yes">
        <source>Top %n Most Frequent Errors:</source>
        <translation>
            <numerusform>%n erreur la plus fréquente :</numerusform>
            <numerusform>%n erreurs les plus fréquentes :</numerusform>
        </translation>
    </message>
    <message>
        <source>Strongest Correlations:</source>
        <translation>Corrélations les plus fortes :</translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation>INCIDENTS</translation>
    </message>
    <message>
        <source>Total Incidents:</source>
        <translation>Total des incidents :</translation>
    </message>
    <message>
        <source>Most severe first:</source>
        <translation>Les plus graves d’abord :</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Root Cause:</source>
        <translation>Cause première :</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Recommandation :</translation>
    </message>
    <message>
        <source>SERVICE HEALTH BREAKDOWN</source>
        <translation>SANTÉ PAR SERVICE</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Erreurs :</translation>
    </message>
    <message>
        <source>Avg RT:</source>
        <translation>TR moy. :</translation>
    </message>
    <message>
        <source>Success:</source>
        <translation>Succès :</translation>
    </message>
    <message>
        <source>LINES PER LEVEL</source>
        <translation>LIGNES PAR NIVEAU</translation>
    </message>
    <message>
        <source>LINES PER SERVICE</source>
        <translation>LIGNES PAR SERVICE</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>taux d’erreur</translation>
    </message>
    <message>
        <source>DETECTION QUALITY (against the log&apos;s ground truth)</source>
        <translation>QUALITÉ DE DÉTECTION (par rapport à la vérité terrain du journal)</translation>
    </message>
    <message>
        <source>Labelled anomalies:</source>
        <translation>Anomalies étiquetées :</translation>
    </message>
    <message>
        <source>none (%1 lines flagged)</source>
        <translation>aucune (%1 lignes signalées)</translation>
    </message>
    <message>
        <source>Line precision / recall / F1:</source>
        <translation>Précision / rappel / F1 par ligne :</translation>
    </message>
    <message>
        <source>Episodes caught (%1):</source>
        <translation>Épisodes détectés (%1) :</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>episodes file</source>
        <translation>fichier d’épisodes</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Incidents on a true episode:</source>
        <translation>Incidents sur un vrai épisode :</translation>
    </message>
    <message>
        <source>LOGSCOPE REPORT: %1</source>
        <translation>RAPPORT LOGSCOPE : %1</translation>
    </message>
    <message>
        <source>RECOMMENDATIONS</source>
        <translation>RECOMMANDATIONS</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 lines at ERROR or worse)</source>
        <translation>
            <numerusform>%1 (%2 ligne de niveau ERROR ou pire)</numerusform>
            <numerusform>%1 (%2 lignes de niveau ERROR ou pire)</numerusform>
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
    <name>TimeAxis</name>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>second</source>
        <translation>seconde</translation>
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
        <translation>Activité par jour et par heure</translation>
    </message>
    <message>
        <source>hour of day (UTC)</source>
        <translation>heure du jour (UTC)</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>Aucune ligne à afficher</translation>
    </message>
    <message>
        <source>Open a log file to see its activity.</source>
        <translation>Ouvrez un fichier journal pour voir son activité.</translation>
    </message>
    <message>
        <source>No timestamps in this log</source>
        <translation>Ce journal n’a pas d’horodatage</translation>
    </message>
    <message>
        <source>The heat map needs lines with a readable time field.</source>
        <translation>La carte de chaleur nécessite des lignes avec un champ horaire lisible.</translation>
    </message>
    <message>
        <source>No day × hour counts in this result</source>
        <translation>Pas de comptage jour × heure dans ce résultat</translation>
    </message>
    <message>
        <source>The activity heat map comes from the time statistics.</source>
        <translation>La carte de chaleur d’activité provient des statistiques temporelles.</translation>
    </message>
    <message numerus="yes">
        <source>busiest: %1 %2:00 (%3 lines)</source>
        <translation>
            <numerusform>pic : %1 %2:00 (%3 ligne)</numerusform>
            <numerusform>pic : %1 %2:00 (%3 lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 lines (%5 of all)&lt;br&gt;click to list them</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 ligne (%5 du total)&lt;br&gt;cliquer pour la lister</numerusform>
            <numerusform>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 lignes (%5 du total)&lt;br&gt;cliquer pour les lister</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines of %1s %2:00–%3:00 UTC</source>
        <translation>Lignes du %1, %2:00–%3:00 UTC</translation>
    </message>
</context>
<context>
    <name>logscope::ui::AnomalyList</name>
    <message>
        <source>Anomaly scored %1</source>
        <translation>Anomalie de score %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;score %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;score %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;why: %1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;pourquoi : %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to show the line</source>
        <translation>&lt;br&gt;cliquer pour afficher la ligne</translation>
    </message>
</context>
<context>
    <name>logscope::ui::AnomalyTimelinePanel</name>
    <message>
        <source>Anomaly timeline</source>
        <translation>Chronologie des anomalies</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 UTC&lt;/b&gt;&lt;br&gt;score %2 · %3</source>
        <translation>&lt;b&gt;%1 UTC&lt;/b&gt;&lt;br&gt;score %2 · %3</translation>
    </message>
    <message>
        <source>no cluster</source>
        <translation>aucun cluster</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;anomaly&lt;/b&gt; · click to show the line</source>
        <translation>&lt;br&gt;&lt;b&gt;anomalie&lt;/b&gt; · cliquer pour afficher la ligne</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to show the line</source>
        <translation>&lt;br&gt;cliquer pour afficher la ligne</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>Aucune ligne à afficher</translation>
    </message>
    <message>
        <source>Open a log file to see its anomalies.</source>
        <translation>Ouvrez un fichier journal pour voir ses anomalies.</translation>
    </message>
    <message>
        <source>No timestamps in this log</source>
        <translation>Ce journal n’a pas d’horodatage</translation>
    </message>
    <message>
        <source>The anomaly timeline needs lines with a readable time field.</source>
        <translation>La chronologie des anomalies nécessite des lignes avec un champ horaire lisible.</translation>
    </message>
    <message>
        <source>No anomaly scores in this result</source>
        <translation>Pas de scores d’anomalie dans ce résultat</translation>
    </message>
    <message>
        <source>Scores come from the Isolation Forest over per-line features.</source>
        <translation>Les scores proviennent de l’Isolation Forest sur les caractéristiques de chaque ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%1 anomalies (%2) · drag to zoom</source>
        <translation>
            <numerusform>%1 anomalie (%2) · glisser pour zoomer</numerusform>
            <numerusform>%1 anomalies (%2) · glisser pour zoomer</numerusform>
        </translation>
    </message>
    <message>
        <source>Every detected anomaly</source>
        <translation>Toutes les anomalies détectées</translation>
    </message>
    <message>
        <source>The line scored %1 at %2</source>
        <translation>La ligne de score %1 à %2</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ChartPanel</name>
    <message>
        <source>time (UTC)</source>
        <translation>heure (UTC)</translation>
    </message>
</context>
<context>
    <name>logscope::ui::DashboardPanel</name>
    <message>
        <source>Show these lines</source>
        <translation>Afficher ces lignes</translation>
    </message>
    <message>
        <source>Copy panel image</source>
        <translation>Copier l’image du panneau</translation>
    </message>
</context>
<context>
    <name>logscope::ui::DashboardView</name>
    <message>
        <source>No log loaded</source>
        <translation>Aucun journal chargé</translation>
    </message>
    <message>
        <source>LogScope — %1</source>
        <translation>LogScope — %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; filtered: %2</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; filtré : %2</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ErrorsByServicePanel</name>
    <message>
        <source>Errors by service</source>
        <translation>Erreurs par service</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>Aucune ligne à afficher</translation>
    </message>
    <message>
        <source>Open a log file to see errors by service.</source>
        <translation>Ouvrez un fichier journal pour voir les erreurs par service.</translation>
    </message>
    <message>
        <source>No errors in this log</source>
        <translation>Aucune erreur dans ce journal</translation>
    </message>
    <message>
        <source>No line is at ERROR or CRITICAL level.</source>
        <translation>Aucune ligne n’est de niveau ERROR ou CRITICAL.</translation>
    </message>
    <message numerus="yes">
        <source>%1 error lines · top %2 of %3 services</source>
        <translation>
            <numerusform>%1 ligne d’erreur · %2 premiers services sur %3</numerusform>
            <numerusform>%1 lignes d’erreur · %2 premiers services sur %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error lines</source>
        <translation>
            <numerusform>%1 ligne d’erreur</numerusform>
            <numerusform>%1 lignes d’erreur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 error lines of %3 (%4)&lt;br&gt;%5 warnings&lt;br&gt;click to list the error lines</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 ligne d’erreur sur %3 (%4)&lt;br&gt;%5 avertissements&lt;br&gt;cliquer pour lister les lignes d’erreur</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 lignes d’erreur sur %3 (%4)&lt;br&gt;%5 avertissements&lt;br&gt;cliquer pour lister les lignes d’erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>ERROR and CRITICAL lines of %1</source>
        <translation>Lignes ERROR et CRITICAL de %1</translation>
    </message>
    <message>
        <source>ERROR and CRITICAL lines</source>
        <translation>Lignes ERROR et CRITICAL</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ExportPngDialog</name>
    <message>
        <source>Export dashboard as PNG</source>
        <translation>Exporter le tableau de bord en PNG</translation>
    </message>
    <message>
        <source>Seed 003 report (1993 × 1390)</source>
        <translation>Rapport du seed 003 (1993 × 1390)</translation>
    </message>
    <message>
        <source>Full HD (1920 × 1080)</source>
        <translation>Full HD (1920 × 1080)</translation>
    </message>
    <message>
        <source>Laptop (1280 × 800)</source>
        <translation>Ordinateur portable (1280 × 800)</translation>
    </message>
    <message>
        <source>4K (3840 × 2160, 2× scale)</source>
        <translation>4K (3840 × 2160, échelle 2×)</translation>
    </message>
    <message>
        <source>This window (%1 × %2)</source>
        <translation>Cette fenêtre (%1 × %2)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>2 × draws the same dashboard with everything twice as large (for high-density screens and print).</source>
        <translation>2 × dessine le même tableau de bord avec tout deux fois plus grand (pour les écrans haute densité et l’impression).</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Largeur :</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Hauteur :</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; the dashboard is laid out at %3 × %4.</source>
        <translation>L’image fait %1 × %2 pixels ; le tableau de bord est disposé en %3 × %4.</translation>
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
        <translation>N’afficher que certains services (tous les panneaux se restreignent)</translation>
    </message>
    <message>
        <source>Show only some levels (every panel narrows)</source>
        <translation>N’afficher que certains niveaux (tous les panneaux se restreignent)</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)…</source>
        <translation>Rechercher dans les messages (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Keep only lines whose message contains this text (or matches this regular expression); Enter applies</source>
        <translation>Ne garder que les lignes dont le message contient ce texte (ou correspond à cette expression régulière) ; Entrée applique</translation>
    </message>
    <message>
        <source>Treat the search as a regular expression</source>
        <translation>Traiter la recherche comme une expression régulière</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 services</source>
        <translation>
            <numerusform>%1 service sur %2</numerusform>
            <numerusform>%1 services sur %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 levels</source>
        <translation>%1 niveaux sur %2</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>Expression régulière non valide</translation>
    </message>
</context>
<context>
    <name>logscope::ui::FormatDialog</name>
    <message>
        <source>&amp;Save format</source>
        <translation>&amp;Enregistrer le format</translation>
    </message>
    <message>
        <source>Open with format — %1</source>
        <translation>Ouvrir avec un format — %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>the file does not look like text</source>
        <translation>le fichier ne semble pas être du texte</translation>
    </message>
    <message>
        <source>the file has no lines</source>
        <translation>le fichier n’a aucune ligne</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, confidence %2 (from the first %3 lines)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, confiance %2 (sur la %3 première ligne)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, confiance %2 (sur les %3 premières lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Detection&apos;s guess:</source>
        <translation>Format détecté :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Fields in angle brackets: &lt;code&gt;&amp;lt;Date&amp;gt; &amp;lt;Time&amp;gt; &amp;lt;Timestamp&amp;gt; &amp;lt;Level&amp;gt; &amp;lt;Component&amp;gt; &amp;lt;Host&amp;gt; &amp;lt;Status&amp;gt; &amp;lt;Latency&amp;gt; &amp;lt;Content&amp;gt;&lt;/code&gt; (the message) and any name of your own. The text between fields is a regular expression: &lt;code&gt;\[&lt;/code&gt; is a bracket, &lt;code&gt;(...)?&lt;/code&gt; an optional part.</source>
        <translation>Champs entre chevrons : &lt;code&gt;&amp;lt;Date&amp;gt; &amp;lt;Time&amp;gt; &amp;lt;Timestamp&amp;gt; &amp;lt;Level&amp;gt; &amp;lt;Component&amp;gt; &amp;lt;Host&amp;gt; &amp;lt;Status&amp;gt; &amp;lt;Latency&amp;gt; &amp;lt;Content&amp;gt;&lt;/code&gt; (le message) et tout nom de votre choix. Le texte entre les champs est une expression régulière : &lt;code&gt;\[&lt;/code&gt; est un crochet, &lt;code&gt;(...)?&lt;/code&gt; une partie facultative.</translation>
    </message>
    <message>
        <source>Format s&amp;tring:</source>
        <translation>&amp;Chaîne de format :</translation>
    </message>
    <message>
        <source>Save the format string as:</source>
        <translation>Enregistrer la chaîne de format sous :</translation>
    </message>
    <message>
        <source>name, e.g. myapp</source>
        <translation>nom, p. ex. myapp</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>Detect automatically (%1)</source>
        <translation>Détecter automatiquement (%1)</translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation>Enregistré : %1 — %2</translation>
    </message>
    <message>
        <source>Custom format string</source>
        <translation>Chaîne de format personnalisée</translation>
    </message>
    <message>
        <source>Write a format string, e.g. %1</source>
        <translation>Saisissez une chaîne de format, p. ex. %1</translation>
    </message>
    <message>
        <source>The file has no lines to preview.</source>
        <translation>Le fichier n’a aucune ligne à prévisualiser.</translation>
    </message>
    <message numerus="yes">
        <source>Read as &lt;b&gt;%1&lt;/b&gt; · fit %2 · first %3 lines: %4 parsed</source>
        <translation>
            <numerusform>Lu comme &lt;b&gt;%1&lt;/b&gt; · adéquation %2 · %3 première ligne : %4 analysée</numerusform>
            <numerusform>Lu comme &lt;b&gt;%1&lt;/b&gt; · adéquation %2 · %3 premières lignes : %4 analysées</numerusform>
        </translation>
    </message>
    <message>
        <source>, &lt;span style=&apos;color:#d03b3b&apos;&gt;&lt;b&gt;%1 cannot be read&lt;/b&gt;&lt;/span&gt;</source>
        <translation>, &lt;span style=&apos;color:#d03b3b&apos;&gt;&lt;b&gt;%1 illisibles&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>, %1 without a row of their own</source>
        <translation>, %1 sans ligne propre</translation>
    </message>
    <message>
        <source>Only a format string can be saved: write one first.</source>
        <translation>Seule une chaîne de format peut être enregistrée : saisissez-en d’abord une.</translation>
    </message>
    <message>
        <source>Saved as “%1” (also usable as --format %1).</source>
        <translation>Enregistré sous « %1 » (utilisable aussi avec --format %1).</translation>
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
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Illisible :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;No row of its own (joined to the record above, or skipped).</source>
        <translation>&lt;br&gt;Pas de ligne propre (rattachée à l’enregistrement précédent, ou ignorée).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>logscope::ui::FrequentErrorsPanel</name>
    <message>
        <source>Most frequent errors</source>
        <translation>Erreurs les plus fréquentes</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>Aucune ligne à afficher</translation>
    </message>
    <message>
        <source>Open a log file to see its error patterns.</source>
        <translation>Ouvrez un fichier journal pour voir ses motifs d’erreur.</translation>
    </message>
    <message>
        <source>No warnings or errors in this log</source>
        <translation>Aucun avertissement ni erreur dans ce journal</translation>
    </message>
    <message>
        <source>No error patterns in this result</source>
        <translation>Pas de motifs d’erreur dans ce résultat</translation>
    </message>
    <message>
        <source>Error patterns come from the template analysis of WARNING-and-worse lines.</source>
        <translation>Les motifs d’erreur proviennent de l’analyse des modèles des lignes WARNING et pires.</translation>
    </message>
    <message numerus="yes">
        <source>%1 error types</source>
        <translation>
            <numerusform>%1 type d’erreur</numerusform>
            <numerusform>%1 types d’erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 de plus</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 occurrences · worst level %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 occurrence · pire niveau %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 occurrences · pire niveau %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;services: %1</source>
        <translation>&lt;br&gt;services : %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to list these lines</source>
        <translation>&lt;br&gt;cliquer pour lister ces lignes</translation>
    </message>
    <message>
        <source>Lines of “%1”</source>
        <translation>Lignes de « %1 »</translation>
    </message>
</context>
<context>
    <name>logscope::ui::HealthGauge</name>
    <message>
        <source>of 100</source>
        <translation>sur 100</translation>
    </message>
</context>
<context>
    <name>logscope::ui::HealthPanel</name>
    <message>
        <source>System health</source>
        <translation>Santé du système</translation>
    </message>
    <message>
        <source>No lines to score</source>
        <translation>Aucune ligne à évaluer</translation>
    </message>
    <message>
        <source>Open a log file to see its health.</source>
        <translation>Ouvrez un fichier journal pour voir sa santé.</translation>
    </message>
    <message>
        <source>No health score in this result</source>
        <translation>Pas de score de santé dans ce résultat</translation>
    </message>
    <message>
        <source>The score needs the full analysis: error rate, response times, anomalies and incidents.</source>
        <translation>Le score nécessite l’analyse complète : taux d’erreur, temps de réponse, anomalies et incidents.</translation>
    </message>
    <message>
        <source>error rate %1 · success %2</source>
        <translation>taux d’erreur %1 · succès %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health %1 / 100 — %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Santé %1 / 100 — %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1: −%2 of at most %3</source>
        <translation>&lt;br&gt;%1 : −%2 sur %3 au plus</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to list the ERROR and CRITICAL lines</source>
        <translation>&lt;br&gt;cliquer pour lister les lignes ERROR et CRITICAL</translation>
    </message>
    <message>
        <source>ERROR and CRITICAL lines (they cost health points)</source>
        <translation>Lignes ERROR et CRITICAL (elles coûtent des points de santé)</translation>
    </message>
</context>
<context>
    <name>logscope::ui::IncidentList</name>
    <message>
        <source>Evidence of %1 (%2) at %3</source>
        <translation>Preuves de %1 (%2) à %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1</source>
        <translation>&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;services: %1</source>
        <translation>&lt;br&gt;services : %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;root cause: %1 %2</source>
        <translation>&lt;br&gt;cause racine : %1 %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%1 evidence lines · click to list them</source>
        <translation>
            <numerusform>&lt;br&gt;%1 ligne de preuve · cliquer pour la lister</numerusform>
            <numerusform>&lt;br&gt;%1 lignes de preuve · cliquer pour les lister</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::IncidentsBySeverityPanel</name>
    <message>
        <source>Incidents by severity</source>
        <translation>Incidents par gravité</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>Aucune ligne à afficher</translation>
    </message>
    <message>
        <source>Open a log file to see its incidents.</source>
        <translation>Ouvrez un fichier journal pour voir ses incidents.</translation>
    </message>
    <message>
        <source>No incidents detected</source>
        <translation>Aucun incident détecté</translation>
    </message>
    <message>
        <source>No incident rule fired on these lines.</source>
        <translation>Aucune règle d’incident ne s’est déclenchée sur ces lignes.</translation>
    </message>
    <message>
        <source>No incidents in this result</source>
        <translation>Aucun incident dans ce résultat</translation>
    </message>
    <message>
        <source>Incident detection is part of the full analysis.</source>
        <translation>La détection d’incidents fait partie de l’analyse complète.</translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents</source>
        <translation>
            <numerusform>%1 incident</numerusform>
            <numerusform>%1 incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of the %1 %2 incidents</source>
        <translation>
            <numerusform>Preuves de l’incident %2 (%1)</numerusform>
            <numerusform>Preuves des %1 incidents %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence of every incident</source>
        <translation>Preuves de tous les incidents</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1: %2 incidents&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1 : %2 incident&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1 : %2 incidents&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;click to list their evidence lines</source>
        <translation>&lt;br&gt;cliquer pour lister leurs lignes de preuve</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LatencyHistogramPanel</name>
    <message>
        <source>Response time distribution</source>
        <translation>Distribution des latences</translation>
    </message>
    <message>
        <source>No latency data in this log</source>
        <translation>Ce journal n’a pas de temps de réponse</translation>
    </message>
    <message>
        <source>Lines need a response_time_ms, latency_ms or duration_ms field.</source>
        <translation>Les lignes doivent avoir un champ response_time_ms, latency_ms ou duration_ms.</translation>
    </message>
    <message>
        <source>No response-time statistics in this result</source>
        <translation>Pas de statistiques de temps de réponse dans ce résultat</translation>
    </message>
    <message>
        <source>The latency histogram and percentiles come from the full analysis.</source>
        <translation>L’histogramme des latences et les percentiles proviennent de l’analyse complète.</translation>
    </message>
    <message numerus="yes">
        <source>%1 timed lines · median %2 · mean %3</source>
        <translation>
            <numerusform>%1 ligne mesurée · médiane %2 · moy. %3</numerusform>
            <numerusform>%1 lignes mesurées · médiane %2 · moy. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>response time (ms, log scale)</source>
        <translation>temps de réponse (ms, échelle log.)</translation>
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
        <translation>Lignes avec un temps de réponse</translation>
    </message>
    <message>
        <source>Lines with a response time of %1 – %2</source>
        <translation>Lignes avec un temps de réponse de %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 lines (%4 of timed lines)&lt;br&gt;click to list them</source>
        <translation>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 ligne (%4 des lignes mesurées)&lt;br&gt;cliquer pour la lister</numerusform>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 lignes (%4 des lignes mesurées)&lt;br&gt;cliquer pour les lister</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LevelsOverTimePanel</name>
    <message>
        <source>Log levels over time</source>
        <translation>Niveaux de journal dans le temps</translation>
    </message>
    <message>
        <source>lines per %1</source>
        <translation>lignes par %1</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>Aucune ligne à afficher</translation>
    </message>
    <message>
        <source>No timestamps in this log</source>
        <translation>Ce journal n’a pas d’horodatage</translation>
    </message>
    <message>
        <source>Open a log file to see its levels over time.</source>
        <translation>Ouvrez un fichier journal pour voir ses niveaux dans le temps.</translation>
    </message>
    <message>
        <source>Levels over time needs lines with a readable time field.</source>
        <translation>Les niveaux dans le temps nécessitent des lignes avec un champ horaire lisible.</translation>
    </message>
    <message>
        <source>lines per %1 · drag to zoom</source>
        <translation>lignes par %1 · glisser pour zoomer</translation>
    </message>
    <message>
        <source>Every line of the view</source>
        <translation>Toutes les lignes de la vue</translation>
    </message>
    <message>
        <source>%1 lines, %2</source>
        <translation>Lignes %1, %2</translation>
    </message>
    <message>
        <source>Lines of %1</source>
        <translation>Lignes de %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;total: %1 lines · click to list them</source>
        <translation>
            <numerusform>&lt;br&gt;total : %1 ligne · cliquer pour la lister</numerusform>
            <numerusform>&lt;br&gt;total : %1 lignes · cliquer pour les lister</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveController</name>
    <message>
        <source>Live demo (%1)</source>
        <translation>Démo en direct (%1)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Suivi de %1</translation>
    </message>
    <message>
        <source>Injection needs a live demo (Live ▸ Start demo)</source>
        <translation>L’injection nécessite une démo en direct (En direct ▸ Démarrer la démo)</translation>
    </message>
    <message>
        <source>%1 (the newest %L2 lines)</source>
        <translation>%1 (les %L2 lignes les plus récentes)</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveScoreboard</name>
    <message>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <source>Injected</source>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>No live run yet</source>
        <translation>Aucune exécution en direct</translation>
    </message>
    <message>
        <source>caught %1 · missed %2 · false alarms %3 · pending %4</source>
        <translation>détectés %1 · manqués %2 · fausses alertes %3 · en attente %4</translation>
    </message>
    <message>
        <source>
last detection %1 s after injection</source>
        <translation>
dernière détection %1 s après l’injection</translation>
    </message>
    <message>
        <source>caught</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>watching…</source>
        <translation>en observation…</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveUi</name>
    <message>
        <source>Live scoreboard</source>
        <translation>Bilan en direct</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>En di&amp;rect</translation>
    </message>
    <message>
        <source>&amp;Start demo</source>
        <translation>&amp;Démarrer la démo</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Réini&amp;tialiser</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>I&amp;njecter</translation>
    </message>
    <message>
        <source>Follow a &amp;growing file…</source>
        <translation>&amp;Suivre un fichier…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Lines per second (1 to 50,000)</source>
        <translation>Lignes par seconde (1 à 50 000)</translation>
    </message>
    <message>
        <source>%1 lines/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>default intensity</source>
        <translation>intensité par défaut</translation>
    </message>
    <message>
        <source>The type&apos;s main knob (error rate, latency multiplier, ...); 0 = its default</source>
        <translation>Réglage principal du type (taux d’erreur, multiplicateur de latence, ...) ; 0 = sa valeur par défaut</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Duration of the injected episode</source>
        <translation>Durée de l’épisode injecté</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Injecter</translation>
    </message>
    <message>
        <source>Cannot start the live demo: %1</source>
        <translation>Impossible de démarrer la démo en direct : %1</translation>
    </message>
    <message>
        <source>Cannot follow: %1</source>
        <translation>Impossible de suivre : %1</translation>
    </message>
    <message>
        <source>Follow a growing log file</source>
        <translation>Suivre un fichier journal qui grandit</translation>
    </message>
    <message>
        <source>Injected %1 for %2 s</source>
        <translation>%1 injecté pendant %2 s</translation>
    </message>
    <message>
        <source>Cannot inject %1: %2</source>
        <translation>Impossible d’injecter %1 : %2</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>EN DIRECT</translation>
    </message>
    <message>
        <source> · %1 lines/s</source>
        <translation> · %1 lignes/s</translation>
    </message>
    <message numerus="yes">
        <source> · %1 lines · lag %2 s</source>
        <translation>
            <numerusform> · %1 ligne · retard %2 s</numerusform>
            <numerusform> · %1 lignes · retard %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source> · detected in %1 s</source>
        <translation> · détecté en %1 s</translation>
    </message>
    <message>
        <source>Detected %1 %2 s after injection</source>
        <translation>%1 détecté %2 s après l’injection</translation>
    </message>
    <message>
        <source>live stopped</source>
        <translation>direct arrêté</translation>
    </message>
    <message>
        <source> · row budget reached: %1 older lines of the window dropped</source>
        <translation> · budget de lignes atteint : %1 lignes plus anciennes de la fenêtre abandonnées</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LoadReportDialog</name>
    <message>
        <source>Load report</source>
        <translation>Rapport de chargement</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;format: %2 · %3 bytes&lt;br&gt;%4 lines read, %5 parsed, &lt;b&gt;%6 could not be read&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;format : %2 · %3 octets&lt;br&gt;%4 ligne lue, %5 analysée, &lt;b&gt;%6 illisible&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;format : %2 · %3 octets&lt;br&gt;%4 lignes lues, %5 analysées, &lt;b&gt;%6 illisibles&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;The first %1 are listed.</source>
        <translation>&lt;br&gt;Les %1 premières sont listées.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Pourquoi elle n’a pas pu être lue</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Every line was read.</source>
        <translation>Toutes les lignes ont été lues.</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LogTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Click to sort by %1</source>
        <translation>Cliquer pour trier par %1</translation>
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
        <translation>Retour</translation>
    </message>
    <message>
        <source>Previous list of lines (Alt+Backspace)</source>
        <translation>Liste de lignes précédente (Alt+Retour arrière)</translation>
    </message>
    <message>
        <source>Alt+Backspace</source>
        <translation>Alt+Backspace</translation>
    </message>
    <message>
        <source>Filter these lines (text, or a regular expression)</source>
        <translation>Filtrer ces lignes (texte ou expression régulière)</translation>
    </message>
    <message>
        <source>Treat the filter as a regular expression (case-insensitive)</source>
        <translation>Traiter le filtre comme une expression régulière (insensible à la casse)</translation>
    </message>
    <message>
        <source>Select a line to see all of it.</source>
        <translation>Sélectionnez une ligne pour la voir en entier.</translation>
    </message>
    <message>
        <source>Copy lines</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <source>Show surrounding lines</source>
        <translation>Afficher les lignes voisines</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lines around line %1</source>
        <translation>Lignes autour de la ligne %1</translation>
    </message>
    <message>
        <source>Lines around row %1</source>
        <translation>Lignes autour de l’enregistrement %1</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>Expression régulière non valide</translation>
    </message>
    <message>
        <source>Click any bar, point, cell, incident or anomaly to see its lines.</source>
        <translation>Cliquez sur une barre, un point, une cellule, un incident ou une anomalie pour voir ses lignes.</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 lines</source>
        <translation>
            <numerusform>%1 ligne sur %2</numerusform>
            <numerusform>%1 lignes sur %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 ligne</numerusform>
            <numerusform>%1 lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy messages only</source>
        <translation>Copier uniquement les messages</translation>
    </message>
</context>
<context>
    <name>logscope::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>LogScope</source>
        <translation>LogScope</translation>
    </message>
    <message>
        <source>Cannot open log</source>
        <translation>Impossible d’ouvrir le journal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Export dashboard as PNG…</source>
        <translation>&amp;Exporter le tableau de bord en PNG…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About LogScope</source>
        <translation>À &amp;propos de LogScope</translation>
    </message>
    <message>
        <source>About LogScope</source>
        <translation>À propos de LogScope</translation>
    </message>
    <message>
        <source>&lt;b&gt;LogScope %1&lt;/b&gt;&lt;p&gt;Fast native log analytics dashboard.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LogScope %1&lt;/b&gt;&lt;p&gt;Tableau de bord natif et rapide d’analyse de journaux.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Dashboard written to %1</source>
        <translation>Tableau de bord écrit dans %1</translation>
    </message>
    <message>
        <source>Incidents and anomalies</source>
        <translation>Incidents et anomalies</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Top anomalies</source>
        <translation>Principales anomalies</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Lignes du journal</translation>
    </message>
    <message>
        <source>Stop loading or recomputing (Esc)</source>
        <translation>Arrêter le chargement ou le recalcul (Échap)</translation>
    </message>
    <message>
        <source>Recomputing the dashboard for the new filter…</source>
        <translation>Recalcul du tableau de bord pour le nouveau filtre…</translation>
    </message>
    <message>
        <source>Loading cancelled; the dashboard shown is unchanged.</source>
        <translation>Chargement annulé ; le tableau de bord affiché est inchangé.</translation>
    </message>
    <message>
        <source>%1 + %2 more</source>
        <translation>%1 + %2 autres</translation>
    </message>
    <message>
        <source>Demo (microservices, 7 days)</source>
        <translation>Démo (microservices, 7 jours)</translation>
    </message>
    <message numerus="yes">
        <source>%1 lines could not be read — File ▸ Load report lists them</source>
        <translation>
            <numerusform>%1 ligne n’a pas pu être lue — Fichier ▸ Rapport de chargement la liste</numerusform>
            <numerusform>%1 lignes n’ont pas pu être lues — Fichier ▸ Rapport de chargement les liste</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a log file to see its lines.</source>
        <translation>Ouvrez un fichier journal pour voir ses lignes.</translation>
    </message>
    <message>
        <source>Open a log file (Ctrl+O), drop one here, or try the demo (Ctrl+D).</source>
        <translation>Ouvrez un fichier journal (Ctrl+O), déposez-en un ici, ou essayez la démo (Ctrl+D).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 lines</source>
        <translation>
            <numerusform>%1 ligne sur %2</numerusform>
            <numerusform>%1 lignes sur %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 ligne</numerusform>
            <numerusform>%1 lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 bad lines</source>
        <translation>
            <numerusform>%1 ligne invalide</numerusform>
            <numerusform>%1 lignes invalides</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; health &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; santé &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open one or more log files</source>
        <translation>Ouvrir un ou plusieurs fichiers journaux</translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation>Ouvrir les données de &amp;démonstration</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Generate a 7-day microservices log and show it</source>
        <translation>Générer un journal de microservices sur 7 jours et l’afficher</translation>
    </message>
    <message>
        <source>Export &amp;incidents as CSV…</source>
        <translation>Exporter les &amp;incidents en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Export &amp;anomalies as CSV…</source>
        <translation>Exporter les &amp;anomalies en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Export result as &amp;JSON…</source>
        <translation>Exporter le résultat en &amp;JSON…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Load report…</source>
        <translation>Rapport de &amp;chargement…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>The lines that could not be read, and why</source>
        <translation>Les lignes qui n’ont pas pu être lues, et pourquoi</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Copy &amp;dashboard image</source>
        <translation>Copier l’image du &amp;tableau de bord</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Panel %1: %2</source>
        <translation>Panneau %1 : %2</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Copy this panel&apos;s image</source>
        <translation>Copier l’image de ce panneau</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Return to the previous view</source>
        <translation>Revenir à la vue précédente</translation>
    </message>
    <message>
        <source>&amp;Reset filter</source>
        <translation>Réinitialiser le &amp;filtre</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Show every line again</source>
        <translation>Afficher de nouveau toutes les lignes</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>&amp;Rechercher dans les messages…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Choose &amp;services…</source>
        <translation>Choisir les &amp;services…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Choose le&amp;vels…</source>
        <translation>Choisir les &amp;niveaux…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Show &amp;log lines</source>
        <translation>Afficher les &amp;lignes du journal</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Show or hide the log lines (Ctrl+J)</source>
        <translation>Afficher ou masquer les lignes du journal (Ctrl+J)</translation>
    </message>
    <message>
        <source>Show &amp;incidents and anomalies</source>
        <translation>Afficher les &amp;incidents et anomalies</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Toggle light/dark &amp;theme</source>
        <translation>&amp;Basculer clair/sombre</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop loading or recomputing</source>
        <translation>Arrêter le chargement ou le recalcul</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Copy &amp;panel image</source>
        <translation>Copier l’image d’un &amp;panneau</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter PNG</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Ouvrir des fichiers journaux</translation>
    </message>
    <message>
        <source>Log files (*.log *.jsonl *.json *.txt *.gz *.zst);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.jsonl *.json *.txt *.gz *.zst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export incidents</source>
        <translation>Exporter les incidents</translation>
    </message>
    <message>
        <source>Export anomalies</source>
        <translation>Exporter les anomalies</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
    <message>
        <source>Export result as JSON</source>
        <translation>Exporter le résultat en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>« %1 » copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copy the selected log lines&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the lines around the selected one&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Backspace&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous list of log lines&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Click any bar, point, cell, the gauge, an incident or an anomaly to see its lines; drag across a time axis to zoom every panel.&lt;/p&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copier les lignes sélectionnées&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Afficher les lignes autour de la ligne sélectionnée&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Retour arrière&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Liste de lignes précédente&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Cliquez sur une barre, un point, une cellule, la jauge, un incident ou une anomalie pour voir ses lignes ; glissez sur un axe temporel pour zoomer tous les panneaux.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language applies when LogScope starts again.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de LogScope.</translation>
    </message>
    <message>
        <source>Open log files with a format</source>
        <translation>Ouvrir des fichiers journaux avec un format</translation>
    </message>
    <message>
        <source>Open with &amp;format…</source>
        <translation>Ouvrir avec un &amp;format…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Choose or write the format a log file is read with, with a preview</source>
        <translation>Choisir ou saisir le format de lecture d’un fichier journal, avec aperçu</translation>
    </message>
    <message>
        <source>Re-open &amp;with another format…</source>
        <translation>Rou&amp;vrir avec un autre format…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Read the files shown again with another format</source>
        <translation>Relire les fichiers affichés avec un autre format</translation>
    </message>
    <message>
        <source>Collecting lines from the live window: %1…</source>
        <translation>Collecte des lignes de la fenêtre en direct : %1…</translation>
    </message>
    <message>
        <source>Live mode lists lines by time, level, service or template; this mark names single lines.</source>
        <translation>Le mode direct liste les lignes par temps, niveau, service ou modèle ; cette marque désigne des lignes isolées.</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ServiceLatencyPanel</name>
    <message>
        <source>Average response time by service</source>
        <translation>Temps de réponse moyen par service</translation>
    </message>
    <message>
        <source>No latency data in this log</source>
        <translation>Ce journal n’a pas de temps de réponse</translation>
    </message>
    <message>
        <source>Lines need a response_time_ms, latency_ms or duration_ms field.</source>
        <translation>Les lignes doivent avoir un champ response_time_ms, latency_ms ou duration_ms.</translation>
    </message>
    <message>
        <source>No response-time statistics in this result</source>
        <translation>Pas de statistiques de temps de réponse dans ce résultat</translation>
    </message>
    <message>
        <source>Per-service response times come from the full analysis.</source>
        <translation>Les temps de réponse par service proviennent de l’analyse complète.</translation>
    </message>
    <message>
        <source>slowest %1 of %2 services</source>
        <translation>%1 services les plus lents sur %2</translation>
    </message>
    <message>
        <source>mean over lines with a response time</source>
        <translation>moyenne sur les lignes avec un temps de réponse</translation>
    </message>
    <message>
        <source>all services %1</source>
        <translation>tous les services %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;average %2 over %3 lines&lt;br&gt;success rate %4 · health %5&lt;br&gt;click to list these lines</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;moyenne %2 sur %3 ligne&lt;br&gt;taux de succès %4 · santé %5&lt;br&gt;cliquer pour lister ces lignes</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;moyenne %2 sur %3 lignes&lt;br&gt;taux de succès %4 · santé %5&lt;br&gt;cliquer pour lister ces lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines of %1 with a response time</source>
        <translation>Lignes de %1 avec un temps de réponse</translation>
    </message>
</context>
<context>
    <name>logscope::ui::TimelinePlot</name>
    <message>
        <source>anomaly score</source>
        <translation>score d’anomalie</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>heure (UTC)</translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation>anomalie</translation>
    </message>
    <message>
        <source>no cluster</source>
        <translation>aucun cluster</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
</context>
</TS>
