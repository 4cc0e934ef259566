#pragma once

#include "core/generator/scenario/scenario.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// The outcome of loading a scenario: the scenario, or an error that names the JSON path of
/// the fault and what was expected there.
struct ScenarioLoad {
    std::shared_ptr<const Scenario> scenario;
    std::string error;
    /// True when a scenario was built.
    [[nodiscard]] bool ok() const noexcept { return scenario != nullptr; }
};

/// The default profile ("microservices").
inline constexpr std::string_view kDefaultProfile = "microservices";

/// Names of the built-in profiles, default first.
std::vector<std::string> builtinProfileNames();
/// The JSON text of a built-in profile, or nothing for an unknown name.
std::optional<std::string> builtinProfileJson(std::string_view name);

/// Builds a scenario: the built-in profile (empty: the override's "profile" key, else the
/// default) with overrideJson merged onto it as a JSON merge patch (RFC 7386: objects merge
/// key by key, other values replace, null removes). `origin` names the override in errors.
ScenarioLoad loadScenario(std::string_view profile, std::string_view overrideJson = {},
                          std::string_view origin = "--config");
/// The same with the override read from a file.
ScenarioLoad loadScenarioFile(std::string_view profile, const std::string& path);

} // namespace logscope::core
