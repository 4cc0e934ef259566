#include "core/analysis/anomaly/dbscan.h"

#include <deque>

namespace logscope::core {

std::vector<std::uint32_t> dbscanCosine(const Eigen::MatrixXf& unitRows, double eps,
                                        std::size_t minPoints) {
    const auto n = static_cast<std::size_t>(unitRows.rows());
    constexpr std::uint32_t kUnvisited = 0xFFFFFFFFu;
    std::vector<std::uint32_t> labels(n, kUnvisited);
    if (n == 0)
        return labels;
    // All pairwise similarities at once: one matrix product, fast for the few thousand
    // templates this is used on.
    const Eigen::MatrixXf similarity = unitRows * unitRows.transpose();
    const auto minSimilarity = static_cast<float>(1.0 - eps);
    const auto neighbours = [&](std::size_t i) {
        std::vector<std::size_t> out;
        for (std::size_t j = 0; j < n; ++j)
            if (similarity(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) >=
                minSimilarity)
                out.push_back(j);
        return out;
    };
    std::uint32_t cluster = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (labels[i] != kUnvisited)
            continue;
        const std::vector<std::size_t> seeds = neighbours(i);
        if (seeds.size() < minPoints) {
            labels[i] = 0; // noise, unless a later core point claims it
            continue;
        }
        ++cluster;
        labels[i] = cluster;
        std::deque<std::size_t> queue(seeds.begin(), seeds.end());
        while (!queue.empty()) {
            const std::size_t j = queue.front();
            queue.pop_front();
            if (labels[j] == 0)
                labels[j] = cluster; // border point
            if (labels[j] != kUnvisited)
                continue;
            labels[j] = cluster;
            const std::vector<std::size_t> more = neighbours(j);
            if (more.size() >= minPoints)
                queue.insert(queue.end(), more.begin(), more.end());
        }
    }
    return labels;
}

} // namespace logscope::core
