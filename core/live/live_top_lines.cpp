#include "core/live/live_top_lines.h"

#include "core/time/civil_time.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace logscope::core {
namespace {

// A line is "slow for its service" beyond this multiple of the service's recent mean.
constexpr float kSlowFactor = 2.0F;
// A template is "rare" when it accounts for at most this share of the stream.
constexpr double kRareShare = 0.001;

bool lowerScore(const LiveTopLine& a, const LiveTopLine& b) {
    return a.score < b.score;
}

// HH:MM:SS.mmm UTC: the list is of the last minutes, the day goes without saying.
std::string timeOfDay(std::int64_t ns) {
    const std::string iso = formatIso8601(ns, 3, false);
    const std::size_t t = iso.find('T');
    return t == std::string::npos ? iso : iso.substr(t + 1);
}

} // namespace

bool LiveTopLines::wants(std::int64_t slot, float score) const {
    if (!(score > 0.0F) || m_perSlot == 0)
        return false;
    const auto it = m_slots.find(slot);
    if (it == m_slots.end() || it->second.size() < m_perSlot)
        return true;
    return score > std::min_element(it->second.begin(), it->second.end(), lowerScore)->score;
}

void LiveTopLines::offer(std::int64_t slot, LiveTopLine line) {
    if (!wants(slot, line.score))
        return;
    if (line.message.size() > kMaxMessageBytes)
        line.message.resize(kMaxMessageBytes);
    std::vector<LiveTopLine>& kept = m_slots[slot];
    if (kept.size() < m_perSlot) {
        kept.push_back(std::move(line));
        return;
    }
    *std::min_element(kept.begin(), kept.end(), lowerScore) = std::move(line);
}

void LiveTopLines::evictBefore(std::int64_t firstSlot) {
    m_slots.erase(m_slots.begin(), m_slots.lower_bound(firstSlot));
}

std::size_t LiveTopLines::size() const noexcept {
    std::size_t n = 0;
    for (const auto& [slot, lines] : m_slots)
        n += lines.size();
    return n;
}

std::vector<ScoredLine> LiveTopLines::best(std::size_t n, std::int64_t firstSlot) const {
    std::vector<const LiveTopLine*> all;
    for (auto it = m_slots.lower_bound(firstSlot); it != m_slots.end(); ++it)
        for (const LiveTopLine& line : it->second)
            all.push_back(&line);
    const std::size_t k = std::min(n, all.size());
    // Highest score first; the earlier line first at equal scores.
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(k), all.end(),
                      [](const LiveTopLine* a, const LiveTopLine* b) {
                          return a->score != b->score ? a->score > b->score
                                                      : a->sequence < b->sequence;
                      });
    std::vector<ScoredLine> out;
    out.reserve(k);
    for (std::size_t i = 0; i < k; ++i) {
        ScoredLine line;
        line.row = all[i]->sequence;
        line.score = all[i]->score;
        line.explanation = explainLiveLine(*all[i]);
        out.push_back(std::move(line));
    }
    return out;
}

// The explanations read like those of the batch analysis: same context for translators.
std::string explainLiveLine(const LiveTopLine& line) {
    const QString service = line.service.empty()
                                ? QCoreApplication::translate("AnomalyExplanation", "(no service)")
                                : fromUtf8(line.service);
    const QString text =
        QStringLiteral("%1 %2 %3: %4")
            .arg(QLatin1String(levelName(line.level)), service,
                 QString::fromStdString(timeOfDay(line.timestampNs)), fromUtf8(line.message));
    QStringList why;
    if (!std::isnan(line.latencyMs) && line.serviceLatencyMs > 0.0F &&
        line.latencyMs >= kSlowFactor * line.serviceLatencyMs)
        why << QCoreApplication::translate("AnomalyExplanation",
                                           "latency %1 ms, %2 x the service's usual %3 ms")
                   .arg(localNumber(line.latencyMs),
                        localNumber(line.latencyMs / line.serviceLatencyMs, 1),
                        localNumber(line.serviceLatencyMs));
    if (line.streamLines > 0 && static_cast<double>(line.templateLines) <=
                                    kRareShare * static_cast<double>(line.streamLines))
        why << QCoreApplication::translate("AnomalyExplanation",
                                           "rare message template (%1 of %2 lines)")
                   .arg(localCount(line.templateLines), localCount(line.streamLines));
    if (line.statusCode >= 400)
        why << QCoreApplication::translate("AnomalyExplanation", "status %1").arg(line.statusCode);
    if (line.level >= Level::Warning)
        why << QCoreApplication::translate("AnomalyExplanation", "%1 level")
                   .arg(QLatin1String(levelName(line.level)));
    return toUtf8(text + QStringLiteral(" - ") +
                  (why.isEmpty() ? QCoreApplication::translate("AnomalyExplanation",
                                                               "an unusual mix of its features")
                                 : why.join(QStringLiteral("; "))));
}

} // namespace logscope::core
