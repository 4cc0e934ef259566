#include "core/generator/output/episodes_file.h"

#include "core/generator/scenario/duration_text.h"
#include "core/generator/text_append.h"
#include "core/time/civil_time.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace logscope::core {
namespace {

using Json = nlohmann::ordered_json;

std::string isoTime(std::int64_t ns) {
    return formatIso8601(ns, 6, true);
}

std::string ipText(std::uint32_t ip) {
    std::string text;
    appendIp(text, ip);
    return text;
}

std::string_view originName(EpisodeOrigin origin) {
    switch (origin) {
    case EpisodeOrigin::Scheduled:
        return "scheduled";
    case EpisodeOrigin::Injected:
        return "injected";
    case EpisodeOrigin::Random:
        break;
    }
    return "random";
}

Json parametersOf(const Scenario& scenario, const Episode& episode) {
    Json params = Json::object();
    for (const ParamSpec& spec : episodeParamSpecs(episode.type)) {
        const double value = episode.params.*spec.field;
        if (spec.isDuration)
            params[std::string(spec.name)] =
                formatDuration(static_cast<std::int64_t>(value * 1e9 + 0.5));
        else
            params[std::string(spec.name)] = value;
    }
    if (episode.type == EpisodeType::SecurityThreat) {
        params["attacker_ip"] = ipText(episode.attackerIp);
        if (episode.variant == 0) {
            const ServiceSpec& target = scenario.services[episode.services.front()];
            if (target.clients || target.context.empty())
                params["target_user"] = episode.victimUser;
            else
                params["target_" + target.context.front().key] = episode.victimContext;
        }
    }
    if (episode.type == EpisodeType::RateLimiting) {
        Json clients = Json::array();
        for (const std::uint32_t ip : episode.clientIps)
            clients.push_back(ipText(ip));
        params["client_ips"] = clients;
    }
    if (episode.component >= 0)
        params["component"] = scenario.components[static_cast<std::size_t>(episode.component)].name;
    return params;
}

} // namespace

std::string formatEpisodesJson(const Scenario& scenario, const std::vector<Episode>& episodes,
                               const EpisodesFileHeader& header) {
    std::vector<const Episode*> inside;
    for (const Episode& episode : episodes) {
        if (episode.startNs < header.endNs && episode.endNs > header.startNs)
            inside.push_back(&episode);
    }
    std::stable_sort(inside.begin(), inside.end(), [](const Episode* a, const Episode* b) {
        return a->startNs != b->startNs ? a->startNs < b->startNs : a->id < b->id;
    });
    Json list = Json::array();
    for (const Episode* e : inside) {
        Json item;
        item["id"] = e->id;
        item["type"] = episodeTypeName(e->type);
        item["variant"] =
            e->variant >= 0
                ? Json(std::string(episodeVariants(e->type)[static_cast<std::size_t>(e->variant)]))
                : Json(nullptr);
        item["origin"] = originName(e->origin);
        item["start"] = isoTime(std::max(e->startNs, header.startNs));
        const bool running = header.inProgress && e->endNs > header.endNs;
        const std::int64_t endNs = running ? e->endNs : std::min(e->endNs, header.endNs);
        item["end"] = isoTime(endNs);
        if (running)
            item["in_progress"] = true;
        Json services = Json::array();
        Json onsets = Json::object();
        for (std::size_t i = 0; i < e->services.size(); ++i) {
            const std::string& name = scenario.services[e->services[i]].name;
            services.push_back(name);
            onsets[name] = isoTime(std::min(e->onsetNs[i], endNs));
        }
        item["services"] = services;
        if (e->type == EpisodeType::CascadingFailure)
            item["onsets"] = onsets;
        item["lines"] = e->lines;
        item["parameters"] = parametersOf(scenario, *e);
        list.push_back(std::move(item));
    }
    Json root;
    root["generator"] = "logscope";
    root["profile"] = header.profile;
    root["seed"] = header.seed;
    root["start"] = isoTime(header.startNs);
    root["end"] = isoTime(header.endNs);
    root["lines"] = header.lines;
    root["labels"] = header.labels;
    root["format"] = header.format;
    root["episodes"] = list;
    return root.dump(2) + "\n";
}

} // namespace logscope::core
