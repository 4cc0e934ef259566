#include "core/generator/output/timestamp_text.h"

#include "core/time/civil_time.h"

#include <array>

namespace logscope::core {
namespace {

void put2(char* at, int value) {
    at[0] = static_cast<char>('0' + value / 10);
    at[1] = static_cast<char>('0' + value % 10);
}

void append2(std::string& out, int value) {
    char buf[2];
    put2(buf, value);
    out.append(buf, 2);
}

void append4(std::string& out, int value) {
    char buf[4];
    put2(buf, value / 100);
    put2(buf + 2, value % 100);
    out.append(buf, 4);
}

CivilTime civil(std::int64_t ns) {
    return fromEpochNanos(ns);
}

} // namespace

void TimestampText::append(std::string& out, std::int64_t ns) {
    std::int64_t second = ns / kNanosPerSecond;
    std::int64_t nanos = ns % kNanosPerSecond;
    if (nanos < 0) {
        nanos += kNanosPerSecond;
        --second;
    }
    if (second != m_second) {
        m_second = second;
        const CivilTime t = civil(second * kNanosPerSecond);
        put2(m_prefix, t.year / 100);
        put2(m_prefix + 2, t.year % 100);
        m_prefix[4] = '-';
        put2(m_prefix + 5, t.month);
        m_prefix[7] = '-';
        put2(m_prefix + 8, t.day);
        m_prefix[10] = 'T';
        put2(m_prefix + 11, t.hour);
        m_prefix[13] = ':';
        put2(m_prefix + 14, t.minute);
        m_prefix[16] = ':';
        put2(m_prefix + 17, t.second);
    }
    out.append(m_prefix, sizeof m_prefix);
    if (m_digits > 0) {
        char fraction[10];
        fraction[0] = '.';
        std::int64_t value = nanos;
        for (int i = 9; i >= 1; --i) {
            fraction[i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
        out.append(fraction, static_cast<std::size_t>(m_digits) + 1);
    }
    if (m_zone)
        out.push_back('Z');
}

void appendAccessLogTime(std::string& out, std::int64_t ns) {
    static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const CivilTime t = civil(ns);
    append2(out, t.day);
    out.push_back('/');
    out += kMonths[static_cast<std::size_t>(t.month - 1)];
    out.push_back('/');
    append4(out, t.year);
    out.push_back(':');
    append2(out, t.hour);
    out.push_back(':');
    append2(out, t.minute);
    out.push_back(':');
    append2(out, t.second);
    out += " +0000";
}

void appendForeignTime(std::string& out, std::int64_t ns) {
    const CivilTime t = civil(ns);
    append2(out, t.month);
    out.push_back('/');
    append2(out, t.day);
    out.push_back('/');
    append4(out, t.year);
    out.push_back(' ');
    append2(out, t.hour);
    out.push_back(':');
    append2(out, t.minute);
    out.push_back(':');
    append2(out, t.second);
}

} // namespace logscope::core
