// Anomaly episodes: each type visibly changes its window (and only its window), and the
// labels on the lines agree with the episodes file.
#include "core/generator/output/episodes_file.h"
#include "core/time/civil_time.h"
#include "generator_test_support.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <algorithm>
#include <map>
#include <set>

using namespace generator_test;

namespace {

// A quiet Monday: 60,000 lines over a day; episodes go in at 10:00 for an hour.
const std::int64_t kMonday = toEpochNanos({2024, 10, 28, 0, 0, 0, 0});
constexpr std::int64_t kAt = 10 * kNanosPerHour;
constexpr std::int64_t kFor = kNanosPerHour;

GeneratorSettings monday(const Scenario& scenario, std::uint64_t total = 60'000) {
    GeneratorRequest request;
    request.total = total;
    request.durationNs = kNanosPerDay;
    request.startNs = kMonday;
    return resolveGeneratorSettings(scenario, request, 0).settings;
}

struct Stats {
    int lines = 0;
    int errors = 0;
    int labelled = 0;
    std::vector<double> latencies;
    [[nodiscard]] double errorShare() const { return lines ? double(errors) / lines : 0.0; }
    [[nodiscard]] double median() {
        if (latencies.empty())
            return 0.0;
        std::nth_element(latencies.begin(), latencies.begin() + latencies.size() / 2,
                         latencies.end());
        return latencies[latencies.size() / 2];
    }
};

Stats statsOf(const std::vector<GeneratedRecord>& records, std::string_view service,
              std::int64_t from, std::int64_t to) {
    Stats stats;
    for (const GeneratedRecord& r : records) {
        if (r.service != service || r.timestampNs < from || r.timestampNs >= to)
            continue;
        ++stats.lines;
        stats.errors += isErrorLevel(r.level) ? 1 : 0;
        stats.labelled += r.isAnomaly ? 1 : 0;
        stats.latencies.push_back(r.responseTimeMs);
    }
    return stats;
}

// Records of a quiet run with one injected episode, and of the same run without it.
struct Pair {
    std::shared_ptr<const Scenario> scenario; // the records' names point into it
    std::vector<GeneratedRecord> with;
    std::vector<GeneratedRecord> without;
    std::vector<Episode> episodes;
    std::int64_t start = 0; // absolute start of the episode
};

Pair runPair(std::string_view profile, std::string_view type, std::vector<std::string> services,
             std::vector<std::pair<std::string, double>> params = {},
             std::uint64_t total = 60'000) {
    const auto s = quietScenario(profile);
    Pair pair;
    pair.scenario = s;
    LogGenerator baseline(s, monday(*s, total));
    pair.without = collect(baseline);
    LogGenerator generator(s, monday(*s, total));
    injectAt(generator, type, kAt, kFor, std::move(services), std::move(params));
    pair.with = collect(generator);
    pair.episodes = generator.episodes();
    pair.start = kMonday + kAt;
    return pair;
}

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

} // namespace

class TestGeneratorEpisodes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void errorSpikeRaisesTheErrorRateToTheConfiguredLevel() {
        Pair p =
            runPair("microservices", "error_spike", {"payment-service"}, {{"error_rate", 0.8}});
        QCOMPARE(p.episodes.size(), std::size_t{1});
        const Stats in = statsOf(p.with, "payment-service", p.start, p.start + kFor);
        const Stats base = statsOf(p.without, "payment-service", p.start, p.start + kFor);
        QVERIFY(in.lines > 150);
        QVERIFY2(std::abs(in.errorShare() - 0.8) < 0.08,
                 qPrintable(QString::number(in.errorShare())));
        QVERIFY(base.errorShare() < 0.1);
        QCOMPARE(in.labelled, in.lines); // every line of the service in the window
        // Before and after, and on other services, nothing changes.
        QVERIFY(
            statsOf(p.with, "payment-service", p.start + kFor, p.start + 3 * kFor).errorShare() <
            0.1);
        QCOMPARE(statsOf(p.with, "payment-service", kMonday, p.start).labelled, 0);
        QCOMPARE(statsOf(p.with, "database", p.start, p.start + kFor).labelled, 0);
    }

    void latencyDegradationRampsUp() {
        Pair p = runPair("microservices", "latency_degradation", {"database"}, {{"multiplier", 6}});
        const std::int64_t tenth = kFor / 10;
        Stats early = statsOf(p.with, "database", p.start, p.start + tenth);
        Stats middle = statsOf(p.with, "database", p.start + 4 * tenth, p.start + 6 * tenth);
        Stats late = statsOf(p.with, "database", p.start + 9 * tenth, p.start + kFor);
        Stats base = statsOf(p.without, "database", p.start, p.start + kFor);
        const double normal = base.median();
        QVERIFY2(early.median() < 1.8 * normal,
                 qPrintable(QString::number(early.median() / normal)));
        QVERIFY(middle.median() > 2.2 * normal && middle.median() < 5.0 * normal);
        QVERIFY2(late.median() > 4.5 * normal, qPrintable(QString::number(late.median() / normal)));
        Stats after = statsOf(p.with, "database", p.start + kFor, p.start + 2 * kFor);
        QVERIFY(after.median() < 1.5 * normal);
    }

    void securityThreatsLeaveTheirPayloads_data() {
        QTest::addColumn<QString>("variant");
        QTest::newRow("brute_force") << "brute_force";
        QTest::newRow("sql_injection") << "sql_injection";
        QTest::newRow("xss") << "xss";
        QTest::newRow("unauthorized_access") << "unauthorized_access";
    }
    void securityThreatsLeaveTheirPayloads() {
        QFETCH(QString, variant);
        Pair p = runPair("microservices", variant.toStdString(), {});
        QCOMPARE(p.episodes.size(), std::size_t{1});
        const Episode& e = p.episodes.front();
        std::set<std::uint32_t> ips;
        std::set<std::string> users;
        int attacks = 0;
        for (const GeneratedRecord& r : p.with) {
            if (r.episodeId != e.id)
                continue;
            ++attacks;
            QVERIFY(r.timestampNs >= e.startNs && r.timestampNs < e.endNs);
            QCOMPARE(r.anomalyType, std::string_view("security_threat"));
            ips.insert(r.ip);
            users.insert(r.user);
            if (variant == QLatin1String("brute_force")) {
                QCOMPARE(r.service, std::string_view("auth-service"));
                QVERIFY(contains(r.message, "Failed") && contains(r.message, e.victimUser));
                QVERIFY(r.statusCode == 401 || r.statusCode == 429);
            } else if (variant == QLatin1String("sql_injection")) {
                QCOMPARE(r.service, std::string_view("api-gateway"));
                QVERIFY2(contains(r.path, "'") || contains(r.path, "UNION SELECT") ||
                             contains(r.path, "DROP TABLE"),
                         r.path.c_str());
                QVERIFY(r.statusCode == 403 || r.statusCode == 500);
            } else if (variant == QLatin1String("xss")) {
                QVERIFY2(contains(r.path, "<script>") || contains(r.path, "onerror=") ||
                             contains(r.path, "javascript:") || contains(r.path, "onload="),
                         r.path.c_str());
            } else {
                QVERIFY(contains(r.path, "admin") || contains(r.path, "internal") ||
                        contains(r.path, ".env") || contains(r.path, "actuator") ||
                        contains(r.path, "export"));
                QVERIFY(r.statusCode == 401 || r.statusCode == 403);
            }
        }
        // About one attack line per line of traffic (rate_factor 1): many, from one address.
        QVERIFY2(attacks > 1000, qPrintable(QString::number(attacks)));
        QCOMPARE(ips.size(), std::size_t{1});
        QCOMPARE(*ips.begin(), e.attackerIp);
        if (variant == QLatin1String("brute_force"))
            QCOMPARE(users.size(), std::size_t{1});
        // Normal lines keep their normal look: attacks add lines, they change none.
        for (const GeneratedRecord& r : p.with)
            QVERIFY(r.episodeId == e.id || !r.isAnomaly);
    }

    void memoryLeakRamps() {
        Pair p = runPair("microservices", "memory_leak", {"payment-service"});
        std::vector<std::pair<std::int64_t, int>> heap; // time, percent
        int earlyOom = 0;
        int lateOom = 0;
        for (const GeneratedRecord& r : p.with) {
            if (r.service != "payment-service" || r.timestampNs < p.start)
                continue;
            if (const std::size_t at = r.message.find("Heap usage at "); at != std::string::npos)
                heap.emplace_back(r.timestampNs, std::stoi(r.message.substr(at + 14)));
            if (contains(r.message, "Memory limit exceeded") ||
                contains(r.message, "OutOfMemoryError")) {
                QVERIFY(r.timestampNs < p.start + kFor);
                (r.timestampNs < p.start + kFor / 2 ? earlyOom : lateOom) += 1;
            }
        }
        QVERIFY(heap.size() >= 150); // four reports a minute
        QVERIFY(heap.front().second <= 60);
        QVERIFY(heap.back().second >= 90); // from 90 % on it reports the limit exceeded
        QVERIFY(std::is_sorted(heap.begin(), heap.end(),
                               [](auto& a, auto& b) { return a.second < b.second; }));
        QVERIFY2(lateOom > 4 * earlyOom && lateOom > 5,
                 qPrintable(QString("%1 early, %2 late").arg(earlyOom).arg(lateOom)));
        Stats first = statsOf(p.with, "payment-service", p.start, p.start + kFor / 4);
        Stats last = statsOf(p.with, "payment-service", p.start + 3 * kFor / 4, p.start + kFor);
        QVERIFY(last.median() > 2.0 * first.median());
    }

    void otherResourcesReportTheirResource_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("report");
        QTest::newRow("cpu") << "cpu_saturation"
                             << "CPU usage at ";
        QTest::newRow("disk") << "disk_full"
                              << "Disk usage at ";
        QTest::newRow("connections") << "connection_pool_exhaustion"
                                     << "Connection pool usage ";
    }
    void otherResourcesReportTheirResource() {
        QFETCH(QString, type);
        QFETCH(QString, report);
        Pair p = runPair("microservices", type.toStdString(), {"analytics-engine"});
        int reports = 0;
        for (const GeneratedRecord& r : p.with)
            reports += r.episodeId != 0 && contains(r.message, report.toStdString()) ? 1 : 0;
        QVERIFY(reports > 150);
        QCOMPARE(p.episodes.front().type, EpisodeType::ResourceExhaustion);
    }

    void completeOutageDropsTrafficOrTurnsItInto503s() {
        Pair p = runPair("microservices", "complete", {"auth-service"}, {{"drop_fraction", 0.6}});
        const Stats in = statsOf(p.with, "auth-service", p.start, p.start + kFor);
        const Stats base = statsOf(p.without, "auth-service", p.start, p.start + kFor);
        QVERIFY2(in.lines < 0.55 * base.lines,
                 qPrintable(QString("%1 vs %2").arg(in.lines).arg(base.lines)));
        int unavailable = 0;
        for (const GeneratedRecord& r : p.with) {
            if (r.service == "auth-service" && r.timestampNs >= p.start &&
                r.timestampNs < p.start + kFor)
                unavailable += r.statusCode == 503 ? 1 : 0;
        }
        QCOMPARE(p.episodes.front().variant, 0);
        QCOMPARE(unavailable, in.lines); // what still gets through fails
        const Stats after = statsOf(p.with, "auth-service", p.start + kFor, p.start + 2 * kFor);
        QVERIFY(after.errorShare() < 0.1);
    }

    void intermittentOutageFlaps() {
        const auto s = quietScenario("microservices");
        LogGenerator generator(s, monday(*s));
        InjectRequest request;
        request.atNs = kMonday + kAt;
        request.durationNs = kFor;
        request.variant = "intermittent";
        request.services = {"api-gateway"};
        request.params = {{"period", 600}, {"drop_fraction", 0.0}};
        QVERIFY(generator.inject("service_outage", request).ok());
        const auto records = collect(generator);
        for (int half = 0; half < 12; ++half) {
            const std::int64_t from = kMonday + kAt + half * 5 * kNanosPerMinute;
            const Stats stats = statsOf(records, "api-gateway", from, from + 5 * kNanosPerMinute);
            if (half % 2 == 0)
                QVERIFY2(stats.errorShare() > 0.95, qPrintable(QString::number(half)));
            else
                QVERIFY2(stats.errorShare() < 0.15, qPrintable(QString::number(half)));
        }
    }

    void dataAnomaliesCorruptFields_data() {
        QTest::addColumn<QString>("variant");
        QTest::newRow("null_values") << "null_values";
        QTest::newRow("out_of_range") << "out_of_range";
        QTest::newRow("format_errors") << "format_errors";
    }
    void dataAnomaliesCorruptFields() {
        QFETCH(QString, variant);
        const auto s = quietScenario("microservices");
        LogGenerator generator(s, monday(*s));
        injectAt(generator, variant.toStdString(), kAt, kFor, {"cache-redis"}, {{"fraction", 0.5}});
        const std::string text = render(generator);
        int corrupt = 0;
        int clean = 0;
        const QStringList levels{"INFO", "WARNING", "ERROR", "CRITICAL"};
        for (const std::string_view line : lines(text)) {
            const QJsonObject o = parseLine(line);
            QVERIFY(!o.isEmpty()); // damaged fields, never a damaged line
            const bool labelled = o.value("_labels").toObject().value("is_anomaly").toBool();
            bool damaged = false;
            if (variant == QLatin1String("null_values"))
                damaged = o.value("response_time_ms").isNull() || o.value("status_code").isNull() ||
                          o.value("message").isNull();
            else if (variant == QLatin1String("out_of_range"))
                damaged = o.value("response_time_ms").toDouble() < 0 ||
                          o.value("response_time_ms").toDouble() >= 1e7 ||
                          o.value("status_code").toInt() == 0 ||
                          o.value("status_code").toInt() == 999;
            else
                damaged = !o.value("timestamp").toString().startsWith(QLatin1String("2024-10-")) ||
                          !levels.contains(o.value("level").toString());
            QCOMPARE(labelled, damaged); // exactly the damaged lines are labelled
            (damaged ? corrupt : clean) += 1;
        }
        QVERIFY2(corrupt > 50, qPrintable(QString::number(corrupt)));
        QVERIFY(clean > 50'000);
    }

    void databaseOutageTimesOutTheDatabaseAndItsClients() {
        Pair p = runPair("microservices", "database_outage", {});
        const Episode& e = p.episodes.front();
        QCOMPARE(e.services.front(), static_cast<std::uint16_t>(2)); // database
        QVERIFY(e.services.size() >= 3); // and the services that query it
        const Stats db = statsOf(p.with, "database", p.start, p.start + kFor);
        QVERIFY(db.errorShare() > 0.8);
        int timeouts = 0;
        for (const GeneratedRecord& r : p.with) {
            // The outage's own failures (score 0.95) are timeouts of 5 to 10 seconds.
            if (r.service == "database" && r.episodeId == e.id && r.anomalyScore == 0.95) {
                QVERIFY(r.responseTimeMs >= 5000.0);
                timeouts += contains(r.message, "Connection timeout to database") ? 1 : 0;
            }
        }
        QVERIFY(timeouts > 20);
        const Stats client = statsOf(p.with, "payment-service", p.start, p.start + kFor);
        QVERIFY2(client.errorShare() > 0.35, qPrintable(QString::number(client.errorShare())));
        QVERIFY(statsOf(p.with, "cache-redis", p.start, p.start + kFor).errorShare() < 0.1);
    }

    void rateLimitingFloodsFromAFewClients() {
        Pair p = runPair("microservices", "rate_limiting", {}, {{"clients", 3}});
        const Episode& e = p.episodes.front();
        std::map<std::uint32_t, int> perIp;
        int limited = 0;
        for (const GeneratedRecord& r : p.with) {
            if (r.episodeId != e.id || r.statusCode != 429)
                continue;
            ++limited;
            ++perIp[r.ip];
            QVERIFY(contains(r.message, "rate limit exceeded"));
        }
        QVERIFY(limited > 2000); // twice the traffic for an hour
        int fromFlood = 0;
        for (const std::uint32_t ip : e.clientIps)
            fromFlood += perIp[ip];
        QVERIFY(fromFlood > 0.8 * limited);
    }

    void cascadingFailureSpreadsWithALag() {
        const std::int64_t lag = 5 * kNanosPerMinute;
        Pair p = runPair("microservices", "cascading_failure", {"database"},
                         {{"lag", 300}, {"error_rate", 0.9}});
        const Episode& e = p.episodes.front();
        const auto scenario = quietScenario("microservices");
        std::map<std::string, std::int64_t> expectedOnset{
            {"database", 0},           {"auth-service", lag},    {"payment-service", lag},
            {"analytics-engine", lag}, {"api-gateway", 2 * lag}, {"notification-service", 2 * lag}};
        QCOMPARE(e.services.size(), expectedOnset.size());
        for (std::size_t i = 0; i < e.services.size(); ++i) {
            const std::string& name = scenario->services[e.services[i]].name;
            QCOMPARE(e.onsetNs[i] - e.startNs, expectedOnset.at(name));
        }
        for (const auto& [name, onset] : expectedOnset) {
            const Stats before = statsOf(p.with, name, p.start, p.start + onset);
            const Stats during = statsOf(p.with, name, p.start + onset, p.start + kFor);
            QCOMPARE(before.labelled, 0);
            QVERIFY2(during.errorShare() > 0.8, name.c_str());
            if (onset > 0)
                QVERIFY(before.errorShare() < 0.15);
        }
        // The dependents name the service that failed first.
        int naming = 0;
        for (const GeneratedRecord& r : p.with)
            naming += r.service == "api-gateway" && r.episodeId == e.id &&
                      contains(r.message, "database");
        QVERIFY(naming > 50);
        QCOMPARE(statsOf(p.with, "cache-redis", p.start, p.start + kFor).labelled, 0);
    }

    void metricEpisodes() {
        // CPU spikes into its anomaly range within a tenth of the episode.
        Pair p = runPair("metrics", "cpu_saturation", {"server_2"}, {}, 30'000);
        int high = 0;
        int samples = 0;
        for (const GeneratedRecord& r : p.with) {
            if (r.service != "server_2" || r.component != "CPU" ||
                r.timestampNs < p.start + kFor / 5 || r.timestampNs >= p.start + kFor)
                continue;
            ++samples;
            high += r.value >= 95.0 ? 1 : 0;
            QVERIFY(r.isAnomaly);
        }
        QVERIFY(samples > 50);
        QCOMPARE(high, samples);
        for (const GeneratedRecord& r : p.with)
            QVERIFY(!(r.isAnomaly && (r.service != "server_2" || r.component != "CPU")));
        // A complete outage: the server stops reporting.
        p = runPair("metrics", "complete", {"server_1"}, {}, 30'000);
        QCOMPARE(statsOf(p.with, "server_1", p.start, p.start + kFor).lines, 0);
        QVERIFY(statsOf(p.without, "server_1", p.start, p.start + kFor).lines > 100);
        QVERIFY(statsOf(p.with, "server_3", p.start, p.start + kFor).lines > 100);
        // Memory leaks ramp.
        p = runPair("metrics", "memory_leak", {"server_3"}, {}, 30'000);
        std::vector<double> memory;
        for (const GeneratedRecord& r : p.with) {
            if (r.service == "server_3" && r.component == "Memory" && r.timestampNs >= p.start &&
                r.timestampNs < p.start + kFor)
                memory.push_back(r.value);
        }
        QVERIFY(memory.size() > 100);
        QVERIFY(memory.front() < 80.0);
        QVERIFY(memory.back() > 94.0);
    }

    void basicBruteForceHammersOneUser() {
        Pair p = runPair("basic", "brute_force", {}, {}, 86'400);
        const Episode& e = p.episodes.front();
        int attempts = 0;
        for (const GeneratedRecord& r : p.with) {
            if (r.episodeId != e.id)
                continue;
            ++attempts;
            QCOMPARE(r.service, std::string_view("auth"));
            QCOMPARE(r.message, std::string("Failed login"));
            QCOMPARE(r.context[0], e.victimContext);
        }
        QVERIFY(attempts > 3000); // a second's worth per second for an hour
    }

    void injectionsAreValidated() {
        const auto s = scenarioOf("basic");
        LogGenerator generator(s, monday(*s, 100));
        const std::pair<std::string, std::string> bad[] = {
            {"meteor", "unknown anomaly type \"meteor\""},
            {"rate_limiting", "rate_limiting needs a service with role \"edge\""},
            {"sql_injection", "needs a service with role \"edge\" or clients"},
            {"latency_degradation", "needs the response_time_ms field"},
        };
        for (const auto& [type, message] : bad) {
            const InjectResult r = generator.inject(type);
            QVERIFY(!r.ok());
            QVERIFY2(r.error.find(message) != std::string::npos, r.error.c_str());
        }
        InjectRequest request;
        request.services = {"ghost"};
        QVERIFY(generator.inject("error_spike", request).error.find("unknown service \"ghost\"") !=
                std::string::npos);
        request = {};
        request.params = {{"error_rate", 3.0}};
        QVERIFY(generator.inject("error_spike", request).error.find("error_rate must be from") !=
                std::string::npos);
        request.params = {{"lag", 3.0}};
        QVERIFY(generator.inject("error_spike", request).error.find("unknown parameter \"lag\"") !=
                std::string::npos);
        request = {};
        request.variant = "partial";
        QVERIFY(
            generator.inject("service_outage", request).error.find("unknown variant \"partial\"") !=
            std::string::npos);
        QVERIFY(generator.inject("error_spike").ok());
    }

    void labelsMatchTheEpisodesFile() {
        QTemporaryDir dir;
        const auto s = scenarioOf("microservices", R"({"anomalies": {"probability": 0.03}})");
        LogGenerator generator(s, simulated(*s, 100'800, std::nullopt, 11));
        GenerateOutput output;
        output.path = dir.filePath(QStringLiteral("run.jsonl")).toStdString();
        const GenerateSummary summary = runGenerate(generator, output);
        QVERIFY(summary.ok());
        QFile episodesFile(QString::fromStdString(summary.episodesPath));
        QVERIFY(episodesFile.open(QIODevice::ReadOnly));
        const QJsonArray episodes = QJsonDocument::fromJson(episodesFile.readAll())
                                        .object()
                                        .value(QStringLiteral("episodes"))
                                        .toArray();
        QVERIFY(episodes.size() > 10);
        std::map<int, QJsonObject> byId;
        for (const QJsonValue& v : episodes)
            byId[v.toObject().value("id").toInt()] = v.toObject();

        QFile log(QString::fromStdString(output.path));
        QVERIFY(log.open(QIODevice::ReadOnly));
        std::map<int, int> counted;
        int normal = 0;
        while (!log.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(log.readLine()).object();
            const QJsonObject labels = o.value("_labels").toObject();
            if (!labels.value("is_anomaly").toBool()) {
                QVERIFY(labels.value("episode_id").isNull());
                QVERIFY(labels.value("anomaly_type").isNull());
                QCOMPARE(labels.value("anomaly_score").toDouble(), 0.0);
                ++normal;
                continue;
            }
            const int id = labels.value("episode_id").toInt();
            QVERIFY2(byId.count(id), qPrintable(QString::number(id)));
            const QJsonObject& e = byId[id];
            QCOMPARE(labels.value("anomaly_type").toString(), e.value("type").toString());
            const double score = labels.value("anomaly_score").toDouble();
            QVERIFY(score > 0.0 && score <= 1.0);
            // The line's time is inside the episode and its service among the episode's.
            std::int64_t ns = 0;
            QVERIFY(parseIso8601(o.value("timestamp").toString().toStdString(), ns));
            std::int64_t start = 0;
            std::int64_t end = 0;
            parseIso8601(e.value("start").toString().toStdString(), start);
            parseIso8601(e.value("end").toString().toStdString(), end);
            QVERIFY(ns >= start && ns < end);
            QVERIFY(e.value("services").toArray().contains(o.value("service")));
            ++counted[id];
        }
        QVERIFY(normal > 80'000);
        for (const auto& [id, e] : byId)
            QCOMPARE(counted[id], e.value("lines").toInt());
    }

    void randomDrawsFollowTheProbability() {
        auto count = [](double probability) {
            const auto s = scenarioOf("microservices",
                                      R"({"anomalies": {"schedule": [], "max_concurrent": 64}})");
            GeneratorRequest request;
            request.total = 100'800;
            request.anomalyProbability = probability;
            LogGenerator generator(s, resolveGeneratorSettings(*s, request, 0).settings);
            collect(generator);
            return generator.episodes().size();
        };
        QCOMPARE(count(0.0), std::size_t{0});
        const std::size_t some = count(0.01); // ~1008 draws
        QVERIFY2(some >= 4 && some <= 20, qPrintable(QString::number(some)));
        QVERIFY(count(0.1) > 3 * some);
    }
};

QTEST_APPLESS_MAIN(TestGeneratorEpisodes)
#include "test_generator_episodes.moc"
