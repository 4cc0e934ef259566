#pragma once

#include "core/generator/generated_record.h"
#include "core/generator/rng.h"
#include "core/generator/scenario/scenario.h"
#include "core/generator/traffic_shape.h"

#include <vector>

namespace logscope::core {

/// Builds the normal lines of the events shape: which service, which request, which level
/// (from the time-varying error rate), latency (log-normal), status and message. Episode
/// effects reuse its pieces to turn lines into the lines of an incident.
class EventComposer {
public:
    EventComposer(const Scenario& scenario, const TrafficShape& shape, std::uint64_t seed);

    /// A service drawn by traffic weight.
    std::uint16_t pickService() noexcept;
    /// Fills what does not depend on the level: service, endpoint, peer address, ids.
    void begin(GeneratedRecord& record, std::int64_t ns, std::uint16_t service);
    /// The level class of a normal line of record's service at its time.
    LevelClass drawClass(const GeneratedRecord& record) noexcept;
    /// A normal latency for a line of the class.
    double drawLatency(const ServiceSpec& service, LevelClass levelClass) noexcept;
    /// Sets level, status, error code, size and message. message / status override the
    /// service's own choice for the class when given.
    void finish(GeneratedRecord& record, LevelClass levelClass,
                const MessageSpec* message = nullptr, int status = 0);
    /// Appends template expanded for record to out.
    void expand(std::string& out, const MessageTemplate& text, GeneratedRecord& record);

    /// A client address: a few thousand clients, some far busier than others.
    std::uint32_t clientIp() noexcept;
    /// A user name of the user population.
    void randomUser(std::string& out);
    /// The shared random stream of line composition.
    Rng& rng() noexcept { return m_rng; }

private:
    const Scenario& m_scenario;
    Rng m_rng;
    ErrorFactorCache m_errorFactor;
    std::vector<double> m_cumulativeWeights;
};

} // namespace logscope::core
