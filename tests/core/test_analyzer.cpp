#include "analysis_fixtures.h"
#include "core/analysis/analyzer.h"
#include "core/formats/log_loader.h"
#include "core/report/json_report.h"
#include "core/report/scores_csv.h"
#include "core/time/civil_time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace logscope::core;

class TestAnalyzer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsLevelsServicesAndErrorRate() {
        LogTable table;
        const std::int64_t t0 = toEpochNanos({2024, 1, 1, 0, 0, 0, 0});
        const struct {
            const char* service;
            Level level;
        } rows[] = {{"api", Level::Info},   {"api", Level::Error},   {"db", Level::Critical},
                    {"db", Level::Info},    {"api", Level::Warning}, {"api", Level::Info},
                    {"cache", Level::Info}, {"db", Level::Error}};
        std::int64_t ts = t0;
        for (const auto& row : rows) {
            LogRow r;
            r.timestampNs = ts;
            ts += 30 * kNanosPerMinute;
            r.service = row.service;
            r.level = row.level;
            table.append(r);
        }
        const auto result = analyze(table);
        QVERIFY(result);
        QCOMPARE(result->totalLines, 8u);
        QCOMPARE(result->perLevel[std::size_t(Level::Info)], 4u);
        QCOMPARE(result->perLevel[std::size_t(Level::Error)], 2u);
        QCOMPARE(result->perLevel[std::size_t(Level::Critical)], 1u);
        QCOMPARE(result->errorLines, 3u);
        QCOMPARE(result->errorRate, 3.0 / 8.0);
        QCOMPARE(result->services.size(), std::size_t{3});
        QCOMPARE(result->services[0].name, std::string("api"));
        QCOMPARE(result->services[0].lines, 4u);
        QCOMPARE(result->services[0].errors, 1u);
        QCOMPARE(result->services[1].name, std::string("db"));
        QCOMPARE(result->services[1].errors, 2u);
        QCOMPARE(result->firstNs, t0);
        QCOMPARE(result->lastNs, t0 + 7 * 30 * kNanosPerMinute);

        // 3.5 hours at most 200 buckets: 5-minute buckets, one line every sixth bucket.
        QCOMPARE(result->buckets.widthNs, 5 * kNanosPerMinute);
        std::uint64_t bucketed = 0;
        for (const auto& counts : result->levelsOverTime)
            for (auto c : counts)
                bucketed += c;
        QCOMPARE(bucketed, 8u);
        QCOMPARE(result->levelsOverTime[6][std::size_t(Level::Error)], 1u);
    }
    void handlesEmptyAndUntimedTables() {
        LogTable table;
        auto result = analyze(table);
        QCOMPARE(result->totalLines, 0u);
        QCOMPARE(result->errorRate, 0.0);
        LogRow r;
        r.level = Level::Error;
        table.append(r);
        result = analyze(table);
        QCOMPARE(result->timedLines, 0u);
        QCOMPARE(result->errorRate, 1.0);
        QVERIFY(result->levelsOverTime.empty());
        QCOMPARE(result->services[0].name, std::string("(none)"));
    }
    void choosesRoundBuckets_data() {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<qint64>("width");
        QTest::newRow("7 days") << qint64{7 * kNanosPerDay} << qint64{kNanosPerHour};
        QTest::newRow("1 hour") << qint64{kNanosPerHour} << qint64{30 * kNanosPerSecond};
        QTest::newRow("1 minute") << qint64{kNanosPerMinute} << qint64{kNanosPerSecond};
        QTest::newRow("1 year") << qint64{365 * kNanosPerDay} << qint64{7 * kNanosPerDay};
    }
    void choosesRoundBuckets() {
        QFETCH(qint64, span);
        QFETCH(qint64, width);
        const std::int64_t start = toEpochNanos({2024, 3, 4, 5, 0, 0, 0});
        const TimeBuckets b = chooseTimeBuckets(start, start + span);
        QCOMPARE(static_cast<qint64>(b.widthNs), width);
        QVERIFY(b.count <= 200);
        QVERIFY(b.startNs <= start);
        QCOMPARE(b.indexOf(start + span), b.count - 1);
    }
    void stopsWhenCancelled() {
        LogTable table;
        table.append(LogRow{});
        CancellationToken token;
        token.cancel();
        QVERIFY(analyze(table, &token) == nullptr);
    }

    void cancelsBetweenStagesAndReportsProgress() {
        const LogTable table = logscope::test::generatedTable(3, 20'000, {});
        std::vector<std::uint64_t> done;
        std::uint64_t total = 0;
        const auto full = analyze(table, ViewFilter{}, AnalysisOptions{}, nullptr,
                                  [&](std::uint64_t d, std::uint64_t t) {
                                      done.push_back(d);
                                      total = t;
                                  });
        QVERIFY(full);
        QCOMPARE(done.back(), total);
        QVERIFY(std::is_sorted(done.begin(), done.end()));
        QCOMPARE(full->timings.size(), done.size());
        // Cancelling from the progress callback (as a GUI's Cancel button would, from another
        // thread) stops the analysis at the next stage.
        for (std::uint64_t stop = 1; stop < total; ++stop) {
            CancellationToken token;
            const auto partial = analyze(table, ViewFilter{}, AnalysisOptions{}, &token,
                                         [&](std::uint64_t d, std::uint64_t) {
                                             if (d == stop)
                                                 token.cancel();
                                         });
            QVERIFY(partial == nullptr);
        }
    }

    void filtersSelectASubset() {
        using logscope::test::appendLine;
        using logscope::test::make;
        LogTable table;
        const std::int64_t t0 = toEpochNanos({2024, 1, 1, 0, 0, 0, 0});
        for (int i = 0; i < 100; ++i) {
            const char* service = i % 2 == 0 ? "api" : "db";
            const Level level = i % 10 == 0 ? Level::Error : Level::Info;
            appendLine(table, make(t0 + i * kNanosPerMinute, service, level,
                                   i % 4 == 0 ? "Payment declined" : "GET ok",
                                   static_cast<float>(i + 1), 200));
        }
        const auto all = analyze(table);
        QVERIFY(all->rows.empty());
        QCOMPARE(all->lineScores.size(), std::size_t{100});

        ViewFilter filter;
        filter.services = {"db"};
        auto r = analyze(table, filter, AnalysisOptions{});
        QCOMPARE(r->totalLines, 50u);
        QCOMPARE(r->rows.size(), std::size_t{50});
        QCOMPARE(r->lineScores.size(), std::size_t{50});
        QCOMPARE(r->lineAnomalies.size(), std::size_t{50});
        for (const RowId row : r->rows)
            QCOMPARE(table.service(row), std::string_view("db"));
        QCOMPARE(r->services.size(), std::size_t{1});

        filter = {};
        filter.fromNs = t0 + 10 * kNanosPerMinute;
        filter.toNs = t0 + 20 * kNanosPerMinute;
        r = analyze(table, filter, AnalysisOptions{});
        QCOMPARE(r->totalLines, 10u);
        QCOMPARE(r->rows.front(), RowId{10});
        QCOMPARE(r->latency.p50Ms, 15.5);

        filter = {};
        filter.levelMask = 1u << static_cast<unsigned>(Level::Error);
        QCOMPARE(analyze(table, filter, AnalysisOptions{})->totalLines, 10u);

        filter = {};
        filter.text = "payment";
        QCOMPARE(analyze(table, filter, AnalysisOptions{})->totalLines, 25u);
        filter.textIsRegex = true;
        filter.text = "^Pay.*declined$";
        QCOMPARE(analyze(table, filter, AnalysisOptions{})->totalLines, 25u);
        filter.text = "(unclosed";
        QCOMPARE(analyze(table, filter, AnalysisOptions{})->totalLines, 0u);
    }

    void oddInputIsDataNotACrash() {
        LogTable table;
        const float nan = std::numeric_limits<float>::quiet_NaN();
        const float inf = std::numeric_limits<float>::infinity();
        const std::int64_t times[] = {kNoTimestamp, 0, -5 * kNanosPerDay,
                                      toEpochNanos({2100, 1, 1, 0, 0, 0, 0}),
                                      toEpochNanos({2024, 5, 5, 5, 5, 5, 0})};
        const float latencies[] = {nan, inf, -3.0F, 0.0F, 1e30F};
        const char* messages[] = {"", "\xff\xfe broken utf-8", "' OR 1=1 --", "<*> <*>",
                                  "Failed login for user"};
        for (int i = 0; i < 500; ++i) {
            LogRow row;
            row.timestampNs = times[i % 5];
            row.latencyMs = latencies[(i / 5) % 5];
            row.message = messages[(i / 25) % 5];
            row.level = static_cast<Level>(i % kLevelCount);
            row.statusCode = static_cast<std::uint16_t>((i * 131) % 1000);
            row.service = i % 3 == 0 ? "" : "svc";
            row.truth = i % 7 == 0 ? Truth::Anomaly : Truth::Normal;
            table.append(row);
        }
        for (const std::size_t size : {std::size_t{500}, std::size_t{1}}) {
            LogTable part;
            for (std::size_t r = 0; r < size; ++r) {
                LogRow row;
                row.timestampNs = table.timestampNs(r);
                row.latencyMs = table.latencyMs(r);
                row.message = table.message(r);
                row.level = table.level(r);
                row.statusCode = table.statusCode(r);
                row.service = table.service(r);
                row.truth = table.truth(r);
                part.append(row);
            }
            const auto r = analyze(part);
            QVERIFY(r);
            QCOMPARE(r->totalLines, std::uint64_t(size));
            QCOMPARE(r->lineScores.size(), size);
            for (const float score : r->lineScores)
                QVERIFY(score >= 0.0F && score <= 1.0F);
            QVERIFY(r->health.score >= 0.0 && r->health.score <= 100.0);
            QVERIFY(!formatJsonReport(*r, nullptr, "odd", &part).empty());
        }
    }

    void optionsFromJson() {
        AnalysisOptions options;
        QCOMPARE(parseAnalysisOptions(R"({"incidents": {"high_error_rate": 0.4},
                                         "isolation_forest": {"trees": 50, "seed": 7}})",
                                      options),
                 std::string());
        QCOMPARE(options.highErrorRate, 0.4);
        QCOMPARE(options.forestTrees, std::size_t{50});
        QCOMPARE(options.seed, std::uint64_t{7});
        const struct {
            const char* json;
            const char* error;
        } bad[] = {
            {"[1]", "expected a JSON object"},
            {"{\"incidents\": 3}", "incidents: expected an object"},
            {"{\"incident\": {}}", "incident: unknown section"},
            {"{\"incidents\": {\"high_error\": 1}}", "incidents.high_error: unknown key"},
            {"{\"incidents\": {\"high_error_rate\": \"x\"}}",
             "incidents.high_error_rate: expected a number"},
            {"{\"incidents\": {\"high_error_rate\": 2}}",
             "incidents.high_error_rate: expected a value in [0, 1]"},
            {"{\"isolation_forest\": {\"trees\": 2.5}}",
             "isolation_forest.trees: expected an integer"},
            {"{", "invalid JSON"},
        };
        for (const auto& b : bad) {
            AnalysisOptions untouched;
            const std::string error = parseAnalysisOptions(b.json, untouched);
            QVERIFY2(error.find(b.error) != std::string::npos, error.c_str());
            QCOMPARE(untouched.highErrorRate, AnalysisOptions{}.highErrorRate);
        }
    }

    void jsonReportRoundTrip() {
        const auto episodes =
            std::vector<logscope::test::PlantedEpisode>{{"error_spike",
                                                         toEpochNanos({2024, 10, 28, 17, 30, 0, 0}),
                                                         20 * kNanosPerMinute,
                                                         {"database"}}};
        const LogTable table = logscope::test::generatedTable(1, 100'800, episodes);
        const auto result = analyze(table);
        const std::string text = formatJsonReport(*result, nullptr, "in.jsonl", &table);
        const QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
        QCOMPARE(doc.value("input").toString(), QStringLiteral("in.jsonl"));
        const QJsonObject summary = doc.value("summary").toObject();
        QCOMPARE(summary.value("health").toDouble(), result->health.score);
        QCOMPARE(summary.value("status").toString(),
                 QString::fromLatin1(healthStatusName(result->health.status)));
        QCOMPARE(summary.value("p95_ms").toDouble(), result->latency.p95Ms);
        QCOMPARE(summary.value("success_rate").toDouble(), result->successRate);
        const QJsonArray incidents = doc.value("incidents").toArray();
        QCOMPARE(qsizetype(incidents.size()), qsizetype(result->incidents.size()));
        QVERIFY(!incidents.isEmpty());
        const QJsonObject first = incidents.first().toObject();
        for (const char* key : {"type", "severity", "start", "end", "services", "root_cause",
                                "recommendation", "evidence"})
            QVERIFY2(first.contains(key), key);
        std::int64_t start = 0;
        QVERIFY(parseIso8601(first.value("start").toString().toStdString(), start));
        QVERIFY(std::abs(start - result->incidents.front().startNs) < 1'000'000);
        const QJsonArray anomalies = doc.value("anomalies").toArray();
        QCOMPARE(qsizetype(anomalies.size()), qsizetype(result->topAnomalies.size()));
        for (const char* key : {"line", "time", "score", "explanation"})
            QVERIFY2(anomalies.first().toObject().contains(key), key);
        QVERIFY(doc.value("evaluation").toObject().contains("lines"));
        QVERIFY(doc.value("timings_ms").toObject().contains("total"));
        QCOMPARE(doc.value("services").toArray().size(), qsizetype(result->services.size()));

        const std::string csv = formatScoresCsv(*result, table);
        QVERIFY(csv.rfind("line,score,is_anomaly\n", 0) == 0);
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), std::ptrdiff_t(table.size() + 1));
    }
};

QTEST_APPLESS_MAIN(TestAnalyzer)
#include "test_analyzer.moc"
