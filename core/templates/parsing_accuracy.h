#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// How well mined templates agree with labelled ground truth, as the Loghub benchmarks
/// define it (all four in 0..1).
struct ParsingAccuracy {
    double groupingAccuracy = 0.0; ///< GA: share of lines whose group equals their true group
    double parsingAccuracy = 0.0;  ///< PA: share of lines whose template text is the true one
    double groupingF1 = 0.0;       ///< FGA: F1 of exactly recovered groups
    double templateF1 = 0.0;       ///< FTA: F1 of groups recovered with the exact template text
    std::size_t lines = 0;
    std::size_t truthGroups = 0;
    std::size_t minedGroups = 0;
};

/// Normalises a template for comparison: whitespace runs become one space, the ends are
/// trimmed, and adjacent wildcards (`<*><*>`) become one `<*>`.
std::string normalizeTemplate(std::string_view text);

/// Scores mined templates against ground truth. Per line i: truthIds[i] and truthTemplates[i]
/// are the labelled group and template, minedIds[i] the mined template id, whose text is
/// minedTexts[minedIds[i]]. All per-line vectors must have the same length.
ParsingAccuracy scoreParsing(const std::vector<std::string>& truthIds,
                             const std::vector<std::string>& truthTemplates,
                             const std::vector<std::uint32_t>& minedIds,
                             const std::vector<std::string>& minedTexts);

} // namespace logscope::core
