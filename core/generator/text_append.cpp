#include "core/generator/text_append.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace logscope::core {
namespace {

constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

// Unsigned decimal, two digits at a time.
char* putUnsigned(char* p, std::uint64_t value) noexcept {
    char buf[20];
    char* end = buf + sizeof buf;
    char* q = end;
    while (value >= 100) {
        const auto pair = static_cast<std::size_t>(value % 100) * 2;
        value /= 100;
        *--q = kDigitPairs[pair + 1];
        *--q = kDigitPairs[pair];
    }
    if (value >= 10) {
        const auto pair = static_cast<std::size_t>(value) * 2;
        *--q = kDigitPairs[pair + 1];
        *--q = kDigitPairs[pair];
    } else {
        *--q = static_cast<char>('0' + value);
    }
    const auto n = static_cast<std::size_t>(end - q);
    std::memcpy(p, q, n);
    return p + n;
}

// Which bytes JSON strings must escape: quote, backslash and control characters.
constexpr std::array<bool, 256> kNeedsEscape = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[static_cast<std::size_t>(c)] = true;
    table['"'] = true;
    table['\\'] = true;
    return table;
}();

} // namespace

char* putInt(char* p, std::int64_t value) noexcept {
    if (value < 0) {
        *p++ = '-';
        return putUnsigned(p, static_cast<std::uint64_t>(-(value + 1)) + 1);
    }
    return putUnsigned(p, static_cast<std::uint64_t>(value));
}

char* putFixed(char* p, double value, int decimals) noexcept {
    static constexpr std::int64_t kScale[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    decimals = std::clamp(decimals, 0, 6);
    if (!std::isfinite(value)) {
        *p++ = '0';
        return p;
    }
    const double scaled = std::round(std::fabs(value) * static_cast<double>(kScale[decimals]));
    if (scaled > 9e15) {
        const auto r = std::to_chars(p, p + 32, value, std::chars_format::fixed, 0);
        return r.ptr;
    }
    const auto units = static_cast<std::int64_t>(scaled);
    if (value < 0 && units != 0)
        *p++ = '-';
    p = putUnsigned(p, static_cast<std::uint64_t>(units / kScale[decimals]));
    if (decimals == 0)
        return p;
    *p++ = '.';
    std::int64_t fraction = units % kScale[decimals];
    for (int i = decimals - 1; i >= 0; --i) {
        p[i] = static_cast<char>('0' + fraction % 10);
        fraction /= 10;
    }
    return p + decimals;
}

char* putJsonString(char* p, std::string_view text) noexcept {
    static constexpr char kHex[] = "0123456789abcdef";
    *p++ = '"';
    const char* run = text.data();
    const char* end = text.data() + text.size();
    const char* c = run;
    // Eight bytes at a time while none needs escaping (SWAR: a byte below 0x20, or equal to
    // '"' or '\\', sets its high bit in `flagged`; UTF-8 bytes >= 0x80 never do).
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    while (end - c >= 8) {
        std::uint64_t v;
        std::memcpy(&v, c, 8);
        const std::uint64_t quote = v ^ (kOnes * '"');
        const std::uint64_t slash = v ^ (kOnes * '\\');
        const std::uint64_t flagged =
            ((v - kOnes * 0x20) & ~v) | ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash);
        if ((flagged & kHigh) != 0)
            break;
        c += 8;
    }
    for (; c != end; ++c) {
        const auto u = static_cast<unsigned char>(*c);
        if (!kNeedsEscape[u])
            continue;
        p = putText(p, std::string_view(run, static_cast<std::size_t>(c - run)));
        run = c + 1;
        *p++ = '\\';
        switch (u) {
        case '"':
        case '\\':
            *p++ = static_cast<char>(u);
            break;
        case '\n':
            *p++ = 'n';
            break;
        case '\r':
            *p++ = 'r';
            break;
        case '\t':
            *p++ = 't';
            break;
        default:
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = kHex[u >> 4];
            *p++ = kHex[u & 0xF];
        }
    }
    p = putText(p, std::string_view(run, static_cast<std::size_t>(end - run)));
    *p++ = '"';
    return p;
}

char* putIp(char* p, std::uint32_t ip) noexcept {
    for (int shift = 24; shift >= 0; shift -= 8) {
        const std::uint32_t octet = (ip >> shift) & 0xFF;
        if (octet >= 100) {
            *p++ = static_cast<char>('0' + octet / 100);
            *p++ = kDigitPairs[(octet % 100) * 2];
            *p++ = kDigitPairs[(octet % 100) * 2 + 1];
        } else if (octet >= 10) {
            *p++ = kDigitPairs[octet * 2];
            *p++ = kDigitPairs[octet * 2 + 1];
        } else {
            *p++ = static_cast<char>('0' + octet);
        }
        if (shift > 0)
            *p++ = '.';
    }
    return p;
}

void appendInt(std::string& out, std::int64_t value) {
    char buf[24];
    out.append(buf, putInt(buf, value));
}

void appendIp(std::string& out, std::uint32_t ip) {
    char buf[16];
    out.append(buf, putIp(buf, ip));
}

void appendFixed(std::string& out, double value, int decimals) {
    char buf[40];
    out.append(buf, putFixed(buf, value, decimals));
}

} // namespace logscope::core
