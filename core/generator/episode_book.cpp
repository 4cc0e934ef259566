#include "core/generator/episode_book.h"

#include "core/generator/scenario/episode_targets.h"

#include <algorithm>
#include <array>

namespace logscope::core {
namespace {

constexpr std::array<std::string_view, 6> kVictims{"admin",   "root", "administrator",
                                                   "support", "test", "deploy"};

bool addsLines(EpisodeType type) {
    return type == EpisodeType::SecurityThreat || type == EpisodeType::RateLimiting ||
           type == EpisodeType::ResourceExhaustion;
}

std::uint32_t attackerAddress(Rng& rng) {
    // Documentation ranges (RFC 5737) and a network often seen in scans.
    static constexpr std::array<std::uint32_t, 3> kNets{(203U << 24) | (0U << 16) | (113U << 8),
                                                        (198U << 24) | (51U << 16) | (100U << 8),
                                                        (45U << 24) | (155U << 16) | (205U << 8)};
    return kNets[rng.below(kNets.size())] | static_cast<std::uint32_t>(1 + rng.below(254));
}

} // namespace

EpisodeBook::EpisodeBook(const Scenario& scenario, std::uint64_t seed, std::int64_t originNs)
    : m_scenario(scenario), m_rng(seed), m_originNs(originNs) {
    for (int t = 0; t < kEpisodeTypeCount; ++t) {
        const auto type = static_cast<EpisodeType>(t);
        const AnomalyTypeConfig& config = scenario.typeConfig(type);
        if (config.enabled && config.weight > 0.0 && !usableVariants(scenario, type).empty()) {
            m_randomTypes.push_back(type);
            m_randomWeights.push_back(config.weight);
        }
    }
    for (const ScheduledEpisode& scheduled : scenario.schedule) {
        Episode episode;
        episode.type = scheduled.type;
        episode.variant = scheduled.variant >= 0 ? scheduled.variant : pickVariant(scheduled.type);
        episode.origin = EpisodeOrigin::Scheduled;
        episode.startNs = scheduled.absolute ? scheduled.atNs : originNs + scheduled.atNs;
        episode.endNs = episode.startNs + scheduled.durationNs;
        episode.params = scheduled.params;
        episode.id = m_nextId++;
        materialize(episode, scheduled.services);
        add(std::move(episode));
    }
}

int EpisodeBook::pickVariant(EpisodeType type) {
    const std::vector<int> usable = usableVariants(m_scenario, type);
    if (usable.empty() || usable.front() < 0)
        return -1;
    const auto& weights = m_scenario.typeConfig(type).variantWeights;
    double sum = 0.0;
    for (const int v : usable)
        sum += weights.empty() ? 1.0 : weights[static_cast<std::size_t>(v)];
    if (sum <= 0.0)
        return usable[m_rng.below(usable.size())];
    double pick = m_rng.uniform() * sum;
    for (const int v : usable) {
        pick -= weights.empty() ? 1.0 : weights[static_cast<std::size_t>(v)];
        if (pick < 0.0)
            return v;
    }
    return usable.back();
}

void EpisodeBook::materialize(Episode& episode, const std::vector<std::uint16_t>& services) {
    const AnomalyTypeConfig& config = m_scenario.typeConfig(episode.type);
    std::vector<std::uint16_t> candidates =
        config.services.empty() ? candidateServices(m_scenario, episode.type, episode.variant)
                                : config.services;
    auto pickOne = [&]() -> std::uint16_t {
        return candidates.empty() ? 0 : candidates[m_rng.below(candidates.size())];
    };
    std::vector<std::pair<std::uint16_t, int>> chain; // service, depth
    const std::uint16_t first = services.empty() ? pickOne() : services.front();
    if (services.size() > 1) {
        for (std::size_t i = 0; i < services.size(); ++i)
            chain.emplace_back(services[i], static_cast<int>(i));
    } else if (episode.type == EpisodeType::CascadingFailure) {
        chain.emplace_back(first, 0);
        for (const auto& dependent : dependentsOf(m_scenario, first))
            chain.push_back(dependent);
    } else if (episode.type == EpisodeType::DatabaseOutage) {
        chain.emplace_back(first, 0);
        for (const auto& [service, depth] : dependentsOf(m_scenario, first)) {
            if (depth == 1)
                chain.emplace_back(service, 0);
        }
    } else {
        chain.emplace_back(first, 0);
        if (services.empty() && episode.type == EpisodeType::ErrorSpike && candidates.size() > 1 &&
            m_rng.chance(0.3)) {
            std::uint16_t second = pickOne();
            while (second == first)
                second = pickOne();
            chain.emplace_back(second, 0);
        }
    }
    const auto lagNs = static_cast<std::int64_t>(episode.params.lagSeconds * 1e9);
    episode.services.clear();
    episode.onsetNs.clear();
    episode.serviceMask = 0;
    for (const auto& [service, depth] : chain) {
        if ((episode.serviceMask >> service) & 1U)
            continue;
        episode.services.push_back(service);
        const std::int64_t onset = episode.type == EpisodeType::CascadingFailure
                                       ? episode.startNs + depth * lagNs
                                       : episode.startNs;
        episode.onsetNs.push_back(std::min(onset, episode.endNs));
        episode.serviceMask |= std::uint64_t{1} << service;
    }
    episode.attackerIp = attackerAddress(m_rng);
    episode.victimUser = std::string(kVictims[m_rng.below(kVictims.size())]);
    const ServiceSpec& target = m_scenario.services[episode.services.front()];
    if (!target.context.empty())
        episode.victimContext =
            m_rng.between(target.context.front().min, target.context.front().max);
    episode.clientIps.clear();
    for (int c = 0; c < static_cast<int>(episode.params.clients); ++c)
        episode.clientIps.push_back(attackerAddress(m_rng));
    if (m_scenario.shape == RecordShape::Metrics && episode.type == EpisodeType::ResourceExhaustion)
        episode.component = componentForVariant(m_scenario, episode.variant);
}

void EpisodeBook::add(Episode episode) {
    const std::lock_guard lock(m_mutex);
    const auto index = static_cast<std::uint32_t>(m_episodes.size());
    m_episodes.push_back(std::move(episode));
    m_counts.push_back(0);
    m_extraCarry.push_back(0.0);
    m_live.push_back(index);
    m_active.push_back(index);
}

InjectResult EpisodeBook::validate(const InjectRequest& request, Pending& pending) const {
    InjectResult result;
    const auto kind = resolveEpisodeKind(request.type);
    if (!kind) {
        result.error = "unknown anomaly type \"" + request.type + "\"";
        return result;
    }
    Episode& episode = pending.episode;
    episode.type = kind->type;
    episode.variant = kind->variant;
    episode.origin = EpisodeOrigin::Injected;
    const auto variants = episodeVariants(kind->type);
    if (!request.variant.empty()) {
        const auto it = std::find(variants.begin(), variants.end(), request.variant);
        if (it == variants.end()) {
            result.error = "unknown variant \"" + request.variant + "\" of " +
                           std::string(episodeTypeName(kind->type));
            return result;
        }
        episode.variant = static_cast<int>(it - variants.begin());
    }
    if (std::string reason = episodeUnsupportedReason(m_scenario, kind->type, episode.variant);
        !reason.empty()) {
        result.error = std::move(reason);
        return result;
    }
    for (const std::string& name : request.services) {
        const int index = m_scenario.serviceIndex(name);
        if (index < 0) {
            result.error = "unknown service \"" + name + "\"";
            return result;
        }
        pending.services.push_back(static_cast<std::uint16_t>(index));
    }
    const AnomalyTypeConfig& config = m_scenario.typeConfig(kind->type);
    episode.params = config.params;
    auto setParam = [&](const ParamSpec& spec, double value) {
        if (value < spec.min || value > spec.max) {
            result.error = std::string(spec.name) + " must be from " + std::to_string(spec.min) +
                           " to " + std::to_string(spec.max);
            return false;
        }
        episode.params.*spec.field = value;
        return true;
    };
    if (request.intensity) {
        const ParamSpec* spec = intensityParam(kind->type);
        if (spec == nullptr || !setParam(*spec, *request.intensity))
            return result.error.empty() ? InjectResult{0, "no intensity for this type"} : result;
    }
    for (const auto& [name, value] : request.params) {
        const auto specs = episodeParamSpecs(kind->type);
        // name is a structured binding: clang 14 (the fuzz build) cannot capture it.
        const auto it = std::find_if(specs.begin(), specs.end(),
                                     [&key = name](const ParamSpec& s) { return s.name == key; });
        if (it == specs.end()) {
            result.error = "unknown parameter \"" + name + "\" for " +
                           std::string(episodeTypeName(kind->type));
            return result;
        }
        if (!setParam(*it, value))
            return result;
    }
    const std::int64_t durationNs =
        request.durationNs > 0
            ? request.durationNs
            : static_cast<std::int64_t>((config.minDurationSeconds + config.maxDurationSeconds) /
                                        2.0 * 1e9);
    pending.hasStart = request.atNs.has_value();
    episode.startNs = request.atNs.value_or(0);
    episode.endNs = durationNs; // made absolute on admission
    pending.delayNs = std::max<std::int64_t>(0, request.delayNs);
    return result;
}

InjectResult EpisodeBook::inject(const InjectRequest& request) {
    Pending pending;
    InjectResult result = validate(request, pending);
    if (!result.ok())
        return result;
    const std::lock_guard lock(m_mutex);
    pending.episode.id = m_nextId++;
    result.episodeId = pending.episode.id;
    m_pending.push_back(std::move(pending));
    return result;
}

void EpisodeBook::admitInjected(std::int64_t nowNs) {
    std::vector<Pending> pending;
    {
        const std::lock_guard lock(m_mutex);
        if (m_pending.empty())
            return;
        pending.swap(m_pending);
    }
    for (Pending& item : pending) {
        Episode& episode = item.episode;
        const std::int64_t durationNs = episode.endNs;
        if (!item.hasStart)
            episode.startNs = nowNs + item.delayNs;
        episode.endNs = episode.startNs + durationNs;
        if (episode.variant < 0)
            episode.variant = pickVariant(episode.type);
        materialize(episode, item.services);
        add(std::move(episode));
    }
}

void EpisodeBook::drawRandom(std::int64_t nowNs, double probability) {
    if (m_randomTypes.empty() || !m_rng.chance(probability))
        return;
    int running = 0;
    for (const std::uint32_t index : m_live) {
        const Episode& e = m_episodes[index];
        running += e.origin == EpisodeOrigin::Random && e.endNs > nowNs ? 1 : 0;
    }
    if (running >= m_scenario.maxConcurrent)
        return;
    double sum = 0.0;
    for (const double w : m_randomWeights)
        sum += w;
    double pick = m_rng.uniform() * sum;
    std::size_t chosen = m_randomTypes.size() - 1;
    for (std::size_t i = 0; i < m_randomTypes.size(); ++i) {
        pick -= m_randomWeights[i];
        if (pick < 0.0) {
            chosen = i;
            break;
        }
    }
    Episode episode;
    episode.type = m_randomTypes[chosen];
    const AnomalyTypeConfig& config = m_scenario.typeConfig(episode.type);
    episode.variant = pickVariant(episode.type);
    episode.origin = EpisodeOrigin::Random;
    episode.params = config.params;
    episode.startNs = nowNs;
    episode.endNs =
        nowNs + static_cast<std::int64_t>(
                    m_rng.range(config.minDurationSeconds, config.maxDurationSeconds) * 1e9);
    {
        const std::lock_guard lock(m_mutex);
        episode.id = m_nextId++;
    }
    materialize(episode, {});
    add(std::move(episode));
}

void EpisodeBook::prepareWindow(std::int64_t t0, std::int64_t t1) {
    std::erase_if(m_live, [&](std::uint32_t index) { return m_episodes[index].endNs <= t0; });
    m_active.clear();
    for (const std::uint32_t index : m_live) {
        if (m_episodes[index].startNs < t1)
            m_active.push_back(index);
    }
}

std::uint32_t EpisodeBook::hit(std::uint16_t service, std::int64_t ns) const noexcept {
    std::uint32_t best = kNone;
    for (const std::uint32_t index : m_active) {
        const Episode& e = m_episodes[index];
        if (((e.serviceMask >> service) & 1U) == 0 || ns < e.startNs || ns >= e.endNs ||
            e.type == EpisodeType::SecurityThreat)
            continue;
        const auto pos = static_cast<std::size_t>(
            std::find(e.services.begin(), e.services.end(), service) - e.services.begin());
        if (ns < e.onsetNs[pos])
            continue;
        if (best == kNone || e.startNs >= m_episodes[best].startNs)
            best = index;
    }
    return best;
}

void EpisodeBook::extras(std::int64_t t0, std::int64_t t1, std::vector<ExtraEvent>& out) {
    if (m_scenario.shape != RecordShape::Events)
        return;
    for (const std::uint32_t index : m_active) {
        const Episode& e = m_episodes[index];
        if (!addsLines(e.type))
            continue;
        const std::int64_t from = std::max(t0, e.startNs);
        const std::int64_t to = std::min(t1, e.endNs);
        if (to <= from)
            continue;
        // Attacks and floods scale with the traffic they hide in and hit one service; an
        // exhausted resource reports on each of its services four times a minute.
        const double perMinute = e.type == EpisodeType::ResourceExhaustion
                                     ? 4.0 * static_cast<double>(e.services.size())
                                     : e.params.rateFactor * m_lineRate * 60.0;
        const double expected =
            perMinute * static_cast<double>(to - from) / 60e9 + m_extraCarry[index];
        const auto n = static_cast<std::uint64_t>(expected);
        m_extraCarry[index] = expected - static_cast<double>(n);
        for (std::uint64_t i = 0; i < n; ++i) {
            const auto ns =
                from + static_cast<std::int64_t>(m_rng.uniform() * static_cast<double>(to - from));
            const std::uint16_t service = e.type == EpisodeType::ResourceExhaustion
                                              ? e.services[i % e.services.size()]
                                              : e.services.front();
            out.push_back({ns / 1000 * 1000, index, service});
        }
    }
}

void EpisodeBook::publishCounts() {
    const std::lock_guard lock(m_mutex);
    for (std::size_t i = 0; i < m_episodes.size(); ++i)
        m_episodes[i].lines = m_counts[i];
}

std::vector<Episode> EpisodeBook::snapshot() const {
    const std::lock_guard lock(m_mutex);
    return {m_episodes.begin(), m_episodes.end()};
}

std::size_t EpisodeBook::count() const {
    const std::lock_guard lock(m_mutex);
    return m_episodes.size();
}

} // namespace logscope::core
