#pragma once

#include "core/analysis/analysis_context.h"

#include <string_view>
#include <vector>

namespace logscope::core {

/// The words of a template (letters only, lower-cased; placeholders and numbers dropped).
std::vector<std::string> templateWords(std::string_view text);

/// Groups similar templates (seed 004): TF-IDF vectors of their words (hashed into a fixed
/// number of dimensions), DBSCAN with cosine distance. Sets each template's cluster (0 =
/// unclustered) and returns the clusters, largest first.
std::vector<PatternCluster> clusterTemplates(AnalysisContext& context);

} // namespace logscope::core
