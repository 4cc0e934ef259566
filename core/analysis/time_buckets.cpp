#include "core/analysis/time_buckets.h"

#include "core/time/civil_time.h"

#include <array>

namespace logscope::core {

std::size_t TimeBuckets::indexOf(std::int64_t ns) const noexcept {
    if (count == 0 || ns <= startNs)
        return 0;
    const auto index = static_cast<std::size_t>((ns - startNs) / widthNs);
    return index < count ? index : count - 1;
}

TimeBuckets chooseTimeBuckets(std::int64_t firstNs, std::int64_t lastNs, std::size_t maxBuckets) {
    static constexpr std::array<std::int64_t, 16> kWidths{
        kNanosPerSecond,      5 * kNanosPerSecond, 10 * kNanosPerSecond, 30 * kNanosPerSecond,
        kNanosPerMinute,      5 * kNanosPerMinute, 10 * kNanosPerMinute, 15 * kNanosPerMinute,
        30 * kNanosPerMinute, kNanosPerHour,       3 * kNanosPerHour,    6 * kNanosPerHour,
        12 * kNanosPerHour,   kNanosPerDay,        7 * kNanosPerDay,     30 * kNanosPerDay};
    TimeBuckets buckets;
    if (lastNs < firstNs)
        lastNs = firstNs;
    for (const std::int64_t width : kWidths) {
        std::int64_t start = firstNs - (firstNs % width + width) % width;
        const auto count = static_cast<std::size_t>((lastNs - start) / width + 1);
        buckets = {start, width, count};
        if (count <= maxBuckets)
            break;
    }
    return buckets;
}

} // namespace logscope::core
