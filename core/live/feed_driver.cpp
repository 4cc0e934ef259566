#include "core/live/feed_driver.h"

namespace logscope::core {

void driveFeed(GeneratorFeed& feed, LiveSession& session, std::int64_t fromNs, std::int64_t toNs,
               std::int64_t stepNs, const std::function<void(std::int64_t)>& onStep) {
    for (std::int64_t t = fromNs; t <= toNs; t += stepNs) {
        for (;;) {
            const std::span<const LogRow> rows = feed.pull(t, 50'000);
            session.ingest(rows, t);
            if (rows.size() < 50'000)
                break;
        }
        session.setEpisodes(feed.truth());
        if (onStep)
            onStep(t);
    }
}

} // namespace logscope::core
