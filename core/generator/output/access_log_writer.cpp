#include "core/generator/output/access_log_writer.h"

#include "core/generator/output/timestamp_text.h"
#include "core/generator/text_append.h"

namespace logscope::core {
namespace {

// nginx escapes '"', '\' and control characters in logged strings as \xHH.
char* putEscaped(char* p, std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\' || u < 0x20 || u == 0x7F) {
            *p++ = '\\';
            *p++ = 'x';
            *p++ = kHex[u >> 4];
            *p++ = kHex[u & 0xF];
        } else {
            *p++ = c;
        }
    }
    return p;
}

} // namespace

void AccessLogWriter::append(LineBuffer& out, const GeneratedRecord& record) {
    char* p = out.reserve(recordBound(record));
    p = record.ip != 0 ? putIp(p, record.ip) : putText(p, "-");
    p = putText(p, " - ");
    p = record.user.empty() ? putText(p, "-") : putEscaped(p, record.user);
    p = putText(p, " [");
    p = record.fault == FormatFault::Timestamp ? putForeignTime(p, record.timestampNs)
                                               : putAccessLogTime(p, record.timestampNs);
    p = putText(p, "] \"");
    p = putEscaped(p, record.method);
    *p++ = ' ';
    p = putEscaped(p, record.path);
    p = putText(p, " HTTP/1.1\" ");
    p = (record.nullMask & kNullStatus) ? putText(p, "-") : putInt(p, record.statusCode);
    *p++ = ' ';
    p = putInt(p, record.bytes);
    p = putText(p, " \"-\" \"");
    p = putEscaped(p, record.userAgent);
    p = putText(p, "\" rt=");
    p = (record.nullMask & kNullResponseTime) ? putText(p, "-")
                                              : putFixed(p, record.responseTimeMs / 1000.0, 3);
    if (m_withLabels) {
        p = putText(p, " anomaly=");
        p = record.isAnomaly ? putText(p, record.anomalyType) : putText(p, "-");
        p = putText(p, " score=");
        p = putFixed(p, record.anomalyScore, 2);
        p = putText(p, " episode=");
        p = record.episodeId == 0 ? putText(p, "-") : putInt(p, record.episodeId);
    }
    *p++ = '\n';
    out.commit(p);
}

} // namespace logscope::core
