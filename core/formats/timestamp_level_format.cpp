#include "core/formats/timestamp_level_format.h"

#include "core/formats/text_scan.h"
#include "core/time/timestamp_parser.h"
#include "core/util/json_escape.h"

#include <QtGlobal>

namespace logscope::core {
namespace {

struct Parts {
    ParsedTime time;
    bool timed = false;
    Level level = Level::Unknown;
    std::string_view token; // a pid or thread between timestamp and level
    bool tokenBracketed = false;
    std::string_view message;
};

// The level word at the start of s ("INFO", "[ERROR   ]", "warn:"), consuming it.
Level levelWord(std::string_view& s) {
    std::string_view rest = s;
    std::string_view word;
    if (!scan::enclosed(rest, '[', ']', word)) {
        std::size_t i = 0;
        while (i < rest.size() && !scan::isBlank(rest[i]) && rest[i] != ':')
            ++i;
        word = rest.substr(0, i);
        rest = rest.substr(i);
    }
    word = scan::trimmed(word);
    // Apache 2.4 names the module too: [core:error]. (Unbracketed words stop at a colon.)
    if (const std::size_t colon = word.rfind(':'); colon != std::string_view::npos)
        word = word.substr(colon + 1);
    const Level level = parseLevel(word);
    if (level != Level::Unknown) {
        if (!rest.empty() && rest.front() == ':')
            rest.remove_prefix(1);
        s = scan::skipBlanks(rest);
    }
    return level;
}

// "- " or "| " between fields.
std::string_view skipSeparator(std::string_view s) {
    if (s.size() >= 2 && (s[0] == '-' || s[0] == '|') && scan::isBlank(s[1]))
        return scan::skipBlanks(s.substr(2));
    return s;
}

bool split(std::string_view line, Parts& parts, bool lenient) {
    std::string_view s = scan::trimmed(line);
    std::string_view inner;
    std::string_view afterBracket = s;
    if (scan::enclosed(afterBracket, '[', ']', inner) && parseTimestamp(inner, parts.time)) {
        parts.timed = true;
        s = afterBracket;
    } else if (parseTimestampPrefix(s, parts.time)) {
        parts.timed = true;
        s = s.substr(parts.time.length);
    }
    if (!parts.timed && !lenient)
        return false;
    if (parts.timed) {
        if (!s.empty() && !scan::isBlank(s.front()) && s.front() != '[' && s.front() != ':')
            return lenient ? (parts.timed = false, parts.message = scan::trimmed(line), true)
                           : false;
        if (!s.empty() && s.front() == ':')
            s.remove_prefix(1);
    }
    s = skipSeparator(scan::skipBlanks(s));
    const std::string_view beforeLevel = s;
    parts.level = levelWord(s);
    if (parts.level == Level::Unknown) {
        // One pid or [thread] may come first.
        std::string_view rest = s;
        std::string_view word;
        if (scan::enclosed(rest, '[', ']', word)) {
            parts.tokenBracketed = true;
        } else {
            word = scan::token(rest);
            if (!scan::allDigits(word))
                word = {};
        }
        rest = skipSeparator(scan::skipBlanks(rest));
        if (!word.empty() && (parts.level = levelWord(rest)) != Level::Unknown) {
            parts.token = word;
            s = rest;
        } else {
            parts.tokenBracketed = false;
            s = beforeLevel;
        }
    }
    if (parts.level == Level::Unknown && !lenient)
        return false;
    parts.message = scan::trimmed(skipSeparator(s));
    return true;
}

class TimestampLevelParser : public LineParser {
public:
    explicit TimestampLevelParser(bool lenient) : m_lenient(lenient) {}
    LineStatus parse(std::string_view line, std::size_t /*readable*/, LogRow& row,
                     std::string& error) override {
        Parts parts;
        if (!split(line, parts, m_lenient)) {
            error = parts.timed ? QT_TRANSLATE_NOOP("LoadProblems",
                                                    "no level (INFO, WARN, ERROR, ...) after the "
                                                    "timestamp")
                                : QT_TRANSLATE_NOOP("LoadProblems",
                                                    "no timestamp at the start of the line");
            return LineStatus::Bad;
        }
        row.level = parts.level;
        row.message = parts.message;
        if (!parts.timed)
            return LineStatus::Ok;
        row.timestampNs = parts.time.ns;
        return parts.time.yearless ? LineStatus::Yearless : LineStatus::Ok;
    }

private:
    bool m_lenient;
};

class TimestampLevelDecoder : public RecordDecoder {
public:
    [[nodiscard]] std::string extraFields(std::string_view rawLine) const override {
        Parts parts;
        if (!split(rawLine, parts, true) || parts.token.empty())
            return {};
        std::string out = parts.tokenBracketed ? "{\"thread\":" : "{\"pid\":";
        appendJsonString(out, parts.token);
        out += '}';
        return out;
    }
};

} // namespace

std::string TimestampLevelFormat::name() const {
    return m_lenient ? "plain" : "timestamp-level";
}

std::string TimestampLevelFormat::description() const {
    return m_lenient ? "any text: one message per line, with a leading time and level if present"
                     : "`timestamp LEVEL message` lines (any common timestamp form)";
}

std::unique_ptr<LineParser> TimestampLevelFormat::createParser() const {
    return std::make_unique<TimestampLevelParser>(m_lenient);
}

std::shared_ptr<const RecordDecoder> TimestampLevelFormat::decoder() const {
    static const auto shared = std::make_shared<const TimestampLevelDecoder>();
    return shared;
}

double TimestampLevelFormat::lineScore(LineParser& parser, std::string_view line) const {
    LogRow row;
    std::string error;
    if (parser.parse(line, line.size(), row, error) == LineStatus::Bad)
        return 0.0;
    return m_lenient ? 0.1 : 1.0;
}

} // namespace logscope::core
