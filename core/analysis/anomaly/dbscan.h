#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace logscope::core {

/// DBSCAN (Ester et al. 1996) over the rows of a matrix of L2-normalised vectors, with cosine
/// distance (1 - dot product). Returns a label per row: 1..k for clusters in order of
/// discovery (rows are visited in order), 0 for noise. A core point has at least minPoints
/// rows (itself included) within eps.
std::vector<std::uint32_t> dbscanCosine(const Eigen::MatrixXf& unitRows, double eps,
                                        std::size_t minPoints);

} // namespace logscope::core
