#include "core/analysis/anomaly/robust_zscore.h"

#include <algorithm>
#include <cmath>

namespace logscope::core {

double medianOf(std::vector<double> values) {
    if (values.empty())
        return 0.0;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid),
                     values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower =
        *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2.0;
}

std::vector<double> robustZScores(const std::vector<double>& values) {
    std::vector<double> z(values.size(), 0.0);
    if (values.empty())
        return z;
    const double median = medianOf(values);
    std::vector<double> deviations(values.size());
    double meanAbs = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        deviations[i] = std::abs(values[i] - median);
        meanAbs += deviations[i];
    }
    meanAbs /= static_cast<double>(values.size());
    double scale = 1.4826 * medianOf(deviations);
    if (scale <= 1e-12)
        scale = 1.2533 * meanAbs;
    if (scale <= 1e-12)
        return z;
    for (std::size_t i = 0; i < values.size(); ++i)
        z[i] = (values[i] - median) / scale;
    return z;
}

} // namespace logscope::core
