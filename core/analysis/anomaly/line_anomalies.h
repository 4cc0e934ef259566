#pragma once

#include "core/analysis/analysis_context.h"
#include "core/analysis/anomaly/isolation_forest.h"

#include <vector>

namespace logscope::core {

/// Fits the Isolation Forest on the features and scores every line (result.lineScores); the
/// score at the (1 - contamination) quantile becomes result.anomalyThreshold; lines at or above
/// it are counted (result.forestOutliers) and, when their template is rare (seen at most
/// rareTemplateMax times), flagged in `flags`. Returns false when cancelled.
bool scoreLines(const AnalysisContext& context, const FeatureMatrix& features,
                AnalysisResult& result, std::vector<std::uint8_t>& flags);

/// Which features make one line unusual: robust z of each feature against the medians and
/// MADs of a sample of lines, strongest first (|z| >= 2, at most three), and a sentence.
class AnomalyExplainer {
public:
    AnomalyExplainer(const AnalysisContext& context, const FeatureMatrix& features);
    /// Fills line.drivers and line.explanation for analysed line i.
    void explain(std::size_t i, ScoredLine& line) const;

private:
    const AnalysisContext& m_context;
    const FeatureMatrix& m_features;
    std::vector<double> m_median;
    std::vector<double> m_scale;
};

/// The top anomalies (highest scores among flagged lines, explained) and the timeline (an
/// even sample of lines plus every flagged line).
void describeAnomalies(const AnalysisContext& context, const FeatureMatrix& features,
                       AnalysisResult& result);

} // namespace logscope::core
