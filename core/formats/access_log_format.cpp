#include "core/formats/access_log_format.h"

#include "core/formats/text_scan.h"
#include "core/time/timestamp_parser.h"
#include "core/util/json_escape.h"

#include <QtGlobal>
#include <cstring>

namespace logscope::core {
namespace {

struct Parts {
    std::string_view vhost;
    std::string_view client;
    std::string_view ident;
    std::string_view user;
    std::string_view time;
    std::string_view request;
    std::string_view status;
    std::string_view bytes;
    std::string_view referer;
    std::string_view agent;
    std::string_view trailing;
};

// A double-quoted field at the front of s, where \" does not end it.
bool quoted(std::string_view& s, std::string_view& inner) {
    if (s.empty() || s.front() != '"')
        return false;
    std::size_t from = 1;
    for (;;) {
        const void* hit = std::memchr(s.data() + from, '"', s.size() - from);
        if (hit == nullptr)
            return false;
        const auto at = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data());
        std::size_t backslashes = 0;
        while (at - backslashes > 1 && s[at - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0) {
            inner = s.substr(1, at - 1);
            s = scan::skipBlanks(s.substr(at + 1));
            return true;
        }
        from = at + 1;
    }
}

bool split(std::string_view line, Parts& p) {
    std::string_view s = scan::trimmed(line);
    std::string_view words[4];
    int count = 0;
    while (count < 4 && !s.empty() && s.front() != '[')
        words[count++] = scan::token(s);
    if (count == 4) {
        p.vhost = words[0];
        p.client = words[1];
        p.ident = words[2];
        p.user = words[3];
    } else if (count == 3) {
        p.client = words[0];
        p.ident = words[1];
        p.user = words[2];
    } else {
        return false;
    }
    if (!scan::enclosed(s, '[', ']', p.time))
        return false;
    s = scan::skipBlanks(s);
    if (!quoted(s, p.request))
        return false;
    p.status = scan::token(s);
    if (p.status != "-" && (p.status.size() != 3 || !scan::allDigits(p.status)))
        return false;
    p.bytes = scan::token(s);
    if (p.bytes != "-" && !scan::allDigits(p.bytes))
        return false;
    if (quoted(s, p.referer))
        quoted(s, p.agent);
    p.trailing = scan::trimmed(s);
    return true;
}

// The request time among the trailing fields, in milliseconds; negative when there is none.
double latencyMs(std::string_view trailing) {
    while (!trailing.empty()) {
        std::string_view word = scan::token(trailing);
        if (!word.empty() && word.front() == '"')
            continue;
        double seconds = 0;
        for (const std::string_view key : {"rt=", "request_time=", "upstream_response_time="}) {
            if (word.starts_with(key) && scan::readDouble(word.substr(key.size()), seconds))
                return seconds * 1000.0;
        }
        if (scan::readDouble(word, seconds) && seconds >= 0)
            return word.find('.') != std::string_view::npos ? seconds * 1000.0 : seconds / 1000.0;
    }
    return -1.0;
}

class AccessLogParser : public LineParser {
public:
    LineStatus parse(std::string_view line, std::size_t /*readable*/, LogRow& row,
                     std::string& error) override {
        Parts p;
        if (!split(line, p)) {
            error = QT_TRANSLATE_NOOP(
                "LoadProblems",
                "not an access log line (`client - user [time] \"request\" status bytes`)");
            return LineStatus::Bad;
        }
        ParsedTime t;
        if (parseTimestamp(p.time, t))
            row.timestampNs = t.ns;
        row.message = p.request;
        if (std::uint64_t status = 0; scan::readUnsigned(p.status, status)) {
            row.statusCode = static_cast<std::uint16_t>(status);
            row.level = status >= 500 ? Level::Error : status >= 400 ? Level::Warning : Level::Info;
        }
        if (!p.vhost.empty())
            row.service = p.vhost.substr(0, p.vhost.rfind(':'));
        if (const double ms = latencyMs(p.trailing); ms >= 0)
            row.latencyMs = static_cast<float>(ms);
        return LineStatus::Ok;
    }
};

class AccessLogDecoder : public RecordDecoder {
public:
    [[nodiscard]] std::string extraFields(std::string_view rawLine) const override {
        Parts p;
        if (!split(rawLine, p))
            return {};
        std::string out = "{";
        const auto add = [&out](std::string_view key, std::string_view value) {
            if (value.empty() || value == "-")
                return;
            if (out.size() > 1)
                out += ',';
            out += '"';
            out += key;
            out += "\":";
            appendJsonString(out, value);
        };
        add("client", p.client);
        add("ident", p.ident);
        add("user", p.user);
        add("bytes", p.bytes);
        add("referer", p.referer);
        add("user_agent", p.agent);
        add("trailing", p.trailing);
        out += '}';
        return out.size() > 2 ? out : std::string();
    }
};

} // namespace

std::string AccessLogFormat::description() const {
    return "nginx/Apache access log, common or combined: `client - user [time] \"request\" "
           "status bytes \"referer\" \"agent\" [request time]`";
}

std::unique_ptr<LineParser> AccessLogFormat::createParser() const {
    return std::make_unique<AccessLogParser>();
}

std::shared_ptr<const RecordDecoder> AccessLogFormat::decoder() const {
    static const auto shared = std::make_shared<const AccessLogDecoder>();
    return shared;
}

} // namespace logscope::core
