// Live mode's top anomalies: the window's best-scoring lines, a few per slot (bounded memory),
// explained in words, and filled into the live snapshot's AnalysisResult like the batch
// analysis fills its own.
#include "core/generator/generate_json_lines.h"
#include "core/live/feed_driver.h"
#include "core/live/live_session.h"
#include "core/live/live_top_lines.h"

#include <QTest>

using namespace logscope::core;

namespace {

constexpr std::int64_t kStart = 1'700'000'000LL * kNanosPerSecond;

LiveTopLine line(std::uint64_t sequence, float score) {
    LiveTopLine l;
    l.sequence = sequence;
    l.timestampNs = kStart + static_cast<std::int64_t>(sequence) * kNanosPerSecond;
    l.score = score;
    l.level = Level::Info;
    l.service = "api";
    l.message = "request " + std::to_string(sequence);
    return l;
}

} // namespace

class TestLiveTopLines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsTheBestFewPerSlotAndRanksTheWindow() {
        LiveTopLines top(2);
        top.offer(10, line(1, 0.5F));
        top.offer(10, line(2, 0.7F));
        QVERIFY(!top.wants(10, 0.4F));
        top.offer(10, line(3, 0.4F)); // below both: dropped
        top.offer(10, line(4, 0.9F)); // replaces 0.5
        top.offer(11, line(5, 0.6F));
        top.offer(11, line(6, 0.0F)); // unscored (model not trained yet): never kept
        QCOMPARE(top.size(), std::size_t(3));
        const std::vector<ScoredLine> best = top.best(10, 0);
        QCOMPARE(best.size(), std::size_t(3));
        QCOMPARE(best[0].row, RowId(4));
        QCOMPARE(best[1].row, RowId(2));
        QCOMPARE(best[2].row, RowId(5));
        QCOMPARE(top.best(1, 0).size(), std::size_t(1));
        // Slots before the window's first are left out, then forgotten.
        QCOMPARE(top.best(10, 11).size(), std::size_t(1));
        top.evictBefore(11);
        QCOMPARE(top.size(), std::size_t(1));
    }

    void explainsWhatMakesALineStandOut() {
        LiveTopLine l = line(7, 0.8F);
        l.level = Level::Error;
        l.service = "payments";
        l.message = "upstream timed out";
        l.latencyMs = 4200.0F;
        l.serviceLatencyMs = 200.0F;
        l.statusCode = 504;
        l.templateLines = 2;
        l.streamLines = 50'000;
        const std::string why = explainLiveLine(l);
        for (const char* part :
             {"ERROR payments 22:13:27.000: upstream timed out", "latency 4200 ms",
              "21.0 x the service's usual 200 ms", "rare message template", "status 504"})
            QVERIFY2(why.find(part) != std::string::npos, why.c_str());
        l.message = std::string(1000, 'x');
        LiveTopLines top;
        top.offer(0, l);
        QVERIFY(top.best(1, 0).front().explanation.size() < 600);
    }

    void liveSnapshotsListTheWindowsTopAnomalies() {
        GeneratorFeedSettings settings;
        settings.rate = 1000.0;
        settings.scenarioOverride = std::string(kCalmScenario);
        std::string error;
        auto feed = GeneratorFeed::create(settings, kStart, error);
        QVERIFY2(feed, error.c_str());
        LiveOptions options;
        options.windowNs = 2 * kNanosPerMinute;
        LiveSession session(options, true);
        const std::int64_t step = 100'000'000;
        const std::int64_t injectAt = kStart + 60 * kNanosPerSecond;
        driveFeed(*feed, session, kStart, injectAt, step);
        InjectRequest request;
        request.type = "latency_degradation";
        request.durationNs = 60 * kNanosPerSecond;
        QVERIFY(feed->inject(request).ok());
        const std::int64_t end = injectAt + 40 * kNanosPerSecond;
        driveFeed(*feed, session, injectAt + step, end, step);
        const auto snap = session.snapshot(end);
        const std::vector<ScoredLine>& top = snap->result->topAnomalies;
        QCOMPARE(top.size(), options.analysis.topAnomalies);
        for (std::size_t i = 0; i < top.size(); ++i) {
            QVERIFY(top[i].score > 0.0);
            QVERIFY(!top[i].explanation.empty());
            QVERIFY(top[i].row < session.ingested());
            if (i > 0)
                QVERIFY(top[i - 1].score >= top[i].score);
        }
        // The degraded service's slow requests stand out.
        std::size_t slow = 0;
        for (const ScoredLine& s : top)
            slow += s.explanation.find("x the service's usual") != std::string::npos ? 1 : 0;
        QVERIFY2(slow > 0, top.front().explanation.c_str());

        // Memory: a few lines per slot of the window, whatever the rate.
        const std::int64_t later = end + 5 * kNanosPerMinute;
        driveFeed(*feed, session, end + step, later, step);
        const auto after = session.snapshot(later);
        QCOMPARE(after->result->topAnomalies.size(), options.analysis.topAnomalies);
        for (const ScoredLine& s : after->result->topAnomalies)
            QVERIFY(s.row >= snap->ingested); // the old window's lines left with it
    }
};

QTEST_GUILESS_MAIN(TestLiveTopLines)
#include "test_live_top_lines.moc"
