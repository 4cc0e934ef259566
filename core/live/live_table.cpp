#include "core/live/live_table.h"

#include <algorithm>
#include <numeric>

namespace logscope::core {

void LiveTable::append(const LogRow& row, std::uint32_t templateId) {
    if (m_hot.size() >= m_options.chunkRows)
        seal();
    if (m_hot.empty())
        m_hot.reserve(m_options.chunkRows);
    m_hot.setTemplateId(m_hot.append(row), templateId);
    ++m_rows;
    ++m_appended;
}

void LiveTable::seal() {
    m_sealed.push_back(
        std::make_shared<const SealedChunk>(SealedChunk::seal(m_hot, m_options.sealLevel)));
    m_sealedBytes += m_sealed.back()->heapBytes();
    m_hot = LogTable();
}

void LiveTable::evict(std::int64_t fromNs) {
    while (!m_sealed.empty()) {
        const SealedChunk& oldest = *m_sealed.front();
        const bool tooOld = oldest.newestNs() != kNoTimestamp && oldest.newestNs() < fromNs;
        const bool overBudget = m_rows - oldest.rows() >= m_options.maxRows;
        if (!tooOld && !overBudget)
            break;
        if (!tooOld)
            m_overBudget += oldest.rows();
        m_rows -= oldest.rows();
        m_sealedBytes -= oldest.heapBytes();
        m_sealed.pop_front();
    }
}

LiveTableView LiveTable::view() const {
    LiveTableView view;
    view.sealed.assign(m_sealed.begin(), m_sealed.end());
    auto newest = std::make_shared<LogTable>();
    std::vector<RowId> all(m_hot.size());
    std::iota(all.begin(), all.end(), RowId{0});
    copyRowsExactly(*newest, m_hot, all);
    view.newest = std::move(newest);
    return view;
}

std::int64_t LiveTable::oldestNs() const noexcept {
    for (const auto& chunk : m_sealed)
        if (chunk->oldestNs() != kNoTimestamp)
            return chunk->oldestNs();
    return m_hot.firstTimestampNs();
}

std::size_t LiveTable::heapBytes() const {
    return m_sealedBytes + m_hot.heapBytes();
}

} // namespace logscope::core
