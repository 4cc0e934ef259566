#pragma once

#include "core/table/level.h"
#include "core/table/string_pool.h"
#include "core/table/text_arena.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

namespace logscope::core {

/// Marks a line whose time could not be read.
inline constexpr std::int64_t kNoTimestamp = std::numeric_limits<std::int64_t>::min();
/// Marks a line with no template assigned yet.
inline constexpr std::uint32_t kNoTemplate = std::numeric_limits<std::uint32_t>::max();

/// Ground truth a log may carry about itself (generator `_labels`, seed 001's `anomalous`).
enum class Truth : std::uint8_t { Unlabelled, Normal, Anomaly };

/// One parsed line as a parser hands it to LogTable::append(). Views need only live
/// until append() returns: the table copies what it keeps.
struct LogRow {
    std::int64_t timestampNs = kNoTimestamp;
    Level level = Level::Unknown;
    std::string_view service;
    std::string_view source;
    std::string_view host;
    std::string_view message;
    /// Fields the table has no column for, as a compact JSON object (empty when none).
    std::string_view extra;
    float latencyMs = std::numeric_limits<float>::quiet_NaN();
    std::uint16_t statusCode = 0;
    Truth truth = Truth::Unlabelled;
    std::string_view anomalyType;
    float anomalyScore = 0.0F;
    std::uint64_t lineNumber = 0;
    std::uint16_t fileIndex = 0;
};

/// Columnar, append-only store of log lines. Row ids are stable; there is no per-line heap
/// object: strings are interned or live in an arena.
class LogTable {
public:
    using Row = std::size_t;

    /// Appends one line and returns its row id.
    Row append(const LogRow& row);
    /// Reserves room for n more rows in every column.
    void reserve(std::size_t n);

    [[nodiscard]] std::size_t size() const noexcept { return m_timestamps.size(); }
    [[nodiscard]] bool empty() const noexcept { return m_timestamps.empty(); }

    [[nodiscard]] std::int64_t timestampNs(Row r) const { return m_timestamps[r]; }
    [[nodiscard]] Level level(Row r) const { return m_levels[r]; }
    [[nodiscard]] StringPool::Id serviceId(Row r) const { return m_services[r]; }
    [[nodiscard]] std::string_view service(Row r) const { return m_pool.text(m_services[r]); }
    [[nodiscard]] std::string_view source(Row r) const { return m_pool.text(m_sources[r]); }
    [[nodiscard]] std::string_view host(Row r) const { return m_pool.text(m_hosts[r]); }
    [[nodiscard]] std::string_view message(Row r) const { return m_messages[r]; }
    [[nodiscard]] std::string_view extra(Row r) const { return m_extras[r]; }
    [[nodiscard]] float latencyMs(Row r) const { return m_latencies[r]; }
    [[nodiscard]] bool hasLatency(Row r) const { return !std::isnan(m_latencies[r]); }
    [[nodiscard]] std::uint16_t statusCode(Row r) const { return m_statuses[r]; }
    [[nodiscard]] Truth truth(Row r) const { return m_truths[r]; }
    [[nodiscard]] std::string_view anomalyType(Row r) const {
        return m_pool.text(m_anomalyTypes[r]);
    }
    [[nodiscard]] float anomalyScore(Row r) const { return m_anomalyScores[r]; }
    [[nodiscard]] std::uint64_t lineNumber(Row r) const { return m_lineNumbers[r]; }
    [[nodiscard]] std::uint16_t fileIndex(Row r) const { return m_fileIndexes[r]; }
    [[nodiscard]] std::uint32_t templateId(Row r) const { return m_templates[r]; }
    /// Assigns the template the miner found for a row.
    void setTemplateId(Row r, std::uint32_t id) { m_templates[r] = id; }

    /// The interned strings (services, sources, hosts, anomaly types).
    [[nodiscard]] const StringPool& strings() const noexcept { return m_pool; }

private:
    StringPool m_pool;
    TextArena m_text;
    std::vector<std::int64_t> m_timestamps;
    std::vector<Level> m_levels;
    std::vector<StringPool::Id> m_services;
    std::vector<StringPool::Id> m_sources;
    std::vector<StringPool::Id> m_hosts;
    std::vector<std::string_view> m_messages;
    std::vector<std::string_view> m_extras;
    std::vector<float> m_latencies;
    std::vector<std::uint16_t> m_statuses;
    std::vector<Truth> m_truths;
    std::vector<StringPool::Id> m_anomalyTypes;
    std::vector<float> m_anomalyScores;
    std::vector<std::uint64_t> m_lineNumbers;
    std::vector<std::uint16_t> m_fileIndexes;
    std::vector<std::uint32_t> m_templates;
};

} // namespace logscope::core
