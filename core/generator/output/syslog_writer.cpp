#include "core/generator/output/syslog_writer.h"

#include "core/generator/event_composer.h"
#include "core/generator/text_append.h"

#include <array>

namespace logscope::core {
namespace {

// RFC 5424 section 6.3.3: '"', '\' and ']' are escaped in parameter values.
void appendParam(std::string& out, std::string_view name, std::string_view value) {
    out.push_back(' ');
    out += name;
    out += "=\"";
    for (const char c : value) {
        if (c == '"' || c == '\\' || c == ']')
            out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('"');
}

// PRINTUSASCII without spaces, at most max characters; "-" when empty.
void appendHeaderField(std::string& out, std::string_view text, std::size_t max) {
    if (text.empty()) {
        out.push_back('-');
        return;
    }
    for (std::size_t i = 0; i < text.size() && i < max; ++i) {
        const char c = text[i];
        out.push_back(c > 32 && c < 127 ? c : '_');
    }
}

} // namespace

SyslogWriter::SyslogWriter(const Scenario& scenario, bool withLabels)
    : m_scenario(scenario), m_withLabels(withLabels) {}

void SyslogWriter::append(std::string& out, const GeneratedRecord& record) {
    // Severity by level (RFC 5424 table 2); facility local0 (16).
    static constexpr std::array<int, kLevelCount> kSeverity{5, 7, 7, 6, 4, 3, 2};
    out.push_back('<');
    appendInt(out, 16 * 8 + kSeverity[static_cast<std::size_t>(record.level)]);
    out += ">1 ";
    if (record.fault == FormatFault::Timestamp)
        appendForeignTime(out, record.timestampNs);
    else
        m_time.append(out, record.timestampNs);
    out.push_back(' ');
    appendHeaderField(out, record.serviceSpec->host, 255);
    out.push_back(' ');
    appendHeaderField(out, record.service, 48);
    out += " - - ";
    std::string number;
    if (m_scenario.shape == RecordShape::Metrics) {
        out += "[metric@32473";
        appendParam(out, "component", record.component);
        if (!(record.nullMask & kNullValue)) {
            appendFixed(number, record.value, record.valueDecimals);
            appendParam(out, "value", number);
        }
        appendParam(out, "unit", record.unit);
    } else {
        out += "[req@32473";
        std::string text;
        appendUuid(text, record.requestIdHigh, record.requestIdLow);
        appendParam(out, "id", text);
        if (record.ip != 0) {
            text.clear();
            appendIp(text, record.ip);
            appendParam(out, "ip", text);
        }
        appendParam(out, "method", record.method);
        appendParam(out, "path", record.path);
        if (!(record.nullMask & kNullStatus)) {
            appendInt(number, record.statusCode);
            appendParam(out, "status", number);
        }
        if (!(record.nullMask & kNullResponseTime)) {
            number.clear();
            appendFixed(number, record.responseTimeMs, 2);
            appendParam(out, "rt_ms", number);
        }
        if (!record.errorCode.empty())
            appendParam(out, "error_code", record.errorCode);
    }
    out.push_back(']');
    if (m_withLabels) {
        out += "[labels@32473";
        appendParam(out, "is_anomaly", record.isAnomaly ? "true" : "false");
        appendParam(out, "anomaly_type", record.anomalyType);
        number.clear();
        appendFixed(number, record.anomalyScore, 2);
        appendParam(out, "anomaly_score", number);
        number.clear();
        if (record.episodeId != 0)
            appendInt(number, record.episodeId);
        appendParam(out, "episode_id", number);
        out.push_back(']');
    }
    out.push_back(' ');
    appendLevelName(out, m_scenario, record);
    out.push_back(' ');
    if (record.nullMask & (kNullMessage | kNullValue))
        out += "null";
    else
        out += record.message;
    out.push_back('\n');
}

} // namespace logscope::core
