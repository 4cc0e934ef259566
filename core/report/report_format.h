#pragma once

#include "core/analysis/analysis_result.h"
#include "core/table/log_table.h"

#include <string>

namespace logscope::core {

/// The line number a report shows for a row: the file's line number when the table knows it,
/// else the row's 1-based position.
std::uint64_t reportLineNumber(const LogTable* table, RowId row);

/// "12.34%".
std::string percentString(double share, int decimals = 2);
/// "1,234.57" (thousands separators, fixed decimals).
std::string decimalString(double value, int decimals);

} // namespace logscope::core
