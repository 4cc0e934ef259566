#include "core/generator/output/text_line_writer.h"

#include "core/generator/text_append.h"

namespace logscope::core {

TextLineWriter::TextLineWriter(const Scenario& scenario, bool withLabels)
    : m_scenario(scenario), m_withLabels(withLabels),
      m_latency(scenario.hasField(FieldId::ResponseTimeMs)),
      m_status(scenario.hasField(FieldId::StatusCode)),
      m_time(scenario.fractionDigits, scenario.utcSuffix) {}

void TextLineWriter::append(std::string& out, const GeneratedRecord& record) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('[');
    if (record.fault == FormatFault::Timestamp)
        appendForeignTime(out, record.timestampNs);
    else
        m_time.append(out, record.timestampNs);
    out += "] [";
    const std::size_t levelStart = out.size();
    appendLevelName(out, m_scenario, record);
    while (out.size() - levelStart < 8)
        out.push_back(' ');
    out += "] [";
    if (!record.source.empty()) {
        out += record.source;
        out.push_back('/');
    }
    out += (record.nullMask & kNullService) ? std::string_view("null") : record.service;
    out += "] [";
    for (int shift = 60; shift >= 32; shift -= 4)
        out.push_back(kHex[(record.requestIdHigh >> shift) & 0xF]);
    out += "] ";
    if (record.nullMask & (kNullMessage | kNullValue))
        out += "null";
    else
        out += record.message;
    if (m_latency) {
        out += " (";
        if (record.nullMask & kNullResponseTime)
            out += "null";
        else
            appendFixed(out, record.responseTimeMs, 2);
        out += "ms)";
    }
    if (m_status) {
        out += " [";
        if (record.nullMask & kNullStatus)
            out += "null";
        else
            appendInt(out, record.statusCode);
        out.push_back(']');
    }
    if (m_withLabels && record.isAnomaly) {
        out += " [ANOMALY:";
        out += record.anomalyType;
        out.push_back(':');
        appendFixed(out, record.anomalyScore, 2);
        out.push_back(']');
    }
    out.push_back('\n');
}

} // namespace logscope::core
