#include "core/analysis/patterns/error_patterns.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace logscope::core {
namespace {

// Pearson correlation of two equally long series; 0 when either is constant.
double pearson(const std::vector<double>& a, const std::vector<double>& b) {
    const auto n = static_cast<double>(a.size());
    if (a.empty())
        return 0.0;
    const double meanA = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double meanB = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double cov = 0, varA = 0, varB = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        cov += (a[i] - meanA) * (b[i] - meanB);
        varA += (a[i] - meanA) * (a[i] - meanA);
        varB += (b[i] - meanB) * (b[i] - meanB);
    }
    return varA <= 0 || varB <= 0 ? 0.0 : cov / std::sqrt(varA * varB);
}

} // namespace

TemplateStats describeTemplate(const AnalysisContext& context, std::uint32_t index,
                               std::uint64_t count,
                               const std::vector<std::vector<std::uint64_t>>& perService) {
    const TemplateInfo& info = context.templates[index];
    TemplateStats stats;
    stats.templateId = index;
    stats.text = info.text;
    stats.count = count;
    stats.worstLevel = info.worstLevel;
    stats.cluster = info.cluster;
    stats.exampleRow = info.exampleRow;
    if (index < perService.size() && !perService[index].empty()) {
        const auto& counts = perService[index];
        std::vector<std::size_t> order;
        for (std::size_t s = 0; s < counts.size(); ++s)
            if (counts[s] > 0)
                order.push_back(s);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
        for (const std::size_t s : order)
            stats.services.push_back(context.serviceNames[s]);
    }
    return stats;
}

void computePatterns(const AnalysisContext& context, AnalysisResult& result) {
    const std::vector<TemplateInfo>& templates = context.templates;
    const AnalysisOptions& options = context.options;
    std::vector<std::uint32_t> byCount(templates.size());
    std::iota(byCount.begin(), byCount.end(), 0U);
    std::stable_sort(byCount.begin(), byCount.end(), [&](std::uint32_t a, std::uint32_t b) {
        return templates[a].count > templates[b].count;
    });
    std::vector<std::uint32_t> errorTemplates;
    for (const std::uint32_t t : byCount)
        if (templates[t].warnOrWorse > 0)
            errorTemplates.push_back(t);
    std::stable_sort(errorTemplates.begin(), errorTemplates.end(),
                     [&](std::uint32_t a, std::uint32_t b) {
                         return templates[a].warnOrWorse > templates[b].warnOrWorse;
                     });

    // Which templates need per-service counts and per-bucket series.
    constexpr std::size_t kCorrelated = 50;
    std::vector<std::uint8_t> wanted(templates.size(), 0);
    for (std::size_t k = 0; k < std::min(options.topTemplates, byCount.size()); ++k)
        wanted[byCount[k]] = 1;
    for (std::size_t k = 0; k < errorTemplates.size(); ++k)
        wanted[errorTemplates[k]] |= k < options.topTemplates ? 1 : 0;
    std::vector<std::int32_t> seriesSlot(templates.size(), -1);
    const std::size_t seriesCount = std::min(kCorrelated, errorTemplates.size());
    for (std::size_t k = 0; k < seriesCount; ++k)
        seriesSlot[errorTemplates[k]] = static_cast<std::int32_t>(k);
    for (const std::uint32_t t : byCount)
        if (templates[t].count <= options.rareTemplateMax)
            wanted[t] = 1;

    const std::size_t buckets = result.buckets.count;
    std::vector<std::vector<std::uint64_t>> perService(templates.size());
    for (std::size_t t = 0; t < templates.size(); ++t)
        if (wanted[t])
            perService[t].assign(context.serviceNames.size(), 0);
    std::vector<std::vector<double>> series(seriesCount, std::vector<double>(buckets, 0.0));
    std::vector<double> bucketLines(buckets, 0.0);
    const LogTable& table = context.table;
    for (std::size_t i = 0; i < context.count; ++i) {
        const std::uint32_t t = context.templateOf[i];
        const RowId row = context.row(i);
        if (wanted[t])
            ++perService[t][context.serviceOf[i]];
        if (buckets == 0)
            continue;
        const std::int64_t ts = table.timestampNs(row);
        if (ts == kNoTimestamp)
            continue;
        const std::size_t b = result.buckets.indexOf(ts);
        bucketLines[b] += 1.0;
        if (seriesSlot[t] >= 0 && table.level(row) >= Level::Warning)
            series[static_cast<std::size_t>(seriesSlot[t])][b] += 1.0;
    }

    for (std::size_t k = 0; k < std::min(options.topTemplates, byCount.size()); ++k)
        result.topTemplates.push_back(
            describeTemplate(context, byCount[k], templates[byCount[k]].count, perService));

    ErrorPatterns& patterns = result.errorPatterns;
    patterns.uniqueErrorTypes = errorTemplates.size();
    for (const std::uint32_t t : errorTemplates)
        patterns.errorLines += templates[t].warnOrWorse;
    for (std::size_t k = 0; k < std::min(options.topTemplates, errorTemplates.size()); ++k)
        patterns.topErrors.push_back(describeTemplate(
            context, errorTemplates[k], templates[errorTemplates[k]].warnOrWorse, perService));

    // Correlated pairs: rates (share of the bucket's lines) rather than counts, so that the
    // daily traffic shape does not make every pair look related.
    for (auto& s : series)
        for (std::size_t b = 0; b < buckets; ++b)
            s[b] = bucketLines[b] > 0 ? s[b] / bucketLines[b] : 0.0;
    std::vector<CorrelatedErrorPair> pairs;
    for (std::size_t a = 0; a < seriesCount; ++a) {
        for (std::size_t b = a + 1; b < seriesCount; ++b) {
            std::uint64_t shared = 0;
            for (std::size_t k = 0; k < buckets; ++k)
                shared += series[a][k] > 0 && series[b][k] > 0 ? 1 : 0;
            if (shared < options.minPairBuckets)
                continue;
            const double r = pearson(series[a], series[b]);
            if (r < options.minPairStrength)
                continue;
            CorrelatedErrorPair pair;
            pair.templateA = errorTemplates[a];
            pair.templateB = errorTemplates[b];
            pair.strength = r;
            pair.sharedBuckets = shared;
            pair.textA = templates[pair.templateA].text;
            pair.textB = templates[pair.templateB].text;
            pairs.push_back(std::move(pair));
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto& x, const auto& y) { return x.strength > y.strength; });
    patterns.correlatedPairCount = pairs.size();
    if (pairs.size() > options.correlatedPairsListed)
        pairs.resize(options.correlatedPairsListed);
    patterns.correlatedPairs = std::move(pairs);

    // Rare templates: least frequent first, the most severe first among equals.
    std::vector<std::uint32_t> rareOnes;
    for (auto it = byCount.rbegin(); it != byCount.rend(); ++it)
        if (templates[*it].count <= options.rareTemplateMax)
            rareOnes.push_back(*it);
    std::stable_sort(rareOnes.begin(), rareOnes.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (templates[a].count != templates[b].count)
            return templates[a].count < templates[b].count;
        return templates[a].worstLevel > templates[b].worstLevel;
    });
    for (std::size_t k = 0; k < std::min(options.rareTemplatesListed, rareOnes.size()); ++k)
        patterns.rareTemplates.push_back(
            describeTemplate(context, rareOnes[k], templates[rareOnes[k]].count, perService));
}

} // namespace logscope::core
