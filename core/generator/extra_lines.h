#pragma once

#include "core/generator/episode.h"
#include "core/generator/event_composer.h"

namespace logscope::core {

/// Builds the lines an episode adds to normal traffic: brute-force logins from one address
/// against one account, SQL injection and XSS payloads in request paths, probes of admin
/// paths, a flood of rate-limited requests, and the status reports of an exhausted resource.
class ExtraLines {
public:
    ExtraLines(const Scenario& scenario, EventComposer& composer, std::uint64_t seed);

    /// Fills record with one extra line of episode for service at ns.
    void compose(const Episode& episode, GeneratedRecord& record, std::int64_t ns,
                 std::uint16_t service);

private:
    void composeAttack(const Episode& episode, GeneratedRecord& record);
    void composeResourceReport(const Episode& episode, GeneratedRecord& record);

    const Scenario& m_scenario;
    EventComposer& m_composer;
    Rng m_rng;
};

} // namespace logscope::core
