#pragma once

#include <QString>
#include <cstdint>

namespace logscope::ui {

/// A date-time axis label format that suits a span ("HH:mm:ss" for minutes, "MMM d" for weeks).
QString timeAxisFormat(std::int64_t spanNs);
/// A readable name of a bucket width ("minute", "5 min", "hour", "day").
QString bucketWidthLabel(std::int64_t widthNs);

} // namespace logscope::ui
