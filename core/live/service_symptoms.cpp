#include "core/live/service_symptoms.h"

#include <unordered_map>

namespace logscope::core {

void ServiceSymptoms::note(std::uint16_t service, std::uint32_t templateId) {
    if (m_rings.size() <= service)
        m_rings.resize(static_cast<std::size_t>(service) + 1);
    Ring& ring = m_rings[service];
    if (ring.templates.size() < kKept)
        ring.templates.push_back(templateId);
    else
        ring.templates[ring.next] = templateId;
    ring.next = (ring.next + 1) % kKept;
}

std::optional<std::uint32_t> ServiceSymptoms::leading(std::uint16_t service) const {
    if (service >= m_rings.size() || m_rings[service].templates.empty())
        return std::nullopt;
    const Ring& ring = m_rings[service];
    std::unordered_map<std::uint32_t, std::size_t> counts;
    std::optional<std::uint32_t> best;
    std::size_t bestCount = 0;
    // Oldest to newest, so that on a tie the most recent template wins.
    const std::size_t n = ring.templates.size();
    const std::size_t oldest = n < kKept ? 0 : ring.next;
    for (std::size_t k = 0; k < n; ++k) {
        const std::uint32_t t = ring.templates[(oldest + k) % n];
        const std::size_t c = ++counts[t];
        if (c >= bestCount) {
            bestCount = c;
            best = t;
        }
    }
    return best;
}

} // namespace logscope::core
