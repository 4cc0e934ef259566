#include "core/formats/logparser_format.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <cctype>
#include <pcre2.h>

namespace logscope::core {
namespace {

// Backtracking is capped so that a hostile format cannot hang a load on a long line.
constexpr std::uint32_t kMatchLimit = 1'000'000;
constexpr std::uint32_t kDepthLimit = 10'000;

bool isNameStart(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_';
}
bool isNameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// Separators are regular expressions already. Runs of spaces match any run of whitespace, and
// groups become non-capturing so that capture i is always field i ("(\[<PID>\])?").
void appendSeparator(std::string& regex, std::string_view text) {
    bool inClass = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size()) {
            regex.push_back(c);
            regex.push_back(text[++i]);
        } else if (inClass) {
            regex.push_back(c);
            inClass = c != ']';
        } else if (c == '[') {
            regex.push_back(c);
            inClass = true;
        } else if (c == '(' && (i + 1 >= text.size() || text[i + 1] != '?')) {
            regex += "(?:";
        } else if (c == ' ') {
            while (i + 1 < text.size() && text[i + 1] == ' ')
                ++i;
            regex += "\\s+";
        } else {
            regex.push_back(c);
        }
    }
}

pcre2_code* asCode(void* code) {
    return static_cast<pcre2_code*>(code);
}

} // namespace

std::shared_ptr<const LogparserFormat> LogparserFormat::compile(std::string_view format,
                                                                std::string& error) {
    std::shared_ptr<LogparserFormat> result(new LogparserFormat);
    result->m_source = std::string(format);
    std::string regex = "^";
    std::size_t pos = 0;
    std::size_t literalStart = 0;
    while (pos < format.size()) {
        if (format[pos] != '<' || pos + 1 >= format.size() || !isNameStart(format[pos + 1])) {
            ++pos;
            continue;
        }
        std::size_t end = pos + 1;
        while (end < format.size() && isNameChar(format[end]))
            ++end;
        if (end >= format.size() || format[end] != '>') {
            ++pos; // not a field: '<' followed by a name without '>' is literal text
            continue;
        }
        appendSeparator(regex, format.substr(literalStart, pos - literalStart));
        const std::string name(format.substr(pos + 1, end - pos - 1));
        if (name == "Content" && result->m_contentIndex < 0)
            result->m_contentIndex = static_cast<int>(result->m_fields.size());
        result->m_fields.push_back(name);
        regex += "(.*?)";
        pos = end + 1;
        literalStart = pos;
    }
    appendSeparator(regex, format.substr(literalStart));
    regex += "$";
    if (result->m_fields.empty()) {
        error = "format has no <Field>: expected e.g. '<Date> <Time> <Level> <Content>'";
        return nullptr;
    }
    if (result->m_contentIndex < 0) {
        error = "format has no <Content> field (the message)";
        return nullptr;
    }
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(regex.data()), regex.size(),
                                     PCRE2_DOTALL, &errorCode, &errorOffset, nullptr);
    if (code == nullptr) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(errorCode, message, sizeof message);
        error = "invalid format '" + result->m_source +
                "': " + reinterpret_cast<const char*>(message) + " (in the regular expression '" +
                regex + "' at offset " + std::to_string(errorOffset) + ")";
        return nullptr;
    }
    std::uint32_t captures = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &captures);
    if (captures != result->m_fields.size()) {
        // The separators hold capturing groups of their own; fields would be misnumbered.
        pcre2_code_free(code);
        error = "invalid format '" + result->m_source +
                "': a named group '(?<name> ...)' between fields is not allowed";
        return nullptr;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); // without JIT, matching still works
    result->m_code = code;
    result->m_regex = std::move(regex);
    return result;
}

LogparserFormat::~LogparserFormat() {
    pcre2_code_free(asCode(m_code));
}

int LogparserFormat::fieldIndex(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i] == name)
            return static_cast<int>(i);
    }
    return -1;
}

struct LogparserFormat::Matcher::Scratch {
    pcre2_match_data* data = nullptr;
    pcre2_match_context* context = nullptr;
    pcre2_jit_stack* stack = nullptr;
    ~Scratch() {
        pcre2_match_data_free(data);
        pcre2_match_context_free(context);
        pcre2_jit_stack_free(stack);
    }
};

LogparserFormat::Matcher::Matcher(std::shared_ptr<const LogparserFormat> format)
    : m_format(std::move(format)), m_scratch(std::make_unique<Scratch>()) {
    m_scratch->data = pcre2_match_data_create_from_pattern(asCode(m_format->m_code), nullptr);
    m_scratch->context = pcre2_match_context_create(nullptr);
    m_scratch->stack = pcre2_jit_stack_create(32 * 1024, 4 * 1024 * 1024, nullptr);
    pcre2_set_match_limit(m_scratch->context, kMatchLimit);
    pcre2_set_depth_limit(m_scratch->context, kDepthLimit);
    pcre2_jit_stack_assign(m_scratch->context, nullptr, m_scratch->stack);
}

LogparserFormat::Matcher::~Matcher() = default;

bool LogparserFormat::Matcher::match(std::string_view line, std::vector<std::string_view>& values) {
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front())))
        line.remove_prefix(1);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
        line.remove_suffix(1);
    const int rc = pcre2_match(asCode(m_format->m_code), reinterpret_cast<PCRE2_SPTR>(line.data()),
                               line.size(), 0, 0, m_scratch->data, m_scratch->context);
    m_gaveUp = rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
               rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT;
    if (rc <= 0)
        return false;
    const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(m_scratch->data);
    const std::size_t fields = m_format->m_fields.size();
    values.resize(fields);
    for (std::size_t i = 0; i < fields; ++i) {
        const PCRE2_SIZE start = ovector[2 * (i + 1)];
        const PCRE2_SIZE end = ovector[2 * (i + 1) + 1];
        values[i] = start == PCRE2_UNSET ? std::string_view{} : line.substr(start, end - start);
    }
    return true;
}

} // namespace logscope::core
