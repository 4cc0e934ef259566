#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace logscope::core {

inline constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
inline constexpr std::int64_t kNanosPerMinute = 60 * kNanosPerSecond;
inline constexpr std::int64_t kNanosPerHour = 60 * kNanosPerMinute;
inline constexpr std::int64_t kNanosPerDay = 24 * kNanosPerHour;

/// A broken-down UTC time.
struct CivilTime {
    int year = 1970;
    int month = 1; ///< 1..12
    int day = 1;   ///< 1..31
    int hour = 0;
    int minute = 0;
    int second = 0;
    std::int64_t nanos = 0; ///< 0..999'999'999
};

/// Days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t daysFromCivil(int year, int month, int day) noexcept;
/// Nanoseconds since the epoch of a UTC civil time.
std::int64_t toEpochNanos(const CivilTime& t) noexcept;
/// The UTC civil time of nanoseconds since the epoch.
CivilTime fromEpochNanos(std::int64_t ns) noexcept;
/// Day of the week of an epoch time, 0 = Monday .. 6 = Sunday.
int weekdayOf(std::int64_t ns) noexcept;

/// Parses ISO 8601 / RFC 3339 date-times: `YYYY-MM-DD[T ]HH:MM[:SS[.frac]][Z|±HH[:]MM]`.
/// A time without zone is taken as UTC. Returns false when text is not such a time.
bool parseIso8601(std::string_view text, std::int64_t& ns) noexcept;

/// Formats as `YYYY-MM-DDTHH:MM:SS.ffffff` with the given number of fraction digits (0..9),
/// followed by `Z` when withZone is true.
std::string formatIso8601(std::int64_t ns, int fractionDigits = 6, bool withZone = false);
/// Appends the same text to out without allocating a temporary.
void appendIso8601(std::string& out, std::int64_t ns, int fractionDigits = 6,
                   bool withZone = false);

} // namespace logscope::core
