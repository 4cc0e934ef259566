#pragma once

#include <string_view>

namespace logscope::core {

/// True when a line that its format cannot read looks like the continuation of the record
/// before it: an indented line, or a Java/Python stack-trace line (`at ...`, `Caused by: ...`,
/// `Suppressed: ...`, `... 12 more`, `Traceback (most recent call last):`). Text formats attach
/// such lines to the previous record's message instead of counting them as bad.
inline bool isContinuationLine(std::string_view line) noexcept {
    if (line.empty())
        return false;
    if (line.front() == ' ' || line.front() == '\t')
        return true;
    return line.starts_with("at ") || line.starts_with("Caused by:") ||
           line.starts_with("Suppressed:") ||
           (line.starts_with("... ") && line.ends_with(" more")) ||
           line.starts_with("Traceback (most recent call last):");
}

/// True for the line that names an exception (`java.io.IOException: disk full`,
/// `ValueError: bad`): the head of a Java trace, or the last line of a Python one.
inline bool isExceptionLine(std::string_view line) noexcept {
    std::size_t end = line.find(':');
    if (end == std::string_view::npos)
        end = line.size();
    const std::string_view name = line.substr(0, end);
    if (name.empty())
        return false;
    for (const char c : name) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '$';
        if (!word)
            return false;
    }
    return name.ends_with("Error") || name.ends_with("Exception") || name.ends_with("Throwable") ||
           name.ends_with("Failure");
}

} // namespace logscope::core
