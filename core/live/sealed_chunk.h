#pragma once

#include "core/table/log_table.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace logscope::core {

/// A full chunk of the live table in compact form: its rows (every column, template ids
/// included) serialised column by column and compressed with zstd, plus small summaries
/// (row count, time range, levels, services) that let a query skip it without thawing.
/// Immutable once sealed; thaw() rebuilds the rows exactly.
class SealedChunk {
public:
    /// Seals every row of table (level: zstd level; 1..19).
    static SealedChunk seal(const LogTable& table, int level = 3);

    /// The rows again, in their order; nothing with error set when the bytes are damaged.
    [[nodiscard]] std::optional<LogTable> thaw(std::string& error) const;

    /// Rows sealed.
    [[nodiscard]] std::size_t rows() const noexcept { return m_rows; }
    /// Earliest and latest time of the rows (kNoTimestamp when none has one).
    [[nodiscard]] std::int64_t oldestNs() const noexcept { return m_oldestNs; }
    [[nodiscard]] std::int64_t newestNs() const noexcept { return m_newestNs; }
    /// True when some row has no time.
    [[nodiscard]] bool hasUntimedRows() const noexcept { return m_untimed; }
    /// Bit (1 << int(Level)) per level present.
    [[nodiscard]] std::uint32_t levelMask() const noexcept { return m_levelMask; }
    /// The services present (sorted).
    [[nodiscard]] const std::vector<std::string>& services() const noexcept { return m_services; }
    /// Compressed bytes kept.
    [[nodiscard]] std::size_t compressedBytes() const noexcept { return m_bytes.size(); }
    /// Bytes of the serialised rows before compression.
    [[nodiscard]] std::size_t serialisedBytes() const noexcept { return m_serialisedBytes; }
    /// Heap bytes held.
    [[nodiscard]] std::size_t heapBytes() const;

    /// The serialised, uncompressed form of table (exposed for tests of damaged input).
    static std::string serialise(const LogTable& table);
    /// Rebuilds rows from serialise()'s bytes; nothing with error set when they are damaged.
    static std::optional<LogTable> deserialise(std::string_view bytes, std::string& error);

private:
    std::string m_bytes;
    std::size_t m_rows = 0;
    std::size_t m_serialisedBytes = 0;
    std::int64_t m_oldestNs = kNoTimestamp;
    std::int64_t m_newestNs = kNoTimestamp;
    bool m_untimed = false;
    std::uint32_t m_levelMask = 0;
    std::vector<std::string> m_services;
};

} // namespace logscope::core
