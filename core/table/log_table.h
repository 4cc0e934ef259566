#pragma once

#include "core/table/level.h"
#include "core/table/log_columns.h"
#include "core/table/record_decoder.h"
#include "core/table/string_pool.h"
#include "core/table/text_arena.h"

#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// Marks a line whose time could not be read.
inline constexpr std::int64_t kNoTimestamp = std::numeric_limits<std::int64_t>::min();
/// Marks a line with no template assigned yet.
inline constexpr std::uint32_t kNoTemplate = std::numeric_limits<std::uint32_t>::max();

/// One parsed line as a parser hands it to LogTable::append(). Views need only live
/// until append() returns: the table copies what it keeps.
struct LogRow {
    std::int64_t timestampNs = kNoTimestamp;
    Level level = Level::Unknown;
    std::string_view service;
    std::string_view source;
    std::string_view host;
    std::string_view message;
    /// Fields the table has no column for, as a compact JSON object (empty when none). Parsers
    /// leave it empty: the table recovers these fields from the raw line when asked.
    std::string_view extra;
    float latencyMs = std::numeric_limits<float>::quiet_NaN();
    std::uint16_t statusCode = 0;
    Truth truth = Truth::Unlabelled;
    std::string_view anomalyType;
    float anomalyScore = 0.0F;
    std::uint64_t lineNumber = 0;
    std::uint16_t fileIndex = 0;
    /// The line as it was read (empty when the row was not read from text).
    std::string_view rawLine;
};

/// A file (or stdin) rows were read from: the "source file" column's values.
struct SourceFile {
    std::string path;   ///< as the user named it; "-" for standard input
    std::string format; ///< the format it was read as
    /// Recovers the fields without a column from a raw line (may be null).
    std::shared_ptr<const RecordDecoder> decoder;
};

/// Columnar, append-only store of log lines (DESIGN §2). Row ids are stable; there is no
/// per-line heap object: strings are interned, and texts are views into memory the table keeps
/// alive (the mapped file, a decompressed buffer, or an arena). Row and line counts are 64-bit
/// throughout. A time index (timed rows sorted by time) answers range queries.
class LogTable {
public:
    using Row = std::size_t;

    LogTable() = default;
    LogTable(LogTable&&) noexcept = default;
    LogTable& operator=(LogTable&&) noexcept = default;
    LogTable(const LogTable&) = delete;
    LogTable& operator=(const LogTable&) = delete;

    /// Builds a table from bulk-filled columns (the loaders' path). Ids in the string columns
    /// refer to pool; text columns point into memory that keepAlive owns (or that outlives the
    /// table). Builds the time index.
    static LogTable fromColumns(LogColumns&& columns, StringPool&& pool,
                                std::vector<SourceFile> files,
                                std::vector<std::shared_ptr<const void>> keepAlive);

    /// Appends one line and returns its row id.
    Row append(const LogRow& row);
    /// Reserves room for n more rows in every column.
    void reserve(std::size_t n);

    [[nodiscard]] std::size_t size() const noexcept { return m_cols.size(); }
    [[nodiscard]] bool empty() const noexcept { return m_cols.size() == 0; }

    [[nodiscard]] std::int64_t timestampNs(Row r) const { return m_cols.timestamps[r]; }
    [[nodiscard]] Level level(Row r) const { return m_cols.levels[r]; }
    [[nodiscard]] StringPool::Id serviceId(Row r) const { return m_cols.services[r]; }
    [[nodiscard]] std::string_view service(Row r) const { return m_pool.text(m_cols.services[r]); }
    [[nodiscard]] std::string_view source(Row r) const { return m_pool.text(m_cols.sources[r]); }
    [[nodiscard]] std::string_view host(Row r) const { return m_pool.text(m_cols.hosts[r]); }
    [[nodiscard]] std::string_view message(Row r) const {
        return textAt(m_cols.messageData, m_cols.messageSize, r);
    }
    /// Fields without a column, as a compact JSON object ("" when none). For rows read from a
    /// file they are recovered from the raw line on demand, so they cost no memory until asked.
    [[nodiscard]] std::string extra(Row r) const;
    [[nodiscard]] float latencyMs(Row r) const { return m_cols.latencies[r]; }
    [[nodiscard]] bool hasLatency(Row r) const { return !std::isnan(m_cols.latencies[r]); }
    [[nodiscard]] std::uint16_t statusCode(Row r) const { return m_cols.statuses[r]; }
    [[nodiscard]] Truth truth(Row r) const { return m_cols.truths[r]; }
    [[nodiscard]] std::string_view anomalyType(Row r) const {
        return m_pool.text(m_cols.anomalyTypes[r]);
    }
    [[nodiscard]] float anomalyScore(Row r) const { return m_cols.anomalyScores[r]; }
    /// 1-based line number in the row's source file.
    [[nodiscard]] std::uint64_t lineNumber(Row r) const { return m_cols.lineNumbers[r]; }
    /// Index of the row's source file in sourceFiles().
    [[nodiscard]] std::uint16_t fileIndex(Row r) const { return m_cols.fileIndexes[r]; }
    /// Path of the row's source file ("" when the row was not read from a file).
    [[nodiscard]] std::string_view sourceFile(Row r) const;
    /// The line as read, without its line end ("" when not read from text).
    [[nodiscard]] std::string_view rawLine(Row r) const {
        return textAt(m_cols.rawData, m_cols.rawSize, r);
    }
    [[nodiscard]] std::uint32_t templateId(Row r) const { return m_cols.templates[r]; }
    /// Assigns the template the miner found for a row.
    void setTemplateId(Row r, std::uint32_t id) { m_cols.templates[r] = id; }

    /// The interned strings (services, sources, hosts, anomaly types).
    [[nodiscard]] const StringPool& strings() const noexcept { return m_pool; }
    /// The files rows were read from, indexed by fileIndex().
    [[nodiscard]] const std::vector<SourceFile>& sourceFiles() const noexcept { return m_files; }
    /// Registers a source file and returns its index (for rows appended one by one).
    std::uint16_t addSourceFile(SourceFile file);

    /// Rows that have a time, ordered by time (ties keep row order).
    [[nodiscard]] std::span<const Row> timeOrder() const noexcept { return m_timeOrder.span(); }
    /// Rows whose time t satisfies fromNs <= t < toNs, ordered by time.
    [[nodiscard]] std::span<const Row> rowsInTimeRange(std::int64_t fromNs,
                                                       std::int64_t toNs) const noexcept;
    /// True when the rows that have a time appear in time order.
    [[nodiscard]] bool isTimeOrdered() const noexcept { return m_timeOrdered; }
    /// Earliest and latest time (kNoTimestamp when no row has one).
    [[nodiscard]] std::int64_t firstTimestampNs() const noexcept;
    [[nodiscard]] std::int64_t lastTimestampNs() const noexcept;

    /// Heap bytes the table's columns, index, arenas and pool use (not the mapped files).
    [[nodiscard]] std::size_t heapBytes() const;

    /// Registers how to drop the resident pages of text the table points into (a mapped file),
    /// for releaseTextPages().
    void addPageReleaser(std::function<void()> release);
    /// A hint after a pass over every line's text: the mapped files' pages leave the process's
    /// resident memory and are read again from the page cache when a line is next looked at.
    /// Changes nothing the table returns.
    void releaseTextPages() const;

private:
    void rebuildTimeIndex();

    LogColumns m_cols;
    StringPool m_pool;
    TextArena m_text;
    // Extra fields given to append() (rows read from files recover theirs on demand instead),
    // by row, in row order.
    std::vector<std::pair<Row, std::string_view>> m_extras;
    Column<Row> m_timeOrder;
    bool m_timeOrdered = true;
    std::vector<SourceFile> m_files;
    std::vector<std::shared_ptr<const void>> m_keepAlive;
    std::vector<std::function<void()>> m_pageReleasers;
};

} // namespace logscope::core
