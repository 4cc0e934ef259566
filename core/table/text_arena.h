#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace logscope::core {

/// Append-only storage for text: views it hands out stay valid for the arena's lifetime (moves
/// included), and the text of millions of lines costs a handful of allocations, not one per line.
class TextArena {
public:
    TextArena() = default;
    TextArena(TextArena&& other) noexcept { *this = std::move(other); }
    TextArena& operator=(TextArena&& other) noexcept {
        m_chunks = std::move(other.m_chunks);
        m_chunkFree = std::exchange(other.m_chunkFree, 0);
        m_cursor = std::exchange(other.m_cursor, nullptr);
        m_used = std::exchange(other.m_used, 0);
        m_reserved = std::exchange(other.m_reserved, 0);
        other.m_chunks.clear();
        return *this;
    }
    TextArena(const TextArena&) = delete;
    TextArena& operator=(const TextArena&) = delete;

    /// Copies text into the arena and returns a stable view of the copy.
    std::string_view store(std::string_view text);
    /// Total bytes of text stored.
    [[nodiscard]] std::size_t bytesUsed() const noexcept { return m_used; }
    /// Total bytes allocated.
    [[nodiscard]] std::size_t bytesReserved() const noexcept { return m_reserved; }

private:
    static constexpr std::size_t kChunkSize = std::size_t{1} << 16;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    std::size_t m_chunkFree = 0;
    char* m_cursor = nullptr;
    std::size_t m_used = 0;
    std::size_t m_reserved = 0;
};

} // namespace logscope::core
