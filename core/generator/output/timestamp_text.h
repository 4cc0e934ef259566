#pragma once

#include <cstdint>
#include <string>

namespace logscope::core {

/// Formats timestamps as ISO 8601 quickly: the date and time of day are formatted once per
/// second and reused for every line within it.
class TimestampText {
public:
    /// fractionDigits 0..9; utcSuffix appends 'Z'.
    TimestampText(int fractionDigits, bool utcSuffix)
        : m_digits(fractionDigits), m_zone(utcSuffix) {}
    /// Appends ns as `YYYY-MM-DDTHH:MM:SS[.fff...][Z]`.
    void append(std::string& out, std::int64_t ns);

private:
    int m_digits;
    bool m_zone;
    std::int64_t m_second = INT64_MIN;
    char m_prefix[19]{};
};

/// Appends ns as an access-log time, `27/Oct/2024:14:30:05 +0000`.
void appendAccessLogTime(std::string& out, std::int64_t ns);
/// Appends ns in a layout that does not belong in the file (`10/27/2024 14:30:05`): the
/// timestamp of a data anomaly's format error.
void appendForeignTime(std::string& out, std::int64_t ns);

} // namespace logscope::core
