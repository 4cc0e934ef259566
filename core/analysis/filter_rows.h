#pragma once

#include "core/analysis/analysis_result.h"
#include "core/analysis/view_filter.h"
#include "core/table/log_table.h"
#include "core/util/cancellation.h"

#include <limits>
#include <memory>
#include <vector>

namespace logscope::core {

/// Conditions a drill-down adds to a view filter: the lines behind one mark of a chart.
struct LineCondition {
    int weekday = -1; ///< 0 = Monday .. 6 = Sunday (UTC); -1 = any
    int hour = -1;    ///< 0..23 (UTC); -1 = any
    /// Latency range [minLatencyMs, maxLatencyMs) (upper bound inclusive when maxInclusive);
    /// a line without latency never matches when either bound is finite.
    double minLatencyMs = -std::numeric_limits<double>::infinity();
    double maxLatencyMs = std::numeric_limits<double>::infinity();
    bool maxInclusive = false;
    bool needsLatency = false; ///< only lines that carry a latency

    /// True when the condition adds nothing to the view filter.
    [[nodiscard]] bool isEmpty() const noexcept {
        return weekday < 0 && hour < 0 && !needsLatency &&
               minLatencyMs == -std::numeric_limits<double>::infinity() &&
               maxLatencyMs == std::numeric_limits<double>::infinity();
    }
};

/// The rows of table that filter (and condition) select, in row order. A regex that does not
/// compile selects nothing. Returns what it has so far when cancelled.
std::vector<RowId> filterRows(const LogTable& table, const ViewFilter& filter,
                              const LineCondition& condition = {},
                              const CancellationToken* cancel = nullptr);

/// The same, looking only at the rows listed in among (kept in their order).
std::vector<RowId> filterRows(const LogTable& table, const std::vector<RowId>& among,
                              const ViewFilter& filter, const LineCondition& condition = {},
                              const CancellationToken* cancel = nullptr);

/// True when pattern compiles as a (case-insensitive) regular expression.
bool isValidFilterRegex(const std::string& pattern);

/// The lines both filters select (time ranges and level masks intersect; services intersect
/// when both name some). The text condition of a wins when both have one.
ViewFilter narrowFilter(const ViewFilter& a, const ViewFilter& b);

/// The table rows of one template of a result (TemplateStats::templateId), at a level in
/// levelMask. Empty when the result carries no per-line templates.
std::vector<RowId> rowsOfTemplate(const AnalysisResult& result, std::uint32_t templateId,
                                  std::uint32_t levelMask, const LogTable& table);

/// Appends the given rows of src to dst (every column, template ids included), tagging them
/// with fileIndex when it is not negative.
void appendRows(LogTable& dst, const LogTable& src, const std::vector<RowId>* rows = nullptr,
                int fileIndex = -1);

/// Rewrites every row id of a result computed on a copy of some rows (anomalies, timeline,
/// incident evidence) into the row ids of the original table, and records them in `rows`.
void mapRowsBack(AnalysisResult& result, const std::vector<RowId>& selected);

/// Analyses only the lines filter selects: the selection is copied into a new table, analysed,
/// and every row id of the result (anomalies, timeline, incident evidence, `rows`) is mapped back
/// to the rows of table. Selecting everything analyses table directly. Nullptr when cancelled.
std::shared_ptr<const AnalysisResult> analyzeFiltered(const LogTable& table,
                                                      const ViewFilter& filter,
                                                      const CancellationToken* cancel = nullptr,
                                                      const ProgressCallback& progress = {});

} // namespace logscope::core
