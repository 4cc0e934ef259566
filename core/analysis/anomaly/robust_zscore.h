#pragma once

#include <vector>

namespace logscope::core {

/// Robust z-scores: (x - median) / (1.4826 * MAD). When more than half the values are equal
/// (MAD = 0) the mean absolute deviation stands in; when every value is equal all scores are 0.
std::vector<double> robustZScores(const std::vector<double>& values);

/// The median of values (0 when empty).
double medianOf(std::vector<double> values);

} // namespace logscope::core
