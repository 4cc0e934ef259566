#include "core/generator/output/timestamp_text.h"

#include "core/time/civil_time.h"

#include <array>
#include <cstring>

namespace logscope::core {
namespace {

char* put2(char* p, int value) {
    p[0] = static_cast<char>('0' + value / 10);
    p[1] = static_cast<char>('0' + value % 10);
    return p + 2;
}

char* put4(char* p, int value) {
    return put2(put2(p, value / 100), value % 100);
}

} // namespace

char* TimestampText::put(char* p, std::int64_t ns) {
    std::int64_t day = ns / kNanosPerDay;
    std::int64_t rest = ns % kNanosPerDay;
    if (rest < 0) {
        rest += kNanosPerDay;
        --day;
    }
    if (day != m_day) {
        m_day = day;
        const CivilTime t = fromEpochNanos(day * kNanosPerDay);
        char* q = put4(m_date, t.year);
        *q++ = '-';
        q = put2(q, t.month);
        *q++ = '-';
        q = put2(q, t.day);
        *q = 'T';
    }
    std::memcpy(p, m_date, sizeof m_date);
    p += sizeof m_date;
    const auto seconds = static_cast<int>(rest / kNanosPerSecond);
    p = put2(p, seconds / 3600);
    *p++ = ':';
    p = put2(p, seconds / 60 % 60);
    *p++ = ':';
    p = put2(p, seconds % 60);
    if (m_digits > 0) {
        *p = '.';
        std::int64_t fraction = rest % kNanosPerSecond;
        char digits[9];
        for (int i = 8; i >= 0; --i) {
            digits[i] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        std::memcpy(p + 1, digits, static_cast<std::size_t>(m_digits));
        p += 1 + m_digits;
    }
    if (m_zone)
        *p++ = 'Z';
    return p;
}

char* putAccessLogTime(char* p, std::int64_t ns) {
    static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const CivilTime t = fromEpochNanos(ns);
    p = put2(p, t.day);
    *p++ = '/';
    std::memcpy(p, kMonths[static_cast<std::size_t>(t.month - 1)], 3);
    p += 3;
    *p++ = '/';
    p = put4(p, t.year);
    *p++ = ':';
    p = put2(p, t.hour);
    *p++ = ':';
    p = put2(p, t.minute);
    *p++ = ':';
    p = put2(p, t.second);
    std::memcpy(p, " +0000", 6);
    return p + 6;
}

char* putForeignTime(char* p, std::int64_t ns) {
    const CivilTime t = fromEpochNanos(ns);
    p = put2(p, t.month);
    *p++ = '/';
    p = put2(p, t.day);
    *p++ = '/';
    p = put4(p, t.year);
    *p++ = ' ';
    p = put2(p, t.hour);
    *p++ = ':';
    p = put2(p, t.minute);
    *p++ = ':';
    return put2(p, t.second);
}

} // namespace logscope::core
