#pragma once

#include "core/analysis/analysis_result.h"
#include "core/analysis/view_filter.h"
#include "core/table/log_table.h"
#include "core/util/cancellation.h"

#include <optional>
#include <vector>

namespace logscope::core {

/// The rows of table a filter selects, in row order. Nothing when the filter selects every row
/// (callers then iterate the table directly); an empty vector when it selects none. A regex
/// that does not compile selects nothing. Stops early (returning what it has) when cancelled.
std::optional<std::vector<RowId>> selectRows(const LogTable& table, const ViewFilter& filter,
                                             const CancellationToken* cancel = nullptr);

} // namespace logscope::core
