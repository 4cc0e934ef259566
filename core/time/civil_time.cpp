#include "core/time/civil_time.h"

#include <limits>

namespace logscope::core {
namespace {

bool readDigits(std::string_view text, std::size_t& pos, int count, int& value) noexcept {
    if (pos + static_cast<std::size_t>(count) > text.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + static_cast<std::size_t>(i)];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    value = v;
    pos += static_cast<std::size_t>(count);
    return true;
}

bool expect(std::string_view text, std::size_t& pos, char c) noexcept {
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

void appendPadded(std::string& out, std::int64_t value, int width) {
    char buf[24];
    int n = 0;
    for (int i = 0; i < width; ++i) {
        buf[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    while (n > 0)
        out.push_back(buf[--n]);
}

} // namespace

std::int64_t daysFromCivil(int year, int month, int day) noexcept {
    // Howard Hinnant's days_from_civil.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const auto mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::int64_t toEpochNanos(const CivilTime& t) noexcept {
    // Consecutive log lines share their month: remember where the last one started.
    thread_local int cachedYear = -1'000'000;
    thread_local int cachedMonth = 0;
    thread_local std::int64_t cachedMonthStart = 0;
    if (t.year != cachedYear || t.month != cachedMonth) {
        cachedMonthStart = daysFromCivil(t.year, t.month, 1);
        cachedYear = t.year;
        cachedMonth = t.month;
    }
    const std::int64_t days = cachedMonthStart + t.day - 1;
    const std::int64_t seconds = days * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
    // Nanoseconds since 1970 reach only the years 1677..2262; a time outside that cannot be
    // represented and reads as no time (the table's kNoTimestamp) instead of overflowing.
    constexpr std::int64_t kMaxSeconds =
        std::numeric_limits<std::int64_t>::max() / kNanosPerSecond - 1;
    if (seconds > kMaxSeconds || seconds < -kMaxSeconds)
        return std::numeric_limits<std::int64_t>::min();
    return seconds * kNanosPerSecond + t.nanos;
}

CivilTime fromEpochNanos(std::int64_t ns) noexcept {
    std::int64_t days = ns / kNanosPerDay;
    std::int64_t rest = ns % kNanosPerDay;
    if (rest < 0) {
        rest += kNanosPerDay;
        --days;
    }
    // Howard Hinnant's civil_from_days.
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    CivilTime t;
    t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    t.year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (t.month <= 2 ? 1 : 0));
    t.hour = static_cast<int>(rest / kNanosPerHour);
    t.minute = static_cast<int>(rest / kNanosPerMinute % 60);
    t.second = static_cast<int>(rest / kNanosPerSecond % 60);
    t.nanos = rest % kNanosPerSecond;
    return t;
}

int weekdayOf(std::int64_t ns) noexcept {
    std::int64_t days = ns / kNanosPerDay;
    if (ns % kNanosPerDay < 0)
        --days;
    // 1970-01-01 was a Thursday (index 3 when Monday is 0).
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

bool parseIso8601(std::string_view text, std::int64_t& ns) noexcept {
    CivilTime t;
    std::size_t pos = 0;
    if (!readDigits(text, pos, 4, t.year) || !expect(text, pos, '-') ||
        !readDigits(text, pos, 2, t.month) || !expect(text, pos, '-') ||
        !readDigits(text, pos, 2, t.day))
        return false;
    if (pos >= text.size() || (text[pos] != 'T' && text[pos] != ' ' && text[pos] != 't'))
        return false;
    ++pos;
    if (!readDigits(text, pos, 2, t.hour) || !expect(text, pos, ':') ||
        !readDigits(text, pos, 2, t.minute))
        return false;
    if (expect(text, pos, ':') && !readDigits(text, pos, 2, t.second))
        return false;
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
        ++pos;
        std::int64_t scale = 100'000'000;
        const std::size_t start = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            t.nanos += (text[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return false;
    }
    if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31 || t.hour > 23 || t.minute > 59 ||
        t.second > 60)
        return false;
    std::int64_t offsetMinutes = 0;
    if (pos < text.size()) {
        const char zone = text[pos];
        if (zone == 'Z' || zone == 'z') {
            ++pos;
        } else if (zone == '+' || zone == '-') {
            ++pos;
            int hours = 0;
            int minutes = 0;
            if (!readDigits(text, pos, 2, hours))
                return false;
            expect(text, pos, ':');
            if (pos < text.size() && !readDigits(text, pos, 2, minutes))
                return false;
            offsetMinutes = (hours * 60 + minutes) * (zone == '-' ? -1 : 1);
        }
    }
    if (pos != text.size())
        return false;
    ns = toEpochNanos(t) - offsetMinutes * kNanosPerMinute;
    return true;
}

void appendIso8601(std::string& out, std::int64_t ns, int fractionDigits, bool withZone) {
    const CivilTime t = fromEpochNanos(ns);
    appendPadded(out, t.year, 4);
    out.push_back('-');
    appendPadded(out, t.month, 2);
    out.push_back('-');
    appendPadded(out, t.day, 2);
    out.push_back('T');
    appendPadded(out, t.hour, 2);
    out.push_back(':');
    appendPadded(out, t.minute, 2);
    out.push_back(':');
    appendPadded(out, t.second, 2);
    if (fractionDigits > 0) {
        out.push_back('.');
        std::int64_t fraction = t.nanos;
        for (int i = fractionDigits; i < 9; ++i)
            fraction /= 10;
        appendPadded(out, fraction, fractionDigits);
    }
    if (withZone)
        out.push_back('Z');
}

std::string formatIso8601(std::int64_t ns, int fractionDigits, bool withZone) {
    std::string out;
    out.reserve(32);
    appendIso8601(out, ns, fractionDigits, withZone);
    return out;
}

} // namespace logscope::core
