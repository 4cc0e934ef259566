#pragma once

#include "core/table/log_table.h"
#include "core/util/cancellation.h"
#include "ui/logview/log_columns.h"
#include "ui/model/row_lookup.h"

#include <Qt>
#include <vector>

namespace logscope::ui {

/// True for the columns the log view can sort by.
bool isSortableColumn(LogColumn column);

/// Sorts rows by a column (ties keep row order, so equal times stay in file order). Lines
/// without a value (no time, no latency, no score) sort first in ascending order. Returns false,
/// leaving rows in an unspecified order, when cancelled.
bool sortRows(std::vector<core::RowId>& rows, const core::LogTable& table, LogColumn column,
              Qt::SortOrder order, const RowLookup& lookup,
              const core::CancellationToken* cancel = nullptr);

} // namespace logscope::ui
