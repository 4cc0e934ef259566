#pragma once

#include "core/formats/load_report.h"
#include "core/table/log_columns.h"
#include "core/table/string_pool.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace logscope::core {

/// One input parsed into columns, before it becomes a table (or part of a merged one).
struct ParsedInput {
    LogColumns columns;
    StringPool pool; ///< what the id columns refer to
    /// 1 for rows whose time had no year (syslog), for the year inference; same length as
    /// columns.
    Column<std::uint8_t> yearless;
    bool anyYearless = false;
    /// What the text columns point into (the input's bytes, arenas).
    std::vector<std::shared_ptr<const void>> keepAlive;
    /// Release the resident pages of what keepAlive holds, where they can be read again.
    std::vector<std::function<void()>> pageReleasers;
    std::uint64_t lines = 0; ///< non-empty lines (or array elements)
    std::uint64_t parsedLines = 0;
    std::uint64_t badLineCount = 0;
    std::vector<BadLine> badLines; ///< the first LoadReport::kMaxListedBadLines, in file order
    std::string warning;           ///< e.g. a JSON array cut short
    bool cancelled = false;
};

} // namespace logscope::core
