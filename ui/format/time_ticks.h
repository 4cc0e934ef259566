#pragma once

#include <QString>
#include <cstdint>
#include <vector>

namespace logscope::ui {

/// One labelled tick of a time axis.
struct TimeTick {
    std::int64_t ns = 0;
    QString label;
};

/// Round UTC ticks (whole minutes, hours, midnights, ...) inside [fromNs, toNs], at most
/// maxTicks of them. A tick at midnight is labelled with its date, others with the time.
std::vector<TimeTick> niceTimeTicks(std::int64_t fromNs, std::int64_t toNs, int maxTicks);

} // namespace logscope::ui
