#pragma once

#include <cstdint>
#include <string_view>

namespace logscope::core {

/// A timestamp read from text.
struct ParsedTime {
    std::int64_t ns = 0;    ///< nanoseconds since the epoch, UTC (a time without zone is UTC)
    std::size_t length = 0; ///< characters the timestamp took
    bool yearless = false;  ///< the text had no year (syslog's `Mmm dd HH:MM:SS`): year 2000
                            ///< was assumed, a later pass infers the real one
};

/// The year assumed for year-less timestamps (a leap year, so that Feb 29 parses).
inline constexpr int kAssumedYear = 2000;

/// Reads a timestamp at the start of text, in any of the forms logs use:
/// ISO 8601 / RFC 3339 (`T` or space, `.` or `,` fraction, `Z` or offset, or none),
/// `YYYY/MM/DD` and `YYYY.MM.DD` dates, BGL's `YYYY-MM-DD-HH.MM.SS.ffffff`,
/// compact `YYYYMMDD[T ]HHMMSS` and `yyMMdd HHmmss` (HDFS), `yy/MM/dd HH:mm:ss` (Spark),
/// Apache's `dd/Mon/yyyy:HH:MM:SS ±zzzz`, syslog's `Mmm dd HH:MM:SS` (year-less, optionally
/// followed by a year), ctime's `Www Mmm dd HH:MM:SS[.frac] yyyy`, RFC 2822's
/// `Www, dd Mmm yyyy HH:MM:SS zone`, and epoch numbers of 9-10 (s), 12-13 (ms), 15-16 (µs) or
/// 18-19 (ns) digits. Returns false when none fits.
bool parseTimestampPrefix(std::string_view text, ParsedTime& out) noexcept;

/// Like parseTimestampPrefix, but the whole text (spaces around it aside) must be the timestamp.
bool parseTimestamp(std::string_view text, ParsedTime& out) noexcept;

/// Nanoseconds of an epoch number whose magnitude tells its unit: below 1e11 seconds, below
/// 1e14 milliseconds, below 1e17 microseconds, else nanoseconds.
std::int64_t epochToNanos(double value) noexcept;

/// The month (1-12) of an English month name or its three-letter abbreviation, any case;
/// 0 when text is not one.
int monthFromName(std::string_view text) noexcept;

/// Replaces the year of a time parsed as year-less (kAssumedYear) by year.
std::int64_t withYear(std::int64_t yearlessNs, int year) noexcept;

} // namespace logscope::core
