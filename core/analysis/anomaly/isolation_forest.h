#pragma once

#include "core/util/cancellation.h"

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace logscope::core {

/// Feature rows, one line per row.
using FeatureMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Settings of an Isolation Forest.
struct IsolationForestOptions {
    std::size_t trees = 100;
    std::size_t sampleSize = 256;
    std::uint64_t seed = 42;
};

/// Isolation Forest (Liu, Ting & Zhou 2008): random axis-parallel splits isolate outliers in
/// few steps. Deterministic for a given seed. Trees are stored flat so that scoring walks
/// many rows through a tree in lockstep without branches.
class IsolationForest {
public:
    /// Builds the trees from random subsamples of the rows of x.
    void fit(const FeatureMatrix& x, const IsolationForestOptions& options);
    /// Scores every row of x: 2^(-E[h(x)] / c(sampleSize)), in 0..1, higher = more anomalous.
    /// Returns false (leaving scores partial) when cancelled.
    bool score(const FeatureMatrix& x, std::vector<float>& scores,
               const CancellationToken* cancel = nullptr) const;
    /// Scores like score(), but only the rows that could reach the top `topShare` (judged by
    /// three standard errors of their estimate from the first quarter of the trees) walk
    /// every tree; the others keep that estimate. The top rows and their scores are the same.
    /// refinedRows, when given, receives how many rows walked every tree.
    bool scoreTop(const FeatureMatrix& x, double topShare, std::vector<float>& scores,
                  const CancellationToken* cancel = nullptr,
                  std::size_t* refinedRows = nullptr) const;
    /// Mean path length of one row over the trees (for tests and explanations).
    [[nodiscard]] double meanPathLength(const float* row) const;
    [[nodiscard]] std::size_t treeCount() const noexcept { return m_roots.size(); }

    /// Average path length of an unsuccessful search in a binary search tree of n points.
    static double averagePathLength(double n);

private:
    struct Node {
        std::uint32_t children = 0; ///< left child; right is children + 1; a leaf points to itself
        std::uint32_t feature = 0;
        float threshold = 0.0F;  ///< go right when value >= threshold; +inf for leaves
        float pathLength = 0.0F; ///< depth + c(size) for leaves
    };
    bool accumulate(const FeatureMatrix& x, const std::vector<std::size_t>* subset,
                    std::size_t treeBegin, std::size_t treeEnd, std::vector<float>& pathSums,
                    std::vector<float>* pathSquares, const CancellationToken* cancel) const;
    void build(std::uint32_t index, const FeatureMatrix& x, std::vector<std::size_t>& sample,
               std::size_t begin, std::size_t end, int depth, std::uint64_t& state);

    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_roots;
    int m_maxDepth = 0;
    double m_normaliser = 1.0;
};

} // namespace logscope::core
