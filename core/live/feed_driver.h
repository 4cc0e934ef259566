#pragma once

#include "core/live/generator_feed.h"
#include "core/live/live_session.h"

#include <functional>

namespace logscope::core {

/// Drives a demo on the generator's clock instead of the wall clock: for each step of stepNs
/// from fromNs to toNs, pulls the lines due, ingests them as if it were that time, and
/// refreshes the truth. Detection is judged on line times, so the outcome is the one a real
/// run gets (minus ingestion lag, which the throughput benchmark measures), in a fraction of
/// the time. onStep (optional) runs after each step with its time.
void driveFeed(GeneratorFeed& feed, LiveSession& session, std::int64_t fromNs, std::int64_t toNs,
               std::int64_t stepNs, const std::function<void(std::int64_t)>& onStep = {});

} // namespace logscope::core
