#include "core/formats/row_committer.h"

#include <algorithm>
#include <cstring>

namespace logscope::core {

RowCommitter::RowCommitter(LogColumns& columns, Column<std::uint8_t>& yearless,
                           std::string_view stable, std::uint16_t fileIndex)
    : m_columns(columns), m_yearless(yearless), m_stable(stable), m_fileIndex(fileIndex) {}

std::string_view RowCommitter::keep(std::string_view text) {
    if (text.empty())
        return {};
    const char* begin = m_stable.data();
    if (text.data() >= begin && text.data() + text.size() <= begin + m_stable.size())
        return text;
    return m_arena.store(text);
}

StringPool::Id RowCommitter::intern(std::string_view text) {
    if (text.empty())
        return StringPool::kNone;
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    if (text.size() >= 8) {
        std::memcpy(&head, text.data(), 8);
        std::memcpy(&tail, text.data() + text.size() - 8, 8);
    } else {
        std::memcpy(&head, text.data(), text.size());
    }
    const std::uint64_t hash =
        head * 0x9E3779B97F4A7C15ULL ^ (tail + text.size()) * 0xC2B2AE3D27D4EB4FULL;
    Slot& slot = m_cache[hash >> 56];
    if (slot.size == text.size() && slot.head == head && slot.tail == tail &&
        (text.size() <= 16 || std::memcmp(slot.data, text.data(), text.size()) == 0))
        return slot.id;
    StringPool::Id id = 0;
    std::string_view stored;
    if (const auto it = m_ids.find(text); it != m_ids.end()) {
        id = it->second;
        stored = it->first;
    } else {
        stored = keep(text);
        id = static_cast<StringPool::Id>(m_texts.size());
        m_texts.push_back(stored);
        m_ids.emplace(stored, id);
    }
    slot = {head, tail, stored.data(), stored.size(), id};
    return id;
}

void RowCommitter::commit(std::size_t slot, const LogRow& row, bool yearless) {
    constexpr std::size_t kMaxText = std::numeric_limits<std::uint32_t>::max();
    LogColumns& c = m_columns;
    c.timestamps[slot] = row.timestampNs;
    c.levels[slot] = row.level;
    c.services[slot] = intern(row.service);
    c.sources[slot] = intern(row.source);
    c.hosts[slot] = intern(row.host);
    const std::string_view message = keep(row.message.substr(0, kMaxText));
    c.messageData[slot] = message.data();
    c.messageSize[slot] = static_cast<std::uint32_t>(message.size());
    const std::string_view raw = keep(row.rawLine.substr(0, kMaxText));
    c.rawData[slot] = raw.data();
    c.rawSize[slot] = static_cast<std::uint32_t>(raw.size());
    c.latencies[slot] = row.latencyMs;
    c.statuses[slot] = row.statusCode;
    c.truths[slot] = row.truth;
    c.anomalyTypes[slot] = intern(row.anomalyType);
    c.anomalyScores[slot] = row.anomalyScore;
    c.lineNumbers[slot] = row.lineNumber;
    c.fileIndexes[slot] = m_fileIndex;
    c.templates[slot] = kNoTemplate;
    m_yearless[slot] = yearless ? 1 : 0;
}

std::string_view RowCommitter::extended(std::string_view text, std::string_view line) {
    constexpr std::size_t kMaxText = std::numeric_limits<std::uint32_t>::max();
    if (text.empty())
        return keep(line);
    // A text that is a view into the input and ends where its line ended grows to take in the
    // next lines: no copy, however long the stack trace.
    const char* begin = m_stable.data();
    const char* stableEnd = begin + m_stable.size();
    const char* textEnd = text.data() + text.size();
    if (text.data() >= begin && textEnd <= stableEnd && line.data() >= textEnd &&
        line.data() + line.size() <= stableEnd) {
        const std::string_view gap(textEnd, static_cast<std::size_t>(line.data() - textEnd));
        if (gap.find_first_not_of(" \t\r\n") == std::string_view::npos &&
            gap.find('\n') != gap.npos) {
            const auto size = static_cast<std::size_t>(line.data() + line.size() - text.data());
            return size <= kMaxText ? std::string_view(text.data(), size) : text;
        }
    }
    // Otherwise (a message the parser rewrote) the joined text is copied, up to a bound so that
    // a long trace cannot make the copies quadratic.
    constexpr std::size_t kMaxCopied = std::size_t{1} << 20;
    if (text.size() + line.size() + 1 > kMaxCopied)
        return text;
    std::string joined;
    joined.reserve(text.size() + 1 + line.size());
    joined.append(text).append(1, '\n').append(line);
    return m_arena.store(joined);
}

void RowCommitter::appendLine(std::size_t slot, std::string_view line) {
    LogColumns& c = m_columns;
    const std::string_view message =
        extended(std::string_view(c.messageData[slot], c.messageSize[slot]), line);
    c.messageData[slot] = message.data();
    c.messageSize[slot] = static_cast<std::uint32_t>(message.size());
    const std::string_view raw = extended(std::string_view(c.rawData[slot], c.rawSize[slot]), line);
    c.rawData[slot] = raw.data();
    c.rawSize[slot] = static_cast<std::uint32_t>(raw.size());
}

void RowCommitter::remapInto(StringPool& pool, LogColumns& columns, std::size_t begin,
                             std::size_t end) const {
    if (m_texts.size() <= 1)
        return; // every string empty: the ids are already the pool's (0)
    std::vector<StringPool::Id> global(m_texts.size());
    for (std::size_t i = 1; i < m_texts.size(); ++i)
        global[i] = pool.intern(m_texts[i]);
    for (auto* column :
         {&columns.services, &columns.sources, &columns.hosts, &columns.anomalyTypes}) {
        StringPool::Id* ids = column->data();
        for (std::size_t r = begin; r < end; ++r)
            ids[r] = global[ids[r]];
    }
}

} // namespace logscope::core
