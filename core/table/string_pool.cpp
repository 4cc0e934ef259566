#include "core/table/string_pool.h"

namespace logscope::core {

StringPool::StringPool() {
    m_texts.emplace_back();
    m_ids.emplace(std::string_view{}, kNone);
}

StringPool::Id StringPool::intern(std::string_view text) {
    if (const auto it = m_ids.find(text); it != m_ids.end())
        return it->second;
    const std::string_view stored = m_arena.store(text);
    const auto id = static_cast<Id>(m_texts.size());
    m_texts.push_back(stored);
    m_ids.emplace(stored, id);
    return id;
}

bool StringPool::find(std::string_view text, Id& id) const {
    const auto it = m_ids.find(text);
    if (it == m_ids.end())
        return false;
    id = it->second;
    return true;
}

} // namespace logscope::core
