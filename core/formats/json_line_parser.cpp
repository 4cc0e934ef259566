#include "core/formats/json_line_parser.h"

#include "core/formats/simdjson_include.h"
#include "core/time/civil_time.h"
#include "core/util/json_escape.h"

#include <cmath>

namespace logscope::core {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

enum class Field { Other, Time, Level, Service, Source, Message, Latency, Status, Labels, Flag };

// Lower numbers win when a line has several aliases of one field.
struct FieldKey {
    Field field;
    int priority;
};

FieldKey classify(std::string_view key) noexcept {
    if (key == "timestamp")
        return {Field::Time, 0};
    if (key == "time")
        return {Field::Time, 1};
    if (key == "@timestamp")
        return {Field::Time, 2};
    if (key == "ts")
        return {Field::Time, 3};
    if (key == "level")
        return {Field::Level, 0};
    if (key == "severity")
        return {Field::Level, 1};
    if (key == "lvl")
        return {Field::Level, 2};
    if (key == "service")
        return {Field::Service, 0};
    if (key == "component")
        return {Field::Service, 1};
    if (key == "app")
        return {Field::Service, 2};
    if (key == "source")
        return {Field::Source, 0};
    if (key == "server")
        return {Field::Service, 4};
    if (key == "message")
        return {Field::Message, 0};
    if (key == "msg")
        return {Field::Message, 1};
    if (key == "response_time_ms")
        return {Field::Latency, 0};
    if (key == "latency_ms")
        return {Field::Latency, 1};
    if (key == "duration_ms")
        return {Field::Latency, 2};
    if (key == "status_code")
        return {Field::Status, 0};
    if (key == "status")
        return {Field::Status, 1};
    if (key == "_labels")
        return {Field::Labels, 0};
    if (key == "anomalous")
        return {Field::Flag, 0};
    return {Field::Other, 0};
}

// Epoch numbers: the magnitude tells seconds, milliseconds, microseconds or nanoseconds.
std::int64_t epochToNanos(double value) noexcept {
    const double magnitude = std::fabs(value);
    if (magnitude < 1e11)
        return static_cast<std::int64_t>(value * 1e9);
    if (magnitude < 1e14)
        return static_cast<std::int64_t>(value * 1e6);
    if (magnitude < 1e17)
        return static_cast<std::int64_t>(value * 1e3);
    return static_cast<std::int64_t>(value);
}

bool readNumber(element value, double& out) noexcept {
    switch (value.type()) {
    case element_type::INT64:
        out = static_cast<double>(value.get_int64().value_unsafe());
        return true;
    case element_type::UINT64:
        out = static_cast<double>(value.get_uint64().value_unsafe());
        return true;
    case element_type::DOUBLE:
        out = value.get_double().value_unsafe();
        return true;
    case element_type::STRING: {
        const std::string_view s = value.get_string().value_unsafe();
        char* end = nullptr;
        const std::string copy(s);
        out = std::strtod(copy.c_str(), &end);
        return !copy.empty() && end == copy.c_str() + copy.size();
    }
    default:
        return false;
    }
}

} // namespace

struct JsonLineParser::Impl {
    simdjson::dom::parser parser;
    std::string extra;
};

JsonLineParser::JsonLineParser() : m_impl(std::make_unique<Impl>()) {}
JsonLineParser::~JsonLineParser() = default;

bool JsonLineParser::parse(std::string_view line, std::size_t paddedCapacity,
                           std::uint64_t lineNumber, LogTable& table, std::string& error) {
    const bool padded = paddedCapacity >= line.size() + simdjson::SIMDJSON_PADDING;
    element root;
    const auto parsed = m_impl->parser.parse(line.data(), line.size(), !padded);
    if (parsed.error()) {
        error = std::string("invalid JSON: ") + simdjson::error_message(parsed.error());
        return false;
    }
    root = parsed.value_unsafe();
    if (!root.is_object()) {
        error = "JSON value is not an object";
        return false;
    }

    LogRow row;
    row.lineNumber = lineNumber;
    int best[10] = {99, 99, 99, 99, 99, 99, 99, 99, 99, 99};
    std::string& extra = m_impl->extra;
    extra.clear();

    const simdjson::dom::object object = root.get_object().value_unsafe();
    for (const auto field : object) {
        const FieldKey key = classify(field.key);
        const element value = field.value;
        auto& slot = best[static_cast<int>(key.field)];
        const bool wins = key.field != Field::Other && key.priority < slot;
        bool used = false;
        if (wins) {
            switch (key.field) {
            case Field::Time:
                if (value.is_string()) {
                    used = parseIso8601(value.get_string().value_unsafe(), row.timestampNs);
                } else if (double n = 0; readNumber(value, n)) {
                    row.timestampNs = epochToNanos(n);
                    used = true;
                }
                break;
            case Field::Level:
                if (value.is_string()) {
                    row.level = parseLevel(value.get_string().value_unsafe());
                    used = true;
                }
                break;
            case Field::Service:
                if (value.is_string()) {
                    row.service = value.get_string().value_unsafe();
                    used = true;
                }
                break;
            case Field::Source:
                if (value.is_string()) {
                    row.source = value.get_string().value_unsafe();
                    used = true;
                }
                break;
            case Field::Message:
                if (value.is_string()) {
                    row.message = value.get_string().value_unsafe();
                    used = true;
                }
                break;
            case Field::Latency:
                if (double n = 0; readNumber(value, n) && n >= 0) {
                    row.latencyMs = static_cast<float>(n);
                    used = true;
                }
                break;
            case Field::Status:
                if (double n = 0; readNumber(value, n) && n >= 100 && n < 1000) {
                    row.statusCode = static_cast<std::uint16_t>(n);
                    used = true;
                }
                break;
            case Field::Labels:
                if (value.is_object()) {
                    const element labels = value;
                    bool isAnomaly = false;
                    if (labels["is_anomaly"].get(isAnomaly) == simdjson::SUCCESS)
                        row.truth = isAnomaly ? Truth::Anomaly : Truth::Normal;
                    std::string_view type;
                    if (labels["anomaly_type"].get(type) == simdjson::SUCCESS)
                        row.anomalyType = type;
                    double score = 0;
                    if (labels["anomaly_score"].get(score) == simdjson::SUCCESS)
                        row.anomalyScore = static_cast<float>(score);
                    used = true;
                }
                break;
            case Field::Flag:
                if (value.is_bool()) {
                    row.truth = value.get_bool().value_unsafe() ? Truth::Anomaly : Truth::Normal;
                    used = true;
                }
                break;
            case Field::Other:
                break;
            }
        }
        if (used) {
            slot = key.priority;
            continue;
        }
        // Everything the table has no column for is kept, compactly, for the log view.
        extra += extra.empty() ? '{' : ',';
        appendJsonString(extra, field.key);
        extra += ':';
        extra += simdjson::minify(value);
    }
    if (!extra.empty())
        extra += '}';
    row.extra = extra;
    // A lone "source" names the service (seed 002's shape without a service field).
    if (row.service.empty())
        row.service = row.source;
    table.append(row);
    return true;
}

} // namespace logscope::core
