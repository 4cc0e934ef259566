#pragma once

#include "core/formats/load_report.h"
#include "core/table/log_table.h"
#include "core/util/cancellation.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// A loaded table with the report of how the load went.
struct LoadResult {
    std::shared_ptr<LogTable> table;
    LoadReport report;
};

/// How to load.
struct LoadOptions {
    /// Empty: detect each input's format from its first lines. Otherwise a built-in format's
    /// name or alias, a saved format's name, or a format string in logparser syntax.
    std::string format;
    /// 0: parse on all cores; 1: on the calling thread only.
    int threads = 0;
    /// Whether the user's saved formats take part (by name and in detection).
    bool useSavedFormats = true;
};

/// Loads files, folders (their files, sorted by name), archives (.gz, .zst: recognised by
/// content) and "-" (standard input) into one table, merged by time with the source file as a
/// column when there are several. Never throws: unreadable inputs and bad lines are described
/// in the report; whatever could be read is returned. progress(done, total) counts bytes as
/// stored; cancellation is honoured within a fraction of a second.
LoadResult loadLogs(const std::vector<std::string>& inputs, const LoadOptions& options,
                    const CancellationToken* cancel = nullptr,
                    const ProgressCallback& progress = {});

/// Loads one log file (or folder, archive, "-") with its format detected.
LoadResult loadLogFile(const std::string& path, const CancellationToken* cancel = nullptr,
                       const ProgressCallback& progress = {});

/// Parses an in-memory buffer the same way (tests, the built-in demo). The bytes are copied.
LoadResult loadLogBuffer(std::string_view bytes, const CancellationToken* cancel = nullptr,
                         const ProgressCallback& progress = {});
/// The same with options (e.g. a forced format).
LoadResult loadLogBuffer(std::string_view bytes, const LoadOptions& options,
                         const CancellationToken* cancel = nullptr,
                         const ProgressCallback& progress = {});

} // namespace logscope::core
