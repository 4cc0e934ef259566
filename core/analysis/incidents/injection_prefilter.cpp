#include "core/analysis/incidents/injection_prefilter.h"

#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace logscope::core {
namespace {

bool isTrigger(char c) {
    switch (c) {
    case '\'':
    case '<':
    case '%':
    case ';':
    case '`':
    case '\\': // a JSON escape in a raw line may hide any of the above
        return true;
    default:
        return false;
    }
}

char lower(char c) {
    return static_cast<char>(c | 0x20);
}

// Bytes [from, n): a trigger byte, "..", or "uni" (any case) starting there.
bool scalarScan(std::string_view text, std::size_t from) {
    const std::size_t n = text.size();
    for (std::size_t i = from; i < n; ++i) {
        if (isTrigger(text[i]))
            return true;
        if (text[i] == '.' && i + 1 < n && text[i + 1] == '.')
            return true;
        if (lower(text[i]) == 'u' && i + 2 < n && lower(text[i + 1]) == 'n' &&
            lower(text[i + 2]) == 'i')
            return true;
    }
    return false;
}

} // namespace

bool mayBeInjection(std::string_view text) {
    std::size_t i = 0;
#if defined(__SSE2__)
    const char* p = text.data();
    const std::size_t n = text.size();
    const auto splat = [](char c) {
        return _mm_set1_epi8(c);
    };
    const __m128i quote = splat('\'');
    const __m128i less = splat('<');
    const __m128i percent = splat('%');
    const __m128i semicolon = splat(';');
    const __m128i backtick = splat('`');
    const __m128i backslash = splat('\\');
    const __m128i dot = splat('.');
    const __m128i caseBit = splat(0x20);
    const __m128i u = splat('u');
    const __m128i nLetter = splat('n');
    const __m128i iLetter = splat('i');
    // Each step reads bytes i .. i+17 (for the two- and three-byte sequences).
    for (; i + 18 <= n; i += 16) {
        const auto load = [&](std::size_t at) {
            return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
        };
        const __m128i b0 = load(i);
        const __m128i b1 = load(i + 1);
        const __m128i b2 = load(i + 2);
        __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b0, quote), _mm_cmpeq_epi8(b0, less)),
                         _mm_or_si128(_mm_cmpeq_epi8(b0, percent), _mm_cmpeq_epi8(b0, semicolon))),
            _mm_or_si128(_mm_cmpeq_epi8(b0, backtick), _mm_cmpeq_epi8(b0, backslash)));
        hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(b0, dot), _mm_cmpeq_epi8(b1, dot)));
        const __m128i uni =
            _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(b0, caseBit), u),
                          _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(b1, caseBit), nLetter),
                                        _mm_cmpeq_epi8(_mm_or_si128(b2, caseBit), iLetter)));
        hit = _mm_or_si128(hit, uni);
        if (_mm_movemask_epi8(hit) != 0)
            return true;
    }
#endif
    return scalarScan(text, i);
}

} // namespace logscope::core
