#pragma once

#include <cstdint>

namespace logscope::core {

/// A regular division of a time span into buckets.
struct TimeBuckets {
    std::int64_t startNs = 0; ///< start of the first bucket, aligned to the width
    std::int64_t widthNs = 0;
    std::size_t count = 0;

    /// The bucket a time falls in (clamped to the valid range).
    [[nodiscard]] std::size_t indexOf(std::int64_t ns) const noexcept;
    /// Start time of bucket i.
    [[nodiscard]] std::int64_t bucketStart(std::size_t i) const noexcept {
        return startNs + static_cast<std::int64_t>(i) * widthNs;
    }
};

/// Chooses a round bucket width (1 s .. 1 week) that splits [firstNs, lastNs] into at most
/// maxBuckets buckets, aligned to the width.
TimeBuckets chooseTimeBuckets(std::int64_t firstNs, std::int64_t lastNs,
                              std::size_t maxBuckets = 200);

} // namespace logscope::core
