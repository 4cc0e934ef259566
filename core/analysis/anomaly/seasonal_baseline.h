#pragma once

#include <cstdint>
#include <vector>

namespace logscope::core {

/// The expected value of each point of a regular series: the median of the points at the same
/// phase of the period (e.g. the same hour on other days) when the series covers at least two
/// periods, else the median of the whole series. With scaleByPeriod (for counts), each period's
/// level is taken into account: the phase profile is of shares of the period's total, and the
/// expectation is that share of this period's total (a quiet weekend is not an anomaly).
std::vector<double> seasonalBaseline(const std::vector<double>& series, std::int64_t startNs,
                                     std::int64_t stepNs, std::int64_t periodNs,
                                     bool scaleByPeriod = false);

} // namespace logscope::core
