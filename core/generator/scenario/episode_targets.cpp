#include "core/generator/scenario/episode_targets.h"

#include <algorithm>
#include <cctype>

namespace logscope::core {
namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::vector<std::uint16_t> withRole(const Scenario& scenario, std::string_view role) {
    std::vector<std::uint16_t> out;
    for (std::size_t i = 0; i < scenario.services.size(); ++i) {
        if (scenario.services[i].role == role)
            out.push_back(static_cast<std::uint16_t>(i));
    }
    return out;
}

std::vector<std::uint16_t> everyService(const Scenario& scenario) {
    std::vector<std::uint16_t> out(scenario.services.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<std::uint16_t>(i);
    return out;
}

bool metricsSupport(EpisodeType type) {
    return type == EpisodeType::ResourceExhaustion || type == EpisodeType::ServiceOutage ||
           type == EpisodeType::DataAnomaly;
}

// Why one concrete variant (or a variant-less type) cannot occur; empty when it can.
// (Built with append: GCC 12 warns falsely about operator+ chains at -O3.)
std::string variantReason(const Scenario& scenario, EpisodeType type, int variant) {
    std::string what(episodeTypeName(type));
    if (variant >= 0) {
        what += '/';
        what += episodeVariants(type)[static_cast<std::size_t>(variant)];
    }
    if (scenario.shape == RecordShape::Metrics) {
        if (!metricsSupport(type)) {
            what += " does not apply to metric records (resource_exhaustion, service_outage "
                    "and data_anomaly do)";
            return what;
        }
        if (type == EpisodeType::ResourceExhaustion && componentForVariant(scenario, variant) < 0) {
            what += " needs a metric component of that name";
            return what;
        }
        return {};
    }
    if (type == EpisodeType::LatencyDegradation && !scenario.hasField(FieldId::ResponseTimeMs)) {
        what += " needs the response_time_ms field";
        return what;
    }
    if (!candidateServices(scenario, type, variant).empty())
        return {};
    switch (type) {
    case EpisodeType::SecurityThreat:
        what += variant == 0 ? " needs a service with role \"auth\""
                             : " needs a service with role \"edge\" or clients";
        break;
    case EpisodeType::DatabaseOutage:
        what += " needs a service with role \"database\"";
        break;
    case EpisodeType::RateLimiting:
        what += " needs a service with role \"edge\"";
        break;
    case EpisodeType::CascadingFailure:
        what += " needs a service that others depend on (depends_on)";
        break;
    default:
        what += " needs at least one service";
        break;
    }
    return what;
}

} // namespace

std::vector<std::uint16_t> candidateServices(const Scenario& scenario, EpisodeType type,
                                             int variant) {
    switch (type) {
    case EpisodeType::SecurityThreat: {
        if (variant == 0)
            return withRole(scenario, "auth");
        std::vector<std::uint16_t> edge = withRole(scenario, "edge");
        if (edge.empty()) {
            for (std::size_t i = 0; i < scenario.services.size(); ++i) {
                if (scenario.services[i].clients)
                    edge.push_back(static_cast<std::uint16_t>(i));
            }
        }
        return edge;
    }
    case EpisodeType::DatabaseOutage:
        return withRole(scenario, "database");
    case EpisodeType::RateLimiting:
        return withRole(scenario, "edge");
    case EpisodeType::CascadingFailure: {
        std::vector<std::uint16_t> roots;
        for (std::size_t i = 0; i < scenario.services.size(); ++i) {
            if (!dependentsOf(scenario, static_cast<std::uint16_t>(i)).empty())
                roots.push_back(static_cast<std::uint16_t>(i));
        }
        return roots;
    }
    default:
        return everyService(scenario);
    }
}

std::vector<int> usableVariants(const Scenario& scenario, EpisodeType type) {
    const auto variants = episodeVariants(type);
    if (variants.empty())
        return variantReason(scenario, type, -1).empty() ? std::vector<int>{-1}
                                                         : std::vector<int>{};
    std::vector<int> usable;
    for (std::size_t v = 0; v < variants.size(); ++v) {
        if (variantReason(scenario, type, static_cast<int>(v)).empty())
            usable.push_back(static_cast<int>(v));
    }
    return usable;
}

std::string episodeUnsupportedReason(const Scenario& scenario, EpisodeType type, int variant) {
    if (variant >= 0 || episodeVariants(type).empty())
        return variantReason(scenario, type, variant);
    if (!usableVariants(scenario, type).empty())
        return {};
    return variantReason(scenario, type, 0);
}

std::vector<std::pair<std::uint16_t, int>> dependentsOf(const Scenario& scenario,
                                                        std::uint16_t root) {
    std::vector<std::pair<std::uint16_t, int>> order;
    std::vector<bool> seen(scenario.services.size(), false);
    seen[root] = true;
    std::vector<std::pair<std::uint16_t, int>> frontier{{root, 0}};
    for (std::size_t next = 0; next < frontier.size(); ++next) {
        const auto [current, depth] = frontier[next];
        for (std::size_t i = 0; i < scenario.services.size(); ++i) {
            const auto& deps = scenario.services[i].dependsOn;
            if (!seen[i] && std::find(deps.begin(), deps.end(), current) != deps.end()) {
                seen[i] = true;
                frontier.emplace_back(static_cast<std::uint16_t>(i), depth + 1);
                order.emplace_back(static_cast<std::uint16_t>(i), depth + 1);
            }
        }
    }
    return order;
}

int componentForVariant(const Scenario& scenario, int variant) {
    if (variant < 0)
        return -1;
    const std::string_view name =
        episodeVariants(EpisodeType::ResourceExhaustion)[static_cast<std::size_t>(variant)];
    for (std::size_t c = 0; c < scenario.components.size(); ++c) {
        if (equalsIgnoringCase(scenario.components[c].name, name))
            return static_cast<int>(c);
    }
    return -1;
}

} // namespace logscope::core
