#include "core/generator/output/text_line_writer.h"

#include "core/generator/text_append.h"

namespace logscope::core {

TextLineWriter::TextLineWriter(const Scenario& scenario, bool withLabels)
    : m_scenario(scenario), m_withLabels(withLabels),
      m_latency(scenario.hasField(FieldId::ResponseTimeMs)),
      m_status(scenario.hasField(FieldId::StatusCode)),
      m_time(scenario.fractionDigits, scenario.utcSuffix) {}

void TextLineWriter::append(LineBuffer& out, const GeneratedRecord& record) {
    static constexpr char kHex[] = "0123456789abcdef";
    char* p = out.reserve(recordBound(record));
    *p++ = '[';
    p = record.fault == FormatFault::Timestamp ? putForeignTime(p, record.timestampNs)
                                               : m_time.put(p, record.timestampNs);
    p = putText(p, "] [");
    char* const level = p;
    p = putLevelName(p, m_scenario, record);
    while (p - level < 8)
        *p++ = ' ';
    p = putText(p, "] [");
    if (!record.source.empty()) {
        p = putText(p, record.source);
        *p++ = '/';
    }
    p = putText(p, (record.nullMask & kNullService) ? std::string_view("null") : record.service);
    p = putText(p, "] [");
    for (int shift = 60; shift >= 32; shift -= 4)
        *p++ = kHex[(record.requestIdHigh >> shift) & 0xF];
    p = putText(p, "] ");
    p = putText(p, (record.nullMask & (kNullMessage | kNullValue)) ? std::string_view("null")
                                                                   : record.message);
    if (m_latency) {
        p = putText(p, " (");
        p = (record.nullMask & kNullResponseTime) ? putText(p, "null")
                                                  : putFixed(p, record.responseTimeMs, 2);
        p = putText(p, "ms)");
    }
    if (m_status) {
        p = putText(p, " [");
        p = (record.nullMask & kNullStatus) ? putText(p, "null") : putInt(p, record.statusCode);
        *p++ = ']';
    }
    if (m_withLabels && record.isAnomaly) {
        p = putText(p, " [ANOMALY:");
        p = putText(p, record.anomalyType);
        *p++ = ':';
        p = putFixed(p, record.anomalyScore, 2);
        *p++ = ']';
    }
    *p++ = '\n';
    out.commit(p);
}

} // namespace logscope::core
