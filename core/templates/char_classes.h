#pragma once
// Character classes of the message tokenizer, shared by its pattern matchers.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace logscope::core::patterns {

/// What a byte is to the tokenizer: part of a word (atom), whitespace, punctuation, a dot.
enum CharClass : std::uint8_t { kAtom = 0, kSpace = 1, kDelimiter = 2, kDot = 3 };

/// Builds the byte -> CharClass table.
constexpr std::array<std::uint8_t, 256> makeClasses() {
    std::array<std::uint8_t, 256> classes{};
    for (unsigned char c : std::string_view(" \t\r\n\v\f"))
        classes[c] = kSpace;
    // Punctuation that separates the parts of a token. '.', '-', '_', '$', '+' and '\' stay
    // inside atoms: they hold host names, ids, class names and Windows paths together.
    // '<' and '>' stay inside atoms too: Loghub folds `1>` of `vCores:1>` into the variable.
    for (unsigned char c : std::string_view("=:/@#,;()[]{}'\"|!?*`%"))
        classes[c] = kDelimiter;
    classes[static_cast<unsigned char>('.')] = kDot;
    return classes;
}
/// The byte -> CharClass table.
inline constexpr std::array<std::uint8_t, 256> kClasses = makeClasses();

/// The CharClass of c.
inline std::uint8_t charClass(char c) {
    return kClasses[static_cast<unsigned char>(c)];
}
/// 0-9.
inline bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
/// ASCII letters.
inline bool isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
/// 0-9, a-f, A-F.
inline bool isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
/// Part of a word: neither whitespace, punctuation nor a dot.
inline bool isAtomChar(char c) {
    return charClass(c) == kAtom;
}
/// Characters a path may hold: anything but whitespace and the punctuation that ends a path in
/// running text.
inline bool isPathChar(char c) {
    if (charClass(c) == kSpace)
        return false;
    switch (c) {
    case ':':
    case ',':
    case ';':
    case '\'':
    case '"':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '<':
    case '>':
    case '|':
    case '=':
    case '`':
        return false;
    default:
        return true;
    }
}
/// The closing partner of an opening bracket or quote, or 0.
inline char closingPartner(char c) {
    switch (c) {
    case '(':
        return ')';
    case '[':
        return ']';
    case '{':
        return '}';
    case '"':
        return '"';
    case '\'':
        return '\'';
    default:
        return 0;
    }
}

/// True when s holds a digit.
inline bool hasDigit(std::string_view s) {
    for (char c : s) {
        if (isDigit(c))
            return true;
    }
    return false;
}

/// True when s is one of names.
template <std::size_t N>
bool isOneOf(std::string_view s, const std::array<std::string_view, N>& names) {
    for (std::string_view name : names) {
        if (s == name)
            return true;
    }
    return false;
}

/// The length of the digits, with an optional fraction ("12", "0.25"), that start s; 0 if none.
inline std::size_t decimalPrefix(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    if (i == 0)
        return 0;
    if (i + 1 < s.size() && s[i] == '.' && isDigit(s[i + 1])) {
        ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
    }
    return i;
}

} // namespace logscope::core::patterns
