#include "core/live/live_table.h"

#include <algorithm>

namespace logscope::core {

void LiveTable::append(const LogRow& row, std::uint32_t templateId) {
    if (m_chunks.empty() || m_chunks.back()->table.size() >= m_options.chunkRows) {
        m_chunks.push_back(std::make_unique<Chunk>());
        m_chunks.back()->table.reserve(m_options.chunkRows);
    }
    Chunk& chunk = *m_chunks.back();
    const std::size_t r = chunk.table.append(row);
    chunk.table.setTemplateId(r, templateId);
    if (row.timestampNs != kNoTimestamp)
        chunk.newestNs = std::max(chunk.newestNs, row.timestampNs);
    ++m_rows;
    ++m_appended;
}

void LiveTable::evict(std::int64_t fromNs) {
    while (m_chunks.size() > 1) {
        const Chunk& oldest = *m_chunks.front();
        const bool tooOld = oldest.newestNs != kNoTimestamp && oldest.newestNs < fromNs;
        const bool overBudget = m_rows - oldest.table.size() >= m_options.maxRows;
        if (!tooOld && !overBudget)
            break;
        m_rows -= oldest.table.size();
        m_chunks.pop_front();
    }
}

std::int64_t LiveTable::oldestNs() const noexcept {
    for (const auto& chunk : m_chunks)
        if (const std::int64_t t = chunk->table.firstTimestampNs(); t != kNoTimestamp)
            return t;
    return kNoTimestamp;
}

std::size_t LiveTable::heapBytes() const {
    std::size_t total = 0;
    for (const auto& chunk : m_chunks)
        total += chunk->table.heapBytes();
    return total;
}

} // namespace logscope::core
