#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace logscope::core {

/// A bad line's reason in the UI language (the formats give English ones); only the listed
/// ones are translated, so unreadable files do not pay for it per line.
std::string listedBadLineReason(const std::string& reason);

/// A line that could not be read, with why.
struct BadLine {
    std::uint64_t lineNumber = 0; ///< 1-based line number in its file
    std::string reason;
    std::string file; ///< the input it is in (as the user named it)
};

/// How one input (file, archive or standard input) was read.
struct InputSummary {
    std::string path;              ///< as given; "-" for standard input
    std::string format;            ///< the format it was read as
    double confidence = 0.0;       ///< how well its first lines fit that format (0..1)
    bool formatForced = false;     ///< the user chose the format (--format)
    std::string compression;       ///< "gzip", "zstd" or ""
    std::uint64_t storedBytes = 0; ///< bytes as stored (compressed size for archives)
    std::uint64_t bytes = 0;       ///< bytes parsed (after decompression)
    std::uint64_t lines = 0;       ///< non-empty lines
    std::uint64_t parsedLines = 0;
    std::uint64_t badLines = 0;
    std::string warning; ///< e.g. a truncated archive (what could be read was loaded)
};

/// How long one phase of the work took.
struct PhaseTiming {
    std::string
        phase; ///< "read", "detect", "parse", "merge", "index", "templates", "analysis", ...
    double ms = 0.0;
};

/// What a load did: how many lines it read, which it could not, and what went wrong.
struct LoadReport {
    /// At most this many bad lines are listed; the rest are only counted.
    static constexpr std::size_t kMaxListedBadLines = 100;

    std::string formatName;  ///< the format read (the inputs' common one, or "mixed: a, b")
    double confidence = 0.0; ///< detection confidence (the lowest over the inputs)
    std::uint64_t bytesRead = 0;
    std::uint64_t totalLines = 0; ///< non-empty lines seen
    std::uint64_t parsedLines = 0;
    std::uint64_t badLineCount = 0;
    std::vector<BadLine> badLines; ///< the first kMaxListedBadLines bad lines
    std::vector<InputSummary> inputs;
    std::vector<std::string> warnings; ///< problems that did not stop the load
    std::vector<PhaseTiming> timings;  ///< in the order the phases ran
    std::string fatalError;            ///< set when the input could not be read at all
    bool cancelled = false;

    /// Counts a bad line and lists it while the list has room.
    void addBadLine(std::uint64_t lineNumber, std::string reason, std::string file = {});
    /// Adds ms to a phase's time (appending the phase the first time).
    void addTiming(const std::string& phase, double ms);
    /// The time of a phase, or a negative number when it did not run.
    [[nodiscard]] double timingMs(const std::string& phase) const;
    /// True when nothing at all could be read.
    [[nodiscard]] bool failed() const noexcept { return !fatalError.empty(); }
};

} // namespace logscope::core
