#include "core/generator/scenario/scenario_parser.h"

#include <array>

namespace logscope::core {
namespace {

constexpr std::array<std::string_view, 3> kClassKeys{"info", "warning", "error"};

MessageSpec parseMessage(const JsonNode& node) {
    MessageSpec spec;
    std::string text;
    if (node.value().is_string()) {
        text = node.value().get<std::string>();
    } else if (node.value().is_object()) {
        node.requireObject({"text", "status", "error_code"});
        const auto t = node.member("text");
        if (!t)
            node.failWith("a message object needs \"text\"");
        text = t->string();
        if (const auto status = node.member("status"))
            spec.status = static_cast<int>(status->integer(100, 599));
        if (const auto code = node.member("error_code"))
            spec.errorCode = code->string();
    } else {
        node.fail("a message text or {\"text\": ..., \"status\": ..., \"error_code\": ...}");
    }
    std::string error;
    auto parsed = parseMessageTemplate(text, error);
    if (!parsed)
        node.failWith(error);
    spec.text = std::move(*parsed);
    return spec;
}

std::vector<MessageSpec> parseMessages(const JsonNode& node) {
    node.requireArray(1);
    std::vector<MessageSpec> out;
    for (std::size_t i = 0; i < node.value().size(); ++i)
        out.push_back(parseMessage(node.element(i)));
    return out;
}

std::vector<int> parseStatuses(const JsonNode& node) {
    node.requireArray(1);
    std::vector<int> out;
    for (std::size_t i = 0; i < node.value().size(); ++i)
        out.push_back(static_cast<int>(node.element(i).integer(100, 599)));
    return out;
}

EndpointSpec parseEndpoint(const JsonNode& node) {
    const std::string text = node.string();
    EndpointSpec spec;
    const std::size_t space = text.find(' ');
    if (space == std::string::npos) {
        spec.method = "GET";
        spec.path = text;
    } else {
        spec.method = text.substr(0, space);
        spec.path = text.substr(space + 1);
    }
    if (spec.path.empty() || spec.method.empty() ||
        spec.path.find_first_of(" \t\"") != std::string::npos)
        node.fail("\"METHOD /path\" or \"/path\"");
    return spec;
}

MessageSpec defaultMessage(std::string_view text) {
    std::string error;
    MessageSpec spec;
    spec.text = *parseMessageTemplate(text, error);
    return spec;
}

void parseService(const JsonNode& node, ServiceSpec& spec) {
    node.requireObject({"source", "role", "host", "weight", "error_factor", "latency_ms", "clients",
                        "endpoints", "info", "warning", "error", "status", "context",
                        "depends_on"});
    if (const auto v = node.member("source"))
        spec.source = v->string();
    static constexpr std::array<std::string_view, 4> kRoles{"service", "edge", "auth", "database"};
    spec.role = "service";
    if (const auto v = node.member("role"))
        spec.role = std::string(kRoles[static_cast<std::size_t>(v->choice(kRoles))]);
    spec.host = spec.name;
    if (const auto v = node.member("host"))
        spec.host = v->string();
    if (const auto v = node.member("weight"))
        spec.weight = v->number(0.0, 1e6);
    if (const auto v = node.member("error_factor"))
        spec.errorFactor = v->number(0.0, 100.0);
    if (const auto latency = node.member("latency_ms")) {
        latency->requireObject({"median", "sigma"});
        if (const auto v = latency->member("median"))
            spec.latencyMedianMs = v->number(0.001, 1e7);
        if (const auto v = latency->member("sigma"))
            spec.latencySigma = v->number(0.0, 5.0);
    }
    if (const auto v = node.member("clients"))
        spec.clients = v->boolean();
    if (const auto v = node.member("endpoints")) {
        v->requireArray(1);
        for (std::size_t i = 0; i < v->value().size(); ++i)
            spec.endpoints.push_back(parseEndpoint(v->element(i)));
    } else {
        spec.endpoints.push_back({"GET", "/"});
    }
    static constexpr std::array<std::string_view, 3> kDefaults{
        "{method} {path} completed in {ms} ms", "Slow response from {service} ({ms} ms)",
        "Internal server error"};
    static constexpr std::array<int, 3> kDefaultStatus{200, 200, 500};
    for (std::size_t c = 0; c < 3; ++c) {
        if (const auto v = node.member(kClassKeys[c]))
            spec.messages[c] = parseMessages(*v);
        else
            spec.messages[c].push_back(defaultMessage(kDefaults[c]));
        spec.statuses[c] = {kDefaultStatus[c]};
    }
    if (const auto status = node.member("status")) {
        status->requireObject({"info", "warning", "error"});
        for (std::size_t c = 0; c < 3; ++c) {
            if (const auto v = status->member(kClassKeys[c]))
                spec.statuses[c] = parseStatuses(*v);
        }
    }
    if (const auto context = node.member("context")) {
        context->requireObject();
        for (const auto& item : context->value().items()) {
            const JsonNode range(item.value(), jsonPointerChild(context->path(), item.key()));
            range.requireArray(2, 2);
            ContextField field{
                item.key(),
                range.element(0).integer(-(std::int64_t{1} << 53), std::int64_t{1} << 53),
                range.element(1).integer(-(std::int64_t{1} << 53), std::int64_t{1} << 53)};
            if (field.min > field.max)
                range.fail("[min, max] integers with min <= max");
            spec.context.push_back(std::move(field));
        }
    }
}

} // namespace

std::vector<std::uint16_t> parseServiceList(const JsonNode& node, const Scenario& scenario) {
    node.requireArray(1);
    std::vector<std::uint16_t> out;
    for (std::size_t i = 0; i < node.value().size(); ++i) {
        const JsonNode item = node.element(i);
        const int index = scenario.serviceIndex(item.string());
        if (index < 0) {
            std::vector<std::string_view> names;
            for (const ServiceSpec& service : scenario.services)
                names.push_back(service.name);
            item.fail("a service of this scenario: " + joinChoices(names));
        }
        out.push_back(static_cast<std::uint16_t>(index));
    }
    return out;
}

void parseServices(const JsonNode& node, Scenario& scenario) {
    node.requireObject();
    // Names first, so that depends_on may refer to services listed later.
    for (const auto& item : node.value().items()) {
        if (item.value().is_null())
            continue;
        if (item.key().empty() || item.key().find_first_of(" \t\"[]") != std::string::npos)
            throw ScenarioFault(jsonPointerChild(node.path(), item.key()),
                                "service names must be non-empty without spaces, quotes or "
                                "brackets");
        ServiceSpec spec;
        spec.name = item.key();
        scenario.services.push_back(std::move(spec));
    }
    if (scenario.services.size() > 64)
        node.failWith("at most 64 services are supported");
    std::size_t index = 0;
    double weights = 0.0;
    for (const auto& item : node.value().items()) {
        if (item.value().is_null())
            continue;
        const JsonNode service(item.value(), jsonPointerChild(node.path(), item.key()));
        ServiceSpec& spec = scenario.services[index++];
        parseService(service, spec);
        weights += spec.weight;
        if (const auto deps = service.member("depends_on")) {
            if (!deps->value().empty())
                spec.dependsOn = parseServiceList(*deps, scenario);
            for (const std::uint16_t dep : spec.dependsOn) {
                if (scenario.services[dep].name == spec.name)
                    deps->failWith("a service cannot depend on itself");
            }
        }
    }
    if (!scenario.services.empty() && weights <= 0.0)
        node.failWith("at least one service needs a weight above 0");
}

} // namespace logscope::core
