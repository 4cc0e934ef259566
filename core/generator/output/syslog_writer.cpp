#include "core/generator/output/syslog_writer.h"

#include "core/generator/text_append.h"

#include <array>

namespace logscope::core {
namespace {

// RFC 5424 section 6.3.3: '"', '\' and ']' are escaped in parameter values.
char* putValue(char* p, std::string_view value) {
    for (const char c : value) {
        if (c == '"' || c == '\\' || c == ']')
            *p++ = '\\';
        *p++ = c;
    }
    return p;
}

char* openParam(char* p, std::string_view name) {
    *p++ = ' ';
    p = putText(p, name);
    *p++ = '=';
    *p++ = '"';
    return p;
}

char* putParam(char* p, std::string_view name, std::string_view value) {
    p = putValue(openParam(p, name), value);
    *p++ = '"';
    return p;
}

// PRINTUSASCII without spaces, at most max characters; "-" when empty.
char* putHeaderField(char* p, std::string_view text, std::size_t max) {
    if (text.empty())
        return putText(p, "-");
    for (std::size_t i = 0; i < text.size() && i < max; ++i) {
        const char c = text[i];
        *p++ = c > 32 && c < 127 ? c : '_';
    }
    return p;
}

} // namespace

SyslogWriter::SyslogWriter(const Scenario& scenario, bool withLabels)
    : m_scenario(scenario), m_withLabels(withLabels) {}

void SyslogWriter::append(LineBuffer& out, const GeneratedRecord& record) {
    // Severity by level (RFC 5424 table 2); facility local0 (16).
    static constexpr std::array<int, kLevelCount> kSeverity{5, 7, 7, 6, 4, 3, 2};
    char* p = out.reserve(recordBound(record));
    *p++ = '<';
    p = putInt(p, 16 * 8 + kSeverity[static_cast<std::size_t>(record.level)]);
    p = putText(p, ">1 ");
    p = record.fault == FormatFault::Timestamp ? putForeignTime(p, record.timestampNs)
                                               : m_time.put(p, record.timestampNs);
    *p++ = ' ';
    p = putHeaderField(p, record.serviceSpec->host, 255);
    *p++ = ' ';
    p = putHeaderField(p, record.service, 48);
    p = putText(p, " - - ");
    if (m_scenario.shape == RecordShape::Metrics) {
        p = putText(p, "[metric@32473");
        p = putParam(p, "component", record.component);
        if (!(record.nullMask & kNullValue)) {
            p = putFixed(openParam(p, "value"), record.value, record.valueDecimals);
            *p++ = '"';
        }
        p = putParam(p, "unit", record.unit);
    } else {
        p = putText(p, "[req@32473");
        p = putUuid(openParam(p, "id"), record.requestIdHigh, record.requestIdLow);
        *p++ = '"';
        if (record.ip != 0) {
            p = putIp(openParam(p, "ip"), record.ip);
            *p++ = '"';
        }
        p = putParam(p, "method", record.method);
        p = putParam(p, "path", record.path);
        if (!(record.nullMask & kNullStatus)) {
            p = putInt(openParam(p, "status"), record.statusCode);
            *p++ = '"';
        }
        if (!(record.nullMask & kNullResponseTime)) {
            p = putFixed(openParam(p, "rt_ms"), record.responseTimeMs, 2);
            *p++ = '"';
        }
        if (!record.errorCode.empty())
            p = putParam(p, "error_code", record.errorCode);
    }
    *p++ = ']';
    if (m_withLabels) {
        p = putText(p, "[labels@32473");
        p = putParam(p, "is_anomaly", record.isAnomaly ? "true" : "false");
        p = putParam(p, "anomaly_type", record.anomalyType);
        p = putFixed(openParam(p, "anomaly_score"), record.anomalyScore, 2);
        *p++ = '"';
        p = openParam(p, "episode_id");
        if (record.episodeId != 0)
            p = putInt(p, record.episodeId);
        *p++ = '"';
        *p++ = ']';
    }
    *p++ = ' ';
    p = putLevelName(p, m_scenario, record);
    *p++ = ' ';
    p = putText(p, (record.nullMask & (kNullMessage | kNullValue)) ? std::string_view("null")
                                                                   : record.message);
    *p++ = '\n';
    out.commit(p);
}

} // namespace logscope::core
