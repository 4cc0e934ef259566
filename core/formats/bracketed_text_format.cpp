#include "core/formats/bracketed_text_format.h"

#include "core/formats/text_scan.h"
#include "core/time/timestamp_parser.h"
#include "core/util/json_escape.h"

#include <QtGlobal>

namespace logscope::core {
namespace {

struct Parts {
    std::string_view time;
    std::string_view level;
    std::string_view origin; // source/service
    std::string_view requestId;
    std::string_view message;
    std::string_view latency; // "3500.50"
    std::string_view status;  // "502"
    std::string_view label;   // "service_outage:0.85"
};

// Takes " [text]" from the front of s.
bool bracket(std::string_view& s, std::string_view& inner) {
    s = scan::skipBlanks(s);
    return scan::enclosed(s, '[', ']', inner);
}

// Takes " [text]" (or " (text)") from the end of s when it is there.
bool trailing(std::string_view& s, char open, char close, std::string_view& inner) {
    if (s.empty() || s.back() != close)
        return false;
    const std::size_t start = s.rfind(open);
    if (start == std::string_view::npos || start == 0 || !scan::isBlank(s[start - 1]))
        return false;
    inner = s.substr(start + 1, s.size() - start - 2);
    s = scan::trimmed(s.substr(0, start));
    return true;
}

bool split(std::string_view line, Parts& p) {
    std::string_view s = scan::trimmed(line);
    if (!bracket(s, p.time) || !bracket(s, p.level) || !bracket(s, p.origin))
        return false;
    // The request id is a bracketed word with no spaces, followed by the message.
    std::string_view rest = s;
    std::string_view id;
    if (bracket(rest, id) && !id.empty() && id.find(' ') == std::string_view::npos) {
        p.requestId = id;
        s = rest;
    }
    s = scan::trimmed(s);
    std::string_view inner;
    std::string_view probe = s;
    if (trailing(probe, '[', ']', inner) && inner.starts_with("ANOMALY:")) {
        p.label = inner.substr(8);
        s = probe;
    }
    probe = s;
    if (trailing(probe, '[', ']', inner) && inner.size() == 3 && scan::allDigits(inner)) {
        p.status = inner;
        s = probe;
    }
    probe = s;
    if (trailing(probe, '(', ')', inner) && inner.ends_with("ms")) {
        double ms = 0;
        if (scan::readDouble(inner.substr(0, inner.size() - 2), ms)) {
            p.latency = inner.substr(0, inner.size() - 2);
            s = probe;
        }
    }
    p.message = s;
    return true;
}

class BracketedTextParser : public LineParser {
public:
    LineStatus parse(std::string_view line, std::size_t /*readable*/, LogRow& row,
                     std::string& error) override {
        Parts p;
        if (!split(line, p)) {
            error =
                QT_TRANSLATE_NOOP("LoadProblems", "not `[time] [LEVEL] [source/service] message`");
            return LineStatus::Bad;
        }
        ParsedTime t;
        if (parseTimestamp(p.time, t))
            row.timestampNs = t.ns;
        row.level = parseLevel(scan::trimmed(p.level));
        const std::string_view origin = scan::trimmed(p.origin);
        if (const std::size_t slash = origin.find('/'); slash != std::string_view::npos) {
            row.source = origin.substr(0, slash);
            row.service = origin.substr(slash + 1);
        } else {
            row.service = origin;
        }
        row.message = p.message;
        if (double ms = 0; scan::readDouble(p.latency, ms))
            row.latencyMs = static_cast<float>(ms);
        if (std::uint64_t status = 0; scan::readUnsigned(p.status, status))
            row.statusCode = static_cast<std::uint16_t>(status);
        if (!p.label.empty()) {
            row.truth = Truth::Anomaly;
            const std::size_t colon = p.label.rfind(':');
            double score = 0;
            if (colon != std::string_view::npos &&
                scan::readDouble(p.label.substr(colon + 1), score)) {
                row.anomalyType = p.label.substr(0, colon);
                row.anomalyScore = static_cast<float>(score);
            } else {
                row.anomalyType = p.label;
            }
        }
        return t.yearless ? LineStatus::Yearless : LineStatus::Ok;
    }
};

class BracketedTextDecoder : public RecordDecoder {
public:
    [[nodiscard]] std::string extraFields(std::string_view rawLine) const override {
        Parts p;
        if (!split(rawLine, p) || p.requestId.empty())
            return {};
        std::string out = "{\"request_id\":";
        appendJsonString(out, p.requestId);
        out += '}';
        return out;
    }
};

} // namespace

std::string BracketedTextFormat::description() const {
    return "seed 002's text lines: `[time] [LEVEL] [source/service] [id] message (ms) [status] "
           "[ANOMALY:type:score]`";
}

std::unique_ptr<LineParser> BracketedTextFormat::createParser() const {
    return std::make_unique<BracketedTextParser>();
}

std::shared_ptr<const RecordDecoder> BracketedTextFormat::decoder() const {
    static const auto shared = std::make_shared<const BracketedTextDecoder>();
    return shared;
}

double BracketedTextFormat::lineScore(LineParser& parser, std::string_view line) const {
    LogRow row;
    std::string error;
    if (parser.parse(line, line.size(), row, error) == LineStatus::Bad)
        return 0.0;
    // Three bracketed fields are common; the time, a level and a source/service make it this one.
    const bool shaped = row.timestampNs != kNoTimestamp && row.level != Level::Unknown;
    return shaped ? (row.source.empty() ? 0.9 : 1.0) : 0.3;
}

} // namespace logscope::core
