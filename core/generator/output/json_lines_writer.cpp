#include "core/generator/output/json_lines_writer.h"

#include "core/generator/text_append.h"

namespace logscope::core {
namespace {

std::string quoted(std::string_view text) {
    std::string out(text.size() * 6 + 2, '\0');
    out.resize(static_cast<std::size_t>(putJsonString(out.data(), text) - out.data()));
    return out;
}

} // namespace

JsonLinesWriter::JsonLinesWriter(const Scenario& scenario, bool withLabels)
    : m_scenario(scenario), m_withLabels(withLabels),
      m_time(scenario.fractionDigits, scenario.utcSuffix) {
    for (const ServiceSpec& service : scenario.services) {
        m_quotedServices.push_back(quoted(service.name));
        m_quotedSources.push_back(quoted(service.source));
    }
    for (const std::string& name : scenario.levelNames)
        m_quotedLevels.push_back(quoted(name));
}

void JsonLinesWriter::append(LineBuffer& out, const GeneratedRecord& record) {
    char* p = out.reserve(recordBound(record));
    const char* const start = p;
    *p++ = '{';
    auto key = [&](std::string_view name) {
        if (p != start + 1)
            *p++ = ',';
        *p++ = '"';
        p = putText(p, name);
        *p++ = '"';
        *p++ = ':';
    };
    auto nulled = [&](std::uint8_t bit) {
        if ((record.nullMask & bit) == 0)
            return false;
        p = putText(p, "null");
        return true;
    };
    const bool known =
        record.serviceSpec != nullptr && record.service.data() == record.serviceSpec->name.data();
    for (const FieldId field : m_scenario.fields) {
        switch (field) {
        case FieldId::Timestamp:
            key("timestamp");
            *p++ = '"';
            p = record.fault == FormatFault::Timestamp ? putForeignTime(p, record.timestampNs)
                                                       : m_time.put(p, record.timestampNs);
            *p++ = '"';
            break;
        case FieldId::Level:
            key("level");
            if (record.fault == FormatFault::Level) {
                *p++ = '"';
                p = putLevelName(p, m_scenario, record);
                *p++ = '"';
            } else {
                p = putText(p, m_quotedLevels[static_cast<std::size_t>(record.level)]);
            }
            break;
        case FieldId::Source:
            key("source");
            p = known ? putText(p, m_quotedSources[record.serviceIndex])
                      : putJsonString(p, record.source);
            break;
        case FieldId::Service:
        case FieldId::Server:
            key(field == FieldId::Service ? "service" : "server");
            if (!nulled(kNullService))
                p = known ? putText(p, m_quotedServices[record.serviceIndex])
                          : putJsonString(p, record.service);
            break;
        case FieldId::Component:
            key("component");
            p = putJsonString(p, record.component);
            break;
        case FieldId::Value:
            key("value");
            if (nulled(kNullValue))
                break;
            if (record.fault == FormatFault::ValueText) {
                *p++ = '"';
                p = putFixed(p, record.value, record.valueDecimals);
                *p++ = ' ';
                p = putText(p, record.unit);
                *p++ = '"';
            } else {
                p = putFixed(p, record.value, record.valueDecimals);
            }
            break;
        case FieldId::Anomalous:
            if (m_withLabels) {
                key("anomalous");
                p = putText(p, record.isAnomaly ? "true" : "false");
            }
            break;
        case FieldId::Message:
            key("message");
            if (!nulled(kNullMessage))
                p = putJsonString(p, record.message);
            break;
        case FieldId::RequestId:
            key("request_id");
            *p++ = '"';
            p = putUuid(p, record.requestIdHigh, record.requestIdLow);
            *p++ = '"';
            break;
        case FieldId::IpAddress:
            if (record.ip != 0) {
                key("ip_address");
                *p++ = '"';
                p = putIp(p, record.ip);
                *p++ = '"';
            }
            break;
        case FieldId::ResponseTimeMs:
            key("response_time_ms");
            if (!nulled(kNullResponseTime))
                p = putFixed(p, record.responseTimeMs, 2);
            break;
        case FieldId::StatusCode:
            key("status_code");
            if (!nulled(kNullStatus))
                p = putInt(p, record.statusCode);
            break;
        case FieldId::Endpoint:
            key("endpoint");
            p = putJsonString(p, record.path);
            break;
        case FieldId::Method:
            key("method");
            p = putJsonString(p, record.method);
            break;
        case FieldId::ErrorCode:
            key("error_code");
            p = record.errorCode.empty() ? putText(p, "null") : putJsonString(p, record.errorCode);
            break;
        case FieldId::User:
            if (!record.user.empty()) {
                key("user");
                p = putJsonString(p, record.user);
            }
            break;
        case FieldId::Context: {
            key("context");
            *p++ = '{';
            const auto& context = record.serviceSpec->context;
            for (std::size_t c = 0; c < context.size() && c < record.context.size(); ++c) {
                if (c > 0)
                    *p++ = ',';
                p = putJsonString(p, context[c].key);
                *p++ = ':';
                p = putInt(p, record.context[c]);
            }
            *p++ = '}';
            break;
        }
        }
    }
    if (m_withLabels) {
        key("_labels");
        if (record.isAnomaly) {
            p = putText(p, "{\"is_anomaly\":true,\"anomaly_type\":\"");
            p = putText(p, record.anomalyType); // type names need no escaping
            p = putText(p, "\",\"anomaly_score\":");
            p = putFixed(p, record.anomalyScore, 2);
            p = putText(p, ",\"episode_id\":");
            p = record.episodeId == 0 ? putText(p, "null") : putInt(p, record.episodeId);
            *p++ = '}';
        } else {
            p = putText(p, "{\"is_anomaly\":false,\"anomaly_type\":null,\"anomaly_score\":0.00,"
                           "\"episode_id\":null}");
        }
    }
    *p++ = '}';
    *p++ = '\n';
    out.commit(p);
}

} // namespace logscope::core
