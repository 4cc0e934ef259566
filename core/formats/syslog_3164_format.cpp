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
    std::string_view host;
    std::string_view tag;
    std::string_view pid;
    std::string_view message;
};

// "sshd[123]:" / "sshd(pam_unix)[19939]:" / "kernel:" -> tag and pid; false if word is no tag.
bool readTag(std::string_view word, std::string_view& tag, std::string_view& pid) {
    if (word.size() < 2 || word.back() != ':')
        return false;
    word.remove_suffix(1);
    if (word.back() == ']') {
        const std::size_t open = word.rfind('[');
        if (open == std::string_view::npos || open == 0)
            return false;
        pid = word.substr(open + 1, word.size() - open - 2);
        word = word.substr(0, open);
    }
    tag = word;
    return !tag.empty();
}

bool split(std::string_view line, Parts& p) {
    std::string_view s = scan::trimmed(line);
    p.priority = readSyslogPriority(s);
    if (!parseTimestampPrefix(s, p.time))
        return false;
    // Syslog's own time, or RFC 3339 with a `T` (rsyslog's precise form); not every timestamp.
    if (!p.time.yearless && !(p.time.length > 10 && (s[10] == 'T' || s[10] == 't')))
        return false;
    s = s.substr(p.time.length);
    if (s.empty() || !scan::isBlank(s.front()))
        return false;
    s = scan::skipBlanks(s);
    std::string_view rest = s;
    const std::string_view first = scan::token(rest);
    if (first.empty())
        return false;
    // The host may be missing ("Jun 14 15:16:01 sshd[1]: ..."): then the first word is the tag.
    if (readTag(first, p.tag, p.pid)) {
        p.message = rest;
        return true;
    }
    p.host = first;
    std::string_view afterTag = rest;
    const std::string_view second = scan::token(afterTag);
    if (readTag(second, p.tag, p.pid))
        rest = afterTag;
    p.message = scan::trimmed(rest);
    return true;
}

class Syslog3164Parser : public LineParser {
public:
    LineStatus parse(std::string_view line, std::size_t /*readable*/, LogRow& row,
                     std::string& error) override {
        Parts p;
        if (!split(line, p)) {
            error = QT_TRANSLATE_NOOP("LoadProblems",
                                      "not a syslog line (`Mmm dd HH:MM:SS host tag: message`)");
            return LineStatus::Bad;
        }
        row.timestampNs = p.time.ns;
        if (p.priority >= 0)
            row.level = levelFromSyslogSeverity(p.priority % 8);
        row.host = p.host;
        row.service = p.tag;
        row.message = p.message;
        return p.time.yearless ? LineStatus::Yearless : LineStatus::Ok;
    }
};

class Syslog3164Decoder : public RecordDecoder {
public:
    [[nodiscard]] std::string extraFields(std::string_view rawLine) const override {
        Parts p;
        if (!split(rawLine, p) || (p.pid.empty() && p.priority < 0))
            return {};
        std::string out = "{";
        if (!p.pid.empty()) {
            out += "\"pid\":";
            appendJsonString(out, p.pid);
        }
        if (p.priority >= 0) {
            if (out.size() > 1)
                out += ',';
            out += "\"facility\":" + std::to_string(p.priority / 8);
        }
        out += '}';
        return out;
    }
};

} // namespace

int readSyslogPriority(std::string_view& s) noexcept {
    if (s.size() < 3 || s.front() != '<')
        return -1;
    int value = 0;
    std::size_t i = 1;
    for (; i < s.size() && i <= 4 && s[i] >= '0' && s[i] <= '9'; ++i)
        value = value * 10 + (s[i] - '0');
    if (i == 1 || i > 4 || i >= s.size() || s[i] != '>' || value > 191)
        return -1;
    s.remove_prefix(i + 1);
    return value;
}

std::string Syslog3164Format::description() const {
    return "BSD syslog (RFC 3164): `[<PRI>]Mmm dd HH:MM:SS host tag[pid]: message`";
}

std::unique_ptr<LineParser> Syslog3164Format::createParser() const {
    return std::make_unique<Syslog3164Parser>();
}

std::shared_ptr<const RecordDecoder> Syslog3164Format::decoder() const {
    static const auto shared = std::make_shared<const Syslog3164Decoder>();
    return shared;
}

double Syslog3164Format::lineScore(LineParser& parser, std::string_view line) const {
    LogRow row;
    std::string error;
    if (parser.parse(line, line.size(), row, error) == LineStatus::Bad)
        return 0.0;
    return row.service.empty() ? 0.8 : 1.0;
}

} // namespace logscope::core
