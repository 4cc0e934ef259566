#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace logscope::core {

/// A line that could not be read, with why.
struct BadLine {
    std::uint64_t lineNumber = 0; ///< 1-based line number in its file
    std::string reason;
};

/// What a load did: how many lines it read, which it could not, and what went wrong.
struct LoadReport {
    /// At most this many bad lines are listed; the rest are only counted.
    static constexpr std::size_t kMaxListedBadLines = 100;

    std::string formatName;
    std::uint64_t bytesRead = 0;
    std::uint64_t totalLines = 0; ///< non-empty lines seen
    std::uint64_t parsedLines = 0;
    std::uint64_t badLineCount = 0;
    std::vector<BadLine> badLines; ///< the first kMaxListedBadLines bad lines
    std::string fatalError;        ///< set when the input could not be read at all
    bool cancelled = false;

    /// Counts a bad line and lists it while the list has room.
    void addBadLine(std::uint64_t lineNumber, std::string reason);
    /// True when nothing at all could be read.
    [[nodiscard]] bool failed() const noexcept { return !fatalError.empty(); }
};

} // namespace logscope::core
