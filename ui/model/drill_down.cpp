#include "ui/model/drill_down.h"

#include <algorithm>

namespace logscope::ui {

std::vector<core::RowId> resolveDrillDown(const core::LogTable& table,
                                          const core::AnalysisResult& snapshot,
                                          const core::ViewFilter& view, const DrillDown& drill,
                                          const core::CancellationToken* cancel) {
    if (drill.explicitRows) {
        std::vector<core::RowId> rows;
        rows.reserve(drill.rows.size());
        for (const core::RowId r : drill.rows)
            if (r < table.size())
                rows.push_back(r);
        return rows;
    }
    const core::ViewFilter filter = core::narrowFilter(view, drill.filter);
    if (drill.templateId) {
        const std::vector<core::RowId> ofTemplate =
            core::rowsOfTemplate(snapshot, *drill.templateId, 0xFFFFFFFFu, table);
        return core::filterRows(table, ofTemplate, filter, drill.condition, cancel);
    }
    return core::filterRows(table, filter, drill.condition, cancel);
}

} // namespace logscope::ui
