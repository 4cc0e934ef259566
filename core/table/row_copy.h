#pragma once

#include "core/table/log_table.h"

#include <string>

namespace logscope::core {

/// Row r of src as a LogRow to append to another table, every column and the raw line
/// included. extra() is built on demand, so its text lives in extraKeeper: keep it alive until
/// the row is appended.
LogRow rowOf(const LogTable& src, LogTable::Row r, std::string& extraKeeper);

} // namespace logscope::core
