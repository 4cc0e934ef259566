#pragma once
// Live-mode tests: a calm generated demo stream, and an episode injected into it, driven on the
// generator's clock (10 pulls a second), as the GUI's worker and the headless monitor drive it.

#include "core/generator/generate_json_lines.h"
#include "core/live/feed_driver.h"

#include <QtGlobal>
#include <memory>
#include <string>

namespace logscope::test {

using namespace logscope::core;

/// When every live test stream starts (generator clock).
constexpr std::int64_t kLiveStart = 1'700'000'000LL * kNanosPerSecond;

/// A calm demo stream (no random episodes) at rate lines per second from kLiveStart.
inline std::unique_ptr<GeneratorFeed> calmFeed(double rate) {
    GeneratorFeedSettings settings;
    settings.rate = rate;
    settings.scenarioOverride = std::string(kCalmScenario);
    std::string error;
    auto feed = GeneratorFeed::create(settings, kLiveStart, error);
    if (!feed)
        qFatal("feed: %s", error.c_str());
    return feed;
}

/// warmupSeconds of calm traffic, then an episode of type lasting durationSeconds, watched
/// afterSeconds from its start; the session's snapshot at that moment.
inline std::shared_ptr<const LiveSnapshot> runLiveEpisode(const char* type, int warmupSeconds,
                                                          int afterSeconds,
                                                          double durationSeconds = 60.0,
                                                          double rate = 1000.0) {
    auto feed = calmFeed(rate);
    LiveSession session({}, true);
    constexpr std::int64_t kStep = 100'000'000;
    const std::int64_t injectAt = kLiveStart + warmupSeconds * kNanosPerSecond;
    driveFeed(*feed, session, kLiveStart, injectAt, kStep);
    InjectRequest request;
    request.type = type;
    request.durationNs = static_cast<std::int64_t>(durationSeconds * 1e9);
    if (const InjectResult injected = feed->inject(request); !injected.ok())
        qFatal("inject %s: %s", type, injected.error.c_str());
    const std::int64_t end = injectAt + afterSeconds * kNanosPerSecond;
    driveFeed(*feed, session, injectAt + kStep, end, kStep);
    return session.snapshot(end);
}

} // namespace logscope::test
