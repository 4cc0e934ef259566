#include "core/analysis/incidents/suspect_data.h"

#include "core/analysis/statistics/latency_ceiling.h"

#include <cmath>

namespace logscope::core {
namespace {

// A field counts as always filled when at least this share of a service's lines (and at least
// kMinLines of them) carry it: then a line without it is broken, not a different kind of line.
constexpr double kAlwaysShare = 0.98;
constexpr std::size_t kMinLines = 50;

struct Counts {
    std::size_t lines = 0;
    std::size_t time = 0;
    std::size_t level = 0;
    std::size_t latency = 0;
    std::size_t status = 0;
    std::size_t message = 0;
};

} // namespace

SuspectData::SuspectData(const AnalysisContext& context) : m_context(context) {
    const LogTable& table = context.table;
    std::vector<Counts> counts(context.serviceNames.size());
    for (std::size_t i = 0; i < context.count; ++i) {
        const RowId row = context.row(i);
        Counts& c = counts[context.serviceOf[i]];
        ++c.lines;
        c.time += table.timestampNs(row) != kNoTimestamp ? 1 : 0;
        c.level += table.level(row) != Level::Unknown ? 1 : 0;
        c.status += table.statusCode(row) != 0 ? 1 : 0;
        c.message += table.message(row).empty() ? 0 : 1;
        c.latency += table.hasLatency(row) ? 1 : 0;
    }
    m_habits.resize(counts.size());
    for (std::size_t s = 0; s < counts.size(); ++s) {
        const Counts& c = counts[s];
        const auto always = [&](std::size_t filled) {
            return c.lines >= kMinLines &&
                   static_cast<double>(filled) >= kAlwaysShare * static_cast<double>(c.lines);
        };
        Habits& h = m_habits[s];
        h.time = always(c.time);
        h.level = always(c.level);
        h.latency = always(c.latency);
        h.status = always(c.status);
        h.message = always(c.message);
    }
}

bool SuspectData::isSuspect(std::size_t i) const {
    const LogTable& table = m_context.table;
    const RowId row = m_context.row(i);
    const Habits& h = m_habits[m_context.serviceOf[i]];
    if (h.time && table.timestampNs(row) == kNoTimestamp)
        return true;
    if (h.level && table.level(row) == Level::Unknown)
        return true;
    if (h.message && table.message(row).empty())
        return true;
    const std::uint16_t status = table.statusCode(row);
    // 0 is "no status": broken only where the service always sends one.
    const bool outOfRange = status < 100 || status > 599;
    if (outOfRange && (status != 0 || h.status))
        return true;
    if (table.hasLatency(row)) {
        // Negative, absurdly large, or hours where the service answers in milliseconds.
        if (!hasPlausibleLatency(m_context, i))
            return true;
    } else if (h.latency) {
        return true;
    }
    return false;
}

} // namespace logscope::core
