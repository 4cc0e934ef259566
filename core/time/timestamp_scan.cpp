#include "core/time/timestamp_scan.h"

#include <initializer_list>
#include <limits>

namespace logscope::core::timestamp_scan {
namespace {

int digit(char c) noexcept {
    return c - '0';
}
bool digitsAt(std::string_view s, std::initializer_list<std::size_t> positions) noexcept {
    for (const std::size_t i : positions) {
        if (!isDigit(s[i]))
            return false;
    }
    return true;
}
int twoAt(std::string_view s, std::size_t i) noexcept {
    return digit(s[i]) * 10 + digit(s[i + 1]);
}

// HH:MM:SS starting at position at (digits already checked).
void clockAt(std::string_view s, std::size_t at, CivilTime& t) noexcept {
    t.hour = twoAt(s, at);
    t.minute = twoAt(s, at + 3);
    t.second = twoAt(s, at + 6);
}

} // namespace

bool validDate(const CivilTime& t) noexcept {
    return t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31;
}
bool validTime(const CivilTime& t) noexcept {
    return t.hour <= 24 && t.minute <= 59 && t.second <= 60;
}

int twoDigitYear(int yy) noexcept {
    return yy < 70 ? 2000 + yy : 1900 + yy;
}

// `.123` or `,123`: any number of digits; the first nine count.
void fraction(Scan& sc, CivilTime& t) noexcept {
    if ((sc.peek() != '.' && sc.peek() != ',') || !isDigit(sc.peek(1)))
        return;
    ++sc.pos;
    static constexpr std::int64_t kScale[10] = {
        1'000'000'000, 100'000'000, 10'000'000, 1'000'000, 100'000, 10'000, 1'000, 100, 10, 1};
    std::int64_t value = 0;
    int digits = 0;
    for (; isDigit(sc.peek()); ++sc.pos) {
        if (digits < 9) {
            value = value * 10 + (sc.peek() - '0');
            ++digits;
        }
    }
    t.nanos += value * kScale[digits];
}

// HH:MM[:SS][.frac]; with `separator` '.', BGL's HH.MM.SS.ffffff.
bool timeOfDay(Scan& sc, CivilTime& t, char separator) noexcept {
    if (!sc.shortNumber(t.hour) || !sc.lit(separator) || !sc.digits(2, t.minute))
        return false;
    if (sc.peek() == separator && isDigit(sc.peek(1))) {
        ++sc.pos;
        if (!sc.digits(2, t.second))
            return false;
        fraction(sc, t);
    }
    return validTime(t);
}

bool atBoundary(const Scan& sc, std::size_t at) noexcept {
    return at >= sc.s.size() || sc.s[at] == ' ' || sc.s[at] == ']' || sc.s[at] == '\t' ||
           sc.s[at] == ',' || sc.s[at] == ')' || sc.s[at] == '"' || sc.s[at] == '|';
}

// Z, ±HH[:MM], ±HHMM, or after one space ±HHMM / UTC / GMT. Returns the offset in minutes.
std::int64_t zone(Scan& sc) noexcept {
    const char c = sc.peek();
    if ((c == 'Z' || c == 'z') && !isAlpha(sc.peek(1))) {
        ++sc.pos;
        return 0;
    }
    if ((c == '+' || c == '-') && isDigit(sc.peek(1)) && isDigit(sc.peek(2))) {
        Scan probe = sc;
        ++probe.pos;
        int hours = 0;
        int minutes = 0;
        probe.digits(2, hours);
        if (probe.peek() == ':' && isDigit(probe.peek(1)))
            ++probe.pos;
        if (isDigit(probe.peek()) && !probe.digits(2, minutes))
            return 0;
        if (isDigit(probe.peek()) || hours > 23 || minutes > 59)
            return 0;
        sc = probe;
        return (hours * 60 + minutes) * (c == '-' ? -1 : 1);
    }
    if (c == ' ') {
        const char d = sc.peek(1);
        if ((d == '+' || d == '-') && sc.digitRun(sc.pos + 2) == 4 && atBoundary(sc, sc.pos + 6)) {
            Scan probe = sc;
            probe.pos += 2;
            int hours = 0;
            int minutes = 0;
            probe.digits(2, hours);
            probe.digits(2, minutes);
            if (hours > 23 || minutes > 59)
                return 0;
            sc = probe;
            return (hours * 60 + minutes) * (d == '-' ? -1 : 1);
        }
        const std::string_view rest = sc.s.substr(sc.pos + 1);
        if ((d == 'U' || d == 'G') && (rest.starts_with("UTC") || rest.starts_with("GMT")) &&
            atBoundary(sc, sc.pos + 4)) {
            sc.pos += 4;
            return 0;
        }
    }
    return 0;
}

bool finish(const CivilTime& t, std::int64_t offsetMinutes, const Scan& sc, ParsedTime& out,
            bool yearless) noexcept {
    if (!validDate(t) || !validTime(t))
        return false;
    // Outside int64 nanoseconds (toEpochNanos gives INT64_MIN), or pushed out by the zone
    // offset: a time, but one that cannot be represented, so the line reads as untimed (the
    // subtraction overflowed before; found by fuzzing).
    constexpr std::int64_t kUnrepresentable = std::numeric_limits<std::int64_t>::min();
    const std::int64_t local = toEpochNanos(t);
    if (local == kUnrepresentable ||
        __builtin_sub_overflow(local, offsetMinutes * kNanosPerMinute, &out.ns))
        out.ns = kUnrepresentable;
    out.length = sc.pos;
    out.yearless = yearless;
    return true;
}

// YYYY-MM-DD[(T| |_|-)HH:MM[:SS[.f]]][zone] and the / and . date separators.

bool syslogTail(Scan& sc, CivilTime& t, ParsedTime& out) noexcept {
    fraction(sc, t);
    if (sc.peek() == ' ' && sc.digitRun(sc.pos + 1) == 4 && atBoundary(sc, sc.pos + 5)) {
        ++sc.pos;
        sc.digits(4, t.year);
        return finish(t, zone(sc), sc, out);
    }
    t.year = kAssumedYear;
    return finish(t, zone(sc), sc, out, true);
}

// Mmm dd HH:MM:SS[.f][ yyyy] (syslog) or Mmm dd yyyy HH:MM:SS; `month` is already read.

namespace {

// The fraction and zone after a fixed-width time ending at position end.
bool zonedTail(std::string_view s, std::size_t end, CivilTime& t, ParsedTime& out) noexcept {
    Scan sc{s, end};
    fraction(sc, t);
    return finish(t, zone(sc), sc, out);
}

} // namespace

bool fastPath(std::string_view s, ParsedTime& out, bool& handled) noexcept {
    handled = false;
    if (s.size() < 15)
        return false;
    CivilTime t;
    // 2024-01-15T10:30:45 / 2024-01-15 10:30:45
    if (s.size() >= 19 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ') &&
        s[13] == ':' && s[16] == ':' &&
        digitsAt(s, {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})) {
        t.year = twoAt(s, 0) * 100 + twoAt(s, 2);
        t.month = twoAt(s, 5);
        t.day = twoAt(s, 8);
        clockAt(s, 11, t);
        handled = true;
        return zonedTail(s, 19, t, out);
    }
    // Jun 14 15:16:01 / Jun  4 15:16:01
    if (isAlpha(s[0]) && s[3] == ' ' && (s[4] == ' ' || isDigit(s[4])) && s[6] == ' ' &&
        s[9] == ':' && s[12] == ':' && digitsAt(s, {5, 7, 8, 10, 11, 13, 14})) {
        t.month = monthFromName(s.substr(0, 3));
        if (t.month == 0)
            return false;
        t.day = s[4] == ' ' ? digit(s[5]) : twoAt(s, 4);
        clockAt(s, 7, t);
        Scan sc{s, 15};
        handled = true;
        return syslogTail(sc, t, out);
    }
    // 10/Oct/2000:13:55:36 -0700
    if (s.size() >= 20 && s[2] == '/' && s[6] == '/' && s[11] == ':' && s[14] == ':' &&
        s[17] == ':' && digitsAt(s, {0, 1, 7, 8, 9, 10, 12, 13, 15, 16, 18, 19})) {
        t.month = monthFromName(s.substr(3, 3));
        if (t.month == 0)
            return false;
        t.day = twoAt(s, 0);
        t.year = twoAt(s, 7) * 100 + twoAt(s, 9);
        clockAt(s, 12, t);
        handled = true;
        return zonedTail(s, 20, t, out);
    }
    return false;
}

} // namespace logscope::core::timestamp_scan
