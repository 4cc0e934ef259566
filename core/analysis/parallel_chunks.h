#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace logscope::core {

/// How many chunks parallelChunks() splits n items into (one per core, none smaller than
/// minChunk, at least one).
inline std::size_t chunkCountFor(std::size_t n, std::size_t minChunk = 32768) {
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    return std::max<std::size_t>(1, std::min(cores, n / std::max<std::size_t>(1, minChunk)));
}

/// Runs fn(chunk, begin, end) over [0, n) split into chunkCountFor(n, minChunk) contiguous
/// chunks, on that many threads (the calling thread runs the first). Plain threads rather
/// than the global QThreadPool: the GUI already runs the analysis inside a pool thread.
template <typename Fn> void parallelChunks(std::size_t n, std::size_t minChunk, Fn&& fn) {
    const std::size_t chunks = chunkCountFor(n, minChunk);
    const auto bounds = [&](std::size_t c) {
        return n * c / chunks;
    };
    std::vector<std::thread> threads;
    threads.reserve(chunks - 1);
    for (std::size_t c = 1; c < chunks; ++c)
        threads.emplace_back([&fn, &bounds, c] { fn(c, bounds(c), bounds(c + 1)); });
    fn(std::size_t{0}, bounds(0), bounds(1));
    for (std::thread& thread : threads)
        thread.join();
}

} // namespace logscope::core
