#include "core/analysis/filter_rows.h"

#include "core/analysis/analyzer.h"
#include "core/table/row_copy.h"
#include "core/time/civil_time.h"

#include <QRegularExpression>
#include <QString>
#include <QtConcurrent>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

namespace logscope::core {
namespace {

constexpr std::size_t kChunkRows = 1 << 16;
constexpr std::uint32_t kAllLevels = (1u << kLevelCount) - 1u;

bool containsIgnoringCase(std::string_view haystack, std::string_view lowerNeedle) {
    const auto it = std::search(
        haystack.begin(), haystack.end(), lowerNeedle.begin(), lowerNeedle.end(),
        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return it != haystack.end();
}

QRegularExpression compileRegex(const std::string& pattern) {
    return QRegularExpression(QString::fromStdString(pattern),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

// A filter prepared for fast per-row tests. Each worker thread uses its own copy, so the regex
// is never shared between threads.
class RowMatcher {
public:
    RowMatcher(const LogTable& table, const ViewFilter& filter, const LineCondition& condition)
        : m_table(table), m_filter(filter), m_condition(condition) {
        m_timed = filter.fromNs != std::numeric_limits<std::int64_t>::min() ||
                  filter.toNs != std::numeric_limits<std::int64_t>::max() ||
                  condition.weekday >= 0 || condition.hour >= 0;
        if (!filter.services.empty()) {
            m_services.assign(table.strings().size(), 0);
            for (const std::string& name : filter.services) {
                StringPool::Id id = 0;
                if (name == "(none)")
                    m_services[StringPool::kNone] = 1;
                else if (table.strings().find(name, id))
                    m_services[id] = 1;
            }
        }
        m_latency = condition.needsLatency || std::isfinite(condition.minLatencyMs) ||
                    std::isfinite(condition.maxLatencyMs);
        if (filter.textIsRegex && !filter.text.empty()) {
            m_regex = compileRegex(filter.text);
            m_invalid = !m_regex.isValid();
            m_useRegex = !m_invalid;
        } else {
            for (const char c : filter.text)
                m_lowerText.push_back(
                    static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
    }

    [[nodiscard]] bool selectsNothing() const { return m_invalid; }

    [[nodiscard]] bool matches(RowId r) const {
        if (((m_filter.levelMask & kAllLevels) & (1u << static_cast<unsigned>(m_table.level(r)))) ==
            0)
            return false;
        if (!m_services.empty() && m_services[m_table.serviceId(r)] == 0)
            return false;
        if (m_timed && !timeMatches(m_table.timestampNs(r)))
            return false;
        if (m_latency && !latencyMatches(r))
            return false;
        if (!m_lowerText.empty() && !containsIgnoringCase(m_table.message(r), m_lowerText))
            return false;
        if (m_useRegex) {
            const std::string_view message = m_table.message(r);
            m_buffer = QString::fromUtf8(message.data(), static_cast<qsizetype>(message.size()));
            if (!m_regex.match(m_buffer).hasMatch())
                return false;
        }
        return true;
    }

private:
    [[nodiscard]] bool timeMatches(std::int64_t ts) const {
        if (ts == kNoTimestamp || ts < m_filter.fromNs || ts >= m_filter.toNs)
            return false;
        if (m_condition.weekday >= 0 && weekdayOf(ts) != m_condition.weekday)
            return false;
        if (m_condition.hour >= 0) {
            const std::int64_t intoDay = ((ts % kNanosPerDay) + kNanosPerDay) % kNanosPerDay;
            if (intoDay / kNanosPerHour != m_condition.hour)
                return false;
        }
        return true;
    }

    [[nodiscard]] bool latencyMatches(RowId r) const {
        if (!m_table.hasLatency(r))
            return false;
        const double ms = m_table.latencyMs(r);
        if (ms < m_condition.minLatencyMs)
            return false;
        return m_condition.maxInclusive ? ms <= m_condition.maxLatencyMs
                                        : ms < m_condition.maxLatencyMs;
    }

    const LogTable& m_table;
    const ViewFilter& m_filter;
    const LineCondition& m_condition;
    bool m_timed = false;
    bool m_latency = false;
    bool m_invalid = false;
    bool m_useRegex = false;
    std::vector<std::uint8_t> m_services;
    std::string m_lowerText;
    QRegularExpression m_regex;
    mutable QString m_buffer;
};

// Runs the matcher over n candidates (candidate i is row rowAt(i)) in parallel chunks and
// concatenates the hits in order.
template <typename RowAt>
std::vector<RowId> collect(const LogTable& table, std::size_t n, RowAt rowAt,
                           const ViewFilter& filter, const LineCondition& condition,
                           const CancellationToken* cancel) {
    if (RowMatcher(table, filter, condition).selectsNothing())
        return {};
    const std::size_t chunks = (n + kChunkRows - 1) / kChunkRows;
    std::vector<std::vector<RowId>> parts(chunks);
    std::vector<std::size_t> indexes(chunks);
    for (std::size_t c = 0; c < chunks; ++c)
        indexes[c] = c;
    auto work = [&](std::size_t c) {
        if (cancel && cancel->isCancelled())
            return;
        const RowMatcher matcher(table, filter, condition);
        const std::size_t end = std::min(n, (c + 1) * kChunkRows);
        for (std::size_t i = c * kChunkRows; i < end; ++i) {
            const RowId r = rowAt(i);
            if (matcher.matches(r))
                parts[c].push_back(r);
        }
    };
    if (chunks <= 1) {
        for (const std::size_t c : indexes)
            work(c);
    } else {
        QtConcurrent::blockingMap(indexes, work);
    }
    std::size_t total = 0;
    for (const auto& part : parts)
        total += part.size();
    std::vector<RowId> rows;
    rows.reserve(total);
    for (const auto& part : parts)
        rows.insert(rows.end(), part.begin(), part.end());
    return rows;
}

} // namespace

std::vector<RowId> filterRows(const LogTable& table, const ViewFilter& filter,
                              const LineCondition& condition, const CancellationToken* cancel) {
    return collect(
        table, table.size(), [](std::size_t i) { return static_cast<RowId>(i); }, filter, condition,
        cancel);
}

std::vector<RowId> filterRows(const LogTable& table, const std::vector<RowId>& among,
                              const ViewFilter& filter, const LineCondition& condition,
                              const CancellationToken* cancel) {
    const std::size_t size = table.size();
    std::vector<RowId> valid;
    valid.reserve(among.size());
    for (const RowId r : among)
        if (r < size)
            valid.push_back(r);
    return collect(
        table, valid.size(), [&valid](std::size_t i) { return valid[i]; }, filter, condition,
        cancel);
}

bool isValidFilterRegex(const std::string& pattern) {
    return compileRegex(pattern).isValid();
}

ViewFilter narrowFilter(const ViewFilter& a, const ViewFilter& b) {
    ViewFilter out = a;
    out.fromNs = std::max(a.fromNs, b.fromNs);
    out.toNs = std::min(a.toNs, b.toNs);
    out.levelMask = a.levelMask & b.levelMask;
    if (a.services.empty()) {
        out.services = b.services;
    } else if (!b.services.empty()) {
        out.services.clear();
        for (const std::string& s : a.services)
            if (std::find(b.services.begin(), b.services.end(), s) != b.services.end())
                out.services.push_back(s);
        // No service in common: select nothing rather than everything.
        if (out.services.empty())
            out.levelMask = 0;
    }
    if (a.text.empty()) {
        out.text = b.text;
        out.textIsRegex = b.textIsRegex;
    }
    return out;
}

std::vector<RowId> rowsOfTemplate(const AnalysisResult& result, std::uint32_t templateId,
                                  std::uint32_t levelMask, const LogTable& table) {
    std::vector<RowId> rows;
    const bool mapped = !result.rows.empty();
    for (std::size_t i = 0; i < result.lineTemplates.size(); ++i) {
        if (result.lineTemplates[i] != templateId)
            continue;
        const RowId row = mapped ? (i < result.rows.size() ? result.rows[i] : table.size()) : i;
        if (row >= table.size())
            continue;
        if ((levelMask & (1u << static_cast<unsigned>(table.level(row)))) != 0)
            rows.push_back(row);
    }
    return rows;
}

void appendRows(LogTable& dst, const LogTable& src, const std::vector<RowId>* rows, int fileIndex) {
    const std::size_t n = rows ? rows->size() : src.size();
    dst.reserve(n);
    std::string extra;
    for (std::size_t i = 0; i < n; ++i) {
        const RowId r = rows ? (*rows)[i] : i;
        LogRow row = rowOf(src, r, extra);
        row.rawLine = {}; // the message and fields are what a merged or filtered table needs
        if (fileIndex >= 0)
            row.fileIndex = static_cast<std::uint16_t>(fileIndex);
        dst.setTemplateId(dst.append(row), src.templateId(r));
    }
}

void mapRowsBack(AnalysisResult& result, const std::vector<RowId>& selected) {
    auto map = [&selected](RowId r) {
        return r < selected.size() ? selected[r] : r;
    };
    for (ScoredLine& line : result.topAnomalies)
        line.row = map(line.row);
    for (AnomalyPoint& point : result.timeline)
        point.row = map(point.row);
    for (Incident& incident : result.incidents)
        for (RowId& r : incident.evidence)
            r = map(r);
    if (result.rows.empty()) {
        result.rows = selected;
    } else {
        for (RowId& r : result.rows)
            r = map(r);
    }
}

std::shared_ptr<const AnalysisResult> analyzeFiltered(const LogTable& table,
                                                      const ViewFilter& filter,
                                                      const CancellationToken* cancel,
                                                      const ProgressCallback& progress) {
    if (progress)
        progress(0, 100);
    if (filter.selectsEverything()) {
        auto whole = analyze(table, cancel);
        if (whole && progress)
            progress(100, 100);
        return whole;
    }
    std::vector<RowId> selected = filterRows(table, filter, {}, cancel);
    if (cancel && cancel->isCancelled())
        return nullptr;
    if (progress)
        progress(30, 100);
    LogTable subset;
    appendRows(subset, table, &selected);
    if (cancel && cancel->isCancelled())
        return nullptr;
    if (progress)
        progress(45, 100);
    const auto analysed = analyze(subset, cancel);
    if (!analysed)
        return nullptr;

    // Map the subset's row ids back to the rows of the table the user sees.
    auto result = std::make_shared<AnalysisResult>(*analysed);
    mapRowsBack(*result, selected);
    if (progress)
        progress(100, 100);
    return result;
}

} // namespace logscope::core
