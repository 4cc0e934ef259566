#include "core/formats/json_record.h"

#include "core/formats/json_field_names.h"
#include "core/time/timestamp_parser.h"
#include "core/util/json_escape.h"

#include <array>
#include <charconv>
#include <cmath>

namespace logscope::core {
namespace {

using json_fields::classify;
using json_fields::Field;
using json_fields::Key;
using json_fields::kPriorityPriority;
using simdjson::dom::element;
using simdjson::dom::element_type;

bool readNumber(element value, double& out) noexcept {
    switch (value.type()) {
    case element_type::INT64:
        out = static_cast<double>(value.get_int64().value_unsafe());
        return true;
    case element_type::UINT64:
        out = static_cast<double>(value.get_uint64().value_unsafe());
        return true;
    case element_type::DOUBLE:
        out = value.get_double().value_unsafe();
        return true;
    case element_type::STRING: {
        const std::string_view s = value.get_string().value_unsafe();
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return !s.empty() && ec == std::errc() && end == s.data() + s.size() && std::isfinite(out);
    }
    default:
        return false;
    }
}

// Syslog severities (0-7) or pino/bunyan levels (10 trace .. 60 fatal).
Level levelFromNumber(double n, bool syslogScale) noexcept {
    // Range first: converting a double outside int's range is undefined behaviour.
    if (n >= 0 && n <= 7)
        return levelFromSyslogSeverity(static_cast<int>(n));
    if (syslogScale)
        return Level::Unknown;
    if (n <= 10)
        return Level::Trace;
    if (n <= 20)
        return Level::Debug;
    if (n <= 30)
        return Level::Info;
    if (n <= 40)
        return Level::Warning;
    if (n <= 50)
        return Level::Error;
    return Level::Critical;
}

// The number as it would be written: integers without a fraction, doubles shortest.
void appendNumber(std::string& out, element value) {
    char buffer[32];
    std::to_chars_result r{};
    switch (value.type()) {
    case element_type::INT64:
        r = std::to_chars(buffer, buffer + sizeof buffer, value.get_int64().value_unsafe());
        break;
    case element_type::UINT64:
        r = std::to_chars(buffer, buffer + sizeof buffer, value.get_uint64().value_unsafe());
        break;
    case element_type::DOUBLE:
        r = std::to_chars(buffer, buffer + sizeof buffer, value.get_double().value_unsafe());
        break;
    default:
        return;
    }
    out.append(buffer, r.ptr);
}

// A view of the same bytes inside the raw line when they occur there, so that the table can
// point into the input instead of copying.
std::string_view locate(std::string_view rawLine, std::string_view text) noexcept {
    if (text.empty())
        return text;
    const std::size_t at = rawLine.find(text);
    return at == std::string_view::npos ? text : rawLine.substr(at, text.size());
}

struct Seen {
    std::array<std::uint8_t, static_cast<std::size_t>(Field::Count)> best{};
    std::array<int, static_cast<std::size_t>(Field::Count)> winner{};
    std::string_view component;
    int componentIndex = -1;
    std::string_view server;
    int serverIndex = -1;
    element value;
    int valueIndex = -1;

    Seen() {
        best.fill(255);
        winner.fill(-1);
    }
};

} // namespace

void JsonRecordReader::read(simdjson::dom::object object, std::string_view rawLine, LogRow& row,
                            std::string* extra) {
    Seen seen;
    int index = -1;
    for (const auto field : object) {
        ++index;
        const Key key = classify(field.key);
        if (key.field == Field::Other)
            continue;
        const auto slot = static_cast<std::size_t>(key.field);
        if (key.priority >= seen.best[slot])
            continue;
        const element value = field.value;
        bool used = false;
        switch (key.field) {
        case Field::Time:
            if (value.is_string()) {
                ParsedTime t;
                used = parseTimestamp(value.get_string().value_unsafe(), t);
                if (used)
                    row.timestampNs = t.ns;
            } else if (double n = 0; readNumber(value, n)) {
                row.timestampNs = epochToNanos(n);
                used = true;
            }
            break;
        case Field::Level:
            if (value.is_string()) {
                const std::string_view text = value.get_string().value_unsafe();
                row.level = parseLevel(text);
                double n = 0;
                if (row.level == Level::Unknown && readNumber(value, n))
                    row.level = levelFromNumber(n, key.priority == kPriorityPriority);
            } else if (double n = 0; readNumber(value, n)) {
                row.level = levelFromNumber(n, key.priority == kPriorityPriority);
            }
            used = row.level != Level::Unknown;
            break;
        case Field::Service:
            if (value.is_string()) {
                row.service = value.get_string().value_unsafe();
                used = true;
                if (field.key == "component") {
                    seen.component = row.service;
                    seen.componentIndex = index;
                }
            }
            break;
        case Field::Source:
            if (value.is_string()) {
                row.source = value.get_string().value_unsafe();
                used = true;
            }
            break;
        case Field::Host:
            if (value.is_string()) {
                row.host = value.get_string().value_unsafe();
                used = true;
            }
            break;
        case Field::Server:
            if (value.is_string()) {
                seen.server = value.get_string().value_unsafe();
                seen.serverIndex = index;
                used = true;
            }
            break;
        case Field::Message:
            if (value.is_string()) {
                row.message = locate(rawLine, value.get_string().value_unsafe());
                used = true;
            } else if (value.is_array()) {
                // journald writes messages that are not valid UTF-8 as arrays of bytes.
                m_message.clear();
                const simdjson::dom::array bytes = value.get_array().value_unsafe();
                for (const element byte : bytes) {
                    double n = 0;
                    if (readNumber(byte, n) && n >= 0 && n < 256)
                        m_message.push_back(static_cast<char>(static_cast<unsigned char>(n)));
                }
                row.message = m_message;
                used = true;
            }
            break;
        case Field::Latency:
            if (double n = 0; readNumber(value, n) && n >= 0) {
                row.latencyMs = static_cast<float>(n);
                used = true;
            }
            break;
        case Field::Status:
            if (double n = 0; readNumber(value, n) && n >= 100 && n < 1000) {
                row.statusCode = static_cast<std::uint16_t>(n);
                used = true;
            }
            break;
        case Field::Labels:
            if (value.is_object()) {
                const simdjson::dom::object labels = value.get_object().value_unsafe();
                for (const auto label : labels) {
                    const element v = label.value;
                    if (label.key == "is_anomaly" && v.is_bool())
                        row.truth = v.get_bool().value_unsafe() ? Truth::Anomaly : Truth::Normal;
                    else if (label.key == "anomaly_type" && v.is_string())
                        row.anomalyType = v.get_string().value_unsafe();
                    else if (double score = 0; label.key == "anomaly_score" && readNumber(v, score))
                        row.anomalyScore = static_cast<float>(score);
                }
                used = true;
            }
            break;
        case Field::Flag:
            if (value.is_bool()) {
                row.truth = value.get_bool().value_unsafe() ? Truth::Anomaly : Truth::Normal;
                used = true;
            }
            break;
        case Field::Value:
            if (value.is_number()) {
                seen.value = value;
                seen.valueIndex = index;
                used = true;
            }
            break;
        case Field::Other:
        case Field::Count:
            break;
        }
        if (used) {
            seen.best[slot] = key.priority;
            seen.winner[slot] = index;
        }
    }

    // A metric record (seed 001): "CPU 95.3", named after the server it was measured on.
    const bool metric = row.message.empty() && seen.valueIndex >= 0;
    if (metric) {
        m_message.assign(seen.component.empty() ? std::string_view("value") : seen.component);
        m_message.push_back(' ');
        appendNumber(m_message, seen.value);
        row.message = m_message;
        if (!seen.server.empty())
            row.service = seen.server;
    }
    if (row.service.empty())
        row.service = !seen.server.empty() ? seen.server : row.source;
    if (row.host.empty())
        row.host = seen.server;

    if (extra == nullptr)
        return;
    const bool serverUsed = !seen.server.empty() && (row.service.data() == seen.server.data() ||
                                                     row.host.data() == seen.server.data());
    // The fields that got no column, in their original order.
    const std::size_t start = extra->size();
    index = -1;
    for (const auto field : object) {
        ++index;
        bool used = false;
        for (const int winner : seen.winner)
            used = used || winner == index;
        if (index == seen.serverIndex)
            used = serverUsed;
        if (metric)
            used = used || index == seen.componentIndex;
        else if (index == seen.valueIndex)
            used = false;
        if (used)
            continue;
        *extra += extra->size() == start ? '{' : ',';
        appendJsonString(*extra, field.key);
        *extra += ':';
        *extra += simdjson::minify(field.value);
    }
    if (extra->size() != start)
        *extra += '}';
}

std::string sanitizeUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    const auto byte = [&text](std::size_t i) {
        return static_cast<unsigned char>(text[i]);
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = byte(i);
        std::size_t length = c < 0x80           ? 1
                             : (c >> 5) == 0x6  ? 2
                             : (c >> 4) == 0xE  ? 3
                             : (c >> 3) == 0x1E ? 4
                                                : 0;
        bool valid =
            length > 0 && i + length <= text.size() && !(c == 0xC0 || c == 0xC1) && c <= 0xF4;
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (byte(i + k) & 0xC0) == 0x80;
        if (valid && length == 3) {
            const unsigned second = byte(i + 1);
            valid = !(c == 0xE0 && second < 0xA0) && !(c == 0xED && second >= 0xA0);
        } else if (valid && length == 4) {
            const unsigned second = byte(i + 1);
            valid = !(c == 0xF0 && second < 0x90) && !(c == 0xF4 && second >= 0x90);
        }
        if (valid) {
            out.append(text.substr(i, length));
            i += length;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

} // namespace logscope::core
