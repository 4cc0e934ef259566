#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// A line format in logparser syntax, e.g. `<Date> <Time> <Level> <Component>: <Content>`:
/// `<Name>` is a field, matched lazily; the text between fields is a regular expression
/// (`\[` is a literal bracket, `( ... )?` an optional part) in which a run of spaces matches
/// any run of whitespace; the whole pattern is anchored to the line with surrounding
/// whitespace stripped; `<Content>` is the message. Compiled once (PCRE2 with JIT) and then
/// matched from any number of threads, each through its own Matcher.
class LogparserFormat {
public:
    /// Compiles a format; returns nullptr and sets error (naming the offending part) when it is
    /// not a valid format.
    static std::shared_ptr<const LogparserFormat> compile(std::string_view format,
                                                          std::string& error);
    ~LogparserFormat();
    LogparserFormat(const LogparserFormat&) = delete;
    LogparserFormat& operator=(const LogparserFormat&) = delete;

    /// The format string as given.
    [[nodiscard]] const std::string& source() const noexcept { return m_source; }
    /// Field names in order of appearance (a name may repeat).
    [[nodiscard]] const std::vector<std::string>& fieldNames() const noexcept { return m_fields; }
    /// Index of the first field called name, or -1.
    [[nodiscard]] int fieldIndex(std::string_view name) const noexcept;
    /// Index of the `<Content>` field.
    [[nodiscard]] int contentIndex() const noexcept { return m_contentIndex; }
    /// The regular expression the format compiled to (for messages and tests).
    [[nodiscard]] const std::string& regex() const noexcept { return m_regex; }

    /// Matches lines against a format; one per thread (it owns the match scratch space).
    class Matcher {
    public:
        explicit Matcher(std::shared_ptr<const LogparserFormat> format);
        ~Matcher();
        Matcher(const Matcher&) = delete;
        Matcher& operator=(const Matcher&) = delete;

        /// Matches one line; on success values[i] is field i (views into line).
        bool match(std::string_view line, std::vector<std::string_view>& values);
        /// True when the last match() failed because the pattern hit its backtracking limits
        /// (a regex-hostile format) rather than because the line does not fit.
        [[nodiscard]] bool gaveUp() const noexcept { return m_gaveUp; }

    private:
        std::shared_ptr<const LogparserFormat> m_format;
        bool m_gaveUp = false;
        struct Scratch;
        std::unique_ptr<Scratch> m_scratch;
    };

private:
    LogparserFormat() = default;

    std::string m_source;
    std::string m_regex;
    std::vector<std::string> m_fields;
    int m_contentIndex = -1;
    void* m_code = nullptr; // pcre2_code_8, kept opaque so that users need no PCRE2 headers
};

} // namespace logscope::core
