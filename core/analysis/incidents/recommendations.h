#pragma once

#include "core/analysis/analysis_result.h"

#include <string>

namespace logscope::core {

/// A concrete next step for an incident, naming its services, root cause and figures.
std::string recommendFor(const Incident& incident);

/// What a service's own incident inside a cascade adds to its recommendation.
std::string cascadeNote(const std::string& rootService);

/// The report's closing recommendations: one line per problem the whole analysis shows
/// (slow P95, high error rate, many anomalies, critical incidents, degrading trend, ...).
std::vector<std::string> overallRecommendations(const AnalysisResult& result,
                                                double slowResponseMs);

} // namespace logscope::core
