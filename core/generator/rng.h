#pragma once

#include <cmath>
#include <cstdint>

namespace logscope::core {

/// A small, fast pseudo-random generator (xoshiro256**, seeded through splitmix64) with its
/// own distributions. The standard library's distributions differ between implementations;
/// these do not, so the same seed gives the same output everywhere.
class Rng {
public:
    /// Seeds the four state words from one 64-bit seed.
    explicit Rng(std::uint64_t seed = 0) noexcept { reseed(seed); }

    /// Restarts the sequence from seed.
    void reseed(std::uint64_t seed) noexcept {
        for (std::uint64_t& word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
        m_hasSpare = false;
    }

    /// The next 64 random bits.
    std::uint64_t next() noexcept {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// A double in [0, 1).
    double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// A double in [low, high).
    double range(double low, double high) noexcept { return low + (high - low) * uniform(); }
    /// An integer in [0, n); 0 when n is 0.
    std::uint64_t below(std::uint64_t n) noexcept {
        // Scaling a 53-bit uniform: exact enough for simulation sizes (n well below 2^53).
        const auto pick = static_cast<std::uint64_t>(uniform() * static_cast<double>(n));
        return pick < n ? pick : (n == 0 ? 0 : n - 1);
    }
    /// An integer in [low, high], inclusive.
    std::int64_t between(std::int64_t low, std::int64_t high) noexcept {
        return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low) + 1));
    }
    /// True with probability p.
    bool chance(double p) noexcept { return uniform() < p; }
    /// A standard normal deviate (Marsaglia's polar method).
    double normal() noexcept {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0.0;
        double v = 0.0;
        double s = 0.0;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double factor = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * factor;
        m_hasSpare = true;
        return u * factor;
    }
    /// A log-normal deviate with the given median and shape (sigma of the underlying normal).
    double logNormal(double median, double sigma) noexcept {
        return median * std::exp(sigma * normal());
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) noexcept {
        return (x << k) | (x >> (64 - k));
    }

    std::uint64_t m_state[4]{};
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace logscope::core
