#pragma once

#include "core/analysis/analysis_options.h"
#include "core/analysis/analysis_result.h"
#include "core/table/log_table.h"
#include "core/util/cancellation.h"

#include <string>
#include <vector>

namespace logscope::core {

/// True when a row has a latency the analysis can use: present, finite and not negative
/// (a corrupt value is treated as no value, never allowed to poison means and features).
inline bool hasUsableLatency(const LogTable& table, RowId row) {
    if (!table.hasLatency(row))
        return false;
    const float ms = table.latencyMs(row);
    return ms >= 0.0F && ms <= 1e12F;
}

/// One template as the analysis sees it: a dense index over the analysed lines.
struct TemplateInfo {
    std::string text;
    std::uint64_t count = 0;
    std::uint64_t warnOrWorse = 0; ///< lines at WARNING or worse
    Level worstLevel = Level::Unknown;
    RowId exampleRow = 0;
    std::uint32_t tableId = kNoTemplate; ///< the miner's id, when the table had one
    std::uint32_t cluster = 0;
};

/// What every analysis stage shares: the lines analysed and dense per-line indexes.
struct AnalysisContext {
    AnalysisContext(const LogTable& t, const AnalysisOptions& o, const CancellationToken* c)
        : table(t), options(o), cancel(c) {}

    const LogTable& table;
    const AnalysisOptions& options;
    const CancellationToken* cancel = nullptr;

    std::vector<RowId> rows; ///< the analysed rows when a subset; empty = every row
    bool subset = false;
    std::size_t count = 0; ///< lines analysed

    std::vector<std::uint32_t> serviceOf; ///< per line: dense service index
    std::vector<std::string> serviceNames;
    /// Distinct services folded into one "(other services)" entry beyond kMaxAnalysedServices.
    std::size_t foldedServices = 0;
    std::vector<std::uint32_t> templateOf; ///< per line: dense template index
    std::vector<TemplateInfo> templates;

    bool hasTime = false;
    std::int64_t firstNs = 0;
    std::int64_t lastNs = 0;
    double p95BaselineMs = 0.0;
    /// Per service: the highest latency that can be a response time (latency_ceiling.h);
    /// empty until computeLatencyCeilings() ran.
    std::vector<float> latencyCeilingMs;

    /// The table row of analysed line i.
    [[nodiscard]] RowId row(std::size_t i) const { return subset ? rows[i] : i; }
    /// True once the caller asked to stop.
    [[nodiscard]] bool cancelled() const { return cancel != nullptr && cancel->isCancelled(); }
};

} // namespace logscope::core
