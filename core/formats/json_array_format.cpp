#include "core/formats/json_array_format.h"

#include "core/formats/json_lines_format.h"
#include "core/formats/json_record.h"
#include "core/formats/timestamp_level_format.h"

#include <QtGlobal>

namespace logscope::core {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

class JsonArrayElementParser : public LineParser {
public:
    LineStatus parse(std::string_view element, std::size_t readable, LogRow& row,
                     std::string& error) override {
        if (element.empty() || (element.front() != '"' && element.front() != '{')) {
            error = QT_TRANSLATE_NOOP("LoadProblems",
                                      "array element is neither a string nor an object");
            return LineStatus::Bad;
        }
        if (element.front() == '"' && element.find('\\') == std::string_view::npos &&
            element.size() >= 2 && element.back() == '"')
            return m_text->parse(element.substr(1, element.size() - 2), readable, row, error);
        const bool padded = readable >= element.size() + simdjson::SIMDJSON_PADDING;
        auto parsed = m_parser.parse(element.data(), element.size(), !padded);
        if (parsed.error() == simdjson::UTF8_ERROR) {
            m_clean = sanitizeUtf8(element);
            parsed = m_parser.parse(m_clean.data(), m_clean.size(), true);
        }
        if (parsed.error()) {
            error = std::string("invalid JSON: ") + simdjson::error_message(parsed.error());
            return LineStatus::Bad;
        }
        const simdjson::dom::element root = parsed.value_unsafe();
        if (root.is_object()) {
            m_reader.read(root.get_object().value_unsafe(), element, row, nullptr);
            return LineStatus::Ok;
        }
        // A string with escapes: parse its unescaped text (the table copies the views).
        m_unescaped = root.get_string().value_unsafe();
        return m_text->parse(m_unescaped, m_unescaped.size(), row, error);
    }

private:
    std::unique_ptr<LineParser> m_text = TimestampLevelFormat(true).createParser();
    simdjson::dom::parser m_parser;
    JsonRecordReader m_reader;
    std::string m_clean;
    std::string m_unescaped;
};

} // namespace

std::string JsonArrayFormat::description() const {
    return "a JSON array of `timestamp LEVEL message` strings or of objects (seed 004's input)";
}

std::unique_ptr<LineParser> JsonArrayFormat::createParser() const {
    return std::make_unique<JsonArrayElementParser>();
}

std::shared_ptr<const RecordDecoder> JsonArrayFormat::decoder() const {
    // Object elements keep their other fields; strings have none worth recovering.
    return JsonLinesFormat(false).decoder();
}

double JsonArrayFormat::lineScore(LineParser& parser, std::string_view element) const {
    LogRow row;
    std::string error;
    if (parser.parse(element, element.size(), row, error) == LineStatus::Bad)
        return 0.0;
    return row.timestampNs != kNoTimestamp ? 1.0 : 0.7;
}

void JsonArraySplitter::advanceTo(std::size_t pos) {
    for (std::size_t i = m_pos; i < pos; ++i)
        m_line += m_text[i] == '\n' ? 1 : 0;
    m_pos = pos;
}

bool JsonArraySplitter::start() {
    std::size_t pos = 0;
    if (m_text.starts_with("\xEF\xBB\xBF"))
        pos = 3;
    while (pos < m_text.size() && isSpace(m_text[pos]))
        ++pos;
    if (pos >= m_text.size() || m_text[pos] != '[')
        return false;
    advanceTo(pos + 1);
    return true;
}

bool JsonArraySplitter::next(std::string_view& element, std::uint64_t& line) {
    if (m_done)
        return false;
    std::size_t pos = m_pos;
    while (pos < m_text.size() && (isSpace(m_text[pos]) || m_text[pos] == ','))
        ++pos;
    advanceTo(pos);
    if (pos >= m_text.size()) {
        m_error = "the JSON array is not closed (the input ends early)";
        m_done = true;
        return false;
    }
    if (m_text[pos] == ']') {
        m_done = true;
        return false;
    }
    // Find the end of the element: a string, a nested value, or a scalar.
    std::size_t end = pos;
    int depth = 0;
    bool inString = false;
    for (; end < m_text.size(); ++end) {
        const char c = m_text[end];
        if (inString) {
            if (c == '\\')
                ++end;
            else if (c == '"')
                inString = false;
            if (!inString && depth == 0) {
                ++end;
                break;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                break; // the array's own `]` after a scalar
            if (--depth == 0) {
                ++end;
                break;
            }
        } else if (depth == 0 && (c == ',' || isSpace(c))) {
            break;
        }
    }
    if (end > m_text.size() || (depth > 0 || inString)) {
        element = m_text.substr(pos);
        line = m_line;
        m_error = "the JSON array is cut short inside an element";
        advanceTo(m_text.size());
        m_done = true;
        return true;
    }
    // A stray `}` where an element should start ends it at once: take the character as a
    // (bad) element of its own, or the splitter would return it forever (found by fuzzing).
    if (end == pos)
        ++end;
    element = m_text.substr(pos, end - pos);
    line = m_line;
    advanceTo(end);
    return true;
}

} // namespace logscope::core
