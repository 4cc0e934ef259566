#include "core/analysis/analyzer.h"
#include "core/formats/log_loader.h"
#include "core/time/civil_time.h"

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
};

QTEST_APPLESS_MAIN(TestAnalyzer)
#include "test_analyzer.moc"
