// The runtime API live mode drives: wall-clock batches at a pace, injections from another
// thread while the generator runs, pace changes, episode snapshots.
#include "core/time/civil_time.h"
#include "generator_test_support.h"

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

using namespace generator_test;

namespace {

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

GeneratorSettings wallClock(const Scenario& scenario, double rate, std::uint64_t total = 0) {
    GeneratorRequest request;
    request.clock = GeneratorClock::WallClock;
    request.rate = rate;
    request.total = total;
    request.anomalyProbability = 0.0;
    return resolveGeneratorSettings(scenario, request, nowNs()).settings;
}

} // namespace

class TestGeneratorLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void producesTheLinesDueAtThePace() {
        const auto s = quietScenario("microservices");
        const GeneratorSettings settings = wallClock(*s, 1000.0);
        LogGenerator generator(s, settings);
        GeneratedBatch batch;
        std::uint64_t lines = 0;
        std::int64_t last = settings.startNs;
        // Ten simulated seconds of wall clock, in uneven steps.
        for (int step = 1; step <= 40; ++step) {
            const std::int64_t until = settings.startNs + step * 250'000'000LL + (step % 3) * 7;
            while (generator.nextUntil(batch, until, 333) > 0) {
                for (const GeneratedRecord& r : batch) {
                    QVERIFY(r.timestampNs >= last);
                    QVERIFY(r.timestampNs < until);
                    last = r.timestampNs;
                }
                lines += batch.size();
            }
        }
        QVERIFY2(lines >= 9990 && lines <= 10010, qPrintable(QString::number(lines)));
        QVERIFY(!generator.finished());
        QCOMPARE(generator.produced(), lines);
    }

    void catchingUpAfterAPauseComesInPieces() {
        // A consumer that paused for half a minute at 20,000 lines/s gets the backlog in
        // order, a bounded window at a time (the planner never plans 600,000 lines at once).
        const auto s = quietScenario("microservices");
        const GeneratorSettings settings = wallClock(*s, 20'000.0);
        LogGenerator generator(s, settings);
        GeneratedBatch batch;
        std::uint64_t lines = 0;
        std::int64_t last = 0;
        while (generator.nextUntil(batch, settings.startNs + 30 * kNanosPerSecond, 4096) > 0) {
            QVERIFY(batch.size() <= 4096);
            QVERIFY(batch[0].timestampNs >= last);
            last = batch[batch.size() - 1].timestampNs;
            lines += batch.size();
        }
        QVERIFY2(lines >= 599'900 && lines <= 600'100, qPrintable(QString::number(lines)));
    }

    void timestampsAreTheWallClock() {
        const auto s = quietScenario("web");
        LogGenerator generator(s, wallClock(*s, 5000.0));
        std::this_thread::sleep_for(std::chrono::milliseconds(60));
        GeneratedBatch batch;
        const std::int64_t before = nowNs();
        generator.next(batch, 100'000);
        QVERIFY(batch.size() > 100);
        for (const GeneratedRecord& r : batch)
            QVERIFY(r.timestampNs <= before + 50'000'000LL &&
                    r.timestampNs > before - 2'000'000'000LL);
    }

    void aTotalEndsTheStream() {
        const auto s = quietScenario("basic");
        const GeneratorSettings settings = wallClock(*s, 100.0, 25);
        LogGenerator generator(s, settings);
        GeneratedBatch batch;
        std::uint64_t lines = 0;
        for (int step = 1; step <= 10 && !generator.finished(); ++step)
            lines += generator.nextUntil(batch, settings.startNs + step * 100'000'000LL, 1000);
        QCOMPARE(lines, std::uint64_t{25});
        QVERIFY(generator.finished());
        QCOMPARE(generator.nextUntil(batch, settings.startNs + 10 * kNanosPerSecond, 10),
                 std::size_t{0});
    }

    void setRateChangesThePace() {
        const auto s = quietScenario("microservices");
        const GeneratorSettings settings = wallClock(*s, 100.0);
        LogGenerator generator(s, settings);
        GeneratedBatch batch;
        auto linesIn = [&](std::int64_t from, std::int64_t to) {
            std::uint64_t n = 0;
            generator.nextUntil(batch, from, 1'000'000);
            while (generator.nextUntil(batch, to, 100'000) > 0)
                n += batch.size();
            return n;
        };
        const std::uint64_t slow =
            linesIn(settings.startNs, settings.startNs + kNanosPerSecond * 10);
        generator.setRate(2000.0);
        const std::uint64_t fast = linesIn(settings.startNs + kNanosPerSecond * 10,
                                           settings.startNs + kNanosPerSecond * 20);
        QVERIFY2(slow >= 990 && slow <= 1010, qPrintable(QString::number(slow)));
        QVERIFY2(fast >= 19'900 && fast <= 20'100, qPrintable(QString::number(fast)));
    }

    void injectFromAnotherThreadWhileRunning() {
        const auto s = quietScenario("microservices");
        const GeneratorSettings settings = wallClock(*s, 20'000.0);
        LogGenerator generator(s, settings);
        std::atomic<bool> running{true};
        std::atomic<std::int64_t> clock{settings.startNs};
        std::vector<GeneratedRecord> records;
        // The generating thread, as live mode's worker.
        std::thread worker([&] {
            GeneratedBatch batch;
            while (running.load()) {
                const std::int64_t until = clock.fetch_add(5'000'000) + 5'000'000;
                while (generator.nextUntil(batch, until, 4096) > 0)
                    for (const GeneratedRecord& r : batch)
                        records.push_back(r);
            }
        });
        // This thread plays the GUI: injects, reads the episode list, changes the pace.
        std::vector<std::uint32_t> ids;
        for (const char* type : {"error_spike", "brute_force", "rate_limiting", "database_outage",
                                 "cascading_failure", "memory_leak", "complete", "xss"}) {
            InjectRequest request;
            request.durationNs = 2 * kNanosPerSecond;
            const InjectResult result = generator.inject(type, request);
            QVERIFY2(result.ok(), result.error.c_str());
            ids.push_back(result.episodeId);
            std::this_thread::sleep_for(std::chrono::milliseconds(3));
            (void)generator.episodes();
            generator.setRate(15'000.0 + 1000.0 * static_cast<double>(ids.size()));
        }
        while (generator.episodes().size() < ids.size())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        running = false;
        worker.join();

        const std::vector<Episode> episodes = generator.episodes();
        QCOMPARE(episodes.size(), ids.size());
        std::set<std::uint32_t> distinct(ids.begin(), ids.end());
        QCOMPARE(distinct.size(), ids.size());
        for (const Episode& e : episodes) {
            QCOMPARE(e.origin, EpisodeOrigin::Injected);
            QVERIFY(e.startNs >= settings.startNs);
            QCOMPARE(e.endNs - e.startNs, 2 * kNanosPerSecond);
        }
        // Injected episodes start "now" and their lines carry their ids.
        std::set<std::uint32_t> seen;
        for (const GeneratedRecord& r : records)
            if (r.episodeId != 0)
                seen.insert(r.episodeId);
        QVERIFY2(seen.size() >= 6, qPrintable(QString::number(seen.size())));
    }

    void injectWithADelayOrAnAbsoluteTime() {
        const auto s = quietScenario("microservices");
        const GeneratorSettings settings = wallClock(*s, 100.0);
        LogGenerator generator(s, settings);
        InjectRequest delayed;
        delayed.delayNs = 3 * kNanosPerSecond;
        delayed.durationNs = kNanosPerSecond;
        QVERIFY(generator.inject("error_spike", delayed).ok());
        InjectRequest absolute;
        absolute.atNs = settings.startNs + 7 * kNanosPerSecond;
        QVERIFY(generator.inject("latency_degradation", absolute).ok());
        GeneratedBatch batch;
        generator.nextUntil(batch, settings.startNs + kNanosPerSecond, 1000);
        const auto episodes = generator.episodes();
        QCOMPARE(episodes.size(), std::size_t{2});
        QCOMPARE(episodes[0].startNs, settings.startNs + kNanosPerSecond + 3 * kNanosPerSecond);
        QCOMPARE(episodes[1].startNs, settings.startNs + 7 * kNanosPerSecond);
    }
};

QTEST_APPLESS_MAIN(TestGeneratorLive)
#include "test_generator_live.moc"
