#pragma once

#include "core/live/live_options.h"
#include "core/table/log_table.h"

#include <deque>
#include <memory>

namespace logscope::core {

/// The rows of the sliding window, in chunks of LogTable: new rows go to the newest chunk,
/// whole chunks leave when they are older than the window or the row budget is exceeded, so
/// memory stays bounded however long the stream runs. Single-threaded.
class LiveTable {
public:
    explicit LiveTable(const LiveOptions& options) : m_options(options) {}

    /// Appends a row (its template id already known); returns the chunk row it got.
    void append(const LogRow& row, std::uint32_t templateId);
    /// Drops the chunks whose newest row is older than fromNs, and the oldest chunks beyond
    /// the row budget.
    void evict(std::int64_t fromNs);
    /// Rows kept.
    [[nodiscard]] std::size_t size() const noexcept { return m_rows; }
    /// Rows appended since the start (kept or evicted).
    [[nodiscard]] std::uint64_t appended() const noexcept { return m_appended; }
    /// Time of the oldest row kept (kNoTimestamp when empty).
    [[nodiscard]] std::int64_t oldestNs() const noexcept;
    /// Heap bytes of the kept rows.
    [[nodiscard]] std::size_t heapBytes() const;

private:
    struct Chunk {
        LogTable table;
        std::int64_t newestNs = kNoTimestamp;
    };
    const LiveOptions& m_options;
    std::deque<std::unique_ptr<Chunk>> m_chunks;
    std::size_t m_rows = 0;
    std::uint64_t m_appended = 0;
};

} // namespace logscope::core
