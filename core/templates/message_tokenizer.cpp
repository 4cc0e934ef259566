#include "core/templates/message_tokenizer.h"

#include "core/templates/char_classes.h"
#include "core/templates/date_time_pattern.h"
#include "core/templates/text_patterns.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace logscope::core {

using namespace patterns;

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