#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace logscope::core {

/// How deeply configuration-like JSON (scenarios, analysis options, saved formats and template
/// state) may nest. The libraries that read it recurse on nesting (merge patch, dump,
/// validation), so an attacker's `[[[[...` would otherwise overflow the stack.
inline constexpr std::size_t kMaxJsonDepth = 64;

/// The deepest nesting of arrays and objects in json, ignoring brackets inside strings; it stops
/// counting once past limit. Needs no valid JSON: it runs before the parser.
inline std::size_t jsonNestingDepth(std::string_view json, std::size_t limit = kMaxJsonDepth) {
    std::size_t depth = 0;
    std::size_t deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > deepest && (deepest = depth) > limit)
                return deepest;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

/// The error for JSON nested deeper than kMaxJsonDepth, or "" when it is not.
inline std::string jsonDepthProblem(std::string_view json) {
    if (jsonNestingDepth(json) <= kMaxJsonDepth)
        return {};
    return "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
}

} // namespace logscope::core
