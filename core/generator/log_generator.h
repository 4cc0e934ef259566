#pragma once

#include "core/generator/generated_record.h"

#include <cstdint>
#include <random>
#include <vector>

namespace logscope::core {

/// Settings of a generator run.
struct GeneratorOptions {
    std::uint64_t seed = 42;
    std::uint64_t total = 100'800; ///< lines to produce (seed 003: one per 6 s over 7 days)
    std::int64_t startNs = 0;      ///< first timestamp; 0 means 2024-10-27T14:30:00Z
    std::int64_t durationNs = 0;   ///< span of simulated time; 0 means 7 days
};

/// Produces the microservices traffic of seed 003: seven services, busier in business hours
/// and quieter at weekends, an error rate that varies with the time of day, log-normal
/// response times and HTTP status codes. Deterministic for a given seed.
class LogGenerator {
public:
    explicit LogGenerator(GeneratorOptions options);

    /// Appends up to maxCount records to out; returns how many were appended (0 at the end).
    std::size_t nextBatch(std::size_t maxCount, std::vector<GeneratedRecord>& out);
    /// Lines produced so far.
    [[nodiscard]] std::uint64_t produced() const noexcept { return m_produced; }

private:
    double trafficWeight(std::int64_t ns) const;
    double errorProbability(std::int64_t ns) const;
    void fill(GeneratedRecord& record, std::int64_t ns);
    bool advanceMinute();

    GeneratorOptions m_options;
    std::mt19937_64 m_rng;
    std::uint64_t m_produced = 0;
    // Lines are spread over minutes in proportion to the traffic weight of each minute.
    std::vector<double> m_minuteWeights;
    double m_weightTotal = 0.0;
    std::size_t m_minute = 0;
    double m_carry = 0.0;
    std::vector<std::int64_t> m_pendingTimes;
    std::size_t m_pendingIndex = 0;
};

} // namespace logscope::core
