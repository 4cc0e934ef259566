#include "core/table/log_table.h"

namespace logscope::core {

LogTable::Row LogTable::append(const LogRow& row) {
    const Row id = m_timestamps.size();
    m_timestamps.push_back(row.timestampNs);
    m_levels.push_back(row.level);
    m_services.push_back(m_pool.intern(row.service));
    m_sources.push_back(m_pool.intern(row.source));
    m_hosts.push_back(m_pool.intern(row.host));
    m_messages.push_back(m_text.store(row.message));
    m_extras.push_back(m_text.store(row.extra));
    m_latencies.push_back(row.latencyMs);
    m_statuses.push_back(row.statusCode);
    m_truths.push_back(row.truth);
    m_anomalyTypes.push_back(m_pool.intern(row.anomalyType));
    m_anomalyScores.push_back(row.anomalyScore);
    m_lineNumbers.push_back(row.lineNumber);
    m_fileIndexes.push_back(row.fileIndex);
    m_templates.push_back(kNoTemplate);
    return id;
}

void LogTable::reserve(std::size_t n) {
    const std::size_t total = size() + n;
    m_timestamps.reserve(total);
    m_levels.reserve(total);
    m_services.reserve(total);
    m_sources.reserve(total);
    m_hosts.reserve(total);
    m_messages.reserve(total);
    m_extras.reserve(total);
    m_latencies.reserve(total);
    m_statuses.reserve(total);
    m_truths.reserve(total);
    m_anomalyTypes.reserve(total);
    m_anomalyScores.reserve(total);
    m_lineNumbers.reserve(total);
    m_fileIndexes.reserve(total);
    m_templates.reserve(total);
}

} // namespace logscope::core
