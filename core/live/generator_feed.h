#pragma once

#include "core/analysis/evaluation/ground_truth_evaluation.h"
#include "core/generator/generated_batch.h"
#include "core/generator/log_generator.h"
#include "core/generator/output/line_buffer.h"
#include "core/generator/output/record_writer.h"
#include "core/live/line_ingestor.h"

#include <memory>
#include <span>
#include <string>

namespace logscope::core {

/// Settings of a live demo stream.
struct GeneratorFeedSettings {
    std::string profile = "microservices";
    std::string scenarioOverride; ///< JSON merge patch (e.g. kCalmScenario)
    double rate = 1000.0;         ///< lines per second
    std::uint64_t seed = 42;
    std::optional<double> anomalyProbability; ///< random episodes per batch; unset = profile's
};

/// A wall-clock generator feeding live mode: each pull() yields the lines due up to now, as
/// JSON lines parsed into rows, so that the demo goes through the same path as a followed
/// file. inject(), setRate() and episodes() may be called from any thread.
class GeneratorFeed {
public:
    /// A feed, or nullptr with error set (unknown profile, bad override).
    static std::unique_ptr<GeneratorFeed> create(const GeneratorFeedSettings& settings,
                                                 std::int64_t nowNs, std::string& error);

    /// The rows due up to wall time nowNs (at most maxLines); valid until the next pull().
    std::span<const LogRow> pull(std::int64_t nowNs, std::size_t maxLines);
    /// Starts an episode now; thread-safe.
    InjectResult inject(const InjectRequest& request) {
        return m_generator->inject(request.type, request);
    }
    /// Changes the pace; thread-safe.
    void setRate(double linesPerSecond) { m_generator->setRate(linesPerSecond); }
    /// Every episode so far as ground truth (service names, wall-clock times); thread-safe.
    [[nodiscard]] std::vector<TruthEpisode> truth() const;
    /// Lines produced so far.
    [[nodiscard]] std::uint64_t produced() const noexcept { return m_generator->produced(); }
    [[nodiscard]] const Scenario& scenario() const { return m_generator->scenario(); }

private:
    GeneratorFeed() = default;
    std::unique_ptr<LogGenerator> m_generator;
    std::unique_ptr<RecordWriter> m_writer;
    GeneratedBatch m_batch;
    LineBuffer m_text;
    std::vector<std::string_view> m_lines;
    LineIngestor m_ingestor;
};

} // namespace logscope::core
