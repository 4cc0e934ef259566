#include "core/generator/log_generator.h"

#include "core/generator/arrival_planner.h"
#include "core/generator/episode_book.h"
#include "core/generator/event_composer.h"
#include "core/generator/event_effects.h"
#include "core/generator/extra_lines.h"
#include "core/generator/metric_composer.h"
#include "core/generator/metric_effects.h"
#include "core/generator/traffic_shape.h"

#include <algorithm>
#include <chrono>

namespace logscope::core {
namespace {

// Independent random streams per concern, derived from the one seed.
std::uint64_t subSeed(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t z = seed + stream * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr std::uint32_t kBaseLine = UINT32_MAX;
constexpr int kMaxTopUps = 8;

struct PendingEvent {
    std::int64_t ns;
    std::uint32_t extra; // book index of the episode adding the line, or kBaseLine
    std::uint16_t service;
};

} // namespace

struct LogGenerator::Impl {
    Impl(const Scenario& scenario, const GeneratorSettings& settings)
        : shape(scenario), events(scenario, shape, subSeed(settings.seed, 1)),
          metrics(scenario, shape, subSeed(settings.seed, 2)),
          eventEffects(scenario, events, subSeed(settings.seed, 3)),
          extraLines(scenario, events, subSeed(settings.seed, 4)),
          metricEffects(scenario, metrics, subSeed(settings.seed, 5)),
          book(scenario, subSeed(settings.seed, 6), settings.startNs),
          planner(scenario, settings, shape) {}

    TrafficShape shape;
    EventComposer events;
    MetricComposer metrics;
    EventEffects eventEffects;
    ExtraLines extraLines;
    MetricEffects metricEffects;
    EpisodeBook book;
    ArrivalPlanner planner;
    std::vector<std::int64_t> baseTimes;
    std::vector<ExtraEvent> extras;
    std::vector<PendingEvent> pending;
    std::size_t pendingIndex = 0;
    std::uint64_t nextDraw = 0;
    std::int64_t nextDrawNs = 0;
    std::int64_t drawIntervalNs = 1;
    std::uint64_t sequence = 0;
    int topUps = 0;
    bool spanDone = false;
};

LogGenerator::LogGenerator(std::shared_ptr<const Scenario> scenario,
                           const GeneratorSettings& settings)
    : m_scenario(std::move(scenario)), m_settings(settings),
      m_impl(std::make_unique<Impl>(*m_scenario, m_settings)) {
    m_lastNs.store(settings.startNs);
    m_impl->nextDrawNs = settings.startNs;
    m_impl->drawIntervalNs =
        std::max<std::int64_t>(1000, static_cast<std::int64_t>(settings.intervalSeconds * 1e9));
}

LogGenerator::~LogGenerator() = default;

InjectResult LogGenerator::inject(std::string_view type, InjectRequest params) {
    params.type = std::string(type);
    return m_impl->book.inject(params);
}

void LogGenerator::setRate(double linesPerSecond) {
    if (linesPerSecond > 0.0)
        m_impl->planner.setRate(linesPerSecond);
}

std::vector<Episode> LogGenerator::episodes() const {
    return m_impl->book.snapshot();
}

std::size_t LogGenerator::next(GeneratedBatch& batch, std::size_t maxCount) {
    if (m_settings.clock == GeneratorClock::WallClock) {
        const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
        return fill(batch, maxCount, &now);
    }
    return fill(batch, maxCount, nullptr);
}

std::size_t LogGenerator::nextUntil(GeneratedBatch& batch, std::int64_t untilNs,
                                    std::size_t maxCount) {
    return fill(batch, maxCount, &untilNs);
}

std::size_t LogGenerator::fill(GeneratedBatch& batch, std::size_t maxCount,
                               const std::int64_t* untilNs) {
    batch.clear();
    if (m_finished)
        return 0;
    Impl& d = *m_impl;
    std::uint64_t produced = m_produced.load(std::memory_order_relaxed);
    std::int64_t lastNs = m_lastNs.load(std::memory_order_relaxed);
    std::int64_t until = 0;
    const bool wall = untilNs != nullptr;
    if (wall) {
        until = *untilNs;
        if (m_settings.durationNs > 0)
            until = std::min(until, m_settings.startNs + m_settings.durationNs);
    }
    d.book.admitInjected(
        wall ? until : (d.pendingIndex < d.pending.size() ? d.pending[d.pendingIndex].ns : lastNs));

    auto plan = [&]() -> bool {
        ArrivalPlanner::Window window;
        if (wall) {
            if (!d.planner.windowUntil(until, window)) {
                if (m_settings.durationNs > 0 &&
                    until >= m_settings.startNs + m_settings.durationNs)
                    m_finished = true;
                return false;
            }
        } else if (d.spanDone || !d.planner.nextWindow(window)) {
            d.spanDone = true;
            // An outage in the last window may have swallowed lines the total promised.
            if (produced < m_settings.total && d.topUps < kMaxTopUps &&
                m_scenario->spacing == Spacing::Random) {
                window = d.planner.topUpWindow(lastNs);
                ++d.topUps;
            } else {
                m_finished = true;
                return false;
            }
        }
        d.book.prepareWindow(window.t0, window.t1);
        d.book.setLineRate(d.planner.rate());
        d.extras.clear();
        d.book.extras(window.t0, window.t1, d.extras);
        std::sort(d.extras.begin(), d.extras.end(), [](const ExtraEvent& a, const ExtraEvent& b) {
            return a.ns != b.ns ? a.ns < b.ns : a.episode < b.episode;
        });
        const std::uint64_t remaining =
            m_settings.total > 0 ? m_settings.total - produced : UINT64_MAX;
        const std::uint64_t extraCount = std::min<std::uint64_t>(d.extras.size(), remaining);
        d.baseTimes.clear();
        d.planner.baseTimes(window, d.planner.baseCount(window, remaining - extraCount),
                            d.baseTimes);
        d.pending.clear();
        d.pendingIndex = 0;
        std::size_t e = 0;
        for (const std::int64_t ns : d.baseTimes) {
            while (e < d.extras.size() && d.extras[e].ns < ns) {
                d.pending.push_back({d.extras[e].ns, d.extras[e].episode, d.extras[e].service});
                ++e;
            }
            d.pending.push_back({ns, kBaseLine, 0});
        }
        for (; e < d.extras.size(); ++e)
            d.pending.push_back({d.extras[e].ns, d.extras[e].episode, d.extras[e].service});
        return true;
    };

    while (batch.size() < maxCount) {
        if (d.pendingIndex == d.pending.size()) {
            if (m_finished || !plan())
                break;
            continue;
        }
        const PendingEvent event = d.pending[d.pendingIndex++];
        // One random draw per batch: batch_size lines in simulated time, one written batch
        // (interval) on the wall clock, as seed 002 draws once per batch it streams.
        if (wall ? event.ns >= d.nextDrawNs : produced >= d.nextDraw) {
            d.book.drawRandom(event.ns, m_settings.anomalyProbability);
            d.nextDraw += m_settings.batchSize;
            d.nextDrawNs += d.drawIntervalNs;
            if (d.nextDrawNs <= event.ns)
                d.nextDrawNs = event.ns + d.drawIntervalNs;
        }
        GeneratedRecord& record = batch.append();
        bool kept = true;
        if (event.extra != kBaseLine) {
            d.extraLines.compose(d.book.at(event.extra), record, event.ns, event.service);
            d.book.countLine(event.extra);
        } else if (m_scenario->shape == RecordShape::Metrics) {
            d.metrics.compose(record, event.ns, d.sequence++);
            const std::uint32_t hit = d.book.hit(record.serviceIndex, event.ns);
            if (hit != EpisodeBook::kNone) {
                kept = d.metricEffects.apply(d.book.at(hit), record);
                if (kept && record.episodeId != 0)
                    d.book.countLine(hit);
            }
        } else {
            const std::uint16_t service = d.events.pickService();
            d.events.begin(record, event.ns, service);
            const LevelClass drawn = d.events.drawClass(record);
            record.responseTimeMs = d.events.drawLatency(*record.serviceSpec, drawn);
            const std::uint32_t hit = d.book.hit(service, event.ns);
            if (hit == EpisodeBook::kNone) {
                d.events.finish(record, drawn);
            } else {
                const Episode& episode = d.book.at(hit);
                const LineEffect effect = d.eventEffects.shape(episode, record, drawn);
                kept = !effect.drop;
                if (kept) {
                    d.events.finish(record, effect.levelClass, effect.message, effect.status);
                    d.eventEffects.complete(episode, record, effect);
                    if (record.episodeId != 0)
                        d.book.countLine(hit);
                }
            }
        }
        if (!kept) {
            batch.dropLast();
            continue;
        }
        ++produced;
        lastNs = event.ns;
        if (m_settings.total > 0 && produced >= m_settings.total) {
            m_finished = true;
            break;
        }
    }
    m_produced.store(produced);
    m_lastNs.store(lastNs);
    d.book.publishCounts();
    return batch.size();
}

} // namespace logscope::core
