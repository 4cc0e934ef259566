#include "core/analysis/anomaly/line_anomalies.h"

#include "core/analysis/anomaly/line_features.h"
#include "core/analysis/statistics/latency_statistics.h"
#include "core/time/civil_time.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace logscope::core {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AnomalyExplanation)
};
} // namespace

bool scoreLines(const AnalysisContext& context, const FeatureMatrix& features,
                AnalysisResult& result, std::vector<std::uint8_t>& flags) {
    const AnalysisOptions& o = context.options;
    IsolationForest forest;
    forest.fit(features, {o.forestTrees, o.forestSampleSize, o.seed});
    if (!forest.scoreTop(features, std::max(o.contamination, 0.01), result.lineScores,
                         context.cancel))
        return false;
    flags.assign(context.count, 0);
    if (result.lineScores.empty() || o.contamination <= 0.0) {
        result.anomalyThreshold = 1.0F;
        return true;
    }
    std::vector<float> copy = result.lineScores;
    result.anomalyThreshold = static_cast<float>(exactPercentile(copy, 1.0 - o.contamination));
    // Frequent templates above the threshold are ordinary errors the forest finds unusual
    // next to INFO traffic; only rare ones are flagged on the score alone.
    for (std::size_t i = 0; i < context.count; ++i) {
        if (result.lineScores[i] < result.anomalyThreshold)
            continue;
        ++result.forestOutliers;
        const bool rare = context.templates[context.templateOf[i]].count <= o.rareTemplateMax;
        flags[i] = rare ? 1 : 0;
    }
    return true;
}

AnomalyExplainer::AnomalyExplainer(const AnalysisContext& context, const FeatureMatrix& features)
    : m_context(context), m_features(features), m_median(kFeatureCount, 0.0),
      m_scale(kFeatureCount, 1.0) {
    const auto rows = static_cast<std::size_t>(features.rows());
    if (rows == 0)
        return;
    const std::size_t step = std::max<std::size_t>(1, rows / 20000);
    std::vector<float> column;
    for (int f = 0; f < kFeatureCount; ++f) {
        column.clear();
        for (std::size_t r = 0; r < rows; r += step)
            column.push_back(features(static_cast<Eigen::Index>(r), f));
        const double median = exactPercentile(column, 0.5);
        double meanAbs = 0.0;
        for (float& v : column) {
            meanAbs += std::abs(v - median);
            v = static_cast<float>(std::abs(v - median));
        }
        meanAbs /= static_cast<double>(column.size());
        double scale = 1.4826 * exactPercentile(column, 0.5);
        if (scale <= 1e-9)
            scale = 1.2533 * meanAbs; // most lines share one value: use the mean deviation
        m_median[static_cast<std::size_t>(f)] = median;
        m_scale[static_cast<std::size_t>(f)] = scale > 1e-9 ? scale : 1.0;
    }
}

void AnomalyExplainer::explain(std::size_t i, ScoredLine& line) const {
    const auto r = static_cast<Eigen::Index>(i);
    std::vector<std::pair<double, int>> ranked;
    for (int f = 0; f < kFeatureCount; ++f) {
        const double z = (m_features(r, f) - m_median[static_cast<std::size_t>(f)]) /
                         m_scale[static_cast<std::size_t>(f)];
        ranked.emplace_back(z, f);
    }
    // The two hour features are one idea: keep the stronger.
    if (std::abs(ranked[kHourSin].first) < std::abs(ranked[kHourCos].first))
        ranked[kHourSin].first = 0.0;
    else
        ranked[kHourCos].first = 0.0;
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return std::abs(a.first) > std::abs(b.first);
    });
    const LogTable& table = m_context.table;
    const RowId row = m_context.row(i);
    QStringList parts;
    for (const auto& [z, f] : ranked) {
        if (std::abs(z) < 2.0 || line.drivers.size() >= 3)
            break;
        line.drivers.emplace_back(lineFeatureNames()[static_cast<std::size_t>(f)], z);
        const float v = m_features(r, f);
        QString part;
        switch (f) {
        case kHourSin:
        case kHourCos: {
            const CivilTime t = fromEpochNanos(table.timestampNs(row));
            part = Tr::tr("unusual time of day %1")
                       .arg(QStringLiteral("%1:%2")
                                .arg(t.hour, 2, 10, QLatin1Char('0'))
                                .arg(t.minute, 2, 10, QLatin1Char('0')));
            break;
        }
        case kLevelCode:
            part = Tr::tr("level %1").arg(QLatin1String(levelName(table.level(row))));
            break;
        case kServiceCode:
            part =
                Tr::tr("service %1").arg(fromUtf8(m_context.serviceNames[m_context.serviceOf[i]]));
            break;
        case kRollingErrorRate:
            part = Tr::tr("5-min error rate %1").arg(localPercent(v));
            break;
        case kRollingLatency:
            part = Tr::tr("5-min mean latency %1 ms").arg(localNumber(std::expm1(v)));
            break;
        case kLogLatency:
            part = Tr::tr("latency %1 ms").arg(localNumber(std::expm1(v)));
            break;
        case kTemplateRarity:
            part = Tr::tr("template seen %n times", nullptr,
                          pluralArgument(m_context.templates[m_context.templateOf[i]].count));
            break;
        default:
            part = Tr::tr("status %1").arg(table.statusCode(row));
            break;
        }
        const QString zText = (z >= 0 ? QStringLiteral("+") : QString()) + localNumber(z, 1);
        parts << Tr::tr("%1 (z %2)", "an anomaly driver and its robust z-score").arg(part, zText);
    }
    line.explanation =
        toUtf8(parts.isEmpty() ? Tr::tr("no single feature stands out")
                               : parts.join(Tr::tr("; ", "between anomaly drivers")));
}

void describeAnomalies(const AnalysisContext& context, const FeatureMatrix& features,
                       AnalysisResult& result) {
    const std::size_t n = result.lineScores.size();
    if (n == 0)
        return;
    // Highest scores first; flagged lines before others at equal rank.
    const std::size_t k = std::min(context.options.topAnomalies, n);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    const auto better = [&](std::size_t a, std::size_t b) {
        if (result.lineScores[a] != result.lineScores[b])
            return result.lineScores[a] > result.lineScores[b];
        return a < b;
    };
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                      better);
    const AnomalyExplainer explainer(context, features);
    for (std::size_t j = 0; j < k; ++j) {
        ScoredLine line;
        line.row = context.row(order[j]);
        line.score = result.lineScores[order[j]];
        explainer.explain(order[j], line);
        result.topAnomalies.push_back(std::move(line));
    }
    // Timeline: an even sample plus every flagged line, in line order.
    const std::size_t points = context.options.timelinePoints;
    const std::size_t stride = points == 0 ? n + 1 : std::max<std::size_t>(1, n / points);
    const LogTable& table = context.table;
    for (std::size_t i = 0; i < n; ++i) {
        const bool flagged = !result.lineAnomalies.empty() && result.lineAnomalies[i] != 0;
        if (!flagged && i % stride != 0)
            continue;
        const RowId row = context.row(i);
        const std::int64_t ts = table.timestampNs(row);
        if (ts == kNoTimestamp)
            continue;
        result.timeline.push_back({ts, result.lineScores[i],
                                   context.templates[context.templateOf[i]].cluster, flagged, row});
    }
}

} // namespace logscope::core
