#include "core/formats/load_progress.h"

#include <algorithm>

namespace logscope::core {

void LoadProgress::add(double bytes) {
    if (!m_callback)
        return;
    std::lock_guard lock(m_mutex);
    m_done += bytes;
    report(false);
}

void LoadProgress::finish() {
    if (!m_callback)
        return;
    std::lock_guard lock(m_mutex);
    m_done = static_cast<double>(std::max<std::uint64_t>(m_total, 1));
    report(true);
}

void LoadProgress::report(bool force) {
    const auto done = static_cast<std::uint64_t>(m_done);
    // Standard input has no known size: the total grows with what was read.
    const std::uint64_t total = std::max(m_total, done);
    if (!force && done - std::min(done, m_reported) < total / 200 + 1)
        return;
    m_reported = done;
    m_callback(std::min(done, total), total);
}

} // namespace logscope::core
