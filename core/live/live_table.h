#pragma once

#include "core/live/live_freeze.h"
#include "core/live/live_options.h"
#include "core/table/log_table.h"
#include "core/util/cancellation.h"

#include <deque>
#include <memory>

namespace logscope::core {

/// Every row of the sliding window: new rows go to the newest chunk, a LogTable; a full chunk
/// is sealed (SealedChunk: compressed, a few bytes a row) and thawed only when a query needs
/// its rows; chunks leave when they are older than the window. A row budget far above a
/// window's needs is a safety cap: when it bites, the oldest chunks leave early and
/// overBudgetRows() says how many rows did. Single-threaded.
class LiveTable {
public:
    explicit LiveTable(const LiveOptions& options) : m_options(options) {}

    /// Appends a row (its template id already known); seals the newest chunk when full.
    void append(const LogRow& row, std::uint32_t templateId);
    /// Drops the chunks whose newest row is older than fromNs, and the oldest chunks beyond
    /// the row budget.
    void evict(std::int64_t fromNs);
    /// The window now, detached (shares the sealed chunks, copies the newest chunk).
    [[nodiscard]] LiveTableView view() const;
    /// Copies the rows a selection names into a new table (see freezeRows()).
    [[nodiscard]] FrozenRows freeze(const LiveSelection& selection,
                                    const SourceFile* source = nullptr,
                                    const CancellationToken* cancel = nullptr) const {
        return freezeRows(view(), selection, source, cancel);
    }

    /// Rows kept.
    [[nodiscard]] std::size_t size() const noexcept { return m_rows; }
    /// Rows appended since the start (kept or evicted).
    [[nodiscard]] std::uint64_t appended() const noexcept { return m_appended; }
    /// Rows that left before their time because of the row budget.
    [[nodiscard]] std::uint64_t overBudgetRows() const noexcept { return m_overBudget; }
    /// Sealed chunks kept.
    [[nodiscard]] std::size_t sealedChunks() const noexcept { return m_sealed.size(); }
    /// The sealed chunks, oldest first.
    [[nodiscard]] const std::deque<std::shared_ptr<const SealedChunk>>& sealed() const noexcept {
        return m_sealed;
    }
    /// Time of the oldest row kept (kNoTimestamp when empty).
    [[nodiscard]] std::int64_t oldestNs() const noexcept;
    /// Heap bytes of the kept rows (sealed and newest chunk).
    [[nodiscard]] std::size_t heapBytes() const;

private:
    void seal();

    const LiveOptions& m_options;
    std::deque<std::shared_ptr<const SealedChunk>> m_sealed; // oldest first; immutable
    LogTable m_hot;
    std::size_t m_sealedBytes = 0;
    std::size_t m_rows = 0;
    std::uint64_t m_appended = 0;
    std::uint64_t m_overBudget = 0;
};

} // namespace logscope::core
