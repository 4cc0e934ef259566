<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Analysis</name>
    <message>
        <source>%1 distinct services: the %2 least busy are analysed together as &quot;(other services)&quot;</source>
        <translation>%1 个不同的服务：最不活跃的 %2 个合并为“(other services)”一起分析</translation>
    </message>
    <message numerus="yes">
        <source>%n latencies of hours, a thousand times their service&apos;s median, are left out of the latency statistics as impossible (see the Data Anomaly incidents)</source>
        <translation>
            <numerusform>%n 个长达数小时、为其服务中位数一千倍的延迟被视为不可能，未计入延迟统计（见数据异常事件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Print the result as JSON (schema in the README); `--json OUT` writes it to OUT instead.</source>
        <translation>以 JSON 输出结果（模式见 README）；`--json OUT` 改为写入 OUT。</translation>
    </message>
    <message>
        <source>Write line,score,is_anomaly for every line.</source>
        <translation>为每一行写出 line,score,is_anomaly。</translation>
    </message>
    <message>
        <source>Thresholds of the analysis as JSON (keys in the README).</source>
        <translation>分析阈值，JSON 格式（键见 README）。</translation>
    </message>
    <message>
        <source>Known anomaly episodes (the generator&apos;s episodes file) to score detection against.</source>
        <translation>已知的异常片段（生成器的片段文件），用于评估检测效果。</translation>
    </message>
    <message>
        <source>Analyse lines at or after this ISO 8601 time.</source>
        <translation>分析此 ISO 8601 时间及之后的行。</translation>
    </message>
    <message>
        <source>Analyse lines before this ISO 8601 time.</source>
        <translation>分析此 ISO 8601 时间之前的行。</translation>
    </message>
    <message>
        <source>Analyse only this service (repeatable).</source>
        <translation>只分析此服务（可重复）。</translation>
    </message>
    <message>
        <source>Analyse only lines at this level or worse (e.g. WARNING).</source>
        <translation>只分析此级别或更严重的行（例如 WARNING）。</translation>
    </message>
    <message>
        <source>Analyse only lines whose message contains TEXT (case-insensitive).</source>
        <translation>只分析消息中包含 TEXT 的行（不区分大小写）。</translation>
    </message>
    <message>
        <source>Log files, folders (all their files), .gz/.zst archives, or - for standard input; several are merged by time.</source>
        <translation>日志文件、文件夹（其中所有文件）、.gz/.zst 压缩包，或用 - 表示标准输入；多个输入按时间合并。</translation>
    </message>
    <message>
        <source>Analyses a log: health score, performance, anomalies (Isolation Forest), error patterns, incidents with root causes, per-service health, recommendations.</source>
        <translation>分析日志：健康分数、性能、异常（孤立森林）、错误模式、含根因的事件、各服务健康状况和建议。</translation>
    </message>
    <message>
        <source>logscope analyze: expected at least one FILE (or - for standard input)
</source>
        <translation>logscope analyze：至少需要一个 FILE（或用 - 表示标准输入）
</translation>
    </message>
    <message>
        <source>logscope analyze: --config %1
</source>
        <translation>logscope analyze：--config %1
</translation>
    </message>
    <message>
        <source>logscope analyze: --episodes %1
</source>
        <translation>logscope analyze：--episodes %1
</translation>
    </message>
    <message>
        <source>logscope analyze: --from expects an ISO 8601 time
</source>
        <translation>logscope analyze：--from 需要 ISO 8601 时间
</translation>
    </message>
    <message>
        <source>logscope analyze: --to expects an ISO 8601 time
</source>
        <translation>logscope analyze：--to 需要 ISO 8601 时间
</translation>
    </message>
    <message>
        <source>logscope analyze: --min-level expects a level such as INFO, WARNING or ERROR
</source>
        <translation>logscope analyze：--min-level 需要 INFO、WARNING 或 ERROR 等级别
</translation>
    </message>
    <message>
        <source>logscope analyze: --follow takes one FILE (or - for standard input)
</source>
        <translation>logscope analyze：--follow 只接受一个 FILE（或 - 表示标准输入）
</translation>
    </message>
    <message>
        <source>logscope analyze: --%1 expects a duration such as 30s, 15m or 1h, got &apos;%2&apos;
</source>
        <translation>logscope analyze：--%1 需要 30s、15m 或 1h 这样的时长，得到的是 &apos;%2&apos;
</translation>
    </message>
    <message>
        <source>Follow FILE as it grows (or - for standard input) and print each incident as one JSON line the moment it is raised (live mode).</source>
        <translation>随着 FILE 增长持续跟踪（或 - 表示标准输入），每个事件一产生就输出为一行 JSON（实时模式）。</translation>
    </message>
    <message>
        <source>With --follow: the sliding window analysed (default 15m).</source>
        <translation>配合 --follow：分析的滑动窗口（默认 15m）。</translation>
    </message>
    <message>
        <source>With --follow: stop after this long.</source>
        <translation>配合 --follow：运行这么久后停止。</translation>
    </message>
    <message>
        <source>With --follow: skip what FILE holds now, read only new lines.</source>
        <translation>配合 --follow：跳过 FILE 当前的内容，只读取新行。</translation>
    </message>
</context>
<context>
    <name>AnomalyExplanation</name>
    <message>
        <source>unusual time of day %1</source>
        <translation>不寻常的时刻 %1</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>级别 %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>5-min error rate %1</source>
        <translation>5 分钟错误率 %1</translation>
    </message>
    <message>
        <source>5-min mean latency %1 ms</source>
        <translation>5 分钟平均延迟 %1 ms</translation>
    </message>
    <message>
        <source>latency %1 ms</source>
        <translation>延迟 %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>template seen %n times</source>
        <translation>
            <numerusform>模板出现 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>状态码 %1</translation>
    </message>
    <message>
        <source>%1 (z %2)</source>
        <comment>an anomaly driver and its robust z-score</comment>
        <translation>%1（z %2）</translation>
    </message>
    <message>
        <source>no single feature stands out</source>
        <translation>没有单个特征特别突出</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between anomaly drivers</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>（无服务）</translation>
    </message>
    <message>
        <source>latency %1 ms, %2 x the service&apos;s usual %3 ms</source>
        <translation>延迟 %1 ms，是该服务平时 %3 ms 的 %2 倍</translation>
    </message>
    <message>
        <source>rare message template (%1 of %2 lines)</source>
        <translation>罕见的消息模板（%2 行中的 %1 行）</translation>
    </message>
    <message>
        <source>%1 level</source>
        <translation>%1 级别</translation>
    </message>
    <message>
        <source>an unusual mix of its features</source>
        <translation>其特征组合不寻常</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Try &apos;logscope &lt;command&gt; --help&apos;.
</source>
        <translation>请尝试 &apos;logscope &lt;命令&gt; --help&apos;。
</translation>
    </message>
    <message>
        <source>Usage: %1

%2</source>
        <translation>用法：%1

%2</translation>
    </message>
    <message>
        <source>logscope: warning: %1
</source>
        <translation>logscope：警告：%1
</translation>
    </message>
    <message>
        <source>logscope: no known format fits %1 well; read as %2 (confidence %3). Use --format to choose one.
</source>
        <translation>logscope：没有已知格式能很好地匹配 %1；已按 %2 读取（置信度 %3）。请用 --format 指定格式。
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 lines could not be read
</source>
        <translation>
            <numerusform>%1：%3 行中有 %2 行无法读取
</numerusform>
        </translation>
    </message>
    <message>
        <source>line </source>
        <translation>行 </translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 个输入</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>%1%</source>
        <comment>a percentage inside a sentence</comment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>a time window inside a sentence</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardRenderer</name>
    <message>
        <source>nothing was rendered</source>
        <translation>未渲染任何内容</translation>
    </message>
    <message>
        <source>cannot encode PNG for %1</source>
        <translation>无法为 %1 编码 PNG</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Where to write the PNG when there is no display (default logscope-demo.png).</source>
        <translation>无显示器时 PNG 的写入位置（默认 logscope-demo.png）。</translation>
    </message>
    <message>
        <source>Demo size in lines (default 100800: 7 days).</source>
        <translation>演示数据的行数（默认 100800：7 天）。</translation>
    </message>
    <message>
        <source>Write the PNG and print the report even when a display is available.</source>
        <translation>即使有显示器也写出 PNG 并打印报告。</translation>
    </message>
    <message>
        <source>Generates a 7-day microservices demo log and shows its dashboard. Without a display it writes the dashboard PNG, prints its path and prints the text report.</source>
        <translation>生成 7 天的微服务演示日志并显示其仪表板。无显示器时写出仪表板 PNG，打印其路径和文本报告。</translation>
    </message>
    <message>
        <source>logscope demo: --lines expects a positive integer
</source>
        <translation>logscope demo：--lines 需要正整数
</translation>
    </message>
    <message>
        <source>Demo (microservices, 7 days)</source>
        <translation>演示（微服务，7 天）</translation>
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>MMM d HH:mm:ss</source>
        <translation>M月d日 HH:mm:ss</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>from %1 UTC</source>
        <translation>自 %1 UTC 起</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>至 %1 UTC</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>无级别</translation>
    </message>
    <message>
        <source>matching /%1/</source>
        <translation>匹配 /%1/</translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation>包含“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>error rate %1</source>
        <translation>错误率 %1</translation>
    </message>
    <message>
        <source>P95 %1 · P99 %2</source>
        <translation>P95 %1 · P99 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 anomalies</source>
        <translation>
            <numerusform>%1 个异常</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents (%2 critical)</source>
        <translation>
            <numerusform>%1 个事件（%2 个严重）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents</source>
        <translation>
            <numerusform>%1 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>health %1 %2</source>
        <translation>健康 %1 %2</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>CRITICAL</source>
        <comment>incident severity</comment>
        <translation>严重</translation>
    </message>
    <message>
        <source>HIGH</source>
        <comment>incident severity</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <comment>incident severity</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>LOW</source>
        <comment>incident severity</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>High Error Rate</source>
        <translation>错误率过高</translation>
    </message>
    <message>
        <source>Response Time Degradation</source>
        <translation>响应时间恶化</translation>
    </message>
    <message>
        <source>Cascading Failure</source>
        <translation>级联故障</translation>
    </message>
    <message>
        <source>Resource Exhaustion</source>
        <translation>资源耗尽</translation>
    </message>
    <message>
        <source>Security Threat</source>
        <translation>安全威胁</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>服务不可用</translation>
    </message>
    <message>
        <source>EXCELLENT</source>
        <comment>health status</comment>
        <translation>优秀</translation>
    </message>
    <message>
        <source>GOOD</source>
        <comment>health status</comment>
        <translation>良好</translation>
    </message>
    <message>
        <source>DEGRADED</source>
        <comment>health status</comment>
        <translation>降级</translation>
    </message>
    <message>
        <source>POOR</source>
        <comment>health status</comment>
        <translation>较差</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <comment>health status</comment>
        <translation>危急</translation>
    </message>
    <message>
        <source>Rate Limiting</source>
        <translation>限流</translation>
    </message>
    <message>
        <source>Data Anomaly</source>
        <translation>数据异常</translation>
    </message>
</context>
<context>
    <name>FormatsCommand</name>
    <message>
        <source>logscope formats save: expected NAME and FORMAT, e.g. logscope formats save myapp &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos;
</source>
        <translation>logscope formats save：需要 NAME 和 FORMAT，例如 logscope formats save myapp &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos;
</translation>
    </message>
    <message>
        <source>logscope formats remove: expected NAME
</source>
        <translation>logscope formats remove：需要 NAME
</translation>
    </message>
    <message>
        <source>logscope formats remove: no saved format named &apos;%1&apos;
</source>
        <translation>logscope formats remove：没有名为 &apos;%1&apos; 的已保存格式
</translation>
    </message>
    <message>
        <source>logscope formats detect: expected FILE...
</source>
        <translation>logscope formats detect：需要 FILE...
</translation>
    </message>
    <message>
        <source>list (the default), save NAME FORMAT, remove NAME, or detect FILE...</source>
        <translation>list（默认）、save NAME FORMAT、remove NAME 或 detect FILE...</translation>
    </message>
    <message>
        <source>Lists the input formats LogScope reads and the formats you saved; saves a format string under a name (use it with --format NAME; saved formats also take part in detection); removes one; or tells which format files are detected as.</source>
        <translation>列出 LogScope 可读取的输入格式和您保存的格式；以名称保存格式字符串（通过 --format NAME 使用；已保存的格式也参与自动检测）；删除格式；或显示文件被检测为哪种格式。</translation>
    </message>
    <message>
        <source>logscope: warning: %1
</source>
        <translation>logscope：警告：%1
</translation>
    </message>
    <message>
        <source>logscope formats: unknown action &apos;%1&apos;: expected list, save, remove or detect
</source>
        <translation>logscope formats：未知操作 &apos;%1&apos;：应为 list、save、remove 或 detect
</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>--%1 expects a number above %2 and at most %3, got &apos;%4&apos;</source>
        <translation>--%1 需要大于 %2 且不超过 %3 的数，实际为 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>Scenario JSON merged onto the profile (any part may be overridden; see README).</source>
        <translation>合并到配置档上的场景 JSON（任何部分都可覆盖；见 README）。</translation>
    </message>
    <message>
        <source>Built-in profile: microservices (default), web, metrics or basic.</source>
        <translation>内置配置档：microservices（默认）、web、metrics 或 basic。</translation>
    </message>
    <message>
        <source>Lines to generate; 0 streams without end (default: the profile&apos;s, 100800 for microservices).</source>
        <translation>要生成的行数；0 表示无限流式生成（默认：配置档的值，microservices 为 100800）。</translation>
    </message>
    <message>
        <source>Lines per batch: one random-anomaly draw per batch (default 100).</source>
        <translation>每批行数：每批抽取一次随机异常（默认 100）。</translation>
    </message>
    <message>
        <source>stdout, file or both (default: file with -p, else stdout).</source>
        <translation>stdout、file 或 both（默认：有 -p 时为 file，否则为 stdout）。</translation>
    </message>
    <message>
        <source>json (default), text (seed 002), nginx (combined access log) or syslog (RFC 5424).</source>
        <translation>json（默认）、text（seed 002）、nginx（组合访问日志）或 syslog（RFC 5424）。</translation>
    </message>
    <message>
        <source>Output file (episodes go to FILE.episodes.json).</source>
        <translation>输出文件（片段写入 FILE.episodes.json）。</translation>
    </message>
    <message>
        <source>Chance of a random anomaly episode per batch, 0 to 1.</source>
        <translation>每批出现随机异常片段的概率，0 到 1。</translation>
    </message>
    <message>
        <source>Leave the _labels ground truth out of the lines.</source>
        <translation>不在行中写入 _labels 真实标注。</translation>
    </message>
    <message>
        <source>Stream on the wall clock, writing every S seconds (stop with Ctrl+C).</source>
        <translation>按实际时钟流式输出，每 S 秒写入一次（Ctrl+C 停止）。</translation>
    </message>
    <message>
        <source>Random seed: the same seed and scenario give the same output byte for byte (default 42).</source>
        <translation>随机种子：相同的种子和场景逐字节产生相同输出（默认 42）。</translation>
    </message>
    <message>
        <source>First simulated time (ISO 8601) or &apos;now&apos;.</source>
        <translation>第一个模拟时间（ISO 8601）或 &apos;now&apos;。</translation>
    </message>
    <message>
        <source>Simulated span (e.g. 7d, 12h, 90m); when streaming, how long to run.</source>
        <translation>模拟时长（例如 7d、12h、90m）；流式输出时为运行时长。</translation>
    </message>
    <message>
        <source>Lines per second: the density of simulated time, or the streaming pace.</source>
        <translation>每秒行数：模拟时间的密度，或流式输出的速度。</translation>
    </message>
    <message>
        <source>Rotate the output file at this size (e.g. 10M); parts are FILE.1, FILE.2, ...</source>
        <translation>输出文件达到此大小时轮转（例如 10M）；分卷为 FILE.1、FILE.2、...</translation>
    </message>
    <message>
        <source>Inject an episode: TYPE@OFFSET[:DURATION][,key=value] (e.g. error_spike@20s:60s); repeatable.</source>
        <translation>注入一个片段：TYPE@OFFSET[:DURATION][,key=value]（例如 error_spike@20s:60s）；可重复。</translation>
    </message>
    <message>
        <source>Where to write the episodes file (default FILE.episodes.json beside -p).</source>
        <translation>片段文件的写入位置（默认在 -p 旁的 FILE.episodes.json）。</translation>
    </message>
    <message>
        <source>Print the effective scenario JSON and exit.</source>
        <translation>打印实际生效的场景 JSON 并退出。</translation>
    </message>
    <message>
        <source>Writes synthetic logs with labelled anomaly episodes: profiles microservices (seed 003), web (seed 002), metrics (seed 001) and basic (seed 000).</source>
        <translation>写出带有标注异常片段的合成日志：配置档 microservices（seed 003）、web（seed 002）、metrics（seed 001）和 basic（seed 000）。</translation>
    </message>
    <message>
        <source>--format expects json, text, nginx or syslog, got &apos;%1&apos;</source>
        <translation>--format 需要 json、text、nginx 或 syslog，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--anomaly-rate expects a number from 0 to 1, got &apos;%1&apos;</source>
        <translation>--anomaly-rate 需要 0 到 1 之间的数，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duration expects a duration such as 7d, 12h or 90s, got &apos;%1&apos;</source>
        <translation>--duration 需要 7d、12h 或 90s 这样的时长，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--start expects an ISO 8601 time or &apos;now&apos;, got &apos;%1&apos;</source>
        <translation>--start 需要 ISO 8601 时间或 &apos;now&apos;，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--output expects stdout, file or both, got &apos;%1&apos;</source>
        <translation>--output 需要 stdout、file 或 both，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--output %1 needs -p/--output-path FILE</source>
        <translation>--output %1 需要 -p/--output-path FILE</translation>
    </message>
    <message>
        <source>--rotate-size expects a size such as 1048576, 64K, 10M or 1G, got &apos;%1&apos;</source>
        <translation>--rotate-size 需要 1048576、64K、10M 或 1G 这样的大小，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--rotate-size needs an output file (-p FILE)</source>
        <translation>--rotate-size 需要输出文件（-p FILE）</translation>
    </message>
    <message>
        <source>logscope generate: warning: --inject %1 starts after the run ends (%2)
</source>
        <translation>logscope generate：警告：--inject %1 在运行结束后才开始（%2）
</translation>
    </message>
    <message>
        <source>--%1 expects a non-negative integer, got &apos;%2&apos;</source>
        <translation>--%1 需要非负整数，实际为 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 expects a positive integer, got &apos;%2&apos;</source>
        <translation>--%1 需要正整数，实际为 &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>打印版本并退出。</translation>
    </message>
    <message>
        <source>Log files to open (several open as one log).</source>
        <translation>要打开的日志文件（多个文件作为一个日志打开）。</translation>
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
        <translation>快速的原生日志分析仪表板。不带命令时打开仪表板窗口，并加载给定的 FILE。

命令（均支持 --help）：
  demo       内置演示数据集的仪表板（无显示器时：输出 PNG 和文本报告）
  generate   写出合成日志
  analyze    打印日志文件的报告
  report     无界面地将日志文件的仪表板渲染为 PNG
  templates  挖掘日志文件的消息模板（CSV、排行）
  formats    列出、保存和检测输入格式</translation>
    </message>
    <message>
        <source>logscope: no display available (DISPLAY and WAYLAND_DISPLAY are unset). Use &apos;logscope demo&apos;, &apos;logscope report FILE -o out.png&apos; or &apos;logscope analyze FILE&apos; without a display.
</source>
        <translation>logscope：没有可用的显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。无显示器时请使用 &apos;logscope demo&apos;、&apos;logscope report FILE -o out.png&apos; 或 &apos;logscope analyze FILE&apos;。
</translation>
    </message>
    <message>
        <source>Read the FILEs with this format: a built-in or saved format&apos;s name, or a format string such as &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos; (default: detected).</source>
        <translation>按此格式读取 FILE：内置或已保存格式的名称，或格式字符串，例如 &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Content&gt;&apos;（默认：自动检测）。</translation>
    </message>
    <message>
        <source>Start a live demo stream (Live menu).</source>
        <translation>启动实时演示数据流（“实时”菜单）。</translation>
    </message>
    <message>
        <source>With --live: the generator profile (default microservices).</source>
        <translation>配合 --live：生成器配置档（默认 microservices）。</translation>
    </message>
    <message>
        <source>With --live: lines per second, 1 to 50000 (default 1000).</source>
        <translation>配合 --live：每秒行数，1 到 50000（默认 1000）。</translation>
    </message>
    <message>
        <source>Follow a growing log file live.</source>
        <translation>实时跟踪不断增长的日志文件。</translation>
    </message>
    <message>
        <source>logscope: --rate expects 1 to 50000 lines per second, got &apos;%1&apos;
</source>
        <translation>logscope：--rate 需要每秒 1 到 50000 行，得到的是 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>logscope: --live: cannot start profile &apos;%1&apos;
</source>
        <translation>logscope：--live：无法启动配置 &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>HealthFactors</name>
    <message>
        <source>error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>slow responses</source>
        <translation>慢响应</translation>
    </message>
    <message>
        <source>low success rate</source>
        <translation>成功率低</translation>
    </message>
    <message>
        <source>anomaly rate</source>
        <translation>异常率</translation>
    </message>
    <message>
        <source>critical incidents</source>
        <translation>严重事件</translation>
    </message>
    <message>
        <source>high incidents</source>
        <translation>高级别事件</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message numerus="yes">
        <source>%n resource warnings from %1 in %2, %3x its usual rate</source>
        <translation>
            <numerusform>%1 在 %2 内发出 %n 条资源警告，是平时的 %3 倍</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered %2 of requests with 502/503/504</source>
        <translation>%1 对 %2 的请求返回了 502/503/504</translation>
    </message>
    <message numerus="yes">
        <source>Traffic of %1 collapsed: %n lines in %2 where about %3 were expected</source>
        <translation>
            <numerusform>%1 的流量骤降：%2 内仅 %n 行，预期约 %3 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brute force: %n failed logins in one minute from %1 (%2 in all)</source>
        <translation>
            <numerusform>暴力破解：%1 在一分钟内登录失败 %n 次（共 %2 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Brute force: %1 failed logins per minute on %2 (usual %3 of its lines)</source>
        <translation>暴力破解：%2 每分钟登录失败 %1 次（平时占其日志行的 %3）</translation>
    </message>
    <message numerus="yes">
        <source>Injection attempts: %n requests to %1 carried SQL, script or path-traversal payloads and some were answered with success</source>
        <translation>
            <numerusform>注入尝试：发往 %1 的 %n 个请求携带 SQL、脚本或路径遍历载荷，其中一些得到了成功响应</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Injection attempts: %n requests to %1 carried SQL, script or path-traversal payloads</source>
        <translation>
            <numerusform>注入尝试：发往 %1 的 %n 个请求携带 SQL、脚本或路径遍历载荷</numerusform>
        </translation>
    </message>
    <message>
        <source>Multiple services failing within %1: %2</source>
        <translation>多个服务在 %1 内相继故障：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of %1 with missing or impossible values in %2 (%3 of its lines)</source>
        <translation>
            <numerusform>%1 在 %2 内有 %n 行含缺失或不可能的值（占其日志行的 %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2&apos;s requests took more than %3 ms (%4x its P95 baseline of %5 ms); mean %6 ms</source>
        <translation>%2 有 %1 的请求耗时超过 %3 ms（其 P95 基线 %5 ms 的 %4 倍）；平均 %6 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n requests to %1 refused by rate limiting in %2 (%3 of its traffic, %4x its usual rate)</source>
        <translation>
            <numerusform>%2 内有 %n 个发往 %1 的请求被限流拒绝（占其流量的 %3，是平时的 %4 倍）</numerusform>
        </translation>
    </message>
    <message>
        <source>Error rate of %1 reached %2 in a %3-minute window (threshold %4, usual %5)</source>
        <translation>%1 的错误率在 %3 分钟窗口内达到 %2（阈值 %4，平时 %5）</translation>
    </message>
    <message>
        <source>Error rate of %1 reached %2 in a %3-second window (threshold %4, usual %5)</source>
        <translation>%1 的错误率在 %3 秒窗口内达到 %2（阈值 %4，平时 %5）</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s successful requests took more than %3 ms (%4 x its P95 of %5 ms) in a %6-second window</source>
        <translation>在 %6 秒窗口内，%2 的成功请求中有 %1 耗时超过 %3 ms（其 P95 %5 ms 的 %4 倍）</translation>
    </message>
    <message>
        <source>Median response time of %1 rose to %2 ms, %3 x its usual %4 ms, in a %5-second window</source>
        <translation>%1 的响应时间中位数在 %5 秒窗口内升至 %2 ms，是平时 %4 ms 的 %3 倍</translation>
    </message>
    <message>
        <source>%1 answered %2 of its requests with 502/503/504 in a %3-second window</source>
        <translation>%1 在 %3 秒窗口内对 %2 的请求返回了 502/503/504</translation>
    </message>
    <message>
        <source>%1 logged %2 lines in a %3-second window where about %4 are usual</source>
        <translation>%1 在 %3 秒窗口内记录了 %2 行，平时约为 %4 行</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s lines report exhausted resources (memory, disk, CPU, pools) in a %3-second window (usual %4)</source>
        <translation>在 %3 秒窗口内，%2 的日志中有 %1 报告资源耗尽（内存、磁盘、CPU、连接池）（平时 %4）</translation>
    </message>
    <message>
        <source>%1 requests with injection payloads (SQL, script, traversal) reached %2 in a %3-second window</source>
        <translation>%3 秒窗口内有 %1 个携带注入载荷（SQL、脚本、路径遍历）的请求到达 %2</translation>
    </message>
    <message>
        <source>Brute force: %1 failed logins from %2 on %3 within %4 seconds</source>
        <translation>暴力破解：%2 在 %4 秒内对 %3 登录失败 %1 次</translation>
    </message>
</context>
<context>
    <name>InputOptions</name>
    <message>
        <source>Read the input as FORMAT instead of detecting it: a format name (see &apos;logscope formats&apos;), a saved format&apos;s name, or a format string such as &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;.</source>
        <translation>按 FORMAT 读取输入而不自动检测：格式名称（见 &apos;logscope formats&apos;）、已保存格式的名称，或格式字符串，例如 &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;。</translation>
    </message>
    <message>
        <source>Print how long each phase took (read, parse, analysis, ...) to standard error.</source>
        <translation>将各阶段（读取、解析、分析……）的耗时输出到标准错误。</translation>
    </message>
</context>
<context>
    <name>LineDetail</name>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>anomaly score</source>
        <translation>异常分数</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>anomaly %1</source>
        <translation>异常 %1</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1（文件 %2）</translation>
    </message>
</context>
<context>
    <name>LoadProblems</name>
    <message>
        <source>JSON value is not an object</source>
        <translation>JSON 值不是对象</translation>
    </message>
    <message>
        <source>array element is neither a string nor an object</source>
        <translation>数组元素既不是字符串也不是对象</translation>
    </message>
    <message>
        <source>not an access log line (`client - user [time] &quot;request&quot; status bytes`)</source>
        <translation>不是访问日志行（`client - user [time] &quot;request&quot; status bytes`）</translation>
    </message>
    <message>
        <source>too many inputs: at most %1 files can be loaded at once</source>
        <translation>输入过多：一次最多只能加载 %1 个文件</translation>
    </message>
    <message>
        <source>none of the inputs is a text log: %1</source>
        <translation>没有任何输入是文本日志：%1</translation>
    </message>
    <message>
        <source>%1: does not look like a text log (binary data); use --format to read it anyway</source>
        <translation>%1：看起来不是文本日志（二进制数据）；如仍要读取请使用 --format</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1（已跳过）</translation>
    </message>
    <message>
        <source>%1: the file shrank while it was read; the part cut off is missing</source>
        <translation>%1：文件在读取时变小了；被截掉的部分缺失</translation>
    </message>
    <message>
        <source>no input given</source>
        <translation>未指定输入</translation>
    </message>
    <message>
        <source>not tried: the format gave up on %1 of %2 lines (its pattern backtracks too much; simplify it)</source>
        <translation>未尝试：该格式在 %2 行中有 %1 行放弃匹配（其模式回溯过多，请简化）</translation>
    </message>
    <message>
        <source>the format &apos;%1&apos; gave up on this line (its pattern backtracks too much)</source>
        <translation>格式 &apos;%1&apos; 在此行放弃匹配（其模式回溯过多）</translation>
    </message>
    <message>
        <source>does not match the format &apos;%1&apos;</source>
        <translation>与格式 &apos;%1&apos; 不匹配</translation>
    </message>
    <message>
        <source>not an RFC 5424 syslog line (`&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID SD message`)</source>
        <translation>不是 RFC 5424 syslog 行（`&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID SD message`）</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>不是 JSON 数组</translation>
    </message>
    <message>
        <source>not `[time] [LEVEL] [source/service] message`</source>
        <translation>不是 `[time] [LEVEL] [source/service] message`</translation>
    </message>
    <message>
        <source>not a syslog line (`Mmm dd HH:MM:SS host tag: message`)</source>
        <translation>不是 syslog 行（`Mmm dd HH:MM:SS host tag: message`）</translation>
    </message>
    <message>
        <source>not logfmt (`key=value key=&quot;quoted value&quot;`)</source>
        <translation>不是 logfmt（`key=value key=&quot;quoted value&quot;`）</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>no level (INFO, WARN, ERROR, ...) after the timestamp</source>
        <translation>时间戳后没有级别（INFO、WARN、ERROR……）</translation>
    </message>
    <message>
        <source>no timestamp at the start of the line</source>
        <translation>行首没有时间戳</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <source>(no template)</source>
        <translation>（无模板）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>该服务</translation>
    </message>
    <message>
        <source>Investigate %1: %2 drove its error rate to %3; check its dependencies and the latest deployment, and roll back if a release coincides.</source>
        <translation>排查 %1：%2 使其错误率升至 %3；检查其依赖项和最近一次部署，如与某次发布时间吻合则回滚。</translation>
    </message>
    <message>
        <source>Profile %1: requests took over %2 ms (mean %3 ms); look for slow queries, lock contention or saturated instances, and scale out if the slowdown follows load.</source>
        <translation>对 %1 做性能分析：请求耗时超过 %2 ms（平均 %3 ms）；查找慢查询、锁争用或饱和的实例，如果变慢随负载而来则横向扩容。</translation>
    </message>
    <message>
        <source>IMMEDIATE: stabilise %1 first (it failed first, with %2), then %3 followed; restart or fail it over, shed load, and put timeouts and circuit breakers between it and its callers.</source>
        <translation>立即处理：先稳定 %1（它最先故障，原因是 %2），随后 %3 相继故障；重启或切换它，削减负载，并在它与调用方之间加入超时和熔断器。</translation>
    </message>
    <message>
        <source>IMMEDIATE: stabilise %1 first (it failed first, with %2); restart or fail it over, shed load, and put timeouts and circuit breakers between it and its callers.</source>
        <translation>立即处理：先稳定 %1（它最先故障，原因是 %2）；重启或切换它，削减负载，并在它与调用方之间加入超时和熔断器。</translation>
    </message>
    <message>
        <source>Free or add capacity on %1: %2 kept repeating; check memory, disk and connection-pool usage, look for a leak or a runaway consumer before raising limits.</source>
        <translation>释放或增加 %1 的容量：%2 反复出现；检查内存、磁盘和连接池的使用情况，在提高上限之前先排查泄漏或失控的消费者。</translation>
    </message>
    <message>
        <source>Block the source of the injection attempts on %1 (e.g. %2); verify parameterised queries and output encoding on that endpoint and tighten the WAF rules.</source>
        <translation>封锁 %1 上注入尝试的来源（例如 %2）；检查该端点的参数化查询和输出编码，并收紧 WAF 规则。</translation>
    </message>
    <message>
        <source>Rate-limit or block the client behind the failed logins on %1; enable account lockout or CAPTCHA, and check whether any login from it succeeded.</source>
        <translation>对 %1 上登录失败背后的客户端限流或封锁；启用账户锁定或验证码，并检查它是否有登录成功。</translation>
    </message>
    <message>
        <source>Check that %1&apos;s instances are up and reachable (health checks, load balancer, crash loops); restart failed instances and verify its upstream dependencies.</source>
        <translation>检查 %1 的实例是否在运行且可访问（健康检查、负载均衡、崩溃循环）；重启故障实例并检查其上游依赖。</translation>
    </message>
    <message>
        <source>Find the clients %1 throttled (see the evidence lines): block or slow abusive ones, raise the quota of legitimate ones, and make callers back off with jitter instead of retrying at once.</source>
        <translation>找出被 %1 限流的客户端（见证据行）：封锁或减速滥用者，提高合法客户端的配额，并让调用方带随机抖动退避，而不是立即重试。</translation>
    </message>
    <message>
        <source>Check what writes %1&apos;s records: fields it always fills came missing or impossible (e.g. %2); validate records at the producer and fix its serialisation before trusting these figures.</source>
        <translation>检查是什么在写入 %1 的记录：它一向填写的字段出现缺失或不可能的值（例如 %2）；在生产端校验记录并修复其序列化，然后再相信这些数字。</translation>
    </message>
    <message>
        <source>It is part of a cascading failure that started in %1: stabilise %1 first.</source>
        <translation>它是始于 %1 的级联故障的一部分：先稳定 %1。</translation>
    </message>
    <message numerus="yes">
        <source>CRITICAL INCIDENTS: %n need immediate action; start with the earliest root cause listed above.</source>
        <translation>
            <numerusform>严重事件：%n 个需要立即处理；从上面列出的最早的根本原因开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>PERFORMANCE DEGRADATION: P95 response time at %1 ms; optimise slow queries or scale infrastructure.</source>
        <translation>性能下降：P95 响应时间为 %1 ms；优化慢查询或扩展基础设施。</translation>
    </message>
    <message>
        <source>HIGH ERROR RATE: %1 of lines are errors; fix the top error patterns first.</source>
        <translation>错误率高：%1 的日志行是错误；先修复最常见的错误模式。</translation>
    </message>
    <message numerus="yes">
        <source>HIGH ANOMALY RATE: %n anomalies detected; review anomalous patterns for security threats.</source>
        <translation>
            <numerusform>异常率高：检测到 %n 个异常；检查异常模式中是否有安全威胁。</numerusform>
        </translation>
    </message>
    <message>
        <source>UNHEALTHY SERVICE: %1 succeeds on %2 of requests; review its errors.</source>
        <translation>服务不健康：%1 的请求成功率为 %2；检查其错误。</translation>
    </message>
    <message>
        <source>DEGRADING TREND: the daily error rate is rising; compare recent deployments and load.</source>
        <translation>趋势恶化：每日错误率在上升；对比最近的部署和负载。</translation>
    </message>
    <message>
        <source>System operating within normal parameters.</source>
        <translation>系统运行在正常范围内。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>PNG file to write (required).</source>
        <translation>要写入的 PNG 文件（必需）。</translation>
    </message>
    <message>
        <source>Image width in pixels (default %1).</source>
        <translation>图像宽度，单位像素（默认 %1）。</translation>
    </message>
    <message>
        <source>Image height in pixels (default %1).</source>
        <translation>图像高度，单位像素（默认 %1）。</translation>
    </message>
    <message>
        <source>Colour theme: light or dark (default light).</source>
        <translation>配色主题：light（浅色）或 dark（深色）（默认 light）。</translation>
    </message>
    <message>
        <source>Draw everything this many times larger in the same pixel size, e.g. 2 for high-density screens (default 1).</source>
        <translation>在相同像素尺寸内将所有内容放大此倍数绘制，例如高密度屏幕用 2（默认 1）。</translation>
    </message>
    <message>
        <source>Log files, folders, .gz/.zst archives, or - for standard input; several are merged by time.</source>
        <translation>日志文件、文件夹、.gz/.zst 压缩包，或用 - 表示标准输入；多个输入按时间合并。</translation>
    </message>
    <message>
        <source>Renders the nine-panel dashboard of a log file to a PNG image; needs no display.</source>
        <translation>将日志文件的九面板仪表板渲染为 PNG 图像；无需显示器。</translation>
    </message>
    <message>
        <source>logscope report: expected FILE... and -o PNG
</source>
        <translation>logscope report：需要 FILE... 和 -o PNG
</translation>
    </message>
    <message>
        <source>logscope report: --width and --height must be whole numbers between 320×240 and 16384×16384
</source>
        <translation>logscope report：--width 和 --height 必须是 320×240 到 16384×16384 之间的整数
</translation>
    </message>
    <message>
        <source>logscope report: --scale must be a number from 0.5 to 4
</source>
        <translation>logscope report：--scale 必须是 0.5 到 4 之间的数
</translation>
    </message>
    <message>
        <source>logscope report: --theme must be light or dark, got &apos;%1&apos;
</source>
        <translation>logscope report：--theme 必须是 light 或 dark，实际为 &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <source> (for a text log, give its line format with --format)</source>
        <translation>（对于文本日志，请用 --format 指定其行格式）</translation>
    </message>
    <message numerus="yes">
        <source>logscope templates: %1 of %2 lines could not be read and are not mined
</source>
        <translation>
            <numerusform>logscope templates：%2 行中有 %1 行无法读取，未参与挖掘
</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation>  第 %1 行：%2
</translation>
    </message>
    <message>
        <source>Line format in logparser syntax, e.g. &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;; the &lt;Content&gt; field is mined. Without it the file is read as JSON lines and their message is mined.</source>
        <translation>logparser 语法的行格式，例如 &apos;&lt;Date&gt; &lt;Time&gt; &lt;Level&gt; &lt;Component&gt;: &lt;Content&gt;&apos;；挖掘 &lt;Content&gt; 字段。不指定时按 JSON 行读取文件并挖掘其消息。</translation>
    </message>
    <message>
        <source>Write line,template_id,template per mined line (CSV, lines numbered from 1).</source>
        <translation>为每一挖掘行写出 line,template_id,template（CSV，行号从 1 开始）。</translation>
    </message>
    <message>
        <source>Write template_id,template,count per template (CSV).</source>
        <translation>为每个模板写出 template_id,template,count（CSV）。</translation>
    </message>
    <message>
        <source>Templates to list on stdout (default 20, 0 = all).</source>
        <translation>在 stdout 上列出的模板数（默认 20，0 = 全部）。</translation>
    </message>
    <message>
        <source>Show variables by kind (&lt;NUM&gt;, &lt;IP&gt;, &lt;PATH&gt;, ...) instead of &lt;*&gt;.</source>
        <translation>按类型显示变量（&lt;NUM&gt;、&lt;IP&gt;、&lt;PATH&gt;……）而不是 &lt;*&gt;。</translation>
    </message>
    <message>
        <source>Continue from a miner state saved by --save-state.</source>
        <translation>从 --save-state 保存的挖掘器状态继续。</translation>
    </message>
    <message>
        <source>Save the miner&apos;s state (JSON) after mining, to continue later.</source>
        <translation>挖掘后保存挖掘器状态（JSON），以便稍后继续。</translation>
    </message>
    <message>
        <source>The log file.</source>
        <translation>日志文件。</translation>
    </message>
    <message>
        <source>Mines the message templates of a log file (variables such as numbers, ids, IPs and paths become &lt;*&gt;),
lists the most frequent ones and writes them as CSV.</source>
        <translation>挖掘日志文件的消息模板（数字、ID、IP 和路径等变量变为 &lt;*&gt;），
列出最常见的模板并以 CSV 写出。</translation>
    </message>
    <message>
        <source>logscope templates: expected one FILE, got %1
</source>
        <translation>logscope templates：需要一个 FILE，实际为 %1 个
</translation>
    </message>
    <message>
        <source>logscope templates: --top expects a non-negative integer, got &apos;%1&apos;
</source>
        <translation>logscope templates：--top 需要非负整数，实际为 &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>(no time)</source>
        <translation>（无时间）</translation>
    </message>
    <message>
        <source>SYSTEM HEALTH OVERVIEW</source>
        <translation>系统健康概览</translation>
    </message>
    <message>
        <source>Health Score:</source>
        <translation>健康评分：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Total Logs Analyzed:</source>
        <translation>分析的日志总数：</translation>
    </message>
    <message>
        <source>Time Range:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Time Period:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>no timestamps</source>
        <translation>无时间戳</translation>
    </message>
    <message>
        <source>Trend:</source>
        <translation>趋势：</translation>
    </message>
    <message>
        <source>PERFORMANCE METRICS</source>
        <translation>性能指标</translation>
    </message>
    <message>
        <source>Average Response Time:</source>
        <translation>平均响应时间：</translation>
    </message>
    <message>
        <source>P50 Response Time:</source>
        <translation>P50 响应时间：</translation>
    </message>
    <message>
        <source>P95 Response Time:</source>
        <translation>P95 响应时间：</translation>
    </message>
    <message>
        <source>P99 Response Time:</source>
        <translation>P99 响应时间：</translation>
    </message>
    <message>
        <source>Response Times:</source>
        <translation>响应时间：</translation>
    </message>
    <message>
        <source>none in this log</source>
        <translation>此日志中没有</translation>
    </message>
    <message>
        <source>Success Rate:</source>
        <translation>成功率：</translation>
    </message>
    <message>
        <source>Error Rate:</source>
        <translation>错误率：</translation>
    </message>
    <message>
        <source>ANOMALY DETECTION</source>
        <translation>异常检测</translation>
    </message>
    <message>
        <source>Anomalies Detected:</source>
        <translation>检测到的异常：</translation>
    </message>
    <message>
        <source>Anomaly Rate:</source>
        <translation>异常率：</translation>
    </message>
    <message>
        <source>Metric Outliers:</source>
        <translation>指标离群值：</translation>
    </message>
    <message>
        <source>Isolation Forest Outliers:</source>
        <translation>孤立森林离群值：</translation>
    </message>
    <message>
        <source>%1 (score &gt;= %2)</source>
        <translation>%1（得分 &gt;= %2）</translation>
    </message>
    <message numerus="yes">
        <source>Top %n Anomalies:</source>
        <translation>
            <numerusform>前 %n 个异常：</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Response Time:</source>
        <translation>响应时间：</translation>
    </message>
    <message>
        <source>Anomaly Score:</source>
        <translation>异常得分：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Unusual Periods (robust z against the hour-of-day baseline):</source>
        <translation>异常时段（相对按小时基线的稳健 z 值）：</translation>
    </message>
    <message>
        <source>%1 vs %2 expected (z %3)</source>
        <translation>%1，预期 %2（z %3）</translation>
    </message>
    <message>
        <source>ERROR PATTERNS</source>
        <translation>错误模式</translation>
    </message>
    <message>
        <source>Unique Error Types:</source>
        <translation>不同错误类型：</translation>
    </message>
    <message>
        <source>Correlated Error Pairs:</source>
        <translation>相关错误对：</translation>
    </message>
    <message>
        <source>Pattern Clusters:</source>
        <translation>模式簇：</translation>
    </message>
    <message numerus="yes">
        <source>Top %n Most Frequent Errors:</source>
        <translation>
            <numerusform>最常见的 %n 个错误：</numerusform>
        </translation>
    </message>
    <message>
        <source>Strongest Correlations:</source>
        <translation>最强相关：</translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Total Incidents:</source>
        <translation>事件总数：</translation>
    </message>
    <message>
        <source>Most severe first:</source>
        <translation>按严重程度排列：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Root Cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>建议：</translation>
    </message>
    <message>
        <source>SERVICE HEALTH BREAKDOWN</source>
        <translation>各服务健康状况</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Avg RT:</source>
        <translation>平均响应：</translation>
    </message>
    <message>
        <source>Success:</source>
        <translation>成功：</translation>
    </message>
    <message>
        <source>LINES PER LEVEL</source>
        <translation>各级别行数</translation>
    </message>
    <message>
        <source>LINES PER SERVICE</source>
        <translation>各服务行数</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>DETECTION QUALITY (against the log&apos;s ground truth)</source>
        <translation>检测质量（对照日志自带的真实标注）</translation>
    </message>
    <message>
        <source>Labelled anomalies:</source>
        <translation>已标注的异常：</translation>
    </message>
    <message>
        <source>none (%1 lines flagged)</source>
        <translation>无（标记了 %1 行）</translation>
    </message>
    <message>
        <source>Line precision / recall / F1:</source>
        <translation>逐行精确率 / 召回率 / F1：</translation>
    </message>
    <message>
        <source>Episodes caught (%1):</source>
        <translation>捕获的事件段（%1）：</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>episodes file</source>
        <translation>事件段文件</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 个中的 %1 个（%3）</translation>
    </message>
    <message>
        <source>Incidents on a true episode:</source>
        <translation>落在真实事件段上的事件：</translation>
    </message>
    <message>
        <source>LOGSCOPE REPORT: %1</source>
        <translation>LOGSCOPE 报告：%1</translation>
    </message>
    <message>
        <source>RECOMMENDATIONS</source>
        <translation>建议</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 lines at ERROR or worse)</source>
        <translation>
            <numerusform>%1（%2 行为 ERROR 或更严重）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 occurrences</source>
        <translation>
            <numerusform>%1 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>second</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date of a midnight tick</comment>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ActivityHeatmapPanel</name>
    <message>
        <source>Activity by day and hour</source>
        <translation>按星期和小时的活动</translation>
    </message>
    <message>
        <source>hour of day (UTC)</source>
        <translation>小时 (UTC)</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>行</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>没有可显示的行</translation>
    </message>
    <message>
        <source>Open a log file to see its activity.</source>
        <translation>打开日志文件以查看其活动。</translation>
    </message>
    <message>
        <source>No timestamps in this log</source>
        <translation>此日志没有时间戳</translation>
    </message>
    <message>
        <source>The heat map needs lines with a readable time field.</source>
        <translation>热力图需要带有可读时间字段的行。</translation>
    </message>
    <message>
        <source>No day × hour counts in this result</source>
        <translation>此结果中没有星期 × 小时计数</translation>
    </message>
    <message>
        <source>The activity heat map comes from the time statistics.</source>
        <translation>活动热力图来自时间统计。</translation>
    </message>
    <message numerus="yes">
        <source>busiest: %1 %2:00 (%3 lines)</source>
        <translation>
            <numerusform>最繁忙：%1 %2:00（%3 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 lines (%5 of all)&lt;br&gt;click to list them</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %2:00–%3:00 UTC&lt;/b&gt;&lt;br&gt;%4 行（占全部的 %5）&lt;br&gt;点击列出</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines of %1s %2:00–%3:00 UTC</source>
        <translation>%1 %2:00–%3:00 UTC 的行</translation>
    </message>
</context>
<context>
    <name>logscope::ui::AnomalyList</name>
    <message>
        <source>Anomaly scored %1</source>
        <translation>分数为 %1 的异常</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>&lt;b&gt;score %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;分数 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;why: %1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;原因：%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to show the line</source>
        <translation>&lt;br&gt;点击显示该行</translation>
    </message>
</context>
<context>
    <name>logscope::ui::AnomalyTimelinePanel</name>
    <message>
        <source>Anomaly timeline</source>
        <translation>异常时间线</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 UTC&lt;/b&gt;&lt;br&gt;score %2 · %3</source>
        <translation>&lt;b&gt;%1 UTC&lt;/b&gt;&lt;br&gt;分数 %2 · %3</translation>
    </message>
    <message>
        <source>no cluster</source>
        <translation>无聚类</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>聚类 %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;anomaly&lt;/b&gt; · click to show the line</source>
        <translation>&lt;br&gt;&lt;b&gt;异常&lt;/b&gt; · 点击显示该行</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to show the line</source>
        <translation>&lt;br&gt;点击显示该行</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>没有可显示的行</translation>
    </message>
    <message>
        <source>Open a log file to see its anomalies.</source>
        <translation>打开日志文件以查看其异常。</translation>
    </message>
    <message>
        <source>No timestamps in this log</source>
        <translation>此日志没有时间戳</translation>
    </message>
    <message>
        <source>The anomaly timeline needs lines with a readable time field.</source>
        <translation>异常时间线需要带有可读时间字段的行。</translation>
    </message>
    <message>
        <source>No anomaly scores in this result</source>
        <translation>此结果中没有异常分数</translation>
    </message>
    <message>
        <source>Scores come from the Isolation Forest over per-line features.</source>
        <translation>分数来自基于逐行特征的孤立森林。</translation>
    </message>
    <message numerus="yes">
        <source>%1 anomalies (%2) · drag to zoom</source>
        <translation>
            <numerusform>%1 个异常（%2）· 拖动以缩放</numerusform>
        </translation>
    </message>
    <message>
        <source>Every detected anomaly</source>
        <translation>所有检测到的异常</translation>
    </message>
    <message>
        <source>The line scored %1 at %2</source>
        <translation>%2 时分数为 %1 的行</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ChartPanel</name>
    <message>
        <source>time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
</context>
<context>
    <name>logscope::ui::DashboardPanel</name>
    <message>
        <source>Show these lines</source>
        <translation>显示这些行</translation>
    </message>
    <message>
        <source>Copy panel image</source>
        <translation>复制面板图像</translation>
    </message>
</context>
<context>
    <name>logscope::ui::DashboardView</name>
    <message>
        <source>No log loaded</source>
        <translation>未加载日志</translation>
    </message>
    <message>
        <source>LogScope — %1</source>
        <translation>LogScope — %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; filtered: %2</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; 已筛选：%2</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ErrorsByServicePanel</name>
    <message>
        <source>Errors by service</source>
        <translation>各服务错误数</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>没有可显示的行</translation>
    </message>
    <message>
        <source>Open a log file to see errors by service.</source>
        <translation>打开日志文件以查看各服务的错误。</translation>
    </message>
    <message>
        <source>No errors in this log</source>
        <translation>此日志中没有错误</translation>
    </message>
    <message>
        <source>No line is at ERROR or CRITICAL level.</source>
        <translation>没有 ERROR 或 CRITICAL 级别的行。</translation>
    </message>
    <message numerus="yes">
        <source>%1 error lines · top %2 of %3 services</source>
        <translation>
            <numerusform>%1 条错误行 · %3 个服务中的前 %2 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error lines</source>
        <translation>
            <numerusform>%1 条错误行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 error lines of %3 (%4)&lt;br&gt;%5 warnings&lt;br&gt;click to list the error lines</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%3 行中有 %2 条错误行（%4）&lt;br&gt;%5 条警告&lt;br&gt;点击列出错误行</numerusform>
        </translation>
    </message>
    <message>
        <source>ERROR and CRITICAL lines of %1</source>
        <translation>%1 的 ERROR 和 CRITICAL 行</translation>
    </message>
    <message>
        <source>ERROR and CRITICAL lines</source>
        <translation>ERROR 和 CRITICAL 行</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ExportPngDialog</name>
    <message>
        <source>Export dashboard as PNG</source>
        <translation>导出仪表板为 PNG</translation>
    </message>
    <message>
        <source>Seed 003 report (1993 × 1390)</source>
        <translation>Seed 003 报告（1993 × 1390）</translation>
    </message>
    <message>
        <source>Full HD (1920 × 1080)</source>
        <translation>全高清（1920 × 1080）</translation>
    </message>
    <message>
        <source>Laptop (1280 × 800)</source>
        <translation>笔记本（1280 × 800）</translation>
    </message>
    <message>
        <source>4K (3840 × 2160, 2× scale)</source>
        <translation>4K（3840 × 2160，2× 缩放）</translation>
    </message>
    <message>
        <source>This window (%1 × %2)</source>
        <translation>当前窗口（%1 × %2）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>2 × draws the same dashboard with everything twice as large (for high-density screens and print).</source>
        <translation>2 × 以两倍大小绘制同一仪表板的所有内容（用于高密度屏幕和打印）。</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; the dashboard is laid out at %3 × %4.</source>
        <translation>图像为 %1 × %2 像素；仪表板按 %3 × %4 布局。</translation>
    </message>
</context>
<context>
    <name>logscope::ui::FilterBar</name>
    <message>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <source>Show only some services (every panel narrows)</source>
        <translation>只显示部分服务（所有面板同步缩小范围）</translation>
    </message>
    <message>
        <source>Show only some levels (every panel narrows)</source>
        <translation>只显示部分级别（所有面板同步缩小范围）</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)…</source>
        <translation>搜索消息 (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Keep only lines whose message contains this text (or matches this regular expression); Enter applies</source>
        <translation>只保留消息包含此文本（或匹配此正则表达式）的行；按回车应用</translation>
    </message>
    <message>
        <source>Treat the search as a regular expression</source>
        <translation>将搜索视为正则表达式</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 services</source>
        <translation>
            <numerusform>%1 / %2 个服务</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 levels</source>
        <translation>%1 / %2 个级别</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>不是有效的正则表达式</translation>
    </message>
</context>
<context>
    <name>logscope::ui::FormatDialog</name>
    <message>
        <source>&amp;Save format</source>
        <translation>保存格式(&amp;S)</translation>
    </message>
    <message>
        <source>Open with format — %1</source>
        <translation>按格式打开 — %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>the file does not look like text</source>
        <translation>该文件看起来不是文本</translation>
    </message>
    <message>
        <source>the file has no lines</source>
        <translation>该文件没有任何行</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, confidence %2 (from the first %3 lines)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;，置信度 %2（基于前 %3 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Detection&apos;s guess:</source>
        <translation>检测结果：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Fields in angle brackets: &lt;code&gt;&amp;lt;Date&amp;gt; &amp;lt;Time&amp;gt; &amp;lt;Timestamp&amp;gt; &amp;lt;Level&amp;gt; &amp;lt;Component&amp;gt; &amp;lt;Host&amp;gt; &amp;lt;Status&amp;gt; &amp;lt;Latency&amp;gt; &amp;lt;Content&amp;gt;&lt;/code&gt; (the message) and any name of your own. The text between fields is a regular expression: &lt;code&gt;\[&lt;/code&gt; is a bracket, &lt;code&gt;(...)?&lt;/code&gt; an optional part.</source>
        <translation>尖括号中的字段：&lt;code&gt;&amp;lt;Date&amp;gt; &amp;lt;Time&amp;gt; &amp;lt;Timestamp&amp;gt; &amp;lt;Level&amp;gt; &amp;lt;Component&amp;gt; &amp;lt;Host&amp;gt; &amp;lt;Status&amp;gt; &amp;lt;Latency&amp;gt; &amp;lt;Content&amp;gt;&lt;/code&gt;（消息）以及任何自定义名称。字段之间的文本是正则表达式：&lt;code&gt;\[&lt;/code&gt; 表示方括号，&lt;code&gt;(...)?&lt;/code&gt; 表示可选部分。</translation>
    </message>
    <message>
        <source>Format s&amp;tring:</source>
        <translation>格式字符串(&amp;T)：</translation>
    </message>
    <message>
        <source>Save the format string as:</source>
        <translation>将格式字符串保存为：</translation>
    </message>
    <message>
        <source>name, e.g. myapp</source>
        <translation>名称，例如 myapp</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Detect automatically (%1)</source>
        <translation>自动检测 (%1)</translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation>已保存：%1 — %2</translation>
    </message>
    <message>
        <source>Custom format string</source>
        <translation>自定义格式字符串</translation>
    </message>
    <message>
        <source>Write a format string, e.g. %1</source>
        <translation>请输入格式字符串，例如 %1</translation>
    </message>
    <message>
        <source>The file has no lines to preview.</source>
        <translation>该文件没有可预览的行。</translation>
    </message>
    <message numerus="yes">
        <source>Read as &lt;b&gt;%1&lt;/b&gt; · fit %2 · first %3 lines: %4 parsed</source>
        <translation>
            <numerusform>按 &lt;b&gt;%1&lt;/b&gt; 读取 · 匹配度 %2 · 前 %3 行：解析 %4 行</numerusform>
        </translation>
    </message>
    <message>
        <source>, &lt;span style=&apos;color:#d03b3b&apos;&gt;&lt;b&gt;%1 cannot be read&lt;/b&gt;&lt;/span&gt;</source>
        <translation>，&lt;span style=&apos;color:#d03b3b&apos;&gt;&lt;b&gt;%1 行无法读取&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>, %1 without a row of their own</source>
        <translation>，%1 行无单独记录</translation>
    </message>
    <message>
        <source>Only a format string can be saved: write one first.</source>
        <translation>只能保存格式字符串：请先输入一个。</translation>
    </message>
    <message>
        <source>Saved as “%1” (also usable as --format %1).</source>
        <translation>已保存为“%1”（也可用作 --format %1）。</translation>
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
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;无法读取：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;No row of its own (joined to the record above, or skipped).</source>
        <translation>&lt;br&gt;无单独记录（并入上一条记录或被跳过）。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>logscope::ui::FrequentErrorsPanel</name>
    <message>
        <source>Most frequent errors</source>
        <translation>最常见错误</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>没有可显示的行</translation>
    </message>
    <message>
        <source>Open a log file to see its error patterns.</source>
        <translation>打开日志文件以查看其错误模式。</translation>
    </message>
    <message>
        <source>No warnings or errors in this log</source>
        <translation>此日志中没有警告或错误</translation>
    </message>
    <message>
        <source>No error patterns in this result</source>
        <translation>此结果中没有错误模式</translation>
    </message>
    <message>
        <source>Error patterns come from the template analysis of WARNING-and-worse lines.</source>
        <translation>错误模式来自对 WARNING 及更严重级别行的模板分析。</translation>
    </message>
    <message numerus="yes">
        <source>%1 error types</source>
        <translation>
            <numerusform>%1 种错误</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>另外 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 occurrences · worst level %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;出现 %2 次 · 最严重级别 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;services: %1</source>
        <translation>&lt;br&gt;服务：%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to list these lines</source>
        <translation>&lt;br&gt;点击列出这些行</translation>
    </message>
    <message>
        <source>Lines of “%1”</source>
        <translation>“%1”的行</translation>
    </message>
</context>
<context>
    <name>logscope::ui::HealthGauge</name>
    <message>
        <source>of 100</source>
        <translation>/ 100</translation>
    </message>
</context>
<context>
    <name>logscope::ui::HealthPanel</name>
    <message>
        <source>System health</source>
        <translation>系统健康</translation>
    </message>
    <message>
        <source>No lines to score</source>
        <translation>没有可评分的行</translation>
    </message>
    <message>
        <source>Open a log file to see its health.</source>
        <translation>打开日志文件以查看其健康状况。</translation>
    </message>
    <message>
        <source>No health score in this result</source>
        <translation>此结果中没有健康分数</translation>
    </message>
    <message>
        <source>The score needs the full analysis: error rate, response times, anomalies and incidents.</source>
        <translation>分数需要完整分析：错误率、响应时间、异常和事件。</translation>
    </message>
    <message>
        <source>error rate %1 · success %2</source>
        <translation>错误率 %1 · 成功率 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health %1 / 100 — %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;健康 %1 / 100 — %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1: −%2 of at most %3</source>
        <translation>&lt;br&gt;%1：−%2（最多 %3）</translation>
    </message>
    <message>
        <source>&lt;br&gt;click to list the ERROR and CRITICAL lines</source>
        <translation>&lt;br&gt;点击列出 ERROR 和 CRITICAL 行</translation>
    </message>
    <message>
        <source>ERROR and CRITICAL lines (they cost health points)</source>
        <translation>ERROR 和 CRITICAL 行（会扣除健康分）</translation>
    </message>
</context>
<context>
    <name>logscope::ui::IncidentList</name>
    <message>
        <source>Evidence of %1 (%2) at %3</source>
        <translation>%3 时 %1（%2）的证据</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1</source>
        <translation>&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;services: %1</source>
        <translation>&lt;br&gt;服务：%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;root cause: %1 %2</source>
        <translation>&lt;br&gt;根因：%1 %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%1 evidence lines · click to list them</source>
        <translation>
            <numerusform>&lt;br&gt;%1 条证据行 · 点击列出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::IncidentsBySeverityPanel</name>
    <message>
        <source>Incidents by severity</source>
        <translation>按严重程度的事件</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>没有可显示的行</translation>
    </message>
    <message>
        <source>Open a log file to see its incidents.</source>
        <translation>打开日志文件以查看其事件。</translation>
    </message>
    <message>
        <source>No incidents detected</source>
        <translation>未检测到事件</translation>
    </message>
    <message>
        <source>No incident rule fired on these lines.</source>
        <translation>这些行未触发任何事件规则。</translation>
    </message>
    <message>
        <source>No incidents in this result</source>
        <translation>此结果中没有事件</translation>
    </message>
    <message>
        <source>Incident detection is part of the full analysis.</source>
        <translation>事件检测属于完整分析的一部分。</translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents</source>
        <translation>
            <numerusform>%1 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>事件</translation>
    </message>
    <message numerus="yes">
        <source>Evidence of the %1 %2 incidents</source>
        <translation>
            <numerusform>%1 个%2事件的证据</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence of every incident</source>
        <translation>所有事件的证据</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1: %2 incidents&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1：%2 个事件&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;click to list their evidence lines</source>
        <translation>&lt;br&gt;点击列出其证据行</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LatencyHistogramPanel</name>
    <message>
        <source>Response time distribution</source>
        <translation>响应时间分布</translation>
    </message>
    <message>
        <source>No latency data in this log</source>
        <translation>此日志没有响应时间数据</translation>
    </message>
    <message>
        <source>Lines need a response_time_ms, latency_ms or duration_ms field.</source>
        <translation>日志行需要 response_time_ms、latency_ms 或 duration_ms 字段。</translation>
    </message>
    <message>
        <source>No response-time statistics in this result</source>
        <translation>此结果中没有响应时间统计</translation>
    </message>
    <message>
        <source>The latency histogram and percentiles come from the full analysis.</source>
        <translation>延迟直方图和百分位数来自完整分析。</translation>
    </message>
    <message numerus="yes">
        <source>%1 timed lines · median %2 · mean %3</source>
        <translation>
            <numerusform>%1 行有耗时 · 中位数 %2 · 平均 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>lines</source>
        <translation>行</translation>
    </message>
    <message>
        <source>response time (ms, log scale)</source>
        <translation>响应时间（毫秒，对数刻度）</translation>
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
        <translation>有响应时间的行</translation>
    </message>
    <message>
        <source>Lines with a response time of %1 – %2</source>
        <translation>响应时间为 %1 – %2 的行</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 lines (%4 of timed lines)&lt;br&gt;click to list them</source>
        <translation>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;&lt;br&gt;%3 行（占有耗时行的 %4）&lt;br&gt;点击列出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LevelsOverTimePanel</name>
    <message>
        <source>Log levels over time</source>
        <translation>日志级别随时间变化</translation>
    </message>
    <message>
        <source>lines per %1</source>
        <translation>每%1行数</translation>
    </message>
    <message>
        <source>No lines to show</source>
        <translation>没有可显示的行</translation>
    </message>
    <message>
        <source>No timestamps in this log</source>
        <translation>此日志没有时间戳</translation>
    </message>
    <message>
        <source>Open a log file to see its levels over time.</source>
        <translation>打开日志文件以查看其级别随时间的变化。</translation>
    </message>
    <message>
        <source>Levels over time needs lines with a readable time field.</source>
        <translation>级别随时间变化需要带有可读时间字段的行。</translation>
    </message>
    <message>
        <source>lines per %1 · drag to zoom</source>
        <translation>每%1行数 · 拖动以缩放</translation>
    </message>
    <message>
        <source>Every line of the view</source>
        <translation>当前视图的所有行</translation>
    </message>
    <message>
        <source>%1 lines, %2</source>
        <translation>%1 行，%2</translation>
    </message>
    <message>
        <source>Lines of %1</source>
        <translation>%1 的行</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;total: %1 lines · click to list them</source>
        <translation>
            <numerusform>&lt;br&gt;合计：%1 行 · 点击列出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveController</name>
    <message>
        <source>Live demo (%1)</source>
        <translation>实时演示 (%1)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>正在跟踪 %1</translation>
    </message>
    <message>
        <source>Injection needs a live demo (Live ▸ Start demo)</source>
        <translation>注入需要实时演示（实时 ▸ 启动演示）</translation>
    </message>
    <message>
        <source>%1 (the newest %L2 lines)</source>
        <translation>%1（最新的 %L2 行）</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveScoreboard</name>
    <message>
        <source>Episode</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Injected</source>
        <translation>注入时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>No live run yet</source>
        <translation>尚无实时运行</translation>
    </message>
    <message>
        <source>caught %1 · missed %2 · false alarms %3 · pending %4</source>
        <translation>已捕获 %1 · 漏报 %2 · 误报 %3 · 待定 %4</translation>
    </message>
    <message>
        <source>
last detection %1 s after injection</source>
        <translation>
最近一次检测在注入后 %1 秒</translation>
    </message>
    <message>
        <source>caught</source>
        <translation>已捕获</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>漏报</translation>
    </message>
    <message>
        <source>watching…</source>
        <translation>观察中…</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LiveUi</name>
    <message>
        <source>Live scoreboard</source>
        <translation>实时记分板</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>实时(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Start demo</source>
        <translation>启动演示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>重置(&amp;T)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>注入(&amp;I)</translation>
    </message>
    <message>
        <source>Follow a &amp;growing file…</source>
        <translation>跟踪文件(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Lines per second (1 to 50,000)</source>
        <translation>每秒行数（1 到 50,000）</translation>
    </message>
    <message>
        <source>%1 lines/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>default intensity</source>
        <translation>默认强度</translation>
    </message>
    <message>
        <source>The type&apos;s main knob (error rate, latency multiplier, ...); 0 = its default</source>
        <translation>该类型的主要参数（错误率、延迟倍数等）；0 = 其默认值</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Duration of the injected episode</source>
        <translation>注入片段的持续时间</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>注入</translation>
    </message>
    <message>
        <source>Cannot start the live demo: %1</source>
        <translation>无法启动实时演示：%1</translation>
    </message>
    <message>
        <source>Cannot follow: %1</source>
        <translation>无法跟踪：%1</translation>
    </message>
    <message>
        <source>Follow a growing log file</source>
        <translation>跟踪不断增长的日志文件</translation>
    </message>
    <message>
        <source>Injected %1 for %2 s</source>
        <translation>已注入 %1，持续 %2 秒</translation>
    </message>
    <message>
        <source>Cannot inject %1: %2</source>
        <translation>无法注入 %1：%2</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>实时</translation>
    </message>
    <message>
        <source> · %1 lines/s</source>
        <translation> · %1 行/秒</translation>
    </message>
    <message numerus="yes">
        <source> · %1 lines · lag %2 s</source>
        <translation>
            <numerusform> · %1 行 · 延迟 %2 秒</numerusform>
        </translation>
    </message>
    <message>
        <source> · detected in %1 s</source>
        <translation> · %1 秒内检测到</translation>
    </message>
    <message>
        <source>Detected %1 %2 s after injection</source>
        <translation>注入后 %2 秒检测到 %1</translation>
    </message>
    <message>
        <source>live stopped</source>
        <translation>实时已停止</translation>
    </message>
    <message>
        <source> · row budget reached: %1 older lines of the window dropped</source>
        <translation> · 已达行数上限：丢弃了窗口中 %1 条较早的行</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LoadReportDialog</name>
    <message>
        <source>Load report</source>
        <translation>加载报告</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;format: %2 · %3 bytes&lt;br&gt;%4 lines read, %5 parsed, &lt;b&gt;%6 could not be read&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;格式：%2 · %3 字节&lt;br&gt;读取 %4 行，解析 %5 行，&lt;b&gt;%6 行无法读取&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;The first %1 are listed.</source>
        <translation>&lt;br&gt;列出了前 %1 行。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>无法读取的原因</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Every line was read.</source>
        <translation>所有行均已读取。</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LogTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Click to sort by %1</source>
        <translation>点击按%1排序</translation>
    </message>
</context>
<context>
    <name>logscope::ui::LogView</name>
    <message>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Previous list of lines (Alt+Backspace)</source>
        <translation>上一个行列表 (Alt+Backspace)</translation>
    </message>
    <message>
        <source>Alt+Backspace</source>
        <translation>Alt+Backspace</translation>
    </message>
    <message>
        <source>Filter these lines (text, or a regular expression)</source>
        <translation>筛选这些行（文本或正则表达式）</translation>
    </message>
    <message>
        <source>Treat the filter as a regular expression (case-insensitive)</source>
        <translation>将筛选视为正则表达式（不区分大小写）</translation>
    </message>
    <message>
        <source>Select a line to see all of it.</source>
        <translation>选择一行以查看其全部内容。</translation>
    </message>
    <message>
        <source>Copy lines</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Show surrounding lines</source>
        <translation>显示上下文行</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lines around line %1</source>
        <translation>第 %1 行附近的行</translation>
    </message>
    <message>
        <source>Lines around row %1</source>
        <translation>第 %1 条记录附近的行</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>不是有效的正则表达式</translation>
    </message>
    <message>
        <source>Click any bar, point, cell, incident or anomaly to see its lines.</source>
        <translation>点击任意柱、点、单元格、事件或异常以查看其行。</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>处理中…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 lines</source>
        <translation>
            <numerusform>%1 / %2 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy messages only</source>
        <translation>仅复制消息</translation>
    </message>
</context>
<context>
    <name>logscope::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>LogScope</source>
        <translation>LogScope</translation>
    </message>
    <message>
        <source>Cannot open log</source>
        <translation>无法打开日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export dashboard as PNG…</source>
        <translation>导出仪表板为 PNG(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LogScope</source>
        <translation>关于 LogScope(&amp;A)</translation>
    </message>
    <message>
        <source>About LogScope</source>
        <translation>关于 LogScope</translation>
    </message>
    <message>
        <source>&lt;b&gt;LogScope %1&lt;/b&gt;&lt;p&gt;Fast native log analytics dashboard.&lt;/p&gt;</source>
        <translation>&lt;b&gt;LogScope %1&lt;/b&gt;&lt;p&gt;快速的原生日志分析仪表板。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>导出仪表板</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Dashboard written to %1</source>
        <translation>仪表板已写入 %1</translation>
    </message>
    <message>
        <source>Incidents and anomalies</source>
        <translation>事件和异常</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Top anomalies</source>
        <translation>主要异常</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>日志行</translation>
    </message>
    <message>
        <source>Stop loading or recomputing (Esc)</source>
        <translation>停止加载或重新计算 (Esc)</translation>
    </message>
    <message>
        <source>Recomputing the dashboard for the new filter…</source>
        <translation>正在为新的筛选条件重新计算仪表板…</translation>
    </message>
    <message>
        <source>Loading cancelled; the dashboard shown is unchanged.</source>
        <translation>加载已取消；显示的仪表板保持不变。</translation>
    </message>
    <message>
        <source>%1 + %2 more</source>
        <translation>%1 及另外 %2 个</translation>
    </message>
    <message>
        <source>Demo (microservices, 7 days)</source>
        <translation>演示（微服务，7 天）</translation>
    </message>
    <message numerus="yes">
        <source>%1 lines could not be read — File ▸ Load report lists them</source>
        <translation>
            <numerusform>%1 行无法读取 — 文件 ▸ 加载报告 中列出了这些行</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a log file to see its lines.</source>
        <translation>打开日志文件以查看其中的行。</translation>
    </message>
    <message>
        <source>Open a log file (Ctrl+O), drop one here, or try the demo (Ctrl+D).</source>
        <translation>打开日志文件 (Ctrl+O)、将文件拖放到此处，或试用演示 (Ctrl+D)。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 lines</source>
        <translation>
            <numerusform>%1 / %2 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lines</source>
        <translation>
            <numerusform>%1 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 bad lines</source>
        <translation>
            <numerusform>%1 行错误</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; health &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; 健康 &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open one or more log files</source>
        <translation>打开一个或多个日志文件</translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation>打开演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Generate a 7-day microservices log and show it</source>
        <translation>生成 7 天的微服务日志并显示</translation>
    </message>
    <message>
        <source>Export &amp;incidents as CSV…</source>
        <translation>导出事件为 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Export &amp;anomalies as CSV…</source>
        <translation>导出异常为 CSV(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Export result as &amp;JSON…</source>
        <translation>导出结果为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Load report…</source>
        <translation>加载报告(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>The lines that could not be read, and why</source>
        <translation>无法读取的行及原因</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Copy &amp;dashboard image</source>
        <translation>复制仪表板图像(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Panel %1: %2</source>
        <translation>面板 %1：%2</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Copy this panel&apos;s image</source>
        <translation>复制此面板的图像</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Return to the previous view</source>
        <translation>返回上一个视图</translation>
    </message>
    <message>
        <source>&amp;Reset filter</source>
        <translation>重置筛选(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Show every line again</source>
        <translation>重新显示所有行</translation>
    </message>
    <message>
        <source>&amp;Search messages…</source>
        <translation>搜索消息(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Choose &amp;services…</source>
        <translation>选择服务(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Choose le&amp;vels…</source>
        <translation>选择级别(&amp;V)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Show &amp;log lines</source>
        <translation>显示日志行(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Show or hide the log lines (Ctrl+J)</source>
        <translation>显示或隐藏日志行 (Ctrl+J)</translation>
    </message>
    <message>
        <source>Show &amp;incidents and anomalies</source>
        <translation>显示事件和异常(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Toggle light/dark &amp;theme</source>
        <translation>切换浅色/深色主题(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop loading or recomputing</source>
        <translation>停止加载或重新计算</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;panel image</source>
        <translation>复制面板图像(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>日志行</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>打开日志文件</translation>
    </message>
    <message>
        <source>Log files (*.log *.jsonl *.json *.txt *.gz *.zst);;All files (*)</source>
        <translation>日志文件 (*.log *.jsonl *.json *.txt *.gz *.zst);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export incidents</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <source>Export anomalies</source>
        <translation>导出异常</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Export result as JSON</source>
        <translation>导出结果为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>已将“%1”复制到剪贴板</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copy the selected log lines&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the lines around the selected one&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Backspace&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous list of log lines&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Click any bar, point, cell, the gauge, an incident or an anomaly to see its lines; drag across a time axis to zoom every panel.&lt;/p&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;复制选中的日志行&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;显示选中行附近的行&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Backspace&lt;/b&gt;&lt;/td&gt;&lt;td&gt;上一个日志行列表&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;点击任意柱、点、单元格、仪表、事件或异常以查看其行；在时间轴上拖动可缩放所有面板。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The new language applies when LogScope starts again.</source>
        <translation>新语言将在下次启动 LogScope 时生效。</translation>
    </message>
    <message>
        <source>Open log files with a format</source>
        <translation>按格式打开日志文件</translation>
    </message>
    <message>
        <source>Open with &amp;format…</source>
        <translation>按格式打开(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Choose or write the format a log file is read with, with a preview</source>
        <translation>选择或编写读取日志文件所用的格式，带预览</translation>
    </message>
    <message>
        <source>Re-open &amp;with another format…</source>
        <translation>用其他格式重新打开(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Read the files shown again with another format</source>
        <translation>用其他格式重新读取所显示的文件</translation>
    </message>
    <message>
        <source>Collecting lines from the live window: %1…</source>
        <translation>正在从实时窗口收集行：%1…</translation>
    </message>
    <message>
        <source>Live mode lists lines by time, level, service or template; this mark names single lines.</source>
        <translation>实时模式按时间、级别、服务或模板列出行；此标记指向的是单独的行。</translation>
    </message>
</context>
<context>
    <name>logscope::ui::ServiceLatencyPanel</name>
    <message>
        <source>Average response time by service</source>
        <translation>各服务平均响应时间</translation>
    </message>
    <message>
        <source>No latency data in this log</source>
        <translation>此日志没有响应时间数据</translation>
    </message>
    <message>
        <source>Lines need a response_time_ms, latency_ms or duration_ms field.</source>
        <translation>日志行需要 response_time_ms、latency_ms 或 duration_ms 字段。</translation>
    </message>
    <message>
        <source>No response-time statistics in this result</source>
        <translation>此结果中没有响应时间统计</translation>
    </message>
    <message>
        <source>Per-service response times come from the full analysis.</source>
        <translation>各服务响应时间来自完整分析。</translation>
    </message>
    <message>
        <source>slowest %1 of %2 services</source>
        <translation>%2 个服务中最慢的 %1 个</translation>
    </message>
    <message>
        <source>mean over lines with a response time</source>
        <translation>有响应时间的行的平均值</translation>
    </message>
    <message>
        <source>all services %1</source>
        <translation>全部服务 %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;average %2 over %3 lines&lt;br&gt;success rate %4 · health %5&lt;br&gt;click to list these lines</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%3 行平均 %2&lt;br&gt;成功率 %4 · 健康 %5&lt;br&gt;点击列出这些行</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines of %1 with a response time</source>
        <translation>%1 中有响应时间的行</translation>
    </message>
</context>
<context>
    <name>logscope::ui::TimelinePlot</name>
    <message>
        <source>anomaly score</source>
        <translation>异常分数</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>no cluster</source>
        <translation>无聚类</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>聚类 %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另 %1 个</translation>
    </message>
</context>
</TS>
