#include "core/templates/variable_kind.h"

#include "core/templates/char_classes.h"

#include <array>

namespace logscope::core {
namespace {

using patterns::decimalPrefix;
using patterns::isDigit;
using patterns::isHexDigit;
using patterns::isOneOf;

struct KindInfo {
    std::string_view typed;
    std::string_view wildcard;
    std::string_view name;
};

constexpr std::array<KindInfo, kVarKindCount> kKinds{{
    {"", "", "literal"},
    {"<*>", "<*>", "any"},
    {"<NUM>", "<*>", "num"},
    {"<HEX>", "<*>", "hex"},
    {"<IP>", "<*>", "ip"},
    {"<HOST>", "<*>", "host"},
    {"<UUID>", "<*>", "uuid"},
    {"<MAC>", "<*>", "mac"},
    {"<PATH>", "<*>", "path"},
    {"<URL>", "<*>", "url"},
    {"<ID>", "<*>", "id"},
    {"<SIZE>", "<*>", "size"},
    {"<DURATION>", "<*>", "duration"},
    {"<DATETIME>", "<*>:<*>:<*>", "datetime"},
    {"<BOOL>", "<*>", "bool"},
    {"<NULL>", "<*>", "null"},
    {"<USER>", "<*>", "user"},
}};

bool isUpper(char c) {
    return c >= 'A' && c <= 'Z';
}
char lower(char c) {
    return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

// "-12", "+3", "1.4.1", "0.25", "1e-5".
bool isNumber(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    const std::size_t start = i;
    bool digitNeeded = true;
    while (i < s.size()) {
        if (isDigit(s[i])) {
            digitNeeded = false;
            ++i;
        } else if (s[i] == '.' && !digitNeeded) {
            digitNeeded = true;
            ++i;
        } else {
            break;
        }
    }
    if (digitNeeded || i == start)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        std::size_t j = i + 1;
        if (j < s.size() && (s[j] == '-' || s[j] == '+'))
            ++j;
        const std::size_t exponent = j;
        while (j < s.size() && isDigit(s[j]))
            ++j;
        if (j == exponent)
            return false;
        i = j;
    }
    return i == s.size();
}

bool isIpv4(std::string_view s) {
    int groups = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        int value = 0;
        std::size_t digits = 0;
        while (i < s.size() && isDigit(s[i]) && digits < 4) {
            value = value * 10 + (s[i] - '0');
            ++digits;
            ++i;
        }
        if (digits == 0 || digits > 3 || value > 255)
            return false;
        ++groups;
        if (i == s.size())
            break;
        if (s[i] != '.')
            return false;
        ++i;
        if (i == s.size())
            return false;
    }
    return groups == 4;
}

bool isUuid(std::string_view s) {
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isHexDigit(s[i]))
            return false;
    }
    return true;
}

constexpr std::array<std::string_view, 20> kSizeUnits{"B",  "K",   "M",   "G",   "T",   "k",  "KB",
                                                      "kB", "MB",  "GB",  "TB",  "PB",  "Kb", "Mb",
                                                      "Gb", "KiB", "MiB", "GiB", "TiB", "b"};
constexpr std::array<std::string_view, 13> kDurationUnits{
    "ns", "us", "ms", "s", "sec", "secs", "m", "min", "mins", "h", "hr", "hrs", "d"};

// Some segment between '.', '-' and '_' is all digits: msra-sa-41, rdd_2_1, v1.0.0.
bool hasNumericSegment(std::string_view s) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '.' || s[i] == '-' || s[i] == '_') {
            if (i > start) {
                bool digits = true;
                for (std::size_t j = start; j < i && digits; ++j)
                    digits = isDigit(s[j]);
                if (digits)
                    return true;
            }
            start = i + 1;
        }
    }
    return false;
}

} // namespace

std::string_view typedPlaceholder(VarKind kind) noexcept {
    return kKinds[static_cast<std::size_t>(kind)].typed;
}

std::string_view wildcardPlaceholder(VarKind kind) noexcept {
    return kKinds[static_cast<std::size_t>(kind)].wildcard;
}

std::string_view varKindName(VarKind kind) noexcept {
    return kKinds[static_cast<std::size_t>(kind)].name;
}

std::optional<VarKind> varKindFromName(std::string_view name) noexcept {
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        if (kKinds[i].name == name)
            return static_cast<VarKind>(i);
    }
    return std::nullopt;
}

VarKind classifyAtom(std::string_view atom) noexcept {
    if (atom.empty())
        return VarKind::Literal;
    // One pass for the facts every rule below needs.
    std::size_t digits = 0;
    std::size_t run = 0;
    std::size_t longestRun = 0;
    bool hexOnly = true;
    bool numberChars = true;
    for (char c : atom) {
        if (isDigit(c)) {
            ++digits;
            longestRun = ++run > longestRun ? run : longestRun;
            continue;
        }
        run = 0;
        hexOnly = hexOnly && isHexDigit(c);
        numberChars = numberChars && (c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E');
    }
    if (digits == 0) {
        if (equalsIgnoreCase(atom, "true") || equalsIgnoreCase(atom, "false"))
            return VarKind::Bool;
        if (equalsIgnoreCase(atom, "null"))
            return VarKind::Null;
        if (equalsIgnoreCase(atom, "root") || equalsIgnoreCase(atom, "admin"))
            return VarKind::User;
        return VarKind::Literal;
    }
    if (numberChars && isNumber(atom))
        return isIpv4(atom) ? VarKind::Ip : VarKind::Number;
    if (atom.size() > 2 && atom[0] == '0' && (atom[1] == 'x' || atom[1] == 'X')) {
        bool hex = true;
        for (std::size_t i = 2; i < atom.size() && hex; ++i)
            hex = isHexDigit(atom[i]);
        if (hex)
            return VarKind::Hex;
    }
    if (isUuid(atom))
        return VarKind::Uuid;
    const std::size_t number = decimalPrefix(atom);
    if (number > 0 && number < atom.size()) {
        const std::string_view unit = atom.substr(number);
        if (isOneOf(unit, kSizeUnits))
            return VarKind::Size;
        if (isOneOf(unit, kDurationUnits))
            return VarKind::Duration;
    }
    if (atom.size() >= 6 && hexOnly && digits < atom.size())
        return VarKind::Hex;
    const std::size_t first = (atom[0] == '-' || atom[0] == '+') ? 1 : 0;
    if (first < atom.size() && isDigit(atom[first]))
        return VarKind::Id;
    if (longestRun >= 4 || hasNumericSegment(atom))
        return VarKind::Id;
    return VarKind::Literal;
}

bool isCapitalWord(std::string_view atom) noexcept {
    int letters = 0;
    for (char c : atom) {
        if (isUpper(c))
            ++letters;
        else if (c != '_')
            return false;
    }
    return letters >= 2;
}

} // namespace logscope::core
