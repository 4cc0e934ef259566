#pragma once

#include "core/formats/load_report.h"
#include "core/table/log_table.h"
#include "core/util/cancellation.h"

#include <memory>
#include <string>

namespace logscope::core {

/// A loaded table with the report of how the load went.
struct LoadResult {
    std::shared_ptr<LogTable> table;
    LoadReport report;
};

/// Loads a log file into a new table. Never throws: unreadable files and bad lines are
/// described in the report, and whatever could be read is returned.
LoadResult loadLogFile(const std::string& path, const CancellationToken* cancel = nullptr,
                       const ProgressCallback& progress = {});

/// Parses an in-memory buffer the same way (used for stdin and tests).
LoadResult loadLogBuffer(std::string_view bytes, const CancellationToken* cancel = nullptr,
                         const ProgressCallback& progress = {});

} // namespace logscope::core
