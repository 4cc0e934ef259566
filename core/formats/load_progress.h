#pragma once

#include "core/util/cancellation.h"

#include <cstdint>
#include <mutex>

namespace logscope::core {

/// Progress of a whole load in bytes of input as stored, fed from any thread. Calls the user's
/// callback one at a time, at most every half percent, so that a GUI is not flooded.
class LoadProgress {
public:
    LoadProgress(const ProgressCallback& callback, std::uint64_t total)
        : m_callback(callback), m_total(total) {}
    /// Adds done work (fractions of a byte are kept).
    void add(double bytes);
    /// Reports everything as done.
    void finish();

private:
    void report(bool force);

    const ProgressCallback& m_callback;
    std::mutex m_mutex;
    double m_done = 0.0;
    std::uint64_t m_total;
    std::uint64_t m_reported = 0;
};

} // namespace logscope::core
