#include "core/generator/scenario/message_template.h"

#include <array>

namespace logscope::core {
namespace {

struct Name {
    std::string_view text;
    Placeholder placeholder;
};
constexpr std::array kNames{
    Name{"ms", Placeholder::Ms},
    Name{"method", Placeholder::Method},
    Name{"path", Placeholder::Path},
    Name{"ip", Placeholder::Ip},
    Name{"user", Placeholder::User},
    Name{"upstream", Placeholder::Upstream},
    Name{"id", Placeholder::Id},
    Name{"n", Placeholder::N},
    Name{"pct", Placeholder::Pct},
    Name{"table", Placeholder::Table},
    Name{"order", Placeholder::Order},
    Name{"port", Placeholder::Port},
    Name{"request_id", Placeholder::RequestId},
    Name{"bytes", Placeholder::Bytes},
    Name{"service", Placeholder::Service},
    Name{"status", Placeholder::Status},
};

} // namespace

std::optional<MessageTemplate> parseMessageTemplate(std::string_view text, std::string& error) {
    MessageTemplate result;
    result.source = std::string(text);
    std::string literal;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{') {
            literal.push_back(text[i]);
            continue;
        }
        const std::size_t close = text.find('}', i);
        if (close == std::string_view::npos) {
            error = "unterminated placeholder '{' in \"" + std::string(text) + "\"";
            return std::nullopt;
        }
        const std::string_view name = text.substr(i + 1, close - i - 1);
        std::optional<Placeholder> found;
        for (const Name& candidate : kNames) {
            if (candidate.text == name)
                found = candidate.placeholder;
        }
        if (!found) {
            error = "unknown placeholder {" + std::string(name) + "}; known: " + placeholderNames();
            return std::nullopt;
        }
        result.segments.push_back({std::move(literal), found});
        literal.clear();
        i = close;
    }
    if (!literal.empty() || result.segments.empty())
        result.segments.push_back({std::move(literal), std::nullopt});
    return result;
}

std::string placeholderNames() {
    std::string names;
    for (const Name& name : kNames) {
        if (!names.empty())
            names += ", ";
        names += '{';
        names += name.text;
        names += '}';
    }
    return names;
}

} // namespace logscope::core
