#include "core/generator/scenario/duration_text.h"
#include "core/generator/scenario/episode_targets.h"
#include "core/generator/scenario/scenario_parser.h"
#include "core/time/civil_time.h"

#include <algorithm>

namespace logscope::core {
namespace {

constexpr std::int64_t kMaxEpisodeNs = 365 * kNanosPerDay;

std::vector<std::string_view> typeNames() {
    std::vector<std::string_view> names;
    for (int t = 0; t < kEpisodeTypeCount; ++t)
        names.push_back(episodeTypeName(static_cast<EpisodeType>(t)));
    return names;
}

// The keys an episode object may hold: the common ones plus its type's knobs.
void checkEpisodeKeys(const JsonNode& node, EpisodeType type,
                      std::initializer_list<std::string_view> common) {
    node.requireObject();
    for (const auto& item : node.value().items()) {
        bool known = std::find(common.begin(), common.end(), item.key()) != common.end();
        for (const ParamSpec& spec : episodeParamSpecs(type))
            known = known || spec.name == item.key();
        if (!known) {
            std::vector<std::string_view> keys(common);
            for (const ParamSpec& spec : episodeParamSpecs(type))
                keys.push_back(spec.name);
            throw ScenarioFault(jsonPointerChild(node.path(), item.key()),
                                "unknown key for " + std::string(episodeTypeName(type)) +
                                    "; expected one of " + joinChoices(keys));
        }
    }
}

void parseParams(const JsonNode& node, EpisodeType type, EpisodeParams& params) {
    for (const ParamSpec& spec : episodeParamSpecs(type)) {
        const auto v = node.member(spec.name);
        if (!v)
            continue;
        if (spec.isDuration)
            params.*spec.field =
                static_cast<double>(v->durationNs(static_cast<std::int64_t>(spec.min * 1e9),
                                                  static_cast<std::int64_t>(spec.max * 1e9))) /
                1e9;
        else
            params.*spec.field = v->number(spec.min, spec.max);
    }
}

int parseVariant(const JsonNode& node, EpisodeType type) {
    const auto variants = episodeVariants(type);
    if (variants.empty())
        node.failWith(std::string(episodeTypeName(type)) + " has no variants");
    return node.choice(variants);
}

void parseTypeConfig(const JsonNode& node, EpisodeType type, const Scenario& scenario,
                     AnomalyTypeConfig& config) {
    checkEpisodeKeys(node, type, {"enabled", "weight", "duration", "services", "variants"});
    config.enabled = true;
    if (const auto v = node.member("enabled"))
        config.enabled = v->boolean();
    if (const auto v = node.member("weight"))
        config.weight = v->number(0.0, 1e6);
    if (const auto v = node.member("duration")) {
        if (v->value().is_array()) {
            v->requireArray(2, 2);
            config.minDurationSeconds =
                static_cast<double>(v->element(0).durationNs(1'000'000, kMaxEpisodeNs)) / 1e9;
            config.maxDurationSeconds =
                static_cast<double>(v->element(1).durationNs(1'000'000, kMaxEpisodeNs)) / 1e9;
            if (config.minDurationSeconds > config.maxDurationSeconds)
                v->fail("[shortest, longest] durations with shortest <= longest");
        } else {
            config.minDurationSeconds = config.maxDurationSeconds =
                static_cast<double>(v->durationNs(1'000'000, kMaxEpisodeNs)) / 1e9;
        }
    }
    if (const auto v = node.member("services"))
        config.services = parseServiceList(*v, scenario);
    if (const auto v = node.member("variants")) {
        v->requireObject();
        const auto variants = episodeVariants(type);
        if (variants.empty())
            v->failWith(std::string(episodeTypeName(type)) + " has no variants");
        config.variantWeights.assign(variants.size(), 0.0);
        for (const auto& item : v->value().items()) {
            const JsonNode weight(item.value(), jsonPointerChild(v->path(), item.key()));
            const auto it = std::find(variants.begin(), variants.end(), item.key());
            if (it == variants.end())
                throw ScenarioFault(weight.path(),
                                    "unknown variant; expected one of " + joinChoices(variants));
            const auto index = static_cast<std::size_t>(it - variants.begin());
            config.variantWeights[index] = weight.number(0.0, 1e6);
            if (config.variantWeights[index] > 0.0 && config.enabled) {
                const std::string reason =
                    episodeUnsupportedReason(scenario, type, static_cast<int>(index));
                if (!reason.empty())
                    weight.failWith(reason);
            }
        }
    }
    parseParams(node, type, config.params);
    if (config.enabled) {
        const std::string reason = episodeUnsupportedReason(scenario, type, -1);
        if (!reason.empty())
            node.failWith(reason + " (set \"enabled\": false)");
    }
}

ScheduledEpisode parseScheduled(const JsonNode& node, const Scenario& scenario) {
    node.requireObject();
    const auto typeNode = node.member("type");
    if (!typeNode)
        node.failWith("a scheduled episode needs \"type\"");
    const auto kind = typeNode->value().is_string()
                          ? resolveEpisodeKind(typeNode->value().get<std::string>())
                          : std::nullopt;
    if (!kind)
        typeNode->fail("an episode type: " + joinChoices(typeNames()));
    ScheduledEpisode episode;
    episode.type = kind->type;
    episode.variant = kind->variant;
    episode.params = scenario.typeConfig(kind->type).params;
    checkEpisodeKeys(node, kind->type, {"type", "variant", "at", "duration", "services"});
    if (const auto v = node.member("variant"))
        episode.variant = parseVariant(*v, kind->type);
    const auto at = node.member("at");
    if (!at)
        node.failWith("a scheduled episode needs \"at\" (an offset such as \"1d2h\" or an "
                      "ISO 8601 time)");
    if (at->value().is_string() && parseIso8601(at->value().get<std::string>(), episode.atNs))
        episode.absolute = true;
    else
        episode.atNs = at->durationNs(0, 3650 * kNanosPerDay);
    const AnomalyTypeConfig& config = scenario.typeConfig(kind->type);
    episode.durationNs = static_cast<std::int64_t>(
        (config.minDurationSeconds + config.maxDurationSeconds) / 2.0 * 1e9);
    if (const auto v = node.member("duration"))
        episode.durationNs = v->durationNs(1'000'000, kMaxEpisodeNs);
    if (const auto v = node.member("services"))
        episode.services = parseServiceList(*v, scenario);
    parseParams(node, kind->type, episode.params);
    const std::string reason = episodeUnsupportedReason(scenario, kind->type, episode.variant);
    if (!reason.empty())
        typeNode->failWith(reason);
    return episode;
}

} // namespace

void parseAnomalies(const JsonNode& node, Scenario& scenario) {
    node.requireObject({"probability", "max_concurrent", "types", "schedule"});
    if (const auto v = node.member("probability"))
        scenario.anomalyProbability = v->number(0.0, 1.0);
    if (const auto v = node.member("max_concurrent"))
        scenario.maxConcurrent = static_cast<int>(v->integer(1, 64));
    bool anyEnabled = false;
    if (const auto types = node.member("types")) {
        types->requireObject();
        for (const auto& item : types->value().items()) {
            if (item.value().is_null())
                continue;
            const JsonNode typeNode(item.value(), jsonPointerChild(types->path(), item.key()));
            const auto type = parseEpisodeType(item.key());
            if (!type)
                throw ScenarioFault(typeNode.path(), "unknown anomaly type; expected one of " +
                                                         joinChoices(typeNames()));
            AnomalyTypeConfig& config = scenario.anomalyTypes[static_cast<std::size_t>(*type)];
            parseTypeConfig(typeNode, *type, scenario, config);
            anyEnabled = anyEnabled || (config.enabled && config.weight > 0.0);
        }
    }
    if (scenario.anomalyProbability > 0.0 && !anyEnabled)
        node.failWith("\"probability\" is above 0 but no type in \"types\" is enabled with a "
                      "weight above 0");
    if (const auto schedule = node.member("schedule")) {
        schedule->requireArray();
        for (std::size_t i = 0; i < schedule->value().size(); ++i)
            scenario.schedule.push_back(parseScheduled(schedule->element(i), scenario));
    }
}

} // namespace logscope::core
