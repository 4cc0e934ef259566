#include "core/analysis/anomaly/isolation_forest.h"

#include "core/analysis/parallel_chunks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace logscope::core {
namespace {

// SplitMix64: a small, fast, well-mixed generator; its whole state is one integer, so the
// forest is reproducible on every platform (std::uniform_*_distribution is not).
std::uint64_t nextRandom(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
double unitRandom(std::uint64_t& state) {
    return static_cast<double>(nextRandom(state) >> 11) * 0x1.0p-53;
}

} // namespace

double IsolationForest::averagePathLength(double n) {
    if (n <= 1.0)
        return 0.0;
    if (n <= 2.0)
        return 1.0;
    constexpr double kEulerGamma = 0.5772156649015329;
    return 2.0 * (std::log(n - 1.0) + kEulerGamma) - 2.0 * (n - 1.0) / n;
}

void IsolationForest::build(std::uint32_t index, const FeatureMatrix& x,
                            std::vector<std::size_t>& sample, std::size_t begin, std::size_t end,
                            int depth, std::uint64_t& state) {
    const auto makeLeaf = [&] {
        Node& leaf = m_nodes[index];
        leaf.children = index;
        leaf.feature = 0;
        leaf.threshold = std::numeric_limits<float>::infinity();
        leaf.pathLength =
            static_cast<float>(depth + averagePathLength(static_cast<double>(end - begin)));
    };
    if (end - begin <= 1 || depth >= m_maxDepth)
        return makeLeaf();
    // A random feature that still varies here; give up after a few tries (all equal).
    const auto features = static_cast<std::size_t>(x.cols());
    for (std::size_t attempt = 0; attempt < 2 * features; ++attempt) {
        const std::size_t f = nextRandom(state) % features;
        float lo = std::numeric_limits<float>::max();
        float hi = std::numeric_limits<float>::lowest();
        for (std::size_t k = begin; k < end; ++k) {
            const float v = x(static_cast<Eigen::Index>(sample[k]), static_cast<Eigen::Index>(f));
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        if (!(hi > lo))
            continue;
        auto threshold = static_cast<float>(lo + unitRandom(state) * (hi - lo));
        if (threshold <= lo)
            threshold = std::nextafter(lo, hi);
        const auto mid = std::partition(
            sample.begin() + static_cast<std::ptrdiff_t>(begin),
            sample.begin() + static_cast<std::ptrdiff_t>(end), [&](std::size_t r) {
                return x(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(f)) < threshold;
            });
        const auto split = static_cast<std::size_t>(mid - sample.begin());
        // Children are adjacent (right = left + 1), which the branch-free walk relies on.
        const auto left = static_cast<std::uint32_t>(m_nodes.size());
        m_nodes.emplace_back();
        m_nodes.emplace_back();
        m_nodes[index].children = left;
        m_nodes[index].feature = static_cast<std::uint32_t>(f);
        m_nodes[index].threshold = threshold;
        build(left, x, sample, begin, split, depth + 1, state);
        build(left + 1, x, sample, split, end, depth + 1, state);
        return;
    }
    makeLeaf();
}

void IsolationForest::fit(const FeatureMatrix& x, const IsolationForestOptions& options) {
    m_nodes.clear();
    m_roots.clear();
    const auto rows = static_cast<std::size_t>(x.rows());
    if (rows == 0 || x.cols() == 0)
        return;
    const std::size_t sampleSize = std::max<std::size_t>(2, std::min(options.sampleSize, rows));
    m_maxDepth = static_cast<int>(std::ceil(std::log2(static_cast<double>(sampleSize))));
    m_normaliser = averagePathLength(static_cast<double>(sampleSize));
    std::uint64_t state = options.seed;
    std::vector<std::size_t> sample;
    std::unordered_set<std::size_t> taken;
    for (std::size_t t = 0; t < options.trees; ++t) {
        sample.clear();
        taken.clear();
        // Without replacement: rejection is cheap while the sample is small against the rows.
        while (sample.size() < sampleSize) {
            const std::size_t r = nextRandom(state) % rows;
            if (sampleSize * 2 > rows || taken.insert(r).second)
                sample.push_back(r);
        }
        const auto root = static_cast<std::uint32_t>(m_nodes.size());
        m_nodes.emplace_back();
        build(root, x, sample, 0, sample.size(), 0, state);
        m_roots.push_back(root);
    }
}

double IsolationForest::meanPathLength(const float* row) const {
    double total = 0.0;
    for (const std::uint32_t root : m_roots) {
        std::uint32_t node = root;
        while (m_nodes[node].children != node) {
            const Node& n = m_nodes[node];
            node = n.children + (row[n.feature] >= n.threshold ? 1U : 0U);
        }
        total += m_nodes[node].pathLength;
    }
    return m_roots.empty() ? 0.0 : total / static_cast<double>(m_roots.size());
}

bool IsolationForest::accumulate(const FeatureMatrix& x, const std::vector<std::size_t>* subset,
                                 std::size_t treeBegin, std::size_t treeEnd,
                                 std::vector<float>& pathSums, std::vector<float>* pathSquares,
                                 const CancellationToken* cancel) const {
    const std::size_t count = subset ? subset->size() : static_cast<std::size_t>(x.rows());
    const auto cols = static_cast<std::size_t>(x.cols());
    const float* data = x.data();
    const Node* nodes = m_nodes.data();
    parallelChunks(count, 16384, [&](std::size_t, std::size_t begin, std::size_t end) {
        // A block of rows stays in L1 while the trees walk it, 8 rows in lockstep (their
        // positions fit in registers): the walks are independent, so their loads overlap
        // instead of waiting on each other.
        constexpr std::size_t kBlock = 256;
        constexpr std::size_t kLanes = 8;
        for (std::size_t b = begin; b < end; b += kBlock) {
            if (cancel && cancel->isCancelled())
                return;
            const std::size_t blockEnd = std::min(end, b + kBlock);
            for (std::size_t t = treeBegin; t < treeEnd; ++t) {
                const std::uint32_t root = m_roots[t];
                for (std::size_t lane = b; lane < blockEnd; lane += kLanes) {
                    const std::size_t width = std::min(kLanes, blockEnd - lane);
                    const float* row[kLanes];
                    std::uint32_t at[kLanes];
                    for (std::size_t j = 0; j < kLanes; ++j) {
                        const std::size_t k = lane + (j < width ? j : 0);
                        row[j] = data + (subset ? (*subset)[k] : k) * cols;
                        at[j] = root;
                    }
                    // Leaves point to themselves with an infinite threshold, so walking the
                    // full depth for every row needs no branch.
                    for (int d = 0; d < m_maxDepth; ++d) {
                        for (std::size_t j = 0; j < kLanes; ++j) {
                            const Node& n = nodes[at[j]];
                            at[j] = n.children + (row[j][n.feature] >= n.threshold);
                        }
                    }
                    for (std::size_t j = 0; j < width; ++j) {
                        const float h = nodes[at[j]].pathLength;
                        pathSums[lane + j] += h;
                        if (pathSquares)
                            (*pathSquares)[lane + j] += h * h;
                    }
                }
            }
        }
    });
    return !(cancel && cancel->isCancelled());
}

bool IsolationForest::score(const FeatureMatrix& x, std::vector<float>& scores,
                            const CancellationToken* cancel) const {
    const auto rows = static_cast<std::size_t>(x.rows());
    scores.assign(rows, 0.0F);
    if (m_roots.empty() || rows == 0)
        return true;
    std::vector<float> sums(rows, 0.0F);
    if (!accumulate(x, nullptr, 0, m_roots.size(), sums, nullptr, cancel))
        return false;
    const double scale = 1.0 / (m_normaliser * static_cast<double>(m_roots.size()));
    for (std::size_t r = 0; r < rows; ++r)
        scores[r] = static_cast<float>(std::exp2(-sums[r] * scale));
    return true;
}

bool IsolationForest::scoreTop(const FeatureMatrix& x, double topShare, std::vector<float>& scores,
                               const CancellationToken* cancel, std::size_t* refinedRows) const {
    const auto rows = static_cast<std::size_t>(x.rows());
    const std::size_t trees = m_roots.size();
    const std::size_t firstTrees = std::max<std::size_t>(16, trees / 4);
    if (trees <= firstTrees || rows < 4096) {
        if (refinedRows)
            *refinedRows = rows;
        return score(x, scores, cancel);
    }
    scores.assign(rows, 0.0F);
    std::vector<float> sums(rows, 0.0F);
    std::vector<float> squares(rows, 0.0F);
    if (!accumulate(x, nullptr, 0, firstTrees, sums, &squares, cancel))
        return false;
    // A row walks the remaining trees unless even a three-standard-error optimistic estimate
    // of its score (from the spread of its path lengths over the first trees) stays below the
    // estimated top-share threshold.
    const auto n = static_cast<double>(firstTrees);
    const double firstScale = 1.0 / (m_normaliser * n);
    std::vector<float> slack(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        const double mean = sums[r] / n;
        const double variance = std::max(0.0, squares[r] / n - mean * mean);
        const double score = std::exp2(-sums[r] * firstScale);
        scores[r] = static_cast<float>(score);
        slack[r] = static_cast<float>(3.0 * std::log(2.0) / m_normaliser * score *
                                      std::sqrt(variance / (n - 1.0)));
    }
    std::vector<float> sorted = scores;
    const auto cut = static_cast<std::ptrdiff_t>(std::clamp(1.0 - topShare, 0.0, 1.0) *
                                                 static_cast<double>(rows - 1));
    std::nth_element(sorted.begin(), sorted.begin() + cut, sorted.end());
    constexpr float kThresholdSlack = 0.01F; // the threshold is itself an estimate
    const float threshold = sorted[static_cast<std::size_t>(cut)] - kThresholdSlack;
    std::vector<std::size_t> refine;
    for (std::size_t r = 0; r < rows; ++r)
        if (scores[r] + slack[r] >= threshold)
            refine.push_back(r);
    std::vector<float> more(refine.size(), 0.0F);
    if (!accumulate(x, &refine, firstTrees, trees, more, nullptr, cancel))
        return false;
    const double fullScale = 1.0 / (m_normaliser * static_cast<double>(trees));
    for (std::size_t k = 0; k < refine.size(); ++k) {
        const std::size_t r = refine[k];
        scores[r] = static_cast<float>(std::exp2(-(sums[r] + more[k]) * fullScale));
    }
    if (refinedRows)
        *refinedRows = refine.size();
    return true;
}

} // namespace logscope::core
