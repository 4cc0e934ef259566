#include "core/live/line_scorer.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace logscope::core {
namespace {

constexpr std::size_t kReservoir = 8192;
constexpr std::size_t kMinTrainingLines = 512;
constexpr int kFeatures = 9;

void fillRow(const LiveLineFeatures& f, float* out) {
    const double hour =
        static_cast<double>(((f.timestampNs % kNanosPerDay) + kNanosPerDay) % kNanosPerDay) /
        static_cast<double>(kNanosPerHour);
    const double angle = hour / 24.0 * 2.0 * std::numbers::pi;
    out[0] = static_cast<float>(std::sin(angle));
    out[1] = static_cast<float>(std::cos(angle));
    out[2] = f.level;
    out[3] = f.service;
    out[4] = f.serviceErrorRate;
    out[5] = f.serviceLatency;
    out[6] = f.latency;
    out[7] = f.rarity;
    out[8] = f.statusClass;
}

FeatureMatrix matrixOf(const std::vector<LiveLineFeatures>& lines) {
    FeatureMatrix x(static_cast<Eigen::Index>(lines.size()), kFeatures);
    for (std::size_t i = 0; i < lines.size(); ++i)
        fillRow(lines[i], x.row(static_cast<Eigen::Index>(i)).data());
    return x;
}

} // namespace

LineScorer::LineScorer(const LiveOptions& options)
    : m_options(options), m_random(options.analysis.seed * 0x9E3779B97F4A7C15ULL + 1) {
    m_reservoir.reserve(kReservoir);
}

void LineScorer::score(const std::vector<LiveLineFeatures>& lines, std::vector<float>& scores) {
    if (lines.empty())
        return;
    const std::size_t first = scores.size();
    scores.resize(first + lines.size(), 0.0F);
    if (m_trained) {
        std::vector<float> batch;
        m_forest.score(matrixOf(lines), batch);
        std::copy(batch.begin(), batch.end(), scores.begin() + static_cast<std::ptrdiff_t>(first));
    }
    // Reservoir sample of the lines since the last training (xorshift: cheap, deterministic).
    for (const LiveLineFeatures& f : lines) {
        ++m_seen;
        if (m_reservoir.size() < kReservoir) {
            m_reservoir.push_back(f);
            continue;
        }
        m_random ^= m_random << 13;
        m_random ^= m_random >> 7;
        m_random ^= m_random << 17;
        const std::uint64_t k = m_random % m_seen;
        if (k < kReservoir)
            m_reservoir[k] = f;
    }
    const std::int64_t now = lines.back().timestampNs;
    if (m_reservoir.size() >= kMinTrainingLines &&
        (!m_trained || now - m_lastTrainNs >= m_options.retrainEveryNs))
        retrain(now);
}

void LineScorer::retrain(std::int64_t nowNs) {
    const FeatureMatrix x = matrixOf(m_reservoir);
    IsolationForestOptions o;
    o.trees = m_options.analysis.forestTrees;
    o.sampleSize = m_options.analysis.forestSampleSize;
    o.seed = m_options.analysis.seed + m_trainings;
    m_forest.fit(x, o);
    std::vector<float> s;
    m_forest.score(x, s);
    const double q = std::clamp(1.0 - m_options.analysis.contamination, 0.0, 1.0);
    const auto k = static_cast<std::size_t>(q * static_cast<double>(s.size() - 1));
    std::nth_element(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(k), s.end());
    m_threshold = s[k];
    m_trained = true;
    ++m_trainings;
    m_lastTrainNs = nowNs;
    // The next sample describes the period after this training.
    m_reservoir.clear();
    m_seen = 0;
}

} // namespace logscope::core
