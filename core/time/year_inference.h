#pragma once

#include <cstdint>

namespace logscope::core {

/// Gives year-less times (syslog's `Mmm dd HH:MM:SS`, parsed with kAssumedYear) their year.
/// Fed the times of one file from its last line backwards: the last line falls in the
/// reference time's year (the year before when that would put it more than a day after the
/// reference, the file's modification time), and each time the date jumps by more than half a
/// year going backwards (January, then December) the year goes back by one.
class YearInference {
public:
    /// referenceNs: when the file was last written (or now, for a stream).
    explicit YearInference(std::int64_t referenceNs) noexcept;
    /// The time with its year, for the next line going backwards.
    std::int64_t resolve(std::int64_t yearlessNs) noexcept;

private:
    std::int64_t m_referenceNs;
    int m_year = 0;
    std::int64_t m_laterInYear = -1; // position in the year of the line after this one
};

} // namespace logscope::core
