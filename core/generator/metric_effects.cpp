#include "core/generator/metric_effects.h"

#include "core/generator/event_effects.h"

#include <algorithm>
#include <cmath>

namespace logscope::core {

MetricEffects::MetricEffects(const Scenario& scenario, MetricComposer& composer, std::uint64_t seed)
    : m_scenario(scenario), m_composer(composer), m_rng(seed) {}

bool MetricEffects::apply(const Episode& episode, GeneratedRecord& record) {
    const double progress = episodeProgress(episode, record.serviceIndex, record.timestampNs);
    double score = 0.0;
    switch (episode.type) {
    case EpisodeType::ResourceExhaustion: {
        if (episode.component < 0 ||
            record.component !=
                m_scenario.components[static_cast<std::size_t>(episode.component)].name)
            return true;
        const ComponentSpec& c = m_scenario.components[static_cast<std::size_t>(episode.component)];
        // CPU jumps within the first tenth of the episode; memory and disk fill up slowly.
        const double rampShare = episode.variant == 1 ? 0.1 : 0.8;
        const double f = std::min(1.0, progress / rampShare);
        const double target = m_rng.range(c.anomalyLow, c.anomalyHigh);
        record.value = std::clamp(record.value + (target - record.value) * f, c.min, c.max);
        if (record.value >= c.anomalyLow)
            record.level = Level::Warning;
        m_composer.refreshMessage(record);
        score = 0.5 + 0.45 * f;
        break;
    }
    case EpisodeType::ServiceOutage: {
        bool down = true;
        if (episode.variant == 1) {
            const double period = episode.params.periodSeconds * 1e9;
            down = std::fmod(static_cast<double>(record.timestampNs - episode.startNs), period) <
                   period / 2.0;
        }
        if (down)
            return false;
        score = 0.4;
        break;
    }
    case EpisodeType::DataAnomaly: {
        if (!m_rng.chance(episode.params.fraction))
            return true;
        const ComponentSpec* c = nullptr;
        for (const ComponentSpec& candidate : m_scenario.components) {
            if (candidate.name == record.component)
                c = &candidate;
        }
        if (episode.variant == 0) {
            record.nullMask = kNullValue;
        } else if (episode.variant == 1 && c != nullptr) {
            record.value = m_rng.chance(0.5) ? c->max + m_rng.range(5.0, 150.0)
                                             : c->min - m_rng.range(1.0, 50.0);
            m_composer.refreshMessage(record);
        } else {
            record.fault = m_rng.chance(0.5) ? FormatFault::ValueText : FormatFault::Timestamp;
        }
        score = 0.8;
        break;
    }
    default:
        return true;
    }
    record.isAnomaly = true;
    record.anomalyType = episodeTypeName(episode.type);
    record.anomalyScore = score;
    record.episodeId = episode.id;
    return true;
}

} // namespace logscope::core
