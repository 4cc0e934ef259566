#include "core/generator/output/record_writer.h"

#include "core/generator/output/access_log_writer.h"
#include "core/generator/output/json_lines_writer.h"
#include "core/generator/output/syslog_writer.h"
#include "core/generator/output/text_line_writer.h"
#include "core/generator/text_append.h"

#include <array>

namespace logscope::core {

std::optional<OutputFormat> parseOutputFormat(std::string_view name) noexcept {
    if (name == "json" || name == "jsonl" || name == "json-lines")
        return OutputFormat::JsonLines;
    if (name == "text")
        return OutputFormat::Text;
    if (name == "nginx" || name == "access" || name == "combined")
        return OutputFormat::AccessLog;
    if (name == "syslog" || name == "rfc5424")
        return OutputFormat::Syslog;
    return std::nullopt;
}

std::string_view outputFormatName(OutputFormat format) noexcept {
    static constexpr std::array<std::string_view, 4> kNames{"json", "text", "nginx", "syslog"};
    return kNames[static_cast<std::size_t>(format)];
}

std::string outputFormatProblem(OutputFormat format, const Scenario& scenario) {
    if (format == OutputFormat::AccessLog && scenario.shape != RecordShape::Events)
        return "the nginx access-log format needs request events; metric samples can be "
               "written as json, text or syslog";
    return {};
}

std::unique_ptr<RecordWriter> makeRecordWriter(OutputFormat format, const Scenario& scenario,
                                               bool withLabels) {
    switch (format) {
    case OutputFormat::Text:
        return std::make_unique<TextLineWriter>(scenario, withLabels);
    case OutputFormat::AccessLog:
        return std::make_unique<AccessLogWriter>(withLabels);
    case OutputFormat::Syslog:
        return std::make_unique<SyslogWriter>(scenario, withLabels);
    case OutputFormat::JsonLines:
        break;
    }
    return std::make_unique<JsonLinesWriter>(scenario, withLabels);
}

std::string formatRecord(RecordWriter& writer, const GeneratedRecord& record) {
    LineBuffer buffer;
    writer.append(buffer, record);
    return std::string(buffer.view());
}

std::size_t recordBound(const GeneratedRecord& record) noexcept {
    std::size_t strings = record.message.size() + record.path.size() + record.user.size() +
                          record.source.size() + record.service.size() + record.method.size() +
                          record.component.size() + record.errorCode.size() + record.unit.size() +
                          record.userAgent.size() + record.anomalyType.size();
    if (record.serviceSpec != nullptr) {
        strings += record.serviceSpec->host.size();
        for (const ContextField& field : record.serviceSpec->context)
            strings += field.key.size() + 24;
    }
    return 1024 + 6 * strings;
}

char* putLevelName(char* p, const Scenario& scenario, const GeneratedRecord& record) noexcept {
    if (record.fault == FormatFault::Level) {
        // What a hand-written logger with a typo might emit.
        static constexpr std::array<std::string_view, kLevelCount> kGarbled{
            "unknwn", "trce", "debg", "inf0", "warnign", "eror", "critcal"};
        return putText(p, kGarbled[static_cast<std::size_t>(record.level)]);
    }
    return putText(p, scenario.levelNames[static_cast<std::size_t>(record.level)]);
}

char* putUuid(char* p, std::uint64_t high, std::uint64_t low) noexcept {
    static constexpr char kHex[] = "0123456789abcdef";
    // Version 4, variant 10xx, as uuid4() would give: 8-4-4-4-12 hex digits.
    high = (high & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
    low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    for (int i = 0; i < 16; ++i) {
        if (i == 8 || i == 12)
            *p++ = '-';
        *p++ = kHex[(high >> (60 - 4 * i)) & 0xF];
    }
    for (int i = 0; i < 16; ++i) {
        if (i == 0 || i == 4)
            *p++ = '-';
        *p++ = kHex[(low >> (60 - 4 * i)) & 0xF];
    }
    return p;
}

} // namespace logscope::core
