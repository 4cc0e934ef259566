#include "core/templates/text_patterns.h"

#include "core/templates/char_classes.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace logscope::core::patterns {

// The first whitespace byte at or after i (n when none): sixteen bytes at a time where SSE2 is
// there, since most of a message is not whitespace.
std::size_t findSpace(std::string_view s, std::size_t i) {
    const std::size_t n = s.size();
#if defined(__SSE2__)
    const __m128i limit = _mm_set1_epi8(0x21);
    while (i + 16 <= n) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        // bytes < 0x21 (unsigned): every whitespace byte, and rare control bytes
        const __m128i notBelow = _mm_cmpeq_epi8(_mm_max_epu8(bytes, limit), bytes);
        auto below = static_cast<unsigned>(~_mm_movemask_epi8(notBelow)) & 0xffffU;
        while (below != 0) {
            const auto bit = static_cast<std::size_t>(__builtin_ctz(below));
            if (charClass(s[i + bit]) == kSpace)
                return i + bit;
            below &= below - 1;
        }
        i += 16;
    }
#endif
    while (i < n && charClass(s[i]) != kSpace)
        ++i;
    return i;
}

// `/var/log`, `./run`, `../x`, `~/x`, `C:\Temp`, and when relative is set (the token holds two
// slashes or more) `a/b/c`. Returns the length of the path starting at pos, or 0.
std::size_t matchPath(std::string_view t, std::size_t pos, bool relative) {
    const std::size_t n = t.size();
    auto consume = [&](std::size_t from) {
        while (from < n && isPathChar(t[from]))
            ++from;
        return from - pos;
    };
    const char c = t[pos];
    if (c == '/')
        return pos + 1 < n && isPathChar(t[pos + 1]) && t[pos + 1] != '/' ? consume(pos + 1) : 0;
    if ((c == '.' || c == '~') && pos + 2 < n && t[pos + 1] == '/' && isPathChar(t[pos + 2]))
        return consume(pos + 2);
    if (c == '.' && pos + 3 < n && t[pos + 1] == '.' && t[pos + 2] == '/')
        return consume(pos + 3);
    if (isAlpha(c) && pos + 3 < n && t[pos + 1] == ':' && t[pos + 2] == '\\')
        return consume(pos + 3);
    if (!relative || (!isAlpha(c) && !isDigit(c)))
        return 0;
    std::size_t end = pos;
    int slashes = 0;
    while (end < n && (isAlpha(t[end]) || isDigit(t[end]) || t[end] == '.' || t[end] == '_' ||
                       t[end] == '-' || t[end] == '/')) {
        if (t[end] == '/') {
            if (end + 1 >= n || t[end + 1] == '/')
                return 0;
            ++slashes;
        }
        ++end;
    }
    if (slashes < 2 || (end < n && isPathChar(t[end])))
        return 0;
    return end - pos;
}

// Groups of two hex digits joined by ':' or '-', six or more: FF:F2:9F:16:E2:23.
std::size_t matchMac(std::string_view t, std::size_t pos) {
    const std::size_t n = t.size();
    if (pos + 17 > n || (t[pos + 2] != ':' && t[pos + 2] != '-'))
        return 0;
    const char separator = t[pos + 2];
    std::size_t i = pos;
    int groups = 0;
    while (i + 1 < n && isHexDigit(t[i]) && isHexDigit(t[i + 1])) {
        ++groups;
        i += 2;
        if (i + 2 < n && t[i] == separator && isHexDigit(t[i + 1]))
            ++i;
        else
            break;
    }
    if (groups < 6 || (i < n && (isAtomChar(t[i]) || t[i] == separator)))
        return 0;
    return i - pos;
}

// fe80::1, ::1, 2001:db8:0:0:0:0:0:1.
std::size_t matchIpv6(std::string_view t, std::size_t pos) {
    const std::size_t n = t.size();
    std::size_t i = pos;
    int groups = 0;
    int colons = 0;
    bool doubleColon = false;
    bool digit = false;
    while (i < n) {
        std::size_t digits = 0;
        while (i < n && isHexDigit(t[i]) && digits < 5) {
            ++i;
            ++digits;
        }
        if (digits > 4)
            return 0;
        if (digits > 0) {
            ++groups;
            digit = true;
        }
        if (i < n && t[i] == ':') {
            ++colons;
            if (i + 1 < n && t[i + 1] == ':') {
                if (doubleColon)
                    return 0;
                doubleColon = true;
                ++colons;
                ++i;
            } else if (digits == 0 && i != pos) {
                return 0;
            }
            ++i;
            continue;
        }
        break;
    }
    if (!digit || colons < 2 || (i < n && (isAtomChar(t[i]) || t[i] == '.')))
        return 0;
    if (!(doubleColon ? groups <= 7 : groups == 8))
        return 0;
    return i - pos;
}

// `scheme://` at pos: the length of the scheme and "://", or 0.
std::size_t matchScheme(std::string_view t, std::size_t pos) {
    if (!isAlpha(t[pos]))
        return 0;
    std::size_t i = pos + 1;
    while (i < t.size() &&
           (isAlpha(t[i]) || isDigit(t[i]) || t[i] == '+' || t[i] == '.' || t[i] == '-'))
        ++i;
    return t.substr(i, 3) == "://" ? i + 3 - pos : 0;
}

// A port after ':': 1 to 5 digits, then the end of the token or punctuation.
bool isPortAt(std::string_view t, std::size_t pos) {
    std::size_t i = pos;
    while (i < t.size() && isDigit(t[i]) && i - pos < 6)
        ++i;
    return i > pos && i - pos <= 5 && (i == t.size() || !isAtomChar(t[i]));
}

// node-1.example.com: at least two dots, labels of letters, digits and '-', a last label of
// letters.
bool isHostName(std::string_view s) {
    int dots = 0;
    std::size_t lastDot = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '.') {
            if (i == 0 || s[i - 1] == '.')
                return false;
            ++dots;
            lastDot = i;
        } else if (!isAlpha(c) && !isDigit(c) && c != '-') {
            return false;
        }
    }
    if (dots < 2 || lastDot + 1 >= s.size())
        return false;
    for (std::size_t i = lastDot + 1; i < s.size(); ++i) {
        if (!isAlpha(s[i]))
            return false;
    }
    return true;
}

// `core.2275`, `jetty-6.1.26`, `BP-1347369012-10.190.173.170-1444972147527`: a word glued by
// '.' or '-' to a number keeps the word (Loghub writes `core.<*>`, `jetty-<*>`). Returns the
// length of the word and its separator, or 0.
std::size_t wordPrefixBeforeNumber(std::string_view atom) {
    std::size_t p = 0;
    while (p < atom.size() && isAlpha(atom[p]))
        ++p;
    if (p == 0 || p + 1 >= atom.size() || (atom[p] != '.' && atom[p] != '-') ||
        !isDigit(atom[p + 1]))
        return 0;
    for (std::size_t i = p + 1; i < atom.size(); ++i) {
        const char c = atom[i];
        if (!isDigit(c) && c != '.' && c != '-' && c != '_')
            return 0;
    }
    return p + 1;
}

bool isNumberToken(std::string_view s) {
    return !s.empty() && decimalPrefix(s) == s.size();
}

} // namespace logscope::core::patterns
