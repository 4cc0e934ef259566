#include "core/live/live_session.h"

#include "core/analysis/analysis_context.h"
#include "core/analysis/incidents/line_signals.h"
#include "core/live/live_result_builder.h"

#include <algorithm>
#include <cmath>

namespace logscope::core {
namespace {

constexpr std::int64_t kEvalEveryNs = 100'000'000;  // rules at most 10 times a second
constexpr std::size_t kPointsPerSlot = 6;           // timeline lines kept per slot, of which
constexpr std::size_t kSampledPerSlot = 3;          // the first ones, whatever their score
constexpr std::int64_t kRecentNs = kNanosPerMinute; // span of the per-service rolling features

bool usableLatency(float ms) {
    return !std::isnan(ms) && ms >= 0.0F && ms <= 1e12F;
}

// Keeps a few of the slot's first lines (what ordinary lines score) and its highest-scoring
// ones (the outliers), so that the timeline shows both.
void keepPoint(LiveSlot& slot, const LivePoint& point) {
    if (slot.points.size() < kPointsPerSlot) {
        slot.points.push_back(point);
        return;
    }
    const auto top = slot.points.begin() + static_cast<std::ptrdiff_t>(kSampledPerSlot);
    const auto lowest = std::min_element(
        top, slot.points.end(), [](const auto& a, const auto& b) { return a.score < b.score; });
    if (point.score > lowest->score)
        *lowest = point;
}

} // namespace

LiveSession::LiveSession(LiveOptions options, bool wallClockTruth)
    : m_options(std::make_unique<LiveOptions>(std::move(options))), m_grid(*m_options),
      m_table(*m_options), m_scorer(*m_options), m_tracker(*m_options),
      m_scoreboard(*m_options, wallClockTruth) {}

std::uint8_t LiveSession::templateSignal(std::uint32_t id) {
    while (m_templateSignals.size() <= id)
        m_templateSignals.push_back(
            classifyText(m_miner.text(static_cast<std::uint32_t>(m_templateSignals.size()))));
    return m_templateSignals[id];
}

const LiveSession::ServiceRecent& LiveSession::recent(std::uint16_t service) {
    if (m_recent.size() <= service)
        m_recent.resize(static_cast<std::size_t>(service) + 1);
    ServiceRecent& r = m_recent[service];
    const std::int64_t newest = m_grid.newestIndex();
    if (r.slot != newest) {
        // Once per slot: the last minute before the current slot.
        const LiveCell c = m_grid.sum(service, newest - kRecentNs / m_grid.slotNs(), newest - 1);
        r.slot = newest;
        r.errorRate = c.grid.lines == 0 ? 0.0F : static_cast<float>(c.grid.errors) / c.grid.lines;
        r.latency = c.grid.latencyLines == 0
                        ? 0.0F
                        : static_cast<float>(std::log1p(c.grid.latencySum / c.grid.latencyLines));
    }
    return r;
}

std::vector<RaisedIncident> LiveSession::ingest(std::span<const LogRow> rows, std::int64_t wallNs) {
    const AnalysisOptions& o = m_options->analysis;
    std::vector<RaisedIncident> raised;
    m_features.clear();
    m_places.clear();
    m_templatesOfBatch.clear();
    m_rowsOfBatch.clear();
    const std::uint64_t firstSequence = m_ingested;
    for (const LogRow& row : rows) {
        ++m_ingested;
        const std::int64_t ts = row.timestampNs != kNoTimestamp ? row.timestampNs
                                : m_newestNs != kNoTimestamp    ? m_newestNs
                                                                : wallNs;
        const std::uint32_t tid = m_miner.add(row.message);
        // A new slot completes the one before: judge it now, so that a big batch (a file read
        // at once) raises its incidents at the line times they happened, not at its end.
        if (m_newestNs != kNoTimestamp && ts / m_grid.slotNs() > m_grid.newestIndex() &&
            m_grid.newestIndex() != m_lastEvalSlot)
            for (RaisedIncident& r : evaluate(wallNs))
                raised.push_back(std::move(r));
        LiveSlot* slot = m_grid.slotFor(ts);
        if (slot == nullptr) {
            ++m_late;
            continue;
        }
        m_newestNs = m_newestNs == kNoTimestamp ? ts : std::max(m_newestNs, ts);
        const std::uint16_t service =
            m_grid.serviceIndex(row.service.empty() ? std::string_view("(none)") : row.service);
        LiveCell& cell = m_grid.cell(*slot, service);
        GridCell& g = cell.grid;
        ++cell.levels[static_cast<std::size_t>(row.level)];
        ++g.lines;
        const bool error = isErrorLevel(row.level);
        g.errors += error ? 1 : 0;
        g.warnings += row.level == Level::Warning ? 1 : 0;
        if (row.statusCode != 0) {
            ++cell.statusLines;
            cell.statusOk += row.statusCode < 500 ? 1 : 0;
            g.server5xx += row.statusCode >= 500 && row.statusCode < 600 ? 1 : 0;
            g.unavailable += row.statusCode >= 502 && row.statusCode <= 504 ? 1 : 0;
        }
        const bool hasLatency = usableLatency(row.latencyMs);
        if (hasLatency) {
            const std::size_t bin = LatencyBins::binOf(row.latencyMs);
            ++cell.allLatency[bin];
            ++g.latencyLines;
            g.latencySum += row.latencyMs;
            cell.maxLatencyMs = std::max<double>(cell.maxLatencyMs, row.latencyMs);
            if (!error) {
                ++cell.okLatency[bin];
                ++g.okLatencyLines;
            }
        }
        const std::uint8_t signal = templateSignal(tid);
        if ((signal & kResourceSignal) != 0 && row.level >= Level::Warning)
            ++g.resource;
        if ((signal & kAuthFailureSignal) != 0) {
            ++g.authFailures;
            const std::string client = clientKeyOf(row.message, row.extra);
            if (!client.empty())
                ++slot->authByClient[authKey(service, client)];
        }
        if ((row.statusCode >= 400 || row.level >= Level::Warning) &&
            (looksLikeInjection(row.message) ||
             (!row.extra.empty() && looksLikeInjection(row.extra))))
            ++g.injections;
        auto& t = slot->templates[(static_cast<std::uint64_t>(tid) << 16) | service];
        ++t.first;
        t.second = std::max(t.second, row.level);
        if (error || row.statusCode >= 500 || (signal & kAuthFailureSignal) != 0 ||
            ((signal & kResourceSignal) != 0 && row.level >= Level::Warning))
            m_symptoms.note(service, tid);

        const ServiceRecent& r = recent(service);
        LiveLineFeatures f;
        f.timestampNs = ts;
        f.level = static_cast<float>(row.level);
        f.service = static_cast<float>(service);
        f.serviceErrorRate = r.errorRate;
        f.serviceLatency = r.latency;
        f.latency = hasLatency ? static_cast<float>(std::log1p(row.latencyMs)) : -1.0F;
        f.rarity = static_cast<float>(
            -std::log((m_miner.count(tid) + 1.0) / (m_miner.totalLines() + 1.0)));
        f.statusClass = static_cast<float>(row.statusCode / 100);
        m_features.push_back(f);
        m_places.emplace_back(slot->index, service);
        m_templatesOfBatch.push_back(tid);
        m_rowsOfBatch.push_back(static_cast<std::size_t>(&row - rows.data()));
        // LineIngestor hands the raw line over as extra: the table keeps it as the raw line
        // (sealed chunks compress it well), so that drill-downs show the line and its fields.
        LogRow kept = row;
        if (kept.rawLine.empty()) {
            kept.rawLine = row.extra;
            kept.extra = {};
        }
        m_table.append(kept, tid);
    }
    // Score the batch, then count outliers and keep timeline points where the lines went.
    m_scores.clear();
    const float threshold = m_scorer.threshold();
    m_scorer.score(m_features, m_scores);
    for (std::size_t i = 0; i < m_scores.size(); ++i) {
        LiveSlot* slot = m_grid.slotFor(m_features[i].timestampNs);
        if (slot == nullptr || slot->index != m_places[i].first)
            continue;
        LiveCell& cell = m_grid.cell(*slot, m_places[i].second);
        if (m_scores[i] >= threshold) {
            ++cell.outliers;
            cell.flagged += m_miner.count(m_templatesOfBatch[i]) <= o.rareTemplateMax ? 1 : 0;
        }
        keepPoint(*slot, {m_features[i].timestampNs, m_scores[i], m_templatesOfBatch[i]});
        if (m_topLines.wants(slot->index, m_scores[i])) {
            const LogRow& row = rows[m_rowsOfBatch[i]];
            const LiveLineFeatures& f = m_features[i];
            m_topLines.offer(slot->index,
                             {firstSequence + m_rowsOfBatch[i], f.timestampNs, m_scores[i],
                              row.level, m_grid.serviceNames()[m_places[i].second],
                              std::string(row.message),
                              usableLatency(row.latencyMs) ? row.latencyMs : NAN,
                              static_cast<float>(std::expm1(f.serviceLatency)), row.statusCode,
                              m_miner.count(m_templatesOfBatch[i]), m_miner.totalLines()});
        }
    }
    if (m_newestNs != kNoTimestamp)
        m_table.evict(m_newestNs - m_options->windowNs);
    m_topLines.evictBefore(m_grid.oldestIndex());

    if (m_grid.newestIndex() != m_lastEvalSlot || wallNs - m_lastEvalWallNs >= kEvalEveryNs)
        for (RaisedIncident& r : evaluate(wallNs))
            raised.push_back(std::move(r));
    return raised;
}

std::vector<RaisedIncident> LiveSession::evaluate(std::int64_t wallNs) {
    std::vector<RaisedIncident> raised;
    m_lastEvalWallNs = wallNs;
    m_lastEvalSlot = m_grid.newestIndex();
    if (m_newestNs == kNoTimestamp)
        return raised;
    std::vector<LiveFinding> findings = evaluateLiveRules(m_grid, *m_options);
    for (LiveFinding& f : findings)
        if (const auto t = m_symptoms.leading(f.service))
            f.rootCauseTemplate = m_miner.text(*t);
    const std::vector<std::uint64_t> ids =
        m_tracker.update(findings, m_grid.serviceNames(), m_newestNs, wallNs);
    m_tracker.evictBefore(m_newestNs - m_options->windowNs);
    for (const RaisedIncident& r : m_tracker.incidents())
        m_scoreboard.noteIncident(r);
    m_scoreboard.update(m_newestNs);
    for (const std::uint64_t id : ids)
        if (const RaisedIncident* r = m_tracker.find(id))
            raised.push_back(*r);
    return raised;
}

void LiveSession::setEpisodes(const std::vector<TruthEpisode>& episodes) {
    m_scoreboard.setEpisodes(episodes);
    if (m_newestNs != kNoTimestamp)
        m_scoreboard.update(m_newestNs);
}

std::shared_ptr<const LiveSnapshot> LiveSession::snapshot(std::int64_t wallNs) {
    auto snap = std::make_shared<LiveSnapshot>();
    std::shared_ptr<AnalysisResult> result = buildLiveResult(
        m_grid, m_miner, m_tracker.incidents(), m_topLines, m_scorer.threshold(), *m_options);
    for (const EpisodeScore& e : m_scoreboard.episodes()) {
        if (e.episode.endNs < m_newestNs - m_options->windowNs)
            continue;
        result->markedPeriods.push_back({e.episode.startNs, e.episode.endNs, e.episode.type,
                                         e.state == EpisodeScore::State::Caught});
    }
    snap->result = std::move(result);
    snap->incidents = m_tracker.incidents();
    snap->episodes = m_scoreboard.episodes();
    snap->score = m_scoreboard.counts();
    snap->ingested = m_ingested;
    snap->late = m_late;
    snap->rowsKept = m_table.size();
    snap->tableBytes = m_table.heapBytes();
    snap->rowsOverBudget = m_table.overBudgetRows();
    snap->newestNs = m_newestNs;
    snap->builtWallNs = wallNs;
    snap->lagSeconds =
        m_newestNs == kNoTimestamp ? 0.0 : static_cast<double>(wallNs - m_newestNs) / 1e9;
    snap->sequence = ++m_sequence;
    return snap;
}

} // namespace logscope::core
