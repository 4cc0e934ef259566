#include "core/formats/json_field_names.h"

namespace logscope::core::json_fields {

Key classify(std::string_view k) noexcept {
    switch (k.size()) {
    case 2:
        if (k == "ts")
            return {Field::Time, 3};
        if (k == "@t")
            return {Field::Time, 6};
        if (k == "@l")
            return {Field::Level, 6};
        if (k == "@m")
            return {Field::Message, 3};
        break;
    case 3:
        if (k == "msg")
            return {Field::Message, 1};
        if (k == "lvl")
            return {Field::Level, 2};
        if (k == "app")
            return {Field::Service, 2};
        if (k == "log")
            return {Field::Message, 4};
        break;
    case 4:
        if (k == "time")
            return {Field::Time, 1};
        if (k == "host")
            return {Field::Host, 0};
        break;
    case 5:
        if (k == "level")
            return {Field::Level, 0};
        if (k == "value")
            return {Field::Value, 0};
        if (k == "_COMM")
            return {Field::Service, 7};
        break;
    case 6:
        if (k == "source")
            return {Field::Source, 0};
        if (k == "status")
            return {Field::Status, 1};
        if (k == "logger")
            return {Field::Service, 6};
        if (k == "server")
            return {Field::Server, 0};
        break;
    case 7:
        if (k == "service")
            return {Field::Service, 0};
        if (k == "message")
            return {Field::Message, 0};
        if (k == "MESSAGE")
            return {Field::Message, 2};
        if (k == "_labels")
            return {Field::Labels, 0};
        break;
    case 8:
        if (k == "severity")
            return {Field::Level, 1};
        if (k == "datetime")
            return {Field::Time, 5};
        if (k == "hostname")
            return {Field::Host, 1};
        if (k == "loglevel")
            return {Field::Level, 3};
        if (k == "PRIORITY")
            return {Field::Level, kPriorityPriority};
        break;
    case 9:
        if (k == "timestamp")
            return {Field::Time, 0};
        if (k == "component")
            return {Field::Service, 1};
        if (k == "log_level")
            return {Field::Level, 4};
        if (k == "levelname")
            return {Field::Level, 5};
        if (k == "anomalous")
            return {Field::Flag, 0};
        if (k == "_HOSTNAME")
            return {Field::Host, 2};
        break;
    case 10:
        if (k == "@timestamp")
            return {Field::Time, 2};
        if (k == "is_anomaly")
            return {Field::Flag, 1};
        if (k == "latency_ms")
            return {Field::Latency, 1};
        if (k == "statusCode")
            return {Field::Status, 3};
        if (k == "elapsed_ms")
            return {Field::Latency, 3};
        break;
    case 11:
        if (k == "application")
            return {Field::Service, 3};
        if (k == "status_code")
            return {Field::Status, 0};
        if (k == "duration_ms")
            return {Field::Latency, 2};
        if (k == "http_status")
            return {Field::Status, 2};
        break;
    case 12:
        if (k == "service_name")
            return {Field::Service, 4};
        break;
    case 16:
        if (k == "response_time_ms")
            return {Field::Latency, 0};
        break;
    case 17:
        if (k == "SYSLOG_IDENTIFIER")
            return {Field::Service, 5};
        break;
    case 20:
        if (k == "__REALTIME_TIMESTAMP")
            return {Field::Time, 4};
        break;
    default:
        break;
    }
    return {};
}

} // namespace logscope::core::json_fields
