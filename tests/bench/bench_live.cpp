// Live mode's figures, core only (the GUI at 4 Hz is bench_ui_live):
//   live_detect_<type>_latency     seconds from injection to the matching incident at 1,000
//                                  lines/s (on the generator's clock: detection depends on line
//                                  times only; ingestion lag is measured separately)
//   live_rss_<minutes>m            resident memory over a run at 5,000 lines/s with the default
//                                  15-minute window, one figure per stream minute
//   live_ingest_rate               lines per second one thread ingests (templates, grid, forest)
//   live_snapshot_ms               time to build one dashboard snapshot of a full window
// Usage: bench_live [RSS_MINUTES (default 30)] [RSS_RATE (default 5000)]
#include "core/generator/generate_json_lines.h"
#include "core/live/feed_driver.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

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

std::unique_ptr<GeneratorFeed> calmFeed(double rate) {
    GeneratorFeedSettings settings;
    settings.rate = rate;
    settings.scenarioOverride = std::string(kCalmScenario);
    std::string error;
    auto feed = GeneratorFeed::create(settings, kStart, error);
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

void memory(int minutes, double rate) {
    auto feed = calmFeed(rate);
    LiveSession session({}, true);
    const auto started = std::chrono::steady_clock::now();
    std::printf("live_rss_start: %.1f MB\n", residentMegabytes());
    for (int m = 1; m <= minutes; ++m) {
        driveFeed(*feed, session, kStart + (m - 1) * kNanosPerMinute + kStep,
                  kStart + m * kNanosPerMinute, kStep);
        const auto snap = session.snapshot(kStart + m * kNanosPerMinute);
        std::printf("live_rss_%dm: %.1f MB  (lines %llu, rows kept %zu, table %.1f MB)\n", m,
                    residentMegabytes(), static_cast<unsigned long long>(snap->ingested),
                    snap->rowsKept, static_cast<double>(snap->tableBytes) / 1048576.0);
        std::fflush(stdout);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("live_ingest_rate: %.0f lines/s  (generation, parsing and analysis on one "
                "thread)\n",
                static_cast<double>(session.ingested()) / seconds);
    const auto t0 = std::chrono::steady_clock::now();
    constexpr int kSnapshots = 20;
    for (int i = 0; i < kSnapshots; ++i)
        (void)session.snapshot(kStart + minutes * kNanosPerMinute);
    std::printf(
        "live_snapshot_ms: %.2f ms  (full %d-minute window)\n",
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() /
            kSnapshots,
        std::min(minutes, 15));
}

} // namespace

int main(int argc, char** argv) {
    const int minutes = argc > 1 ? std::atoi(argv[1]) : 30;
    const double rate = argc > 2 ? std::atof(argv[2]) : 5000.0;
    detection("error_spike", "error_spike", 60);
    detection("service_outage", "service_outage", 60);
    detection("brute_force", "brute_force", 60);
    detection("latency_degradation", "latency_degradation", 300);
    detection("memory_leak", "memory_leak", 300);
    memory(minutes, rate);
    return 0;
}
