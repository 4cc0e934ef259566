#pragma once

// Internal to the scenario loader: JSON document -> Scenario, throwing ScenarioFault.

#include "core/generator/scenario/json_node.h"
#include "core/generator/scenario/scenario.h"

namespace logscope::core {

/// Parses and validates a whole (merged) scenario document.
Scenario parseScenarioDocument(const OrderedJson& document);
/// Parses the "services" object into scenario.services.
void parseServices(const JsonNode& node, Scenario& scenario);
/// Parses the "anomalies" object into the scenario's anomaly settings.
void parseAnomalies(const JsonNode& node, Scenario& scenario);
/// Parses an array of service names into indices.
std::vector<std::uint16_t> parseServiceList(const JsonNode& node, const Scenario& scenario);

} // namespace logscope::core
