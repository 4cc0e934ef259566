#include "core/templates/message_tokenizer.h"

#include <array>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace logscope::core {
namespace {

enum CharClass : std::uint8_t { kAtom = 0, kSpace = 1, kDelimiter = 2, kDot = 3 };

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
constexpr std::array<std::uint8_t, 256> kClasses = makeClasses();

std::uint8_t charClass(char c) {
    return kClasses[static_cast<unsigned char>(c)];
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isAtomChar(char c) {
    return charClass(c) == kAtom;
}
// Characters a path may hold: anything but whitespace and the punctuation that ends a path in
// running text.
bool isPathChar(char c) {
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
// The closing partner of an opening bracket or quote, or 0.
char closingPartner(char c) {
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

bool hasDigit(std::string_view s) {
    for (char c : s) {
        if (isDigit(c))
            return true;
    }
    return false;
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
    std::size_t i = 0;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    if (i == 0)
        return false;
    if (i < s.size() && s[i] == '.') {
        const std::size_t fraction = ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == fraction)
            return false;
    }
    return i == s.size();
}

constexpr std::array<std::string_view, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 7> kWeekdays{"Mon", "Tue", "Wed", "Thu",
                                                    "Fri", "Sat", "Sun"};

template <std::size_t N>
bool isOneOf(std::string_view s, const std::array<std::string_view, N>& names) {
    for (std::string_view name : names) {
        if (s == name)
            return true;
    }
    return false;
}

std::string_view withoutComma(std::string_view s) {
    return !s.empty() && s.back() == ',' ? s.substr(0, s.size() - 1) : s;
}

std::size_t digitsAt(std::string_view s, std::size_t pos, std::size_t max) {
    std::size_t i = pos;
    while (i < s.size() && i - pos < max && isDigit(s[i]))
        ++i;
    return i - pos;
}

// hh:mm:ss with an optional fraction at the start of s: its length, or 0.
std::size_t timeOfDay(std::string_view s) {
    const std::size_t h = digitsAt(s, 0, 2);
    if (h == 0 || h >= s.size() || s[h] != ':' || digitsAt(s, h + 1, 2) != 2)
        return 0;
    std::size_t i = h + 3;
    if (i >= s.size() || s[i] != ':' || digitsAt(s, i + 1, 2) != 2)
        return 0;
    i += 3;
    if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && isDigit(s[i + 1]))
        i += 1 + digitsAt(s, i + 1, 9);
    return i < s.size() && isDigit(s[i]) ? 0 : i;
}

// yyyy-mm-dd or yyyy/mm/dd at the start of s: 10, or 0.
std::size_t calendarDate(std::string_view s) {
    if (s.size() < 10 || digitsAt(s, 0, 4) != 4 || (s[4] != '-' && s[4] != '/') ||
        digitsAt(s, 5, 2) != 2 || s[7] != s[4] || digitsAt(s, 8, 2) != 2)
        return 0;
    return s.size() > 10 && isDigit(s[10]) ? 0 : 10;
}

// A time zone after an ISO time: Z, +02:00, -0500.
std::size_t zoneSuffix(std::string_view s, std::size_t pos) {
    if (pos < s.size() && s[pos] == 'Z')
        return 1;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-') && digitsAt(s, pos + 1, 2) == 2) {
        std::size_t i = pos + 3;
        if (i < s.size() && s[i] == ':')
            ++i;
        return digitsAt(s, i, 2) == 2 ? i + 2 - pos : 0;
    }
    return 0;
}

struct DateTimeMatch {
    std::size_t tokens = 0;  // whitespace tokens it spans
    std::size_t lastLen = 0; // characters of the last token it covers
};

// A timestamp starting at tokens[first]: `[Fri] Jun 17 07:07:00 [2005]`, `2015-07-29 17:41:44,747`,
// `2015-07-29T17:41:44.747Z`.
DateTimeMatch dateTimeAt(const std::vector<std::string_view>& tokens, std::size_t first) {
    const std::string_view t = tokens[first];
    const bool word = t.size() >= 3 && t.size() <= 4 && t[0] >= 'A' && t[0] <= 'Z';
    if (!word && (t.size() < 10 || !isDigit(t[0])))
        return {}; // neither a weekday or month nor a date: the common case, decided fast
    if (const std::size_t date = calendarDate(t)) {
        if (date < t.size() && (t[date] == 'T' || t[date] == ' ')) {
            const std::size_t time = timeOfDay(t.substr(date + 1));
            if (time == 0)
                return {};
            const std::size_t end = date + 1 + time;
            return {1, end + zoneSuffix(t, end)};
        }
        if (date == t.size() && first + 1 < tokens.size()) {
            const std::string_view next = tokens[first + 1];
            if (const std::size_t time = timeOfDay(next))
                return {2, time + zoneSuffix(next, time)};
        }
        return {};
    }
    std::size_t i = first;
    if (isOneOf(withoutComma(tokens[i]), kWeekdays))
        ++i;
    if (i + 2 >= tokens.size() || !isOneOf(tokens[i], kMonths))
        return {};
    const std::string_view day = withoutComma(tokens[i + 1]);
    if (day.empty() || day.size() > 2 || digitsAt(day, 0, 2) != day.size())
        return {};
    const std::string_view time = tokens[i + 2];
    const std::size_t length = timeOfDay(time);
    if (length == 0)
        return {};
    if (length == time.size() && i + 3 < tokens.size() && tokens[i + 3].size() >= 4 &&
        digitsAt(tokens[i + 3], 0, 5) == 4)
        return {i + 4 - first, 4};
    return {i + 3 - first, length};
}

} // namespace

bool MessageTokenizer::matchSize(std::size_t first) const {
    if (first + 1 >= m_tokens.size() || !isNumberToken(m_tokens[first]))
        return false;
    const std::string_view next = m_tokens[first + 1];
    std::size_t unit = 0;
    while (unit < next.size() && isAlpha(next[unit]))
        ++unit;
    static constexpr std::array<std::string_view, 11> kUnits{"B",  "kB",  "KB",  "MB",  "GB", "TB",
                                                             "PB", "KiB", "MiB", "GiB", "TiB"};
    if (unit == 0 || !isOneOf(next.substr(0, unit), kUnits))
        return false;
    for (std::size_t i = unit; i < next.size(); ++i) {
        if (charClass(next[i]) != kDelimiter && charClass(next[i]) != kDot)
            return false;
    }
    return true;
}

bool isPunctuation(std::string_view text) noexcept {
    if (text.empty())
        return false;
    for (char c : text) {
        const std::uint8_t cls = charClass(c);
        if (cls != kDelimiter && cls != kDot)
            return false;
    }
    return true;
}

void MessageTokenizer::tokenizeToken(std::string_view t, bool spaceBefore, std::uint16_t index,
                                     std::vector<MessagePiece>& out) const {
    bool first = true;
    auto emit = [&](std::string_view text, VarKind kind, bool delimiter) {
        out.push_back({text, kind, first && spaceBefore, delimiter, 1, index});
        first = false;
    };
    const std::size_t n = t.size();
    const void* firstSlash = std::memchr(t.data(), '/', n);
    const bool relative =
        firstSlash != nullptr &&
        std::memchr(static_cast<const char*>(firstSlash) + 1, '/',
                    n - static_cast<std::size_t>(static_cast<const char*>(firstSlash) - t.data()) -
                        1) != nullptr;
    std::size_t pos = 0;
    while (pos < n) {
        const bool atStart = pos == 0 || !isAtomChar(t[pos - 1]);
        if (atStart) {
            if (const std::size_t path = matchPath(t, pos, relative)) {
                emit(t.substr(pos, path), VarKind::Path, false);
                pos += path;
                continue;
            }
            if (const std::size_t scheme = matchScheme(t, pos)) {
                std::size_t end = pos + scheme;
                while (end < n &&
                       std::string_view("'\"<>[](){}").find(t[end]) == std::string_view::npos)
                    ++end;
                while (end > pos + scheme &&
                       std::string_view(".,;:!?").find(t[end - 1]) != std::string_view::npos)
                    --end;
                const std::string_view body = t.substr(pos + scheme, end - pos - scheme);
                const std::size_t colon = body.rfind(':');
                if (body.empty()) {
                    // "scheme://" alone: plain punctuation follows
                } else if (!hasDigit(body)) {
                    // A link without numbers (documentation, a fixed endpoint) is text.
                    emit(t.substr(pos, end - pos), VarKind::Literal, false);
                    pos = end;
                    continue;
                } else if (colon != std::string_view::npos && colon > 0 &&
                           isPortAt(body, colon + 1) && body.find_first_of(":/@?#=", 0) == colon) {
                    // scheme://host:port: Loghub keeps the colon, `hdfs://<*>:<*>`
                    emit(t.substr(pos, scheme), VarKind::Literal, false);
                    const std::string_view host = body.substr(0, colon);
                    emit(host, classifyAtom(host) == VarKind::Ip ? VarKind::Ip : VarKind::Host,
                         false);
                    emit(body.substr(colon, 1), VarKind::Literal, true);
                    emit(body.substr(colon + 1), VarKind::Number, false);
                    pos = end;
                    continue;
                } else {
                    emit(t.substr(pos, scheme), VarKind::Literal, false);
                    emit(body, VarKind::Url, false);
                    pos = end;
                    continue;
                }
            }
            if (isHexDigit(t[pos]) || t[pos] == ':') {
                if (const std::size_t mac = matchMac(t, pos)) {
                    emit(t.substr(pos, mac), VarKind::Mac, false);
                    pos += mac;
                    continue;
                }
                if (const std::size_t ip = matchIpv6(t, pos)) {
                    emit(t.substr(pos, ip), VarKind::Ip, false);
                    pos += ip;
                    continue;
                }
            }
        }
        if (!isAtomChar(t[pos])) {
            // A run of punctuation, stopping where a path or an IPv6 address begins, and
            // inside an empty pair of brackets or quotes that opens a token: `()` is a value
            // that happens to be empty (unlike the call parentheses of `init()`).
            std::size_t end = pos;
            bool emptyValue = false;
            while (end < n && !isAtomChar(t[end]) &&
                   (end == pos || matchPath(t, end, relative) == 0) &&
                   !(end > pos && t[end] == ':' && matchIpv6(t, end) > 0)) {
                if (end + 1 < n && t[end + 1] == closingPartner(t[end]) &&
                    (end == 0 || !isAtomChar(t[end - 1]))) {
                    emptyValue = true;
                    ++end;
                    break;
                }
                ++end;
            }
            emit(t.substr(pos, end - pos), VarKind::Literal, true);
            if (emptyValue)
                emit(t.substr(end, 0), VarKind::Any, false);
            pos = end;
            continue;
        }
        // An atom: atom characters, and dots between them.
        std::size_t end = pos;
        while (end < n) {
            const std::uint8_t cls = charClass(t[end]);
            if (cls == kAtom)
                ++end;
            else if (cls == kDot && end + 1 < n && isAtomChar(t[end + 1]))
                ++end;
            else
                break;
        }
        const std::string_view atom = t.substr(pos, end - pos);
        if (const std::size_t word = wordPrefixBeforeNumber(atom)) {
            const VarKind rest = classifyAtom(atom.substr(word));
            if (rest != VarKind::Literal) {
                emit(atom.substr(0, word), VarKind::Literal, false);
                emit(atom.substr(word), rest, false);
                pos = end;
                continue;
            }
        }
        VarKind kind = classifyAtom(atom);
        if (kind == VarKind::Literal && end < n && t[end] == ':' && isPortAt(t, end + 1) &&
            isHostName(atom))
            kind = VarKind::Host;
        emit(atom, kind, false);
        pos = end;
    }
}

void MessageTokenizer::tokenizeRemembered(std::string_view token, bool spaceBefore,
                                          std::uint16_t index, std::vector<MessagePiece>& out) {
    // Tokens that start with a digit or a slash are nearly always variables: not worth a lookup.
    constexpr std::size_t kMaxLength = 64;
    constexpr std::size_t kMaxTokens = 1U << 16;
    if (token.size() > kMaxLength || isDigit(token[0]) || token[0] == '/') {
        tokenizeToken(token, spaceBefore, index, out);
        return;
    }
    const std::uint32_t known = m_rememberedTexts.find(token);
    if (known != TokenTable::kMissing) {
        const RememberedToken& remembered = m_remembered[known];
        for (std::uint32_t k = 0; k < remembered.pieceCount; ++k) {
            const std::uint32_t word = remembered.firstPiece + k;
            const RememberedPiece& piece = m_rememberedPieces[word];
            out.push_back({token.substr(piece.offset, piece.length), VarKind::Literal,
                           k == 0 && spaceBefore, piece.delimiter, 1, index, word});
        }
        return;
    }
    const std::size_t before = out.size();
    tokenizeToken(token, spaceBefore, index, out);
    if (m_remembered.size() >= kMaxTokens)
        return;
    for (std::size_t k = before; k < out.size(); ++k) {
        if (out[k].kind != VarKind::Literal)
            return; // only tokens without variables are worth remembering
    }
    const std::uint32_t added = m_rememberedTexts.intern(token);
    if (added != m_remembered.size())
        return;
    m_remembered.push_back({static_cast<std::uint32_t>(m_rememberedPieces.size()),
                            static_cast<std::uint32_t>(out.size() - before)});
    for (std::size_t k = before; k < out.size(); ++k) {
        out[k].word = static_cast<std::uint32_t>(m_rememberedPieces.size());
        m_rememberedPieces.push_back({static_cast<std::uint16_t>(out[k].text.data() - token.data()),
                                      static_cast<std::uint16_t>(out[k].text.size()),
                                      out[k].delimiter});
    }
}

void MessageTokenizer::tokenize(std::string_view message, std::vector<MessagePiece>& out) {
    out.clear();
    m_tokens.clear();
    std::size_t i = 0;
    while (i < message.size()) {
        while (i < message.size() && charClass(message[i]) == kSpace)
            ++i;
        const std::size_t start = i;
        i = findSpace(message, i);
        if (i > start)
            m_tokens.push_back(message.substr(start, i - start));
    }
    constexpr std::size_t kMaxIndex = std::numeric_limits<std::uint16_t>::max();
    bool previousSingleVariable = false;
    std::uint16_t group = 0;
    for (std::size_t t = 0; t < m_tokens.size(); group = group < kMaxIndex ? group + 1 : group) {
        const std::size_t before = out.size();
        const bool space = t > 0;
        const std::string_view token = m_tokens[t];
        if (const DateTimeMatch date = dateTimeAt(m_tokens, t); date.tokens > 0) {
            const std::string_view last = m_tokens[t + date.tokens - 1];
            const char* begin = token.data();
            out.push_back({std::string_view(
                               begin, static_cast<std::size_t>(last.data() + date.lastLen - begin)),
                           VarKind::DateTime, space, false, 1, group});
            if (date.lastLen < last.size())
                tokenizeToken(last.substr(date.lastLen), false, group, out);
            t += date.tokens;
        } else if (matchSize(t)) {
            const std::string_view unit = m_tokens[t + 1];
            std::size_t unitLength = 0;
            while (unitLength < unit.size() && isAlpha(unit[unitLength]))
                ++unitLength;
            const char* begin = token.data();
            out.push_back({std::string_view(
                               begin, static_cast<std::size_t>(unit.data() + unitLength - begin)),
                           VarKind::Size, space, false, 1, group});
            if (unitLength < unit.size())
                tokenizeToken(unit.substr(unitLength), false, group, out);
            t += 2;
        } else {
            tokenizeRemembered(token, space, group, out);
            ++t;
        }
        // Fold "<ID> <ID> <ID>" into one piece: lists of any length are one variable.
        const bool singleVariable = out.size() == before + 1 && out.back().kind != VarKind::Literal;
        if (singleVariable && previousSingleVariable) {
            MessagePiece& previous = out[before - 1];
            if (previous.kind != out.back().kind)
                previous.kind = VarKind::Any;
            const char* begin = previous.text.data();
            const std::string_view current = out.back().text;
            previous.text = std::string_view(
                begin, static_cast<std::size_t>(current.data() + current.size() - begin));
            if (previous.run < kMaxIndex)
                ++previous.run;
            out.pop_back();
        } else {
            previousSingleVariable = singleVariable;
        }
    }
}

} // namespace logscope::core
