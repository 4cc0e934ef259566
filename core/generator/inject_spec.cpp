#include "core/generator/inject_spec.h"

#include "core/generator/scenario/duration_text.h"

#include <charconv>
#include <cmath>

namespace logscope::core {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(separator, start);
        parts.push_back(text.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos)
            return parts;
        start = at + 1;
    }
}

std::optional<double> number(std::string_view text) {
    double value = 0.0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() ||
        !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<InjectSpec> parseInjectSpec(std::string_view text, std::string& error) {
    const std::vector<std::string_view> parts = split(text, ',');
    const std::string_view head = parts.front();
    const std::size_t at = head.find('@');
    if (at == std::string_view::npos || at == 0) {
        error = "expected TYPE@OFFSET[:DURATION], e.g. error_spike@20s:60s";
        return std::nullopt;
    }
    InjectSpec spec;
    spec.request.type = std::string(head.substr(0, at));
    const auto kind = resolveEpisodeKind(spec.request.type);
    if (!kind) {
        error = "unknown anomaly type \"" + spec.request.type + "\"";
        return std::nullopt;
    }
    const std::string_view when = head.substr(at + 1);
    const std::size_t colon = when.find(':');
    const auto offset = parseDuration(when.substr(0, colon));
    if (!offset) {
        error = "expected an offset such as 20s, 15m or 1d2h after '@'";
        return std::nullopt;
    }
    spec.offsetNs = *offset;
    if (colon != std::string_view::npos) {
        const auto duration = parseDuration(when.substr(colon + 1));
        if (!duration || *duration <= 0) {
            error = "expected a duration such as 60s or 10m after ':'";
            return std::nullopt;
        }
        spec.request.durationNs = *duration;
    }
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const std::string_view item = parts[i];
        const std::size_t eq = item.find('=');
        if (eq == std::string_view::npos || eq == 0) {
            error = "expected key=value after ',', got \"" + std::string(item) + "\"";
            return std::nullopt;
        }
        const std::string key(item.substr(0, eq));
        const std::string_view value = item.substr(eq + 1);
        if (key == "services") {
            for (const std::string_view name : split(value, '+'))
                spec.request.services.emplace_back(name);
            continue;
        }
        if (key == "variant") {
            spec.request.variant = std::string(value);
            continue;
        }
        const ParamSpec* param = nullptr;
        for (const ParamSpec& candidate : episodeParamSpecs(kind->type)) {
            if (candidate.name == key)
                param = &candidate;
        }
        if (key == "intensity")
            param = intensityParam(kind->type);
        if (param == nullptr) {
            error = "unknown key \"" + key + "\" for " + std::string(episodeTypeName(kind->type));
            return std::nullopt;
        }
        std::optional<double> parsed;
        if (param->isDuration) {
            if (const auto ns = parseDuration(value))
                parsed = static_cast<double>(*ns) / 1e9;
        } else {
            parsed = number(value);
        }
        if (!parsed) {
            error = "expected a " + std::string(param->isDuration ? "duration" : "number") +
                    " for " + key + ", got \"" + std::string(value) + "\"";
            return std::nullopt;
        }
        if (key == "intensity")
            spec.request.intensity = *parsed;
        else
            spec.request.params.emplace_back(key, *parsed);
    }
    return spec;
}

} // namespace logscope::core
