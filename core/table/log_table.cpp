#include "core/table/log_table.h"

#include <algorithm>
#include <stdexcept>

namespace logscope::core {
namespace {

// Sorts a nearly sorted index by insertion (stable, linear when lines are only slightly out of
// order, as with several threads writing one log); gives up after `budget` moves.
bool insertionSort(LogTable::Row* order, std::size_t n, const std::int64_t* ts,
                   std::size_t budget) noexcept {
    std::size_t moves = 0;
    for (std::size_t i = 1; i < n; ++i) {
        const LogTable::Row key = order[i];
        const std::int64_t t = ts[key];
        std::size_t j = i;
        while (j > 0 && ts[order[j - 1]] > t) {
            order[j] = order[j - 1];
            --j;
            if (++moves > budget) {
                order[j] = key;
                return false;
            }
        }
        order[j] = key;
    }
    return true;
}

// Texts are stored with a 32-bit length; a longer text (over 4 GiB on one line) is cut.
std::uint32_t clampedSize(std::string_view text) noexcept {
    return static_cast<std::uint32_t>(
        std::min<std::size_t>(text.size(), std::numeric_limits<std::uint32_t>::max()));
}

} // namespace

LogTable LogTable::fromColumns(LogColumns&& columns, StringPool&& pool,
                               std::vector<SourceFile> files,
                               std::vector<std::shared_ptr<const void>> keepAlive) {
    LogTable table;
    table.m_cols = std::move(columns);
    table.m_pool = std::move(pool);
    table.m_files = std::move(files);
    table.m_keepAlive = std::move(keepAlive);
    table.rebuildTimeIndex();
    return table;
}

LogTable::Row LogTable::append(const LogRow& row) {
    const Row id = m_cols.size();
    m_cols.timestamps.push_back(row.timestampNs);
    m_cols.levels.push_back(row.level);
    m_cols.services.push_back(m_pool.intern(row.service));
    m_cols.sources.push_back(m_pool.intern(row.source));
    m_cols.hosts.push_back(m_pool.intern(row.host));
    m_cols.messageData.push_back(m_text.store(row.message).data());
    m_cols.messageSize.push_back(clampedSize(row.message));
    if (!row.extra.empty())
        m_extras.push_back({id, m_text.store(row.extra)});
    m_cols.rawData.push_back(m_text.store(row.rawLine).data());
    m_cols.rawSize.push_back(clampedSize(row.rawLine));
    m_cols.latencies.push_back(row.latencyMs);
    m_cols.statuses.push_back(row.statusCode);
    m_cols.truths.push_back(row.truth);
    m_cols.anomalyTypes.push_back(m_pool.intern(row.anomalyType));
    m_cols.anomalyScores.push_back(row.anomalyScore);
    m_cols.lineNumbers.push_back(row.lineNumber);
    m_cols.fileIndexes.push_back(row.fileIndex);
    m_cols.templates.push_back(kNoTemplate);

    if (row.timestampNs != kNoTimestamp) {
        const auto& ts = m_cols.timestamps;
        if (m_timeOrder.empty() || ts[m_timeOrder.back()] <= row.timestampNs) {
            m_timeOrder.push_back(id);
        } else {
            // A late line: keep the index sorted (rare in practice, so a memmove is fine).
            m_timeOrdered = false;
            const auto at =
                std::upper_bound(m_timeOrder.begin(), m_timeOrder.end(), row.timestampNs,
                                 [&ts](std::int64_t t, Row other) { return t < ts[other]; });
            m_timeOrder.insert(static_cast<std::size_t>(at - m_timeOrder.begin()), id);
        }
    }
    return id;
}

void LogTable::reserve(std::size_t n) {
    m_cols.reserve(size() + n);
}

std::string LogTable::extra(Row r) const {
    const auto given = std::lower_bound(
        m_extras.begin(), m_extras.end(), r,
        [](const std::pair<Row, std::string_view>& e, Row row) { return e.first < row; });
    if (given != m_extras.end() && given->first == r)
        return std::string(given->second);
    const std::uint16_t file = m_cols.fileIndexes[r];
    if (file < m_files.size() && m_files[file].decoder && m_cols.rawSize[r] > 0)
        return m_files[file].decoder->extraFields(rawLine(r));
    return {};
}

std::string_view LogTable::sourceFile(Row r) const {
    const std::uint16_t file = m_cols.fileIndexes[r];
    return file < m_files.size() ? std::string_view(m_files[file].path) : std::string_view{};
}

std::uint16_t LogTable::addSourceFile(SourceFile file) {
    if (m_files.size() > std::numeric_limits<std::uint16_t>::max())
        throw std::length_error("a table holds at most 65536 source files");
    m_files.push_back(std::move(file));
    return static_cast<std::uint16_t>(m_files.size() - 1);
}

std::span<const LogTable::Row> LogTable::rowsInTimeRange(std::int64_t fromNs,
                                                         std::int64_t toNs) const noexcept {
    const auto& ts = m_cols.timestamps;
    const Row* begin = m_timeOrder.begin();
    const Row* end = m_timeOrder.end();
    const Row* first =
        std::lower_bound(begin, end, fromNs, [&ts](Row r, std::int64_t t) { return ts[r] < t; });
    const Row* last =
        std::lower_bound(first, end, toNs, [&ts](Row r, std::int64_t t) { return ts[r] < t; });
    return {first, static_cast<std::size_t>(last - first)};
}

std::int64_t LogTable::firstTimestampNs() const noexcept {
    return m_timeOrder.empty() ? kNoTimestamp : m_cols.timestamps[m_timeOrder[0]];
}

std::int64_t LogTable::lastTimestampNs() const noexcept {
    return m_timeOrder.empty() ? kNoTimestamp : m_cols.timestamps[m_timeOrder.back()];
}

std::size_t LogTable::heapBytes() const {
    return m_cols.capacityBytes() + m_timeOrder.capacityBytes() + m_text.bytesReserved() +
           m_pool.bytesUsed() + m_extras.capacity() * sizeof(m_extras[0]);
}

void LogTable::rebuildTimeIndex() {
    const auto& ts = m_cols.timestamps;
    const std::size_t rows = ts.size();
    std::size_t timed = 0;
    for (std::size_t r = 0; r < rows; ++r)
        timed += ts[r] != kNoTimestamp ? 1 : 0;
    m_timeOrder = Column<Row>();
    m_timeOrder.resizeUninitialized(timed);
    std::size_t at = 0;
    m_timeOrdered = true;
    std::int64_t previous = std::numeric_limits<std::int64_t>::min();
    for (std::size_t r = 0; r < rows; ++r) {
        if (ts[r] == kNoTimestamp)
            continue;
        m_timeOrdered = m_timeOrdered && ts[r] >= previous;
        previous = ts[r];
        m_timeOrder[at++] = r;
    }
    if (!m_timeOrdered &&
        !insertionSort(m_timeOrder.data(), m_timeOrder.size(), ts.data(), 16 * timed + 1024)) {
        std::stable_sort(m_timeOrder.begin(), m_timeOrder.end(),
                         [&ts](Row a, Row b) { return ts[a] < ts[b]; });
    }
}

void LogTable::addPageReleaser(std::function<void()> release) {
    m_pageReleasers.push_back(std::move(release));
}

void LogTable::releaseTextPages() const {
    for (const std::function<void()>& release : m_pageReleasers)
        release();
}

} // namespace logscope::core
