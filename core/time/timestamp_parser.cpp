#include "core/time/timestamp_parser.h"

#include "core/time/civil_time.h"
#include "core/time/timestamp_scan.h"

#include <array>
#include <cmath>
#include <limits>

namespace logscope::core {
namespace {

using namespace timestamp_scan;

bool isoLike(Scan& sc, ParsedTime& out) noexcept {
    CivilTime t;
    sc.digits(4, t.year);
    const char sep = sc.peek();
    if (sep != '-' && sep != '/' && sep != '.')
        return false;
    ++sc.pos;
    if (!sc.shortNumber(t.month) || !sc.lit(sep) || !sc.shortNumber(t.day))
        return false;
    if (isDigit(sc.peek()))
        return false;
    const char between = sc.peek();
    if (between == 'T' || between == 't' || between == ' ' || between == '_') {
        Scan timed = sc;
        ++timed.pos;
        if (timeOfDay(timed, t)) {
            sc = timed;
            return finish(t, zone(sc), sc, out);
        }
    } else if (between == '-' && sep == '-') {
        // BGL: 2005-06-03-15.42.50.675872
        Scan timed = sc;
        ++timed.pos;
        if (timeOfDay(timed, t, '.')) {
            sc = timed;
            return finish(t, 0, sc, out);
        }
    }
    return finish(t, 0, sc, out); // a date alone: midnight
}

// 20240115T103045 / 20240115 103045
bool compactLong(Scan& sc, ParsedTime& out) noexcept {
    CivilTime t;
    if (!sc.digits(4, t.year) || !sc.digits(2, t.month) || !sc.digits(2, t.day))
        return false;
    if ((sc.peek() != 'T' && sc.peek() != ' ') || sc.digitRun(sc.pos + 1) != 6)
        return false;
    ++sc.pos;
    sc.digits(2, t.hour);
    sc.digits(2, t.minute);
    sc.digits(2, t.second);
    fraction(sc, t);
    return finish(t, zone(sc), sc, out);
}

// HDFS: 081109 203615
bool compactShort(Scan& sc, ParsedTime& out) noexcept {
    CivilTime t;
    int yy = 0;
    if (!sc.digits(2, yy) || !sc.digits(2, t.month) || !sc.digits(2, t.day))
        return false;
    if (sc.peek() != ' ' || sc.digitRun(sc.pos + 1) != 6)
        return false;
    ++sc.pos;
    t.year = twoDigitYear(yy);
    sc.digits(2, t.hour);
    sc.digits(2, t.minute);
    sc.digits(2, t.second);
    fraction(sc, t);
    return finish(t, 0, sc, out);
}

// Spark: 17/06/09 20:10:40; Apache access: 10/Oct/2000:13:55:36 -0700
bool slashed(Scan& sc, ParsedTime& out) noexcept {
    CivilTime t;
    int first = 0;
    sc.digits(2, first);
    if (!sc.lit('/'))
        return false;
    if (isAlpha(sc.peek())) {
        const std::size_t n = sc.alphaRun(sc.pos);
        t.day = first;
        t.month = monthFromName(sc.s.substr(sc.pos, n));
        sc.pos += n;
        if (t.month == 0 || !sc.lit('/') || !sc.digits(4, t.year) || !sc.lit(':') ||
            !timeOfDay(sc, t))
            return false;
        return finish(t, zone(sc), sc, out);
    }
    t.year = twoDigitYear(first);
    if (!sc.digits(2, t.month) || !sc.lit('/') || !sc.digits(2, t.day) || !sc.lit(' ') ||
        !timeOfDay(sc, t))
        return false;
    return finish(t, zone(sc), sc, out);
}

// Room for a fraction of a second below INT64_MAX.
constexpr std::int64_t kLatestNs = std::numeric_limits<std::int64_t>::max() - kNanosPerSecond;

bool epochDigits(Scan& sc, std::size_t n, ParsedTime& out) noexcept {
    if (n != 9 && n != 10 && n != 12 && n != 13 && n != 15 && n != 16 && n != 18 && n != 19)
        return false;
    const char after = sc.peek(n);
    if (after == ':' || after == '-' || after == '/' || isAlpha(after))
        return false;
    // 19 digits, or 10 digits of seconds in nanoseconds, can pass int64: such a number is not
    // a time (the overflow was UB; found by fuzzing).
    std::int64_t value = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (__builtin_mul_overflow(value, 10, &value) ||
            __builtin_add_overflow(value, sc.s[sc.pos + i] - '0', &value))
            return false;
    }
    const std::int64_t scale = n <= 10   ? kNanosPerSecond
                               : n <= 13 ? 1'000'000
                               : n <= 16 ? 1'000
                                         : 1;
    std::int64_t ns = 0;
    if (__builtin_mul_overflow(value, scale, &ns) || ns > kLatestNs)
        return false;
    sc.pos += n;
    if (n <= 10 && sc.peek() == '.' && isDigit(sc.peek(1))) {
        ++sc.pos;
        std::int64_t fractionScale = 100'000'000;
        while (isDigit(sc.peek())) {
            ns += (sc.peek() - '0') * fractionScale;
            fractionScale /= 10;
            ++sc.pos;
        }
    }
    out.ns = ns;
    out.length = sc.pos;
    out.yearless = false;
    return true;
}

bool isWeekday(std::string_view word) noexcept {
    static constexpr std::array<std::string_view, 7> kDays{"mon", "tue", "wed", "thu",
                                                           "fri", "sat", "sun"};
    if (word.size() < 3)
        return false;
    const char key[3] = {lower(word[0]), lower(word[1]), lower(word[2])};
    for (const auto day : kDays) {
        if (std::string_view(key, 3) == day)
            return word.size() == 3 || word.size() >= 6; // "Mon" or "Monday"
    }
    return false;
}

// After syslog's HH:MM:SS: a fraction, then a year (else the time is year-less), then a zone.
bool monthFirst(Scan& sc, CivilTime t, ParsedTime& out) noexcept {
    if (!sc.lit(' '))
        return false;
    sc.skipSpaces(); // "Jun  4"
    if (!sc.shortNumber(t.day))
        return false;
    if (sc.peek() == ',') // "Jan 02, 2024 ..."
        ++sc.pos;
    if (!sc.lit(' '))
        return false;
    if (sc.digitRun(sc.pos) == 4 && sc.peek(4) == ' ') {
        sc.digits(4, t.year);
        ++sc.pos;
        if (!timeOfDay(sc, t))
            return false;
        return finish(t, zone(sc), sc, out);
    }
    if (!timeOfDay(sc, t))
        return false;
    return syslogTail(sc, t, out);
}

bool letterLed(Scan& sc, ParsedTime& out) noexcept {
    const std::size_t n = sc.alphaRun(sc.pos);
    const std::string_view word = sc.s.substr(sc.pos, n);
    CivilTime t;
    if (const int month = monthFromName(word); month > 0) {
        sc.pos += n;
        t.month = month;
        return monthFirst(sc, t, out);
    }
    if (!isWeekday(word))
        return false;
    sc.pos += n;
    if (sc.lit(',')) {
        // RFC 2822: Tue, 15 Nov 1994 08:12:31 GMT
        sc.skipSpaces();
        if (!sc.shortNumber(t.day) || !sc.lit(' '))
            return false;
        const std::size_t m = sc.alphaRun(sc.pos);
        t.month = monthFromName(sc.s.substr(sc.pos, m));
        sc.pos += m;
        if (t.month == 0 || !sc.lit(' ') || !sc.digits(4, t.year) || !sc.lit(' ') ||
            !timeOfDay(sc, t))
            return false;
        return finish(t, zone(sc), sc, out);
    }
    // ctime: Sun Dec 04 04:47:44 2005
    if (!sc.lit(' '))
        return false;
    const std::size_t m = sc.alphaRun(sc.pos);
    t.month = monthFromName(sc.s.substr(sc.pos, m));
    if (t.month == 0)
        return false;
    sc.pos += m;
    return monthFirst(sc, t, out);
}

} // namespace

int monthFromName(std::string_view text) noexcept {
    if (text.size() == 3) {
        // The common case (syslog, Apache): three letters, decided by a switch.
        const char a = lower(text[0]);
        const char b = lower(text[1]);
        const char c = lower(text[2]);
        const auto is = [&](const char* m) {
            return a == m[0] && b == m[1] && c == m[2];
        };
        switch (a) {
        case 'j':
            return is("jan") ? 1 : is("jun") ? 6 : is("jul") ? 7 : 0;
        case 'f':
            return is("feb") ? 2 : 0;
        case 'm':
            return is("mar") ? 3 : is("may") ? 5 : 0;
        case 'a':
            return is("apr") ? 4 : is("aug") ? 8 : 0;
        case 's':
            return is("sep") ? 9 : 0;
        case 'o':
            return is("oct") ? 10 : 0;
        case 'n':
            return is("nov") ? 11 : 0;
        case 'd':
            return is("dec") ? 12 : 0;
        default:
            return 0;
        }
    }
    static constexpr std::array<std::string_view, 12> kMonths{
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (text.size() < 3 || text.size() > 9)
        return 0;
    char key[9];
    for (std::size_t i = 0; i < text.size(); ++i)
        key[i] = lower(text[i]);
    const std::string_view word(key, text.size());
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (word.size() == 3 ? kMonths[i].starts_with(word) : kMonths[i] == word)
            return static_cast<int>(i) + 1;
    }
    // "Sept" is common enough to accept.
    return word == "sept" ? 9 : 0;
}

bool parseTimestampPrefix(std::string_view text, ParsedTime& out) noexcept {
    bool handled = false;
    if (fastPath(text, out, handled) || handled)
        return handled && out.length > 0;
    Scan sc{text, 0};
    const char c = sc.peek();
    if (isAlpha(c))
        return letterLed(sc, out);
    if (!isDigit(c))
        return false;
    const std::size_t n = sc.digitRun(0);
    const char after = sc.peek(n);
    if (n == 4 && (after == '-' || after == '/' || after == '.'))
        return isoLike(sc, out);
    if (n == 2 && after == '/')
        return slashed(sc, out);
    if (n == 8 && (after == 'T' || after == ' ') && compactLong(sc, out))
        return true;
    sc.pos = 0;
    if (n == 6 && after == ' ' && compactShort(sc, out))
        return true;
    sc.pos = 0;
    return epochDigits(sc, n, out);
}

bool parseTimestamp(std::string_view text, ParsedTime& out) noexcept {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return parseTimestampPrefix(text, out) && out.length == text.size();
}

std::int64_t epochToNanos(double value) noexcept {
    if (!std::isfinite(value))
        return 0;
    const double magnitude = std::fabs(value);
    const std::int64_t scale = magnitude < 1e11   ? kNanosPerSecond
                               : magnitude < 1e14 ? 1'000'000
                               : magnitude < 1e17 ? 1'000
                                                  : 1;
    // Beyond int64 nanoseconds (after 2262) once scaled: not a time.
    if (magnitude * static_cast<double>(scale) >= 9.2e18)
        return 0;
    // Whole and fraction apart: a double cannot hold 1.7e18 exactly, its parts can.
    const auto whole = static_cast<std::int64_t>(std::trunc(value));
    const double fraction = value - static_cast<double>(whole);
    return whole * scale +
           static_cast<std::int64_t>(std::llround(fraction * static_cast<double>(scale)));
}

std::int64_t withYear(std::int64_t yearlessNs, int year) noexcept {
    // Shift by whole years; the assumed year is a leap year, so in a common year every day
    // from March on comes one day earlier in the year (and Feb 29 becomes Mar 1).
    static const std::int64_t kAssumedStart = daysFromCivil(kAssumedYear, 1, 1) * kNanosPerDay;
    constexpr std::int64_t kMarchFirst = 60 * kNanosPerDay;
    std::int64_t inYear = yearlessNs - kAssumedStart;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (!leap && inYear >= kMarchFirst)
        inYear -= kNanosPerDay;
    return daysFromCivil(year, 1, 1) * kNanosPerDay + inYear;
}

} // namespace logscope::core
