#include "core/formats/format_registry.h"

#include "core/formats/access_log_format.h"
#include "core/formats/bracketed_text_format.h"
#include "core/formats/json_array_format.h"
#include "core/formats/json_lines_format.h"
#include "core/formats/logfmt_format.h"
#include "core/formats/logparser_log_format.h"
#include "core/formats/syslog_format.h"
#include "core/formats/timestamp_level_format.h"

#include <algorithm>
#include <cctype>

namespace logscope::core {
namespace {

struct Alias {
    std::string_view alias;
    std::string_view name;
};

constexpr Alias kAliases[] = {
    {"json", "json-lines"},        {"jsonl", "json-lines"},
    {"ndjson", "json-lines"},      {"journal", "journal-json"},
    {"journald", "journal-json"},  {"journalctl", "journal-json"},
    {"array", "json-array"},       {"text", "bracketed-text"},
    {"simple", "timestamp-level"}, {"syslog", "syslog-3164"},
    {"rfc3164", "syslog-3164"},    {"bsd-syslog", "syslog-3164"},
    {"rfc5424", "syslog-5424"},    {"access", "access-log"},
    {"nginx", "access-log"},       {"apache", "access-log"},
    {"combined", "access-log"},    {"common", "access-log"},
    {"clf", "access-log"},         {"raw", "plain"},
};

bool looksLikeFormatString(std::string_view spec) {
    const std::size_t open = spec.find('<');
    return open != std::string_view::npos && spec.find('>', open) != std::string_view::npos;
}

} // namespace

const std::vector<std::shared_ptr<const LogFormat>>& builtinFormats() {
    static const std::vector<std::shared_ptr<const LogFormat>> formats{
        std::make_shared<JsonLinesFormat>(true),
        std::make_shared<JsonLinesFormat>(false),
        std::make_shared<JsonArrayFormat>(),
        std::make_shared<BracketedTextFormat>(),
        std::make_shared<Syslog5424Format>(),
        std::make_shared<AccessLogFormat>(),
        std::make_shared<TimestampLevelFormat>(false),
        std::make_shared<Syslog3164Format>(),
        std::make_shared<LogfmtFormat>(),
        std::make_shared<TimestampLevelFormat>(true),
    };
    return formats;
}

std::shared_ptr<const LogFormat> plainFormat() {
    return builtinFormats().back();
}

std::shared_ptr<const LogFormat> findBuiltinFormat(std::string_view name) {
    std::string key;
    for (const char c : name)
        key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    for (const Alias& alias : kAliases) {
        if (alias.alias == key)
            key = alias.name;
    }
    for (const auto& format : builtinFormats()) {
        if (format->name() == key)
            return format;
    }
    return nullptr;
}

std::vector<std::shared_ptr<const LogFormat>> detectionCandidates(const SavedFormats& saved) {
    std::vector<std::shared_ptr<const LogFormat>> candidates;
    for (const SavedFormat& entry : saved.formats()) {
        std::string error;
        if (auto compiled = LogparserFormat::compile(entry.format, error))
            candidates.push_back(std::make_shared<LogparserLogFormat>(compiled, entry.name));
    }
    const auto& builtins = builtinFormats();
    candidates.insert(candidates.end(), builtins.begin(), builtins.end());
    return candidates;
}

std::shared_ptr<const LogFormat> resolveFormat(std::string_view spec, const SavedFormats& saved,
                                               std::string& error) {
    if (auto builtin = findBuiltinFormat(spec))
        return builtin;
    if (const SavedFormat* entry = saved.find(std::string(spec))) {
        auto compiled = LogparserFormat::compile(entry->format, error);
        if (!compiled) {
            error = "saved format '" + entry->name + "': " + error;
            return nullptr;
        }
        return std::make_shared<LogparserLogFormat>(compiled, entry->name);
    }
    if (looksLikeFormatString(spec)) {
        auto compiled = LogparserFormat::compile(spec, error);
        if (!compiled)
            return nullptr;
        return std::make_shared<LogparserLogFormat>(compiled, std::string());
    }
    std::string names;
    for (const auto& format : builtinFormats())
        names += (names.empty() ? "" : ", ") + format->name();
    for (const SavedFormat& entry : saved.formats())
        names += ", " + entry.name;
    error = "unknown format '" + std::string(spec) + "': expected one of " + names +
            ", or a format string such as '<Date> <Time> <Level> <Content>'";
    return nullptr;
}

} // namespace logscope::core
