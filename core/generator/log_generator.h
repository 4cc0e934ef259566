#pragma once

#include "core/generator/episode.h"
#include "core/generator/generated_batch.h"
#include "core/generator/generator_settings.h"
#include "core/generator/scenario/scenario.h"

#include <atomic>
#include <memory>
#include <string_view>
#include <vector>

namespace logscope::core {

/// The synthetic log generator: produces the lines of a scenario in time order, batch by
/// batch, with labelled anomaly episodes. Deterministic in simulated time: the same scenario,
/// settings and injections give the same lines, however the caller sizes its batches.
///
/// Threads: one thread calls next()/nextUntil(); any thread may call inject(), setRate(),
/// episodes() and produced() at the same time (live mode injects from the GUI thread).
class LogGenerator {
public:
    /// The scenario must stay valid for the generator's life and its batches' (it is shared).
    LogGenerator(std::shared_ptr<const Scenario> scenario, const GeneratorSettings& settings);
    ~LogGenerator();
    LogGenerator(const LogGenerator&) = delete;
    LogGenerator& operator=(const LogGenerator&) = delete;

    /// Replaces batch's content with up to maxCount lines. Simulated clock: the next lines
    /// (0 once the run is over). Wall clock: the lines due up to the current time.
    std::size_t next(GeneratedBatch& batch, std::size_t maxCount);
    /// Wall clock: replaces batch's content with up to maxCount lines due before untilNs.
    std::size_t nextUntil(GeneratedBatch& batch, std::int64_t untilNs, std::size_t maxCount);
    /// True once every line has been produced (never for an endless wall-clock run).
    [[nodiscard]] bool finished() const noexcept { return m_finished; }

    /// Starts an episode of type (a type or variant name) now (the next line) or at
    /// params.atNs; thread-safe. Refused with a reason for unknown names or types the
    /// scenario cannot show (e.g. rate_limiting without an edge service).
    InjectResult inject(std::string_view type, InjectRequest params = {});
    /// Changes the wall-clock pace (lines per second); thread-safe.
    void setRate(double linesPerSecond);
    /// Every episode so far, with its labelled line count; thread-safe.
    [[nodiscard]] std::vector<Episode> episodes() const;
    /// Lines produced so far; thread-safe.
    [[nodiscard]] std::uint64_t produced() const noexcept { return m_produced.load(); }
    /// Timestamp of the last line produced (the start before the first).
    [[nodiscard]] std::int64_t lastTimestampNs() const noexcept { return m_lastNs.load(); }

    /// The scenario and the resolved settings.
    [[nodiscard]] const Scenario& scenario() const noexcept { return *m_scenario; }
    [[nodiscard]] const GeneratorSettings& settings() const noexcept { return m_settings; }

private:
    struct Impl;
    std::size_t fill(GeneratedBatch& batch, std::size_t maxCount, const std::int64_t* untilNs);

    std::shared_ptr<const Scenario> m_scenario;
    GeneratorSettings m_settings;
    std::unique_ptr<Impl> m_impl;
    std::atomic<std::uint64_t> m_produced{0};
    std::atomic<std::int64_t> m_lastNs{0};
    bool m_finished = false;
};

} // namespace logscope::core
