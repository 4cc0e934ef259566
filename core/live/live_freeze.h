#pragma once

#include "core/analysis/filter_rows.h"
#include "core/live/sealed_chunk.h"
#include "core/table/log_table.h"
#include "core/util/cancellation.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace logscope::core {

/// Which rows of the live window freezeRows() copies: the lines behind a dashboard mark.
struct LiveSelection {
    ViewFilter filter;
    LineCondition condition;
    /// Only lines of this template (the miner's id, as the live snapshot names templates).
    std::optional<std::uint32_t> templateId;
    /// At most this many rows, the newest.
    std::size_t maxRows = 250'000;
};

/// What freezeRows() gives.
struct FrozenRows {
    std::shared_ptr<LogTable> table; ///< never null; rows in time order
    bool capped = false;             ///< more rows matched than maxRows (the oldest left out)
    std::size_t chunksThawed = 0;    ///< sealed chunks decompressed
    std::size_t chunksSkipped = 0;   ///< sealed chunks their summaries ruled out
    std::string error;               ///< a chunk could not be thawed (its rows are missing)
};

/// The live window at one moment, detached from the live table: its sealed chunks (shared and
/// immutable) and a copy of its newest chunk. Another thread may freeze rows from it while the
/// table goes on taking rows.
struct LiveTableView {
    std::vector<std::shared_ptr<const SealedChunk>> sealed; ///< oldest first
    std::shared_ptr<const LogTable> newest;                 ///< never null
};

/// Copies the rows a selection names into a new table, thawing only the sealed chunks whose
/// summaries (time range, levels, services) may hold some. source (optional) becomes the
/// table's file 0, so that the fields without a column are recovered from the raw lines.
FrozenRows freezeRows(const LiveTableView& view, const LiveSelection& selection,
                      const SourceFile* source = nullptr,
                      const CancellationToken* cancel = nullptr);

/// Appends rows of src to dst exactly (raw line, stored extra fields and template ids too).
void copyRowsExactly(LogTable& dst, const LogTable& src, std::span<const RowId> rows);

} // namespace logscope::core
