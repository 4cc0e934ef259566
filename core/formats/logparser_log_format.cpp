#include "core/formats/logparser_log_format.h"

#include "core/formats/load_report.h"
#include "core/formats/text_scan.h"
#include "core/time/timestamp_parser.h"
#include "core/util/json_escape.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <cctype>

namespace logscope::core {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LoadProblems)
};

using Role = LogparserLogFormat::Role;

Role roleOf(std::string_view name) {
    std::string key;
    for (const char c : name) {
        if (c != '_')
            key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    if (key == "month" || key == "date" || key == "day" || key == "time" || key == "year")
        return Role::TimePiece;
    if (key == "timestamp" || key == "datetime")
        return Role::TimeWhole;
    if (key == "level" || key == "severity" || key == "loglevel")
        return Role::Level;
    if (key == "component" || key == "service" || key == "app" || key == "application" ||
        key == "program" || key == "logger")
        return Role::Service;
    if (key == "source")
        return Role::Source;
    if (key == "host" || key == "hostname" || key == "node")
        return Role::Host;
    if (key == "content")
        return Role::Content;
    if (key == "label")
        return Role::Label;
    if (key == "status" || key == "statuscode")
        return Role::Status;
    if (key == "latency" || key == "responsetime" || key == "duration")
        return Role::Latency;
    return Role::Other;
}

bool isTimeField(const std::string& name) {
    return name.size() == 4 && std::tolower(static_cast<unsigned char>(name[0])) == 't' &&
           std::tolower(static_cast<unsigned char>(name[1])) == 'i' &&
           std::tolower(static_cast<unsigned char>(name[2])) == 'm' &&
           std::tolower(static_cast<unsigned char>(name[3])) == 'e';
}

// Reads the time from the matched fields: the pieces joined, else Time alone, else each whole
// timestamp field, else each piece alone.
bool readTime(const LogparserFormat& format, const std::vector<Role>& roles,
              const std::vector<std::string_view>& values, std::string& joined, ParsedTime& t) {
    joined.clear();
    int pieces = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (roles[i] == Role::TimePiece && !values[i].empty()) {
            if (!joined.empty())
                joined.push_back(' ');
            joined.append(values[i]);
            ++pieces;
        }
    }
    if (pieces > 0 && parseTimestamp(joined, t))
        return true;
    const auto& names = format.fieldNames();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (roles[i] == Role::TimePiece && pieces > 1 && isTimeField(names[i]) &&
            parseTimestamp(values[i], t))
            return true;
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (roles[i] == Role::TimeWhole && parseTimestamp(values[i], t))
            return true;
    }
    for (std::size_t i = 0; pieces > 1 && i < values.size(); ++i) {
        if (roles[i] == Role::TimePiece && parseTimestamp(values[i], t))
            return true;
    }
    return false;
}

class LogparserLineParser : public LineParser {
public:
    LogparserLineParser(std::shared_ptr<const LogparserFormat> format, std::vector<Role> roles)
        : m_format(format), m_matcher(std::move(format)), m_roles(std::move(roles)) {}

    LineStatus parse(std::string_view line, std::size_t /*readable*/, LogRow& row,
                     std::string& error) override {
        // Each match is capped (PCRE2 limits), but a regex-hostile format would still spend
        // the cap on every line: once it has given up on most lines, it is not tried again.
        constexpr std::uint64_t kGiveUpAfter = 100;
        // Only the first bad lines of a chunk are listed: their reasons are in the UI language;
        // the rest stay English, so a file that does not fit is not slowed down translating.
        const bool listed = m_bad < LoadReport::kMaxListedBadLines;
        if (m_gaveUp >= kGiveUpAfter && m_gaveUp * 2 > m_tried) {
            ++m_bad;
            error = listed ? toUtf8(Tr::tr("not tried: the format gave up on %1 of %2 lines (its "
                                           "pattern backtracks too much; simplify it)")
                                        .arg(m_gaveUp)
                                        .arg(m_tried))
                           : "not tried: the format gave up on " + std::to_string(m_gaveUp) +
                                 " of " + std::to_string(m_tried) +
                                 " lines (its pattern backtracks too much; simplify it)";
            return LineStatus::Bad;
        }
        ++m_tried;
        if (!m_matcher.match(line, m_values)) {
            ++m_bad;
            if (m_matcher.gaveUp()) {
                ++m_gaveUp;
                error = listed ? toUtf8(Tr::tr("the format '%1' gave up on this line (its "
                                               "pattern backtracks too much)")
                                            .arg(fromUtf8(m_format->source())))
                               : "the format '" + m_format->source() +
                                     "' gave up on this line (its pattern backtracks too much)";
            } else {
                error = listed ? toUtf8(Tr::tr("does not match the format '%1'")
                                            .arg(fromUtf8(m_format->source())))
                               : "does not match the format '" + m_format->source() + "'";
            }
            return LineStatus::Bad;
        }
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            const std::string_view value = scan::trimmed(m_values[i]);
            switch (m_roles[i]) {
            case Role::Level:
                if (row.level == Level::Unknown)
                    row.level = parseLevel(value);
                break;
            case Role::Service:
                if (row.service.empty())
                    row.service = value;
                break;
            case Role::Source:
                row.source = value;
                break;
            case Role::Host:
                if (row.host.empty())
                    row.host = value;
                break;
            case Role::Content:
                row.message = m_values[i];
                break;
            case Role::Label:
                row.truth = value == "-" ? Truth::Normal : Truth::Anomaly;
                if (value != "-")
                    row.anomalyType = value;
                break;
            case Role::Status:
                if (std::uint64_t n = 0; scan::readUnsigned(value, n) && n >= 100 && n < 1000)
                    row.statusCode = static_cast<std::uint16_t>(n);
                break;
            case Role::Latency:
                if (double ms = 0; scan::readDouble(value, ms) && ms >= 0)
                    row.latencyMs = static_cast<float>(ms);
                break;
            case Role::TimePiece:
            case Role::TimeWhole:
            case Role::Other:
                break;
            }
        }
        ParsedTime t;
        if (!readTime(*m_format, m_roles, m_values, m_joined, t))
            return LineStatus::Ok;
        row.timestampNs = t.ns;
        return t.yearless ? LineStatus::Yearless : LineStatus::Ok;
    }

private:
    std::shared_ptr<const LogparserFormat> m_format;
    LogparserFormat::Matcher m_matcher;
    std::vector<Role> m_roles;
    std::vector<std::string_view> m_values;
    std::uint64_t m_tried = 0;  // lines matched against the pattern
    std::uint64_t m_gaveUp = 0; // ... on which it hit its backtracking limits
    std::uint64_t m_bad = 0;    // lines it could not read
    std::string m_joined;
};

class LogparserDecoder : public RecordDecoder {
public:
    LogparserDecoder(std::shared_ptr<const LogparserFormat> format, std::vector<Role> roles)
        : m_format(std::move(format)), m_roles(std::move(roles)) {}

    [[nodiscard]] std::string extraFields(std::string_view rawLine) const override {
        // A matcher per thread, kept for the format last used: the log view asks row by row.
        thread_local std::shared_ptr<const LogparserFormat> cachedFormat;
        thread_local std::unique_ptr<LogparserFormat::Matcher> matcher;
        thread_local std::vector<std::string_view> values;
        if (cachedFormat != m_format) {
            matcher = std::make_unique<LogparserFormat::Matcher>(m_format);
            cachedFormat = m_format;
        }
        if (!matcher->match(rawLine, values))
            return {};
        std::string out = "{";
        const auto& names = m_format->fieldNames();
        for (std::size_t i = 0; i < values.size(); ++i) {
            const std::string_view value = scan::trimmed(values[i]);
            const bool unread = m_roles[i] == Role::Level && parseLevel(value) == Level::Unknown;
            if ((m_roles[i] != Role::Other && !unread) || value.empty())
                continue;
            if (out.size() > 1)
                out += ',';
            appendJsonString(out, names[i]);
            out += ':';
            appendJsonString(out, value);
        }
        out += '}';
        return out.size() > 2 ? out : std::string();
    }

private:
    std::shared_ptr<const LogparserFormat> m_format;
    std::vector<Role> m_roles;
};

} // namespace

LogparserLogFormat::LogparserLogFormat(std::shared_ptr<const LogparserFormat> format,
                                       std::string name)
    : m_format(std::move(format)), m_name(std::move(name)) {
    for (const std::string& field : m_format->fieldNames())
        m_roles.push_back(roleOf(field));
    m_decoder = std::make_shared<const LogparserDecoder>(m_format, m_roles);
}

std::string LogparserLogFormat::name() const {
    return m_name.empty() ? m_format->source() : m_name;
}

std::string LogparserLogFormat::description() const {
    return "user format '" + m_format->source() + "'";
}

std::unique_ptr<LineParser> LogparserLogFormat::createParser() const {
    return std::make_unique<LogparserLineParser>(m_format, m_roles);
}

std::shared_ptr<const RecordDecoder> LogparserLogFormat::decoder() const {
    return m_decoder;
}

} // namespace logscope::core
