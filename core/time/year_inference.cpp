#include "core/time/year_inference.h"

#include "core/time/civil_time.h"
#include "core/time/timestamp_parser.h"

namespace logscope::core {
namespace {

const std::int64_t kAssumedYearStart = daysFromCivil(kAssumedYear, 1, 1) * kNanosPerDay;

} // namespace

YearInference::YearInference(std::int64_t referenceNs) noexcept : m_referenceNs(referenceNs) {}

std::int64_t YearInference::resolve(std::int64_t yearlessNs) noexcept {
    const std::int64_t inYear = yearlessNs - kAssumedYearStart;
    if (m_laterInYear < 0) {
        m_year = fromEpochNanos(m_referenceNs).year;
        if (withYear(yearlessNs, m_year) > m_referenceNs + kNanosPerDay)
            --m_year;
    } else if (inYear > m_laterInYear + 183 * kNanosPerDay) {
        --m_year;
    }
    m_laterInYear = inYear;
    return withYear(yearlessNs, m_year);
}

} // namespace logscope::core
