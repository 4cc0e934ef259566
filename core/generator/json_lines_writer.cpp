#include "core/generator/json_lines_writer.h"

#include "core/time/civil_time.h"
#include "core/util/json_escape.h"

#include <charconv>

namespace logscope::core {
namespace {

void appendNumber(std::string& out, double value) {
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 2);
    out.append(buf, result.ptr);
}

void appendInt(std::string& out, long long value) {
    char buf[24];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, result.ptr);
}

} // namespace

void JsonLinesWriter::append(std::string& out, const GeneratedRecord& record) const {
    out += "{\"timestamp\":\"";
    appendIso8601(out, record.timestampNs, 6, false);
    out += "\",\"level\":\"";
    out += levelName(record.level);
    out += "\",\"service\":";
    appendJsonString(out, record.service);
    out += ",\"message\":";
    appendJsonString(out, record.message);
    out += ",\"response_time_ms\":";
    appendNumber(out, record.responseTimeMs);
    out += ",\"status_code\":";
    appendInt(out, record.statusCode);
    if (m_withLabels) {
        out += ",\"_labels\":{\"is_anomaly\":";
        out += record.isAnomaly ? "true" : "false";
        out += ",\"anomaly_type\":";
        if (record.anomalyType.empty())
            out += "null";
        else
            appendJsonString(out, record.anomalyType);
        out += ",\"anomaly_score\":";
        appendNumber(out, record.anomalyScore);
        out += '}';
    }
    out += "}\n";
}

} // namespace logscope::core
