#pragma once

#include "core/generator/episode.h"
#include "core/generator/rng.h"
#include "core/generator/scenario/scenario.h"

#include <cstdint>
#include <deque>
#include <mutex>
#include <vector>

namespace logscope::core {

/// A line an episode adds on top of normal traffic (an attack request, a flood, a status line).
struct ExtraEvent {
    std::int64_t ns = 0;
    std::uint32_t episode = 0; ///< index in the book
    std::uint16_t service = 0;
};

/// Owns the episodes of one generator run: the scheduled ones, the random draws (one chance
/// per batch of lines), and injections that other threads request while it runs. Only
/// inject() and snapshot() may be called from other threads; the rest belongs to the thread
/// that generates.
class EpisodeBook {
public:
    /// originNs: the start of the run (scheduled offsets count from it).
    EpisodeBook(const Scenario& scenario, std::uint64_t seed, std::int64_t originNs);

    /// Validates a request and queues it; thread-safe. The episode starts at request.atNs,
    /// or when the generator next produces a line.
    InjectResult inject(const InjectRequest& request);
    /// Turns queued injections into episodes starting at nowNs (or their own time).
    void admitInjected(std::int64_t nowNs);
    /// One random draw: with the scenario's probability, starts an episode at nowNs.
    void drawRandom(std::int64_t nowNs, double probability);
    /// Collects the episodes overlapping [t0, t1) for hit() and extras().
    void prepareWindow(std::int64_t t0, std::int64_t t1);
    /// No episode: what hit() returns for a normal line.
    static constexpr std::uint32_t kNone = UINT32_MAX;
    /// Book index of the episode shaping a normal line of service at ns (the latest to
    /// start), or kNone. Security threats add lines but leave normal ones alone.
    [[nodiscard]] std::uint32_t hit(std::uint16_t service, std::int64_t ns) const noexcept;
    /// The run's average lines per second, which attack and flood rates are relative to.
    void setLineRate(double linesPerSecond) noexcept { m_lineRate = linesPerSecond; }
    /// Appends the extra lines of the prepared episodes that fall in [t0, t1).
    void extras(std::int64_t t0, std::int64_t t1, std::vector<ExtraEvent>& out);
    /// Episode by book index.
    [[nodiscard]] const Episode& at(std::uint32_t index) const { return m_episodes[index]; }
    /// Counts a line labelled with the episode at book index (published by publishCounts()).
    void countLine(std::uint32_t index) noexcept { ++m_counts[index]; }
    /// Makes the line counts visible to snapshot().
    void publishCounts();
    /// A copy of every episode so far; thread-safe.
    [[nodiscard]] std::vector<Episode> snapshot() const;
    /// Number of episodes so far; thread-safe.
    [[nodiscard]] std::size_t count() const;

private:
    struct Pending {
        Episode episode;
        std::vector<std::uint16_t> services;
        bool hasStart = false;
        std::int64_t delayNs = 0;
    };
    void materialize(Episode& episode, const std::vector<std::uint16_t>& services);
    void add(Episode episode);
    int pickVariant(EpisodeType type);
    InjectResult validate(const InjectRequest& request, Pending& pending) const;

    const Scenario& m_scenario;
    Rng m_rng;
    std::int64_t m_originNs;
    double m_lineRate = 1.0;
    mutable std::mutex m_mutex; // guards m_episodes' structure, m_pending, m_nextId, counts
    std::deque<Episode> m_episodes;
    std::vector<Pending> m_pending;
    std::uint32_t m_nextId = 1;
    std::vector<std::uint32_t> m_live;   // episodes not yet over, by book index
    std::vector<std::uint32_t> m_active; // episodes overlapping the prepared window
    std::vector<std::uint64_t> m_counts; // lines per book index
    std::vector<double> m_extraCarry;    // fractional extra lines per episode
    std::vector<EpisodeType> m_randomTypes;
    std::vector<double> m_randomWeights;
};

} // namespace logscope::core
