// Statistics on hand-computed fixtures: percentiles against a sorted array, the histogram,
// per-service breakdown, success rates, weekday x hour, daily trends, template grouping.
#include "analysis_fixtures.h"
#include "core/analysis/analyzer.h"
#include "core/analysis/patterns/message_mask.h"
#include "core/analysis/statistics/daily_trends.h"
#include "core/analysis/statistics/latency_statistics.h"
#include "core/report/json_report.h"

#include <QTest>
#include <algorithm>
#include <random>
#include <set>

using namespace logscope::core;
using namespace logscope::test;

namespace {

// numpy's default ("linear") percentile on a sorted copy, written independently.
double referencePercentile(std::vector<float> values, double p) {
    std::sort(values.begin(), values.end());
    const double h = (static_cast<double>(values.size()) - 1.0) * p;
    const auto lo = static_cast<std::size_t>(h);
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

} // namespace

class TestAnalysisStatistics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void percentilesAreExact_data() {
        QTest::addColumn<int>("count");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("101") << 101;
        QTest::newRow("10000") << 10000;
    }
    void percentilesAreExact() {
        QFETCH(int, count);
        std::mt19937 rng(static_cast<unsigned>(count));
        std::lognormal_distribution<float> latency(4.0F, 0.8F);
        std::vector<float> values;
        for (int i = 0; i < count; ++i)
            values.push_back(std::round(latency(rng)));
        for (const double p : {0.0, 0.5, 0.95, 0.99, 1.0}) {
            std::vector<float> copy = values;
            QCOMPARE(exactPercentile(copy, p), referencePercentile(values, p));
        }
    }

    void latencyStatisticsOfATable() {
        LogTable table;
        const std::int64_t t0 = at(2024, 1, 1, 0, 0);
        std::vector<float> latencies;
        for (int i = 0; i < 1000; ++i) {
            const float ms = static_cast<float>((i * 37) % 1000 + 1);
            latencies.push_back(ms);
            appendLine(table, make(t0 + i * kNanosPerSecond, "api", Level::Info, "GET", ms, 200));
        }
        appendLine(table, make(t0, "api", Level::Info, "no latency")); // ignored by latency stats
        const auto r = analyze(table);
        QCOMPARE(r->latency.count, 1000u);
        QCOMPARE(r->latency.p50Ms, referencePercentile(latencies, 0.5));
        QCOMPARE(r->latency.p95Ms, referencePercentile(latencies, 0.95));
        QCOMPARE(r->latency.p99Ms, referencePercentile(latencies, 0.99));
        QCOMPARE(r->latency.meanMs, 500.5);
        QCOMPARE(r->latency.maxMs, 1000.0);
        std::uint64_t binned = 0;
        for (std::size_t b = 0; b < r->latency.histogram.size(); ++b) {
            binned += r->latency.histogram[b].count;
            if (b > 0) // log-scale: every bin spans the same ratio
                QVERIFY(std::abs(r->latency.histogram[b].upperMs / r->latency.histogram[b].lowerMs -
                                 r->latency.histogram[1].upperMs /
                                     r->latency.histogram[1].lowerMs) < 1e-6);
        }
        QCOMPARE(binned, 1000u);
        QCOMPARE(r->latency.slowLines, 0u);
    }

    // A latency of hours from a service answering in milliseconds is a broken record (a Data
    // Anomaly incident names it), not a response time: it must not drag the service's mean, the
    // maximum or the histogram. A service that is slow by nature keeps its long latencies.
    void implausibleLatenciesStayOutOfStatistics() {
        LogTable table;
        const std::int64_t t0 = at(2024, 1, 1, 0, 0);
        for (int i = 0; i < 500; ++i)
            appendLine(table, make(t0 + i * kNanosPerSecond, "payment", Level::Info, "paid",
                                   static_cast<float>(100 + i % 101), 200));
        constexpr float kFiveHoursMs = 5.0F * 3'600'000.0F;
        for (int i = 0; i < 5; ++i)
            appendLine(table, make(t0 + (500 + i) * kNanosPerSecond, "payment", Level::Info, "paid",
                                   kFiveHoursMs, 200));
        for (int i = 0; i < 100; ++i) // nightly exports take two hours
            appendLine(table, make(t0 + i * kNanosPerSecond, "export", Level::Info, "exported",
                                   7'200'000.0F + static_cast<float>(i), 200));
        const auto r = analyze(table);
        const auto payment =
            std::find_if(r->services.begin(), r->services.end(),
                         [](const ServiceStats& s) { return s.name == "payment"; });
        QVERIFY(payment != r->services.end());
        QCOMPARE(payment->latencyLines, 500u);
        QVERIFY(payment->avgLatencyMs >= 100.0 && payment->avgLatencyMs <= 200.0);
        QCOMPARE(r->latency.implausible, 5u);
        QCOMPARE(r->latency.count, 600u);
        QVERIFY(r->latency.maxMs < 7'300'000.0);
        const auto exporter =
            std::find_if(r->services.begin(), r->services.end(),
                         [](const ServiceStats& s) { return s.name == "export"; });
        QVERIFY(exporter != r->services.end());
        QCOMPARE(exporter->latencyLines, 100u);
        QVERIFY(std::any_of(r->warnings.begin(), r->warnings.end(), [](const std::string& w) {
            return w.find("5 latencies") != std::string::npos;
        }));
        QVERIFY(formatJsonReport(*r, nullptr, "in.jsonl", &table)
                    .find("\"implausible_latencies\": 5") != std::string::npos);
    }

    void servicesSuccessAndRates() {
        LogTable table;
        const std::int64_t t0 = at(2024, 1, 1, 0, 0);
        // api: 4 lines, one 503 and one 404 -> success 3/4 (a 404 is the client's mistake).
        appendLine(table, make(t0, "api", Level::Info, "ok", 100.0F, 200));
        appendLine(table, make(t0, "api", Level::Warning, "not found", 50.0F, 404));
        appendLine(table, make(t0, "api", Level::Error, "unavailable", 300.0F, 503));
        appendLine(table, make(t0, "api", Level::Info, "ok", 150.0F, 200));
        // worker: no status codes -> success from levels: 1 error of 2.
        appendLine(table, make(t0, "worker", Level::Critical, "crash"));
        appendLine(table, make(t0, "worker", Level::Info, "job done"));
        const auto r = analyze(table);
        QCOMPARE(r->services.size(), std::size_t{2});
        const ServiceStats& api = r->services[0];
        QCOMPARE(api.name, std::string("api"));
        QCOMPARE(api.errors, 1u);
        QCOMPARE(api.warnings, 1u);
        QCOMPARE(api.avgLatencyMs, 150.0);
        QCOMPARE(api.successRate, 0.75);
        const ServiceStats& worker = r->services[1];
        QCOMPARE(worker.successRate, 0.5);
        QCOMPARE(worker.status, HealthStatus::Critical);
        // Overall success comes from status codes when any line has one.
        QCOMPARE(r->successRate, 0.75);
        QCOMPARE(r->statusLines, 4u);
        QCOMPARE(r->errorRate, 2.0 / 6.0);
    }

    void weekdayHourCounts() {
        LogTable table;
        // 2024-01-01 was a Monday.
        appendLine(table, make(at(2024, 1, 1, 9, 15), "a"));
        appendLine(table, make(at(2024, 1, 1, 9, 45), "a"));
        appendLine(table, make(at(2024, 1, 7, 23, 59), "a")); // Sunday
        const auto r = analyze(table);
        QCOMPARE(r->dayHour[0][9], 2u);
        QCOMPARE(r->dayHour[6][23], 1u);
        std::uint64_t total = 0;
        for (const auto& day : r->dayHour)
            for (const auto c : day)
                total += c;
        QCOMPARE(total, 3u);
    }

    void dailyTrends() {
        LogTable table;
        // Three days: 1 %, 1 %, then 10 % errors.
        for (int day = 0; day < 3; ++day)
            for (int i = 0; i < 100; ++i) {
                const bool error = i < (day == 2 ? 10 : 1);
                appendLine(table, make(at(2024, 1, 1 + day, 12, 0) + i * kNanosPerSecond, "a",
                                       error ? Level::Error : Level::Info, "m", 10.0F));
            }
        const auto r = analyze(table);
        QCOMPARE(r->daily.size(), std::size_t{3});
        QCOMPARE(r->daily[0].errors, 1u);
        QCOMPARE(r->daily[1].trend, Trend::Stable);
        QCOMPARE(r->daily[2].trend, Trend::Degrading);
        QCOMPARE(r->overallTrend, Trend::Degrading);
        QCOMPARE(classifyChange(0.10, 0.02, 0.2, 0.002), Trend::Improving);
        QCOMPARE(classifyChange(0.10, 0.105, 0.2, 0.002), Trend::Stable);
    }

    void masksVariablesIntoOneTemplate() {
        std::string a;
        std::string b;
        maskMessage("Connection timeout to database after 5012 ms", a);
        maskMessage("Connection timeout to database after 87 ms", b);
        QCOMPARE(a, b);
        QCOMPARE(a, std::string("Connection timeout to database after <*> ms"));
        maskMessage("client 10.0.12.7 id 0x1f3a done.", a);
        QCOMPARE(a, std::string("client <*> id <*> done."));
    }

    void errorPatternsUseTemplatesOrMasks() {
        LogTable table;
        const std::int64_t t0 = at(2024, 1, 1, 0, 0);
        for (int i = 0; i < 30; ++i) {
            appendLine(table, make(t0 + i * kNanosPerMinute, "db", Level::Error,
                                   "Connection timeout after " + std::to_string(100 + i) + " ms"));
            appendLine(table, make(t0 + i * kNanosPerMinute, "db", Level::Info, "query ok"));
        }
        for (int i = 0; i < 5; ++i)
            appendLine(table, make(t0 + i * kNanosPerMinute, "db", Level::Warning, "Slow query 9"));
        appendLine(table, make(t0, "db", Level::Critical, "Disk failure on /dev/sda"));
        auto r = analyze(table);
        const ErrorPatterns& p = r->errorPatterns;
        QCOMPARE(p.uniqueErrorTypes, 3u);
        QCOMPARE(p.topErrors[0].text, std::string("Connection timeout after <*> ms"));
        QCOMPARE(p.topErrors[0].count, 30u);
        QCOMPARE(p.topErrors[0].services, std::vector<std::string>{"db"});
        QCOMPARE(p.rareTemplates.front().text, std::string("Disk failure on /dev/sda"));

        // With a miner's ids, those group the lines (and name them when a dictionary is given).
        for (std::size_t row = 0; row < table.size(); ++row)
            table.setTemplateId(row, table.level(row) == Level::Info ? 7u : 3u);
        AnalysisOptions options;
        options.templateText = [](std::uint32_t id) {
            return "template " + std::to_string(id);
        };
        r = analyze(table, ViewFilter{}, options);
        QCOMPARE(r->errorPatterns.uniqueErrorTypes, 1u);
        QCOMPARE(r->errorPatterns.topErrors[0].text, std::string("template 3"));
        QCOMPARE(r->errorPatterns.topErrors[0].count, 36u);
    }

    void correlatedErrorsRiseTogether() {
        LogTable table;
        const std::int64_t t0 = at(2024, 1, 1, 0, 0);
        for (int minute = 0; minute < 600; ++minute) {
            const std::int64_t ts = t0 + minute * kNanosPerMinute;
            for (int k = 0; k < 5; ++k)
                appendLine(table, make(ts, "api", Level::Info, "GET ok"));
            const bool burst = (minute / 60) % 3 == 1; // hours 1, 4, 7: both errors burst
            for (int k = 0; k < (burst ? 3 : 0); ++k) {
                appendLine(table, make(ts, "db", Level::Error, "Deadlock detected"));
                appendLine(table, make(ts, "api", Level::Error, "Upstream timeout"));
            }
            if (minute % 50 == 0)
                appendLine(table, make(ts, "cache", Level::Error, "Eviction storm"));
        }
        const auto r = analyze(table);
        QVERIFY(!r->errorPatterns.correlatedPairs.empty());
        const CorrelatedErrorPair& top = r->errorPatterns.correlatedPairs.front();
        const std::set<std::string> texts{top.textA, top.textB};
        QCOMPARE(texts, (std::set<std::string>{"Deadlock detected", "Upstream timeout"}));
        QVERIFY(top.strength > 0.9);
    }
};

QTEST_APPLESS_MAIN(TestAnalysisStatistics)
#include "test_analysis_statistics.moc"
