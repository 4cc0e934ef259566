#pragma once

#include <atomic>
#include <cstdint>
#include <functional>

namespace logscope::core {

/// A flag a long operation polls so that another thread can stop it promptly.
class CancellationToken {
public:
    /// Asks the operation to stop at its next check.
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    /// True once cancel() was called.
    [[nodiscard]] bool isCancelled() const noexcept {
        return m_cancelled.load(std::memory_order_relaxed);
    }
    /// Clears the flag so the token can be reused.
    void reset() noexcept { m_cancelled.store(false, std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

/// Reports progress as (done, total) in the operation's own unit (bytes, lines, ...).
using ProgressCallback = std::function<void(std::uint64_t done, std::uint64_t total)>;

} // namespace logscope::core
