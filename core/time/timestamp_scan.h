#pragma once

// The scanner behind parseTimestampPrefix: shared by the general parser and its fixed-width
// fast paths. Internal to core/time.

#include "core/time/civil_time.h"
#include "core/time/timestamp_parser.h"

#include <cstdint>
#include <string_view>

namespace logscope::core::timestamp_scan {

inline bool isDigit(char c) noexcept {
    return c >= '0' && c <= '9';
}
inline bool isAlpha(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline char lower(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// A cursor over the text being parsed.
struct Scan {
    std::string_view s;
    std::size_t pos = 0;

    [[nodiscard]] char peek(std::size_t ahead = 0) const noexcept {
        return pos + ahead < s.size() ? s[pos + ahead] : '\0';
    }
    [[nodiscard]] std::size_t digitRun(std::size_t from) const noexcept {
        std::size_t n = 0;
        while (from + n < s.size() && isDigit(s[from + n]))
            ++n;
        return n;
    }
    [[nodiscard]] std::size_t alphaRun(std::size_t from) const noexcept {
        std::size_t n = 0;
        while (from + n < s.size() && isAlpha(s[from + n]))
            ++n;
        return n;
    }
    bool digits(std::size_t count, int& value) noexcept {
        if (pos + count > s.size())
            return false;
        int v = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const char c = s[pos + i];
            if (!isDigit(c))
                return false;
            v = v * 10 + (c - '0');
        }
        value = v;
        pos += count;
        return true;
    }
    // One or two digits (days and hours written without padding).
    bool shortNumber(int& value) noexcept {
        const std::size_t n = digitRun(pos);
        return (n == 1 || n == 2) && digits(n, value);
    }
    bool lit(char c) noexcept {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    void skipSpaces() noexcept {
        while (peek() == ' ')
            ++pos;
    }
};

/// True for a plausible calendar date / time of day.
bool validDate(const CivilTime& t) noexcept;
bool validTime(const CivilTime& t) noexcept;
/// 69 -> 2069, 70 -> 1970.
int twoDigitYear(int yy) noexcept;
/// `.123` or `,123` after the seconds: any number of digits, the first nine count.
void fraction(Scan& sc, CivilTime& t) noexcept;
/// HH:MM[:SS][.frac]; with separator '.', BGL's HH.MM.SS.ffffff.
bool timeOfDay(Scan& sc, CivilTime& t, char separator = ':') noexcept;
/// True when a timestamp may end at position at.
bool atBoundary(const Scan& sc, std::size_t at) noexcept;
/// Z, ±HH[:MM], ±HHMM, or after one space ±HHMM / UTC / GMT: the offset in minutes.
std::int64_t zone(Scan& sc) noexcept;
/// Fills out from t when it is a valid time.
bool finish(const CivilTime& t, std::int64_t offsetMinutes, const Scan& sc, ParsedTime& out,
            bool yearless = false) noexcept;
/// After syslog's HH:MM:SS: a fraction, then a year (else the time is year-less), then a zone.
bool syslogTail(Scan& sc, CivilTime& t, ParsedTime& out) noexcept;
/// The fixed-width forms most logs use (ISO, syslog, Apache access), read without the general
/// scanner. handled: the text had one of those shapes (then the result is final).
bool fastPath(std::string_view s, ParsedTime& out, bool& handled) noexcept;

} // namespace logscope::core::timestamp_scan
