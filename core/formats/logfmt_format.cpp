#include "core/formats/logfmt_format.h"

#include "core/formats/text_scan.h"
#include "core/time/timestamp_parser.h"
#include "core/util/json_escape.h"

#include <QtGlobal>
#include <vector>

namespace logscope::core {
namespace {

enum class Column {
    Other,
    Time,
    Level,
    Message,
    Service,
    Source,
    Host,
    Status,
    LatencyMs,
    Duration
};

Column classify(std::string_view key) noexcept {
    if (key == "time" || key == "ts" || key == "timestamp" || key == "t" || key == "@timestamp")
        return Column::Time;
    if (key == "level" || key == "lvl" || key == "severity" || key == "loglevel")
        return Column::Level;
    if (key == "msg" || key == "message")
        return Column::Message;
    if (key == "service" || key == "app" || key == "component" || key == "logger" ||
        key == "application")
        return Column::Service;
    if (key == "source")
        return Column::Source;
    if (key == "host" || key == "hostname")
        return Column::Host;
    if (key == "status" || key == "status_code")
        return Column::Status;
    if (key == "latency_ms" || key == "duration_ms" || key == "response_time_ms" ||
        key == "elapsed_ms")
        return Column::LatencyMs;
    if (key == "duration" || key == "latency" || key == "elapsed" || key == "took")
        return Column::Duration;
    return Column::Other;
}

struct Pair {
    std::string_view key;
    std::string_view value; // raw: quoted values keep their escapes
    bool quoted = false;
};

// Splits the line into pairs; false when a word is not key=value.
bool pairs(std::string_view line, std::vector<Pair>& out) {
    out.clear();
    std::string_view s = scan::trimmed(line);
    while (!s.empty()) {
        std::size_t i = 0;
        while (i < s.size() && s[i] != '=' && !scan::isBlank(s[i]) && s[i] != '"')
            ++i;
        if (i == 0 || i >= s.size() || s[i] != '=')
            return false;
        Pair pair;
        pair.key = s.substr(0, i);
        s = s.substr(i + 1);
        if (!s.empty() && s.front() == '"') {
            std::size_t end = 1;
            while (end < s.size() && s[end] != '"')
                end += s[end] == '\\' ? 2 : 1;
            if (end >= s.size())
                return false;
            pair.value = s.substr(1, end - 1);
            pair.quoted = true;
            s = s.substr(end + 1);
            if (!s.empty() && !scan::isBlank(s.front()))
                return false;
        } else {
            std::size_t end = 0;
            while (end < s.size() && !scan::isBlank(s[end]))
                ++end;
            pair.value = s.substr(0, end);
            s = s.substr(end);
        }
        s = scan::skipBlanks(s);
        out.push_back(pair);
    }
    return !out.empty();
}

// The value with \" \\ \n \t undone (only quoted values have escapes).
std::string_view unescape(const Pair& pair, std::string& scratch) {
    if (!pair.quoted || pair.value.find('\\') == std::string_view::npos)
        return pair.value;
    scratch.clear();
    for (std::size_t i = 0; i < pair.value.size(); ++i) {
        char c = pair.value[i];
        if (c == '\\' && i + 1 < pair.value.size()) {
            c = pair.value[++i];
            c = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c;
        }
        scratch.push_back(c);
    }
    return scratch;
}

// Go durations ("1.5s", "250ms", "12µs", "1m2s") and bare numbers (milliseconds).
bool durationMs(std::string_view text, double& ms) {
    if (scan::readDouble(text, ms))
        return ms >= 0;
    ms = 0;
    while (!text.empty()) {
        std::size_t i = 0;
        while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.'))
            ++i;
        double value = 0;
        if (!scan::readDouble(text.substr(0, i), value))
            return false;
        text = text.substr(i);
        std::size_t unit = 0;
        while (unit < text.size() && !(text[unit] >= '0' && text[unit] <= '9'))
            ++unit;
        const std::string_view name = text.substr(0, unit);
        text = text.substr(unit);
        if (name == "h")
            ms += value * 3'600'000;
        else if (name == "m")
            ms += value * 60'000;
        else if (name == "s")
            ms += value * 1000;
        else if (name == "ms")
            ms += value;
        else if (name == "us" || name == "\xC2\xB5s" || name == "\xCE\xBCs")
            ms += value / 1000;
        else if (name == "ns")
            ms += value / 1e6;
        else
            return false;
    }
    return true;
}

class LogfmtParser : public LineParser {
public:
    LineStatus parse(std::string_view line, std::size_t /*readable*/, LogRow& row,
                     std::string& error) override {
        if (!pairs(line, m_pairs)) {
            error =
                QT_TRANSLATE_NOOP("LoadProblems", "not logfmt (`key=value key=\"quoted value\"`)");
            return LineStatus::Bad;
        }
        LineStatus status = LineStatus::Ok;
        for (const Pair& pair : m_pairs) {
            switch (classify(pair.key)) {
            case Column::Time:
                if (ParsedTime t;
                    row.timestampNs == kNoTimestamp && parseTimestamp(pair.value, t)) {
                    row.timestampNs = t.ns;
                    status = t.yearless ? LineStatus::Yearless : LineStatus::Ok;
                }
                break;
            case Column::Level:
                row.level = parseLevel(pair.value);
                break;
            case Column::Message:
                row.message = unescape(pair, m_message);
                break;
            case Column::Service:
                if (row.service.empty())
                    row.service = unescape(pair, m_service);
                break;
            case Column::Source:
                row.source = pair.value;
                break;
            case Column::Host:
                row.host = pair.value;
                break;
            case Column::Status:
                if (std::uint64_t n = 0; scan::readUnsigned(pair.value, n) && n >= 100 && n < 1000)
                    row.statusCode = static_cast<std::uint16_t>(n);
                break;
            case Column::LatencyMs:
            case Column::Duration:
                if (double ms = 0; durationMs(pair.value, ms))
                    row.latencyMs = static_cast<float>(ms);
                break;
            case Column::Other:
                break;
            }
        }
        if (row.service.empty())
            row.service = row.source;
        return status;
    }

private:
    std::vector<Pair> m_pairs;
    std::string m_message;
    std::string m_service;
};

class LogfmtDecoder : public RecordDecoder {
public:
    [[nodiscard]] std::string extraFields(std::string_view rawLine) const override {
        std::vector<Pair> list;
        if (!pairs(rawLine, list))
            return {};
        std::string out = "{";
        std::string scratch;
        for (const Pair& pair : list) {
            if (classify(pair.key) != Column::Other)
                continue;
            if (out.size() > 1)
                out += ',';
            appendJsonString(out, pair.key);
            out += ':';
            appendJsonString(out, unescape(pair, scratch));
        }
        out += '}';
        return out.size() > 2 ? out : std::string();
    }
};

} // namespace

std::string LogfmtFormat::description() const {
    return "logfmt: `key=value` pairs (`time=... level=info msg=\"...\"`)";
}

std::unique_ptr<LineParser> LogfmtFormat::createParser() const {
    return std::make_unique<LogfmtParser>();
}

std::shared_ptr<const RecordDecoder> LogfmtFormat::decoder() const {
    static const auto shared = std::make_shared<const LogfmtDecoder>();
    return shared;
}

double LogfmtFormat::lineScore(LineParser& parser, std::string_view line) const {
    LogRow row;
    std::string error;
    if (parser.parse(line, line.size(), row, error) == LineStatus::Bad)
        return 0.0;
    const bool timed = row.timestampNs != kNoTimestamp;
    if (timed && (row.level != Level::Unknown || !row.message.empty()))
        return 1.0;
    return timed || row.level != Level::Unknown || !row.message.empty() ? 0.7 : 0.3;
}

} // namespace logscope::core
