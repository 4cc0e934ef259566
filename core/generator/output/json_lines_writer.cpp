#include "core/generator/output/json_lines_writer.h"

#include "core/generator/event_composer.h"
#include "core/generator/text_append.h"
#include "core/util/json_escape.h"

namespace logscope::core {

JsonLinesWriter::JsonLinesWriter(const Scenario& scenario, bool withLabels)
    : m_scenario(scenario), m_withLabels(withLabels),
      m_time(scenario.fractionDigits, scenario.utcSuffix) {}

void JsonLinesWriter::append(std::string& out, const GeneratedRecord& record) {
    out.push_back('{');
    bool first = true;
    auto key = [&](std::string_view name) {
        if (!first)
            out.push_back(',');
        first = false;
        out.push_back('"');
        out += name;
        out += "\":";
    };
    auto nullable = [&](std::uint8_t bit) {
        if ((record.nullMask & bit) == 0)
            return false;
        out += "null";
        return true;
    };
    for (const FieldId field : m_scenario.fields) {
        switch (field) {
        case FieldId::Timestamp:
            key("timestamp");
            out.push_back('"');
            if (record.fault == FormatFault::Timestamp)
                appendForeignTime(out, record.timestampNs);
            else
                m_time.append(out, record.timestampNs);
            out.push_back('"');
            break;
        case FieldId::Level:
            key("level");
            out.push_back('"');
            appendLevelName(out, m_scenario, record);
            out.push_back('"');
            break;
        case FieldId::Source:
            key("source");
            appendJsonString(out, record.source);
            break;
        case FieldId::Service:
        case FieldId::Server:
            key(field == FieldId::Service ? "service" : "server");
            if (!nullable(kNullService))
                appendJsonString(out, record.service);
            break;
        case FieldId::Component:
            key("component");
            appendJsonString(out, record.component);
            break;
        case FieldId::Value:
            key("value");
            if (nullable(kNullValue))
                break;
            if (record.fault == FormatFault::ValueText) {
                out.push_back('"');
                appendFixed(out, record.value, record.valueDecimals);
                out.push_back(' ');
                out += record.unit;
                out.push_back('"');
            } else {
                appendFixed(out, record.value, record.valueDecimals);
            }
            break;
        case FieldId::Anomalous:
            if (m_withLabels) {
                key("anomalous");
                out += record.isAnomaly ? "true" : "false";
            }
            break;
        case FieldId::Message:
            key("message");
            if (!nullable(kNullMessage))
                appendJsonString(out, record.message);
            break;
        case FieldId::RequestId:
            key("request_id");
            out.push_back('"');
            appendUuid(out, record.requestIdHigh, record.requestIdLow);
            out.push_back('"');
            break;
        case FieldId::IpAddress:
            if (record.ip != 0) {
                key("ip_address");
                out.push_back('"');
                appendIp(out, record.ip);
                out.push_back('"');
            }
            break;
        case FieldId::ResponseTimeMs:
            key("response_time_ms");
            if (!nullable(kNullResponseTime))
                appendFixed(out, record.responseTimeMs, 2);
            break;
        case FieldId::StatusCode:
            key("status_code");
            if (!nullable(kNullStatus))
                appendInt(out, record.statusCode);
            break;
        case FieldId::Endpoint:
            key("endpoint");
            appendJsonString(out, record.path);
            break;
        case FieldId::Method:
            key("method");
            appendJsonString(out, record.method);
            break;
        case FieldId::ErrorCode:
            key("error_code");
            if (record.errorCode.empty())
                out += "null";
            else
                appendJsonString(out, record.errorCode);
            break;
        case FieldId::User:
            if (!record.user.empty()) {
                key("user");
                appendJsonString(out, record.user);
            }
            break;
        case FieldId::Context: {
            key("context");
            out.push_back('{');
            const auto& context = record.serviceSpec->context;
            for (std::size_t c = 0; c < context.size() && c < record.context.size(); ++c) {
                if (c > 0)
                    out.push_back(',');
                appendJsonString(out, context[c].key);
                out.push_back(':');
                appendInt(out, record.context[c]);
            }
            out.push_back('}');
            break;
        }
        }
    }
    if (m_withLabels) {
        key("_labels");
        out += record.isAnomaly ? "{\"is_anomaly\":true,\"anomaly_type\":"
                                : "{\"is_anomaly\":false,\"anomaly_type\":";
        if (record.anomalyType.empty()) {
            out += "null";
        } else {
            out.push_back('"');
            out += record.anomalyType; // type names need no escaping
            out.push_back('"');
        }
        out += ",\"anomaly_score\":";
        appendFixed(out, record.anomalyScore, 2);
        out += ",\"episode_id\":";
        if (record.episodeId == 0)
            out += "null";
        else
            appendInt(out, record.episodeId);
        out.push_back('}');
    }
    out += "}\n";
}

} // namespace logscope::core
