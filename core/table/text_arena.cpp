#include "core/table/text_arena.h"

#include <algorithm>
#include <cstring>

namespace logscope::core {

std::string_view TextArena::store(std::string_view text) {
    if (text.empty())
        return {};
    if (text.size() > m_chunkFree) {
        // Chunks start small (most arenas hold little) and double, up to 1 MiB; a text larger
        // than that gets a chunk of its own so that huge lines never waste a chunk's tail.
        const std::size_t next =
            std::min<std::size_t>(std::max(kChunkSize, m_reserved), std::size_t{1} << 20);
        const std::size_t size = std::max(next, text.size());
        m_chunks.push_back(std::make_unique_for_overwrite<char[]>(size));
        m_cursor = m_chunks.back().get();
        m_chunkFree = size;
        m_reserved += size;
    }
    std::memcpy(m_cursor, text.data(), text.size());
    const std::string_view stored(m_cursor, text.size());
    m_cursor += text.size();
    m_chunkFree -= text.size();
    m_used += text.size();
    return stored;
}

} // namespace logscope::core
