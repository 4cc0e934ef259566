// Detection against planted episodes in generated traffic: every episode raises the matching
// incident, calm traffic raises none, and the line-level scores beat chance by far.
#include "analysis_fixtures.h"
#include "core/analysis/analyzer.h"
#include "core/analysis/evaluation/ground_truth_evaluation.h"

#include <QTest>
#include <random>

using namespace logscope::core;
using namespace logscope::test;

namespace {

const std::int64_t kStart = at(2024, 10, 27, 14, 30);

std::vector<PlantedEpisode> standardEpisodes() {
    const std::int64_t day = kNanosPerDay;
    return {
        {"error_spike", kStart + day + 3 * kNanosPerHour, 20 * kNanosPerMinute, {"database"}},
        {"latency",
         kStart + 2 * day + 5 * kNanosPerHour,
         30 * kNanosPerMinute,
         {"payment-service"}},
        {"outage", kStart + 3 * day + 1 * kNanosPerHour, 40 * kNanosPerMinute, {"api-gateway"}},
        {"brute_force",
         kStart + 4 * day + 2 * kNanosPerHour,
         15 * kNanosPerMinute,
         {"auth-service"}},
        {"injection", kStart + 4 * day + 8 * kNanosPerHour, 5 * kNanosPerMinute, {"api-gateway"}},
        {"resource",
         kStart + 5 * day + 4 * kNanosPerHour,
         30 * kNanosPerMinute,
         {"analytics-engine"}},
        {"cascade",
         kStart + 6 * day + 2 * kNanosPerHour,
         25 * kNanosPerMinute,
         {"database", "payment-service", "api-gateway"}},
    };
}

bool hasIncident(const AnalysisResult& result, IncidentType type, const std::string& service,
                 std::int64_t start, std::int64_t end) {
    for (const Incident& in : result.incidents) {
        if (in.type != type || in.endNs < start - 5 * kNanosPerMinute ||
            in.startNs > end + 5 * kNanosPerMinute)
            continue;
        for (const std::string& s : in.services)
            if (s == service)
                return true;
    }
    return false;
}

} // namespace

class TestDetection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void calmTrafficRaisesNoIncident_data() {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1, 2, 3})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void calmTrafficRaisesNoIncident() {
        QFETCH(quint64, seed);
        const LogTable table = generatedTable(seed, 100'800, {});
        const auto result = analyze(table);
        for (const Incident& in : result->incidents)
            qWarning("unexpected: %s %s %s", incidentTypeName(in.type), in.services.front().c_str(),
                     in.description.c_str());
        QCOMPARE(result->incidents.size(), std::size_t{0});
    }

    void everyEpisodeRaisesItsIncident_data() {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1, 2, 3, 4, 5})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void everyEpisodeRaisesItsIncident() {
        QFETCH(quint64, seed);
        const auto episodes = standardEpisodes();
        const LogTable table = generatedTable(seed, 100'800, episodes);
        // As `--episodes` gives them: an outage leaves no labelled lines to derive it from.
        AnalysisOptions options;
        auto truth = std::make_shared<std::vector<TruthEpisode>>();
        for (const PlantedEpisode& e : episodes)
            truth->push_back({e.type, e.type, e.startNs, e.startNs + e.durationNs, e.services});
        options.episodes = truth;
        const auto result = analyze(table, ViewFilter{}, options);
        for (const Incident& in : result->incidents)
            qInfo("%s %s %s..%s %s | root %s", severityName(in.severity), incidentTypeName(in.type),
                  in.services.front().c_str(), formatIso8601(in.startNs, 0).c_str(),
                  formatIso8601(in.endNs, 0).c_str(), in.rootCauseService.c_str());
        const auto end = [](const PlantedEpisode& e) {
            return e.startNs + e.durationNs;
        };
        QVERIFY(hasIncident(*result, IncidentType::HighErrorRate, "database", episodes[0].startNs,
                            end(episodes[0])));
        QVERIFY(hasIncident(*result, IncidentType::ResponseTimeDegradation, "payment-service",
                            episodes[1].startNs, end(episodes[1])));
        QVERIFY(hasIncident(*result, IncidentType::ServiceUnavailable, "api-gateway",
                            episodes[2].startNs, end(episodes[2])));
        QVERIFY(hasIncident(*result, IncidentType::SecurityThreat, "auth-service",
                            episodes[3].startNs, end(episodes[3])));
        QVERIFY(hasIncident(*result, IncidentType::SecurityThreat, "api-gateway",
                            episodes[4].startNs, end(episodes[4])));
        QVERIFY(hasIncident(*result, IncidentType::ResourceExhaustion, "analytics-engine",
                            episodes[5].startNs, end(episodes[5])));
        QVERIFY(hasIncident(*result, IncidentType::CascadingFailure, "database",
                            episodes[6].startNs, end(episodes[6])));
        // The cascade's root cause is the service that failed first.
        for (const Incident& in : result->incidents)
            if (in.type == IncidentType::CascadingFailure)
                QCOMPARE(in.rootCauseService, std::string("database"));

        const TruthEvaluation& t = result->truth;
        QVERIFY(t.available);
        qInfo("lines: P %.3f R %.3f F1 %.3f | episodes %llu/%llu | incident precision %.3f",
              t.precision, t.recall, t.f1, static_cast<unsigned long long>(t.episodesCaught),
              static_cast<unsigned long long>(t.episodes), t.incidentPrecision);
        QVERIFY2(t.episodeRecall >= 0.95, "episode recall");
        QVERIFY2(t.incidentPrecision >= 0.90, "incident precision");
        QVERIFY2(t.f1 >= 0.80, "line F1");
    }

    void metricReadingsOfSeed001() {
        // One CPU, memory and disk reading every 10 s for two days, with a peak-hour pattern;
        // 40 readings far out of range, labelled as seed 001's generator labels them.
        LogTable table;
        const std::int64_t t0 = at(2025, 1, 5, 0, 0);
        std::mt19937 rng(3);
        std::normal_distribution<double> noise(0.0, 3.0);
        int planted = 0;
        for (int k = 0; k < 2 * 8640; ++k) {
            const std::int64_t ts = t0 + k * 10 * kNanosPerSecond;
            const int hour = static_cast<int>((ts / kNanosPerHour) % 24);
            for (const char* component : {"CPU", "Memory", "Disk"}) {
                double value = (hour >= 9 && hour < 18 ? 60.0 : 35.0) + noise(rng);
                const bool anomalous = k % 433 == 7 && std::string(component) == "CPU";
                if (anomalous) {
                    value = 99.0;
                    ++planted;
                }
                const std::string extra =
                    "{\"server\":\"server_1\",\"value\":" + std::to_string(value) + "}";
                LogRow row;
                row.timestampNs = ts;
                row.level = Level::Info;
                row.service = component;
                row.extra = extra;
                row.truth = anomalous ? Truth::Anomaly : Truth::Normal;
                table.append(row);
            }
        }
        const auto r = analyze(table);
        QVERIFY(r->metricOutliers >= static_cast<std::uint64_t>(planted));
        QVERIFY(r->truth.available);
        qInfo("metric outliers %llu, line P %.3f R %.3f F1 %.3f",
              static_cast<unsigned long long>(r->metricOutliers), r->truth.precision,
              r->truth.recall, r->truth.f1);
        QCOMPARE(r->truth.recall, 1.0);
        QVERIFY(r->truth.precision > 0.8);
        bool metricSeries = false;
        for (const SeriesAnomaly& a : r->seriesAnomalies)
            metricSeries = metricSeries || a.kind == "metric";
        (void)metricSeries; // single readings rarely move an hourly mean; listed when they do
    }
};

QTEST_APPLESS_MAIN(TestDetection)
#include "test_detection.moc"
