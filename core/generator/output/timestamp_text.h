#pragma once

#include <cstdint>

namespace logscope::core {

/// Formats timestamps as ISO 8601 quickly: the date is formatted once per day and the time
/// of day with a few divisions.
class TimestampText {
public:
    /// fractionDigits 0..9; utcSuffix appends 'Z'.
    TimestampText(int fractionDigits, bool utcSuffix)
        : m_digits(fractionDigits), m_zone(utcSuffix) {}
    /// Writes ns as `YYYY-MM-DDTHH:MM:SS[.fff...][Z]` at p (at most 31 characters).
    char* put(char* p, std::int64_t ns);

private:
    int m_digits;
    bool m_zone;
    std::int64_t m_day = INT64_MIN;
    char m_date[11]{};
};

/// Writes ns as an access-log time, `27/Oct/2024:14:30:05 +0000` (26 characters).
char* putAccessLogTime(char* p, std::int64_t ns);
/// Writes ns in a layout that does not belong in the file (`10/27/2024 14:30:05`, 19
/// characters): the timestamp of a data anomaly's format error.
char* putForeignTime(char* p, std::int64_t ns);

} // namespace logscope::core
