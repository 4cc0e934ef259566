#pragma once

#include "core/generator/episode.h"
#include "core/generator/event_composer.h"

namespace logscope::core {

/// How an episode changes one normal line.
struct LineEffect {
    /// Texts built after the message (they need the episode's numbers or names).
    enum class Text : std::uint8_t { None, ResourceWarning, ResourceError, UpstreamFailure };
    bool drop = false;    ///< the line vanishes (an outage swallows it)
    bool labelled = true; ///< the line carries the episode's label
    bool corrupt = false; ///< a data anomaly damages a field
    LevelClass levelClass = kInfoClass;
    const MessageSpec* message = nullptr; ///< nullptr: the service's own message for the class
    int status = 0;                       ///< 0: from the message or the service
    Text text = Text::None;
    double score = 0.5; ///< _labels.anomaly_score
};

/// Progress of an episode at ns for service: 0 at its onset, 1 at its end.
double episodeProgress(const Episode& episode, std::uint16_t service, std::int64_t ns) noexcept;

/// Turns normal event lines inside an episode into the lines of the incident: errors for a
/// spike, a latency ramp, 503s and missing lines for an outage, timeouts against a database,
/// 429s while rate limiting, failures spreading down a dependency chain, damaged fields.
class EventEffects {
public:
    EventEffects(const Scenario& scenario, EventComposer& composer, std::uint64_t seed);

    /// Decides the line's fate before its message is written (may change its latency).
    LineEffect shape(const Episode& episode, GeneratedRecord& record, LevelClass drawn);
    /// Completes the line after EventComposer::finish: texts, damaged fields, labels.
    void complete(const Episode& episode, GeneratedRecord& record, const LineEffect& effect);

private:
    const Scenario& m_scenario;
    EventComposer& m_composer;
    Rng m_rng;
};

/// Message templates of the incidents, parsed once.
struct EffectMessages {
    std::vector<MessageSpec> outage;
    MessageSpec slow;
    MessageSpec timeout;
    std::vector<MessageSpec> database;
    std::vector<MessageSpec> databaseClient;
    MessageSpec rateLimited;
    std::vector<MessageSpec> bruteForce;
    std::vector<MessageSpec> sqlInjection;
    std::vector<MessageSpec> xss;
    std::vector<MessageSpec> unauthorized;
    MessageSpec passedThrough;
    MessageSpec statusLine;

    /// The shared, immutable set.
    static const EffectMessages& get();
};

} // namespace logscope::core
