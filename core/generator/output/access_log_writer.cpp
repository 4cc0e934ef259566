#include "core/generator/output/access_log_writer.h"

#include "core/generator/event_composer.h"
#include "core/generator/output/timestamp_text.h"
#include "core/generator/text_append.h"

namespace logscope::core {
namespace {

// nginx escapes '"', '\' and control characters in logged strings as \xHH.
void appendEscaped(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\' || u < 0x20 || u == 0x7F) {
            out += "\\x";
            out.push_back(kHex[u >> 4]);
            out.push_back(kHex[u & 0xF]);
        } else {
            out.push_back(c);
        }
    }
}

} // namespace

void AccessLogWriter::append(std::string& out, const GeneratedRecord& record) {
    if (record.ip != 0)
        appendIp(out, record.ip);
    else
        out.push_back('-');
    out += " - ";
    if (record.user.empty())
        out.push_back('-');
    else
        appendEscaped(out, record.user);
    out += " [";
    if (record.fault == FormatFault::Timestamp)
        appendForeignTime(out, record.timestampNs);
    else
        appendAccessLogTime(out, record.timestampNs);
    out += "] \"";
    appendEscaped(out, record.method);
    out.push_back(' ');
    appendEscaped(out, record.path);
    out += " HTTP/1.1\" ";
    if (record.nullMask & kNullStatus)
        out.push_back('-');
    else
        appendInt(out, record.statusCode);
    out.push_back(' ');
    appendInt(out, record.bytes);
    out += " \"-\" \"";
    appendEscaped(out, record.userAgent);
    out += "\" rt=";
    if (record.nullMask & kNullResponseTime)
        out.push_back('-');
    else
        appendFixed(out, record.responseTimeMs / 1000.0, 3);
    if (m_withLabels) {
        out += " anomaly=";
        if (record.isAnomaly)
            out += record.anomalyType;
        else
            out.push_back('-');
        out += " score=";
        appendFixed(out, record.anomalyScore, 2);
        out += " episode=";
        if (record.episodeId == 0)
            out.push_back('-');
        else
            appendInt(out, record.episodeId);
    }
    out.push_back('\n');
}

} // namespace logscope::core
