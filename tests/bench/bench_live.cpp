// Live mode's figures, core only (the GUI at 4 Hz is bench_ui_live):
//   live_detect_<type>_latency     seconds from injection to the matching incident at 1,000
//                                  lines/s (on the generator's clock: detection depends on line
//                                  times only; ingestion lag is measured separately)
//   live_rss_<minutes>m            resident memory over a run at 5,000 lines/s with the default
//                                  15-minute window, one figure per stream minute; with
//                                  --realtime the stream runs on the wall clock (5,000 lines
//                                  really each second, a snapshot every 250 ms as the GUI asks),
//                                  else on the generator's clock as fast as it goes
//   live_ingest_rate               lines per second one thread ingests (templates, grid, forest)
//   live_snapshot_ms               time to build one dashboard snapshot of a full window
//   live_seal_bytes_per_row        compressed bytes a sealed row of the window costs
//   live_thaw_chunk_ms             time to thaw one sealed chunk (decompress + rebuild rows)
//   live_freeze_<what>_ms          time to copy the rows a drill-down names out of the window
// Usage: bench_live [--realtime] [--memory-only] [RSS_MINUTES (default 30)]
//                   [RSS_RATE (default 5000)]
#include "core/generator/generate_json_lines.h"
#include "core/live/feed_driver.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

using namespace logscope::core;

namespace {

constexpr std::int64_t kStart = 1'700'000'000LL * kNanosPerSecond;
constexpr std::int64_t kStep = 100'000'000; // 10 pulls a second, as the GUI worker does more

double residentMegabytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0.0;
}

std::int64_t wallNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::unique_ptr<GeneratorFeed> calmFeed(double rate, std::int64_t start = kStart) {
    GeneratorFeedSettings settings;
    settings.rate = rate;
    settings.scenarioOverride = std::string(kCalmScenario);
    std::string error;
    auto feed = GeneratorFeed::create(settings, start, error);
    if (!feed) {
        std::fprintf(stderr, "%s\n", error.c_str());
        std::exit(1);
    }
    return feed;
}

void detection(const char* name, const char* type, double durationSeconds) {
    auto feed = calmFeed(1000.0);
    LiveSession session({}, true);
    const std::int64_t injectAt = kStart + 180 * kNanosPerSecond; // three calm minutes first
    driveFeed(*feed, session, kStart, injectAt, kStep);
    const auto before = session.snapshot(injectAt)->score;
    InjectRequest request;
    request.type = type;
    request.durationNs = static_cast<std::int64_t>(durationSeconds * 1e9);
    if (const InjectResult r = feed->inject(request); !r.ok()) {
        std::fprintf(stderr, "%s: %s\n", type, r.error.c_str());
        return;
    }
    const std::int64_t end =
        injectAt + static_cast<std::int64_t>(durationSeconds * 1e9) + 90 * kNanosPerSecond;
    std::optional<double> latency;
    std::string incident;
    driveFeed(*feed, session, injectAt + kStep, end, kStep, [&](std::int64_t t) {
        if (latency)
            return;
        const auto snap = session.snapshot(t);
        for (const EpisodeScore& e : snap->episodes)
            if (e.state == EpisodeScore::State::Caught) {
                latency = e.latencySeconds;
                for (const RaisedIncident& r : snap->incidents)
                    if (r.id == e.incidentId)
                        incident = std::string(incidentTypeName(r.incident.type)) + " on " +
                                   r.incident.services.front();
            }
    });
    const auto after = session.snapshot(end)->score;
    if (latency)
        std::printf("live_detect_%s_latency: %.1f s  (%s; duration %.0f s)\n", name, *latency,
                    incident.c_str(), durationSeconds);
    else
        std::printf("live_detect_%s_latency: missed s  (duration %.0f s)\n", name, durationSeconds);
    std::printf("live_detect_%s_false_alarms: %llu count  (calm minutes before: %llu)\n", name,
                static_cast<unsigned long long>(after.falseAlarms),
                static_cast<unsigned long long>(before.falseAlarms));
    std::fflush(stdout);
}

// The window's sealed chunks: their cost per row, one thaw, and drill-down copies.
void windowCosts(const LiveSession& session) {
    const LiveTable& table = session.table();
    std::printf("live_seal_bytes_per_row: %.1f bytes  (%zu rows kept, %zu sealed chunks, "
                "table %.1f MB)\n",
                static_cast<double>(table.heapBytes()) / static_cast<double>(table.size()),
                table.size(), table.sealedChunks(),
                static_cast<double>(table.heapBytes()) / 1048576.0);
    const std::int64_t newest = session.newestNs();
    auto timed = [&](const char* name, const LiveSelection& selection) {
        const auto t0 = std::chrono::steady_clock::now();
        const FrozenRows frozen = table.freeze(selection);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count();
        std::printf("live_freeze_%s_ms: %.1f ms  (%zu rows%s, %zu chunks thawed, %zu skipped)\n",
                    name, ms, frozen.table->size(), frozen.capped ? ", capped" : "",
                    frozen.chunksThawed, frozen.chunksSkipped);
        return frozen;
    };
    LiveSelection bucket; // a 10-second bar of the level-over-time chart, 10 minutes back
    bucket.filter.fromNs = newest - 10 * kNanosPerMinute;
    bucket.filter.toNs = bucket.filter.fromNs + 10 * kNanosPerSecond;
    timed("bucket", bucket);
    if (table.sealedChunks() > 0) {
        const SealedChunk& chunk = *table.sealed()[table.sealedChunks() / 2];
        constexpr int kThaws = 5;
        std::string error;
        const auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < kThaws; ++i)
            if (!chunk.thaw(error))
                std::fprintf(stderr, "thaw: %s\n", error.c_str());
        std::printf("live_thaw_chunk_ms: %.1f ms  (one sealed chunk of %zu rows, %.0f KB "
                    "compressed from %.0f KB)\n",
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                            .count() /
                        kThaws,
                    chunk.rows(), static_cast<double>(chunk.compressedBytes()) / 1024.0,
                    static_cast<double>(chunk.serialisedBytes()) / 1024.0);
    }
    LiveSelection errors; // the error lines of the whole window
    errors.filter.levelMask = (1u << static_cast<unsigned>(Level::Error)) |
                              (1u << static_cast<unsigned>(Level::Critical));
    timed("errors_window", errors);
    LiveSelection all; // everything (capped at the newest 250,000)
    timed("window_capped", all);
}

// Resident memory per stream minute at rate lines/s. realTime: on the wall clock, pulling
// every 100 ms and snapshotting every 250 ms like the GUI's worker; else as fast as it goes.
void memory(int minutes, double rate, bool realTime) {
    const auto started = std::chrono::steady_clock::now();
    const std::int64_t start = realTime ? wallNs() : kStart;
    auto feed = calmFeed(rate, start);
    LiveSession session({}, true);
    std::printf("live_rss_start: %.1f MB  (%s, %.0f lines/s)\n", residentMegabytes(),
                realTime ? "real time" : "fast", rate);
    double worstLag = 0.0;
    for (int m = 1; m <= minutes; ++m) {
        const std::int64_t minuteEnd = start + m * kNanosPerMinute;
        if (realTime) {
            std::int64_t lastSnapshot = 0;
            for (;;) {
                const std::int64_t now = wallNs();
                for (;;) {
                    const std::span<const LogRow> rows = feed->pull(now, 50'000);
                    session.ingest(rows, now);
                    if (rows.size() < 50'000)
                        break;
                }
                if (now - lastSnapshot >= 250'000'000) {
                    session.setEpisodes(feed->truth());
                    worstLag = std::max(worstLag, session.snapshot(wallNs())->lagSeconds);
                    lastSnapshot = now;
                }
                if (now >= minuteEnd)
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        } else {
            driveFeed(*feed, session, minuteEnd - kNanosPerMinute + kStep, minuteEnd, kStep);
        }
        const auto snap = session.snapshot(realTime ? wallNs() : minuteEnd);
        std::printf("live_rss_%dm: %.1f MB  (lines %llu, rows kept %zu, window %.1f min, "
                    "table %.1f MB, over budget %llu)\n",
                    m, residentMegabytes(), static_cast<unsigned long long>(snap->ingested),
                    snap->rowsKept,
                    static_cast<double>(session.newestNs() - session.table().oldestNs()) / 6e10,
                    static_cast<double>(snap->tableBytes) / 1048576.0,
                    static_cast<unsigned long long>(snap->rowsOverBudget));
        std::fflush(stdout);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (realTime)
        std::printf("live_realtime_lag_max: %.2f s  (worst snapshot lag over the run)\n", worstLag);
    else
        std::printf("live_ingest_rate: %.0f lines/s  (generation, parsing and analysis on one "
                    "thread)\n",
                    static_cast<double>(session.ingested()) / seconds);
    const auto t0 = std::chrono::steady_clock::now();
    constexpr int kSnapshots = 20;
    for (int i = 0; i < kSnapshots; ++i)
        (void)session.snapshot(session.newestNs());
    std::printf(
        "live_snapshot_ms: %.2f ms  (full %d-minute window)\n",
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() /
            kSnapshots,
        std::min(minutes, 15));
    windowCosts(session);
}

} // namespace

int main(int argc, char** argv) {
    bool realTime = false;
    bool memoryOnly = false;
    std::vector<const char*> numbers;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--realtime")
            realTime = true;
        else if (arg == "--memory-only")
            memoryOnly = true;
        else
            numbers.push_back(argv[i]);
    }
    const int minutes = numbers.size() > 0 ? std::atoi(numbers[0]) : 30;
    const double rate = numbers.size() > 1 ? std::atof(numbers[1]) : 5000.0;
    if (minutes < 1 || rate <= 0.0) {
        std::fprintf(stderr, "usage: bench_live [--realtime] [--memory-only] [MINUTES] [RATE]\n");
        return 2;
    }
    if (memoryOnly) {
        memory(minutes, rate, realTime);
        return 0;
    }
    detection("error_spike", "error_spike", 60);
    detection("service_outage", "service_outage", 60);
    detection("brute_force", "brute_force", 60);
    detection("latency_degradation", "latency_degradation", 300);
    detection("memory_leak", "memory_leak", 300);
    memory(minutes, rate, realTime);
    return 0;
}
