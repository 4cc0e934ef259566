#pragma once

#include <cstdint>
#include <vector>

namespace logscope::core {

/// The expected value of each point of a regular series: the median of the points at the same
/// phase of the period (e.g. the same hour on other days) when the series covers at least two
/// periods, else the median of the whole series.
std::vector<double> seasonalBaseline(const std::vector<double>& series, std::int64_t startNs,
                                     std::int64_t stepNs, std::int64_t periodNs);

} // namespace logscope::core
