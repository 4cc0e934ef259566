#pragma once

#include "core/generator/scenario/scenario.h"

#include <string>
#include <utility>
#include <vector>

namespace logscope::core {

/// Services an episode of type (and variant, -1 for any) may hit when none are named: every
/// service for most types; the "auth" service for brute force, "edge" services for injection
/// attacks and rate limiting, "database" services for a database outage, services that others
/// depend on for a cascade.
std::vector<std::uint16_t> candidateServices(const Scenario& scenario, EpisodeType type,
                                             int variant);

/// The variants of type that can occur in scenario (all indices for types without variants
/// are reported as {-1}).
std::vector<int> usableVariants(const Scenario& scenario, EpisodeType type);

/// Why type/variant cannot occur in scenario, or an empty string when it can.
std::string episodeUnsupportedReason(const Scenario& scenario, EpisodeType type, int variant);

/// The services that depend on root directly or through others, with their distance from it,
/// in breadth-first order (the order a cascade reaches them).
std::vector<std::pair<std::uint16_t, int>> dependentsOf(const Scenario& scenario,
                                                        std::uint16_t root);

/// For the metrics shape: index of the component a resource variant stands for, or -1.
int componentForVariant(const Scenario& scenario, int variant);

} // namespace logscope::core
