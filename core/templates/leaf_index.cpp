#include "core/templates/leaf_index.h"

#include <algorithm>

namespace logscope::core {

void LeafIndex::add(std::uint32_t id, const std::vector<std::uint32_t>& tokens,
                    const std::vector<std::uint32_t>& wordPositions, std::uint32_t anyCodeMask) {
    for (std::uint32_t position : wordPositions) {
        const std::uint32_t code = tokens[position];
        if ((code & ~1U) == anyCodeMask)
            generalized(id, position);
        else
            m_postings[key(position, code)].push_back(id);
    }
}

void LeafIndex::generalized(std::uint32_t id, std::uint32_t position) {
    if (position >= m_wildcards.size())
        m_wildcards.resize(position + 1);
    m_wildcards[position].push_back(id);
}

const std::vector<std::uint32_t>* LeafIndex::postings(std::uint32_t position,
                                                      std::uint32_t code) const {
    const auto found = m_postings.find(key(position, code));
    return found == m_postings.end() ? nullptr : &found->second;
}

bool LeafIndex::candidates(const std::vector<std::uint32_t>& message,
                           const std::vector<std::uint32_t>& wordPositions, int needed,
                           std::size_t templates, std::vector<std::uint32_t>& out) {
    out.clear();
    const auto words = static_cast<int>(wordPositions.size());
    const int positionsToUse = words - needed + 1;
    if (needed <= 0 || positionsToUse <= 0 || positionsToUse > words)
        return false;
    // The most selective positions: fewest templates with the message's piece or a wildcard.
    m_scratch.clear();
    for (std::uint32_t position : wordPositions) {
        const auto* exact = postings(position, message[position]);
        const std::size_t wild = position < m_wildcards.size() ? m_wildcards[position].size() : 0;
        m_scratch.emplace_back((exact != nullptr ? exact->size() : 0) + wild, position);
    }
    std::partial_sort(m_scratch.begin(), m_scratch.begin() + positionsToUse, m_scratch.end());
    std::size_t total = 0;
    for (int i = 0; i < positionsToUse; ++i)
        total += m_scratch[static_cast<std::size_t>(i)].first;
    if (total >= templates)
        return false;
    for (int i = 0; i < positionsToUse; ++i) {
        const std::uint32_t position = m_scratch[static_cast<std::size_t>(i)].second;
        if (const auto* exact = postings(position, message[position]))
            out.insert(out.end(), exact->begin(), exact->end());
        if (position < m_wildcards.size())
            out.insert(out.end(), m_wildcards[position].begin(), m_wildcards[position].end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return true;
}

} // namespace logscope::core
