#pragma once

#include "core/analysis/filter_rows.h"
#include "core/analysis/view_filter.h"

#include <QMetaType>
#include <QString>
#include <optional>
#include <vector>

namespace logscope::ui {

/// The lines behind one mark of the dashboard (a bar, point, heat cell, incident, ...), as the
/// mark describes them. Panels build it from the snapshot alone; the log view resolves it to
/// rows of the table.
struct DrillDown {
    QString description;           ///< "ERROR lines of database", shown above the log view
    core::ViewFilter filter;       ///< the mark's conditions; narrowed by the view filter
    core::LineCondition condition; ///< weekday, hour, latency range
    /// Lines of this template of the snapshot (TemplateStats::templateId).
    std::optional<std::uint32_t> templateId;
    /// Explicit rows (anomalies, incident evidence); used instead of the filter when set.
    bool explicitRows = false;
    std::vector<core::RowId> rows;
    std::optional<core::RowId> focusRow; ///< the line to select and scroll to
};

/// The rows of table a drill-down names, in row order (explicit rows keep their order).
/// view is the dashboard's view filter; snapshot the result the mark was drawn from.
std::vector<core::RowId> resolveDrillDown(const core::LogTable& table,
                                          const core::AnalysisResult& snapshot,
                                          const core::ViewFilter& view, const DrillDown& drill,
                                          const core::CancellationToken* cancel = nullptr);

} // namespace logscope::ui

Q_DECLARE_METATYPE(logscope::ui::DrillDown)
