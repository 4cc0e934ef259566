#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace logscope::core {

/// Append-only storage for text: views it hands out stay valid for the arena's lifetime,
/// and the text of millions of lines costs a handful of allocations, not one per line.
class TextArena {
public:
    /// Copies text into the arena and returns a stable view of the copy.
    std::string_view store(std::string_view text);
    /// Total bytes of text stored.
    [[nodiscard]] std::size_t bytesUsed() const noexcept { return m_used; }

private:
    static constexpr std::size_t kChunkSize = std::size_t{1} << 20;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    std::size_t m_chunkFree = 0;
    char* m_cursor = nullptr;
    std::size_t m_used = 0;
};

} // namespace logscope::core
