#include "core/formats/syslog_format.h"
#include "core/formats/text_scan.h"
#include "core/time/timestamp_parser.h"
#include "core/util/json_escape.h"

#include <QtGlobal>

namespace logscope::core {
namespace {

struct Parts {
    int priority = -1;
    ParsedTime time;
    bool timed = false;
    std::string_view host;
    std::string_view app;
    std::string_view procId;
    std::string_view msgId;
    std::string_view structuredData;
    std::string_view message;
};

// "-" is RFC 5424's nil value.
std::string_view nil(std::string_view field) {
    return field == "-" ? std::string_view{} : field;
}

// `-` or one or more `[id key="value" ...]` elements, where values escape `"`, `\` and `]`.
bool structuredData(std::string_view& s, std::string_view& data) {
    if (s.starts_with('-')) {
        data = {};
        s.remove_prefix(1);
        return s.empty() || scan::isBlank(s.front());
    }
    std::size_t i = 0;
    while (i < s.size() && s[i] == '[') {
        bool quoted = false;
        for (++i; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '\\' && quoted) {
                ++i;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ']' && !quoted) {
                break;
            }
        }
        if (i >= s.size())
            return false;
        ++i;
    }
    if (i == 0)
        return false;
    data = s.substr(0, i);
    s = s.substr(i);
    return true;
}

bool split(std::string_view line, Parts& p) {
    std::string_view s = scan::trimmed(line);
    p.priority = readSyslogPriority(s);
    if (p.priority < 0)
        return false;
    const std::string_view version = scan::token(s);
    if (!scan::allDigits(version) || version.size() > 2)
        return false;
    const std::string_view time = scan::token(s);
    if (time != "-") {
        if (!parseTimestamp(time, p.time))
            return false;
        p.timed = true;
    }
    p.host = nil(scan::token(s));
    p.app = nil(scan::token(s));
    p.procId = nil(scan::token(s));
    p.msgId = nil(scan::token(s));
    if (s.empty() || !structuredData(s, p.structuredData))
        return false;
    std::string_view message = scan::skipBlanks(s);
    if (message.starts_with("\xEF\xBB\xBF")) // the BOM RFC 5424 puts before UTF-8 messages
        message.remove_prefix(3);
    p.message = scan::trimmed(message);
    return true;
}

class Syslog5424Parser : public LineParser {
public:
    LineStatus parse(std::string_view line, std::size_t /*readable*/, LogRow& row,
                     std::string& error) override {
        Parts p;
        if (!split(line, p)) {
            error = QT_TRANSLATE_NOOP("LoadProblems",
                                      "not an RFC 5424 syslog line (`<PRI>1 TIMESTAMP HOST APP "
                                      "PROCID MSGID SD message`)");
            return LineStatus::Bad;
        }
        if (p.timed)
            row.timestampNs = p.time.ns;
        row.level = levelFromSyslogSeverity(p.priority % 8);
        row.host = p.host;
        row.service = p.app;
        row.message = p.message;
        return LineStatus::Ok;
    }
};

class Syslog5424Decoder : public RecordDecoder {
public:
    [[nodiscard]] std::string extraFields(std::string_view rawLine) const override {
        Parts p;
        if (!split(rawLine, p))
            return {};
        std::string out = "{\"facility\":" + std::to_string(p.priority / 8);
        const auto add = [&out](std::string_view key, std::string_view value) {
            if (value.empty())
                return;
            out += ",\"";
            out += key;
            out += "\":";
            appendJsonString(out, value);
        };
        add("procid", p.procId);
        add("msgid", p.msgId);
        add("structured_data", p.structuredData);
        out += '}';
        return out;
    }
};

} // namespace

std::string Syslog5424Format::description() const {
    return "syslog (RFC 5424): `<PRI>1 TIMESTAMP HOST APP PROCID MSGID [SD] message`";
}

std::unique_ptr<LineParser> Syslog5424Format::createParser() const {
    return std::make_unique<Syslog5424Parser>();
}

std::shared_ptr<const RecordDecoder> Syslog5424Format::decoder() const {
    static const auto shared = std::make_shared<const Syslog5424Decoder>();
    return shared;
}

} // namespace logscope::core
