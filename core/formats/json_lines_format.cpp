#include "core/formats/json_lines_format.h"

#include "core/formats/json_record.h"

#include <QtGlobal>

namespace logscope::core {
namespace {

class JsonLinesParser : public LineParser {
public:
    LineStatus parse(std::string_view line, std::size_t readable, LogRow& row,
                     std::string& error) override {
        const bool padded = readable >= line.size() + simdjson::SIMDJSON_PADDING;
        auto parsed = m_parser.parse(line.data(), line.size(), !padded);
        if (parsed.error() == simdjson::UTF8_ERROR) {
            // A stray byte (Latin-1, a cut multi-byte character) should not cost the line.
            m_clean = sanitizeUtf8(line);
            parsed = m_parser.parse(m_clean.data(), m_clean.size(), true);
        }
        if (parsed.error()) {
            error = std::string("invalid JSON: ") + simdjson::error_message(parsed.error());
            return LineStatus::Bad;
        }
        const simdjson::dom::element root = parsed.value_unsafe();
        if (!root.is_object()) {
            error = QT_TRANSLATE_NOOP("LoadProblems", "JSON value is not an object");
            return LineStatus::Bad;
        }
        m_reader.read(root.get_object().value_unsafe(), line, row, nullptr);
        return LineStatus::Ok;
    }

private:
    simdjson::dom::parser m_parser;
    JsonRecordReader m_reader;
    std::string m_clean;
};

class JsonDecoder : public RecordDecoder {
public:
    [[nodiscard]] std::string extraFields(std::string_view rawLine) const override {
        thread_local simdjson::dom::parser parser;
        thread_local JsonRecordReader reader;
        auto parsed = parser.parse(rawLine.data(), rawLine.size(), true);
        std::string clean;
        if (parsed.error() == simdjson::UTF8_ERROR) {
            clean = sanitizeUtf8(rawLine);
            parsed = parser.parse(clean.data(), clean.size(), true);
        }
        if (parsed.error() || !parsed.value_unsafe().is_object())
            return {};
        LogRow row;
        std::string extra;
        reader.read(parsed.value_unsafe().get_object().value_unsafe(), rawLine, row, &extra);
        return extra;
    }
};

} // namespace

std::string JsonLinesFormat::name() const {
    return m_journal ? "journal-json" : "json-lines";
}

std::string JsonLinesFormat::description() const {
    return m_journal ? "journald export, `journalctl -o json` (one JSON object per line)"
                     : "one JSON object per line (every seed's shape, common field names)";
}

std::unique_ptr<LineParser> JsonLinesFormat::createParser() const {
    return std::make_unique<JsonLinesParser>();
}

std::shared_ptr<const RecordDecoder> JsonLinesFormat::decoder() const {
    static const auto shared = std::make_shared<const JsonDecoder>();
    return shared;
}

double JsonLinesFormat::lineScore(LineParser& parser, std::string_view line) const {
    if (m_journal && line.find("\"__REALTIME_TIMESTAMP\"") == std::string_view::npos &&
        line.find("\"__CURSOR\"") == std::string_view::npos)
        return 0.0;
    LogRow row;
    std::string error;
    if (parser.parse(line, line.size(), row, error) == LineStatus::Bad)
        return 0.0;
    return row.timestampNs != kNoTimestamp || !row.message.empty() ? 1.0 : 0.6;
}

} // namespace logscope::core
