#include "core/templates/template_store.h"

#include "core/templates/template_miner.h"

#include <algorithm>
#include <numeric>

namespace logscope::core {

TemplateStore::TemplateStore(const TemplateMiner& miner) {
    m_entries.reserve(miner.size());
    for (std::uint32_t id = 0; id < miner.size(); ++id) {
        m_entries.push_back({miner.text(id), miner.typedText(id), miner.count(id)});
        m_total += miner.count(id);
    }
}

std::string_view TemplateStore::text(std::uint32_t id) const noexcept {
    return contains(id) ? std::string_view(m_entries[id].text) : std::string_view();
}

std::string_view TemplateStore::typedText(std::uint32_t id) const noexcept {
    return contains(id) ? std::string_view(m_entries[id].typedText) : std::string_view();
}

std::uint64_t TemplateStore::count(std::uint32_t id) const noexcept {
    return contains(id) ? m_entries[id].count : 0;
}

std::vector<std::uint32_t> TemplateStore::idsByCount() const {
    std::vector<std::uint32_t> ids(m_entries.size());
    std::iota(ids.begin(), ids.end(), 0U);
    std::stable_sort(ids.begin(), ids.end(), [this](std::uint32_t a, std::uint32_t b) {
        return m_entries[a].count > m_entries[b].count;
    });
    return ids;
}

} // namespace logscope::core
