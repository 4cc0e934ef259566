#pragma once

#include "core/table/log_table.h"

#include <array>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace logscope::core {

/// Writes parsed rows into slots of bulk-sized columns on behalf of one parsing thread: strings
/// are interned into a table local to the thread (merged later), and texts that do not lie in
/// the input's bytes are copied into the thread's arena. Only the slots a committer is given are
/// written, so several can fill one set of columns at once.
class RowCommitter {
public:
    /// stable: the input's bytes (views into them are kept as they are).
    RowCommitter(LogColumns& columns, Column<std::uint8_t>& yearless, std::string_view stable,
                 std::uint16_t fileIndex);

    /// Writes row into slot.
    void commit(std::size_t slot, const LogRow& row, bool yearless);

    /// Appends a continuation line (a stack-trace line, say) to the message and raw line of the
    /// row in slot, which must be the last row this committer wrote.
    void appendLine(std::size_t slot, std::string_view line);

    /// The local id -> text table (id 0 is the empty string).
    [[nodiscard]] const std::vector<std::string_view>& strings() const noexcept { return m_texts; }
    /// Hands over the arena holding copied texts.
    TextArena takeArena() { return std::move(m_arena); }
    /// Rewrites the id columns of rows [begin, end) from local ids to the ids of pool.
    void remapInto(StringPool& pool, LogColumns& columns, std::size_t begin, std::size_t end) const;

private:
    // A small direct-mapped cache in front of the hash table: most lines repeat a handful of
    // services and hosts.
    struct Slot {
        std::uint64_t head = 0; // the first and last eight bytes: texts up to 16 bytes are
        std::uint64_t tail = 0; // compared without memcmp
        const char* data = nullptr;
        std::size_t size = 0;
        StringPool::Id id = 0;
    };
    std::string_view keep(std::string_view text);
    std::string_view extended(std::string_view text, std::string_view line);
    StringPool::Id intern(std::string_view text);

    LogColumns& m_columns;
    Column<std::uint8_t>& m_yearless;
    std::string_view m_stable;
    std::uint16_t m_fileIndex;
    TextArena m_arena;
    std::vector<std::string_view> m_texts{std::string_view{}};
    std::unordered_map<std::string_view, StringPool::Id> m_ids;
    std::array<Slot, 256> m_cache{};
};

} // namespace logscope::core
