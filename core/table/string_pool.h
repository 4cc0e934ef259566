#pragma once

#include "core/table/text_arena.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace logscope::core {

/// Interns strings: each distinct text gets a small dense id. Id 0 is always the empty string,
/// which stands for "not present".
class StringPool {
public:
    using Id = std::uint32_t;
    /// The id of the empty string ("not present").
    static constexpr Id kNone = 0;

    StringPool();

    /// Returns the id of text, adding it on first sight.
    Id intern(std::string_view text);
    /// Returns the id of text if it is known.
    [[nodiscard]] bool find(std::string_view text, Id& id) const;
    /// The text of an id.
    [[nodiscard]] std::string_view text(Id id) const { return m_texts[id]; }
    /// Number of ids handed out, the empty string included.
    [[nodiscard]] std::size_t size() const noexcept { return m_texts.size(); }
    /// Approximate heap bytes used (texts, id table, hash table).
    [[nodiscard]] std::size_t bytesUsed() const noexcept {
        return m_arena.bytesReserved() + m_texts.capacity() * sizeof(std::string_view) +
               m_ids.size() * (sizeof(std::string_view) + sizeof(Id) + 2 * sizeof(void*));
    }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };
    TextArena m_arena;
    std::vector<std::string_view> m_texts;
    std::unordered_map<std::string_view, Id, Hash, std::equal_to<>> m_ids;
};

} // namespace logscope::core
