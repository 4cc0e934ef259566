#include "core/analysis/analyzer.h"
#include "core/formats/log_loader.h"
#include "core/generator/generate_json_lines.h"
#include "core/time/civil_time.h"

#include <QTest>

using namespace logscope::core;

namespace {
std::string generate(const GeneratorOptions& options, bool labels = true) {
    std::string out;
    generateJsonLines(options, labels, [&out](std::string_view chunk) {
        out.append(chunk);
        return true;
    });
    return out;
}
} // namespace

class TestLogGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void isDeterministic() {
        GeneratorOptions options;
        options.total = 20'000;
        options.seed = 7;
        const std::string a = generate(options);
        QCOMPARE(generate(options), a);
        options.seed = 8;
        QVERIFY(generate(options) != a);
    }
    void producesExactlyTheRequestedLinesInTheSpan() {
        GeneratorOptions options;
        options.total = 100'800;
        const std::string out = generate(options);
        const LoadResult loaded = loadLogBuffer(out);
        QCOMPARE(loaded.report.badLineCount, 0u);
        QCOMPARE(loaded.table->size(), std::size_t{100'800});
        const auto result = analyze(*loaded.table);
        const std::int64_t start = toEpochNanos({2024, 10, 27, 14, 30, 0, 0});
        QVERIFY(result->firstNs >= start);
        QVERIFY(result->lastNs < start + 7 * kNanosPerDay);
        QCOMPARE(result->services.size(), std::size_t{7});
        // Seed 003's mix: mostly INFO, an error rate of a few per cent.
        QVERIFY(result->errorRate > 0.005 && result->errorRate < 0.05);
        QVERIFY(result->perLevel[std::size_t(Level::Warning)] > 0);
        QVERIFY(result->perLevel[std::size_t(Level::Critical)] > 0);
    }
    void followsBusinessHoursAndWeekends() {
        GeneratorOptions options;
        options.total = 100'800;
        options.startNs = toEpochNanos({2024, 10, 28, 0, 0, 0, 0}); // a Monday
        const LoadResult loaded = loadLogBuffer(generate(options));
        std::uint64_t weekdayAfternoon = 0;
        std::uint64_t weekdayNight = 0;
        std::uint64_t weekendAfternoon = 0;
        for (std::size_t r = 0; r < loaded.table->size(); ++r) {
            const std::int64_t ts = loaded.table->timestampNs(r);
            const CivilTime t = fromEpochNanos(ts);
            const bool weekend = weekdayOf(ts) >= 5;
            if (t.hour == 14)
                (weekend ? weekendAfternoon : weekdayAfternoon) += 1;
            else if (t.hour == 3 && !weekend)
                ++weekdayNight;
        }
        QVERIFY2(weekdayAfternoon > 2 * weekdayNight, "business hours are busier than the night");
        QVERIFY2(weekdayAfternoon / 5 > 2 * (weekendAfternoon / 2), "weekends are quieter");
    }
    void leavesLabelsOutWhenAsked() {
        GeneratorOptions options;
        options.total = 10;
        QVERIFY(generate(options, true).find("\"_labels\"") != std::string::npos);
        QVERIFY(generate(options, false).find("\"_labels\"") == std::string::npos);
    }
    void stopsWhenTheSinkRefuses() {
        GeneratorOptions options;
        options.total = 50'000;
        int calls = 0;
        const bool ok = generateJsonLines(options, true, [&calls](std::string_view) {
            ++calls;
            return false;
        });
        QVERIFY(!ok);
        QCOMPARE(calls, 1);
    }
};

QTEST_APPLESS_MAIN(TestLogGenerator)
#include "test_log_generator.moc"
