#include "core/generator/scenario/scenario.h"

#include <algorithm>

namespace logscope::core {
namespace {

constexpr std::array<std::string_view, kFieldCount> kFieldNames{
    "timestamp",   "level",     "source",  "service",    "server",     "component",
    "value",       "anomalous", "message", "request_id", "ip_address", "response_time_ms",
    "status_code", "endpoint",  "method",  "error_code", "user",       "context"};

} // namespace

std::string_view fieldName(FieldId field) noexcept {
    return kFieldNames[static_cast<std::size_t>(field)];
}

std::optional<FieldId> parseFieldName(std::string_view name) noexcept {
    for (std::size_t i = 0; i < kFieldNames.size(); ++i) {
        if (kFieldNames[i] == name)
            return static_cast<FieldId>(i);
    }
    return std::nullopt;
}

bool Scenario::hasField(FieldId field) const noexcept {
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

int Scenario::serviceIndex(std::string_view serviceName) const noexcept {
    for (std::size_t i = 0; i < services.size(); ++i) {
        if (services[i].name == serviceName)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace logscope::core
