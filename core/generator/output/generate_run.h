#pragma once

#include "core/generator/log_generator.h"
#include "core/generator/output/record_writer.h"
#include "core/util/cancellation.h"

#include <functional>
#include <string>
#include <string_view>

namespace logscope::core {

/// Receives formatted output in chunks of whole records; returns false to stop (a write error).
using ChunkSink = std::function<bool(std::string_view chunk)>;

/// Where and how a generator run writes.
struct GenerateOutput {
    OutputFormat format = OutputFormat::JsonLines;
    bool labels = true;
    bool toStdout = false;         ///< also (or only) to standard output
    std::string path;              ///< output file; empty = none
    std::uint64_t rotateBytes = 0; ///< rotate the file at this size; 0 = never
    std::string episodesPath;      ///< empty: `<path>.episodes.json` when there is a file
    ChunkSink stdoutSink;          ///< replaces the process's stdout (tests)
};

/// What a run did.
struct GenerateSummary {
    std::uint64_t lines = 0;
    std::uint64_t files = 0;  ///< output files written (1 + rotations), 0 without a file
    std::size_t episodes = 0; ///< episodes listed in the episodes file
    bool interrupted = false; ///< stopped through the cancellation token
    std::string episodesPath;
    std::string error;
    /// True when everything was written.
    [[nodiscard]] bool ok() const noexcept { return error.empty(); }
};

/// Runs generator to its end (or until stop is cancelled), writing every line in the chosen
/// format to stdout and/or the file, then the episodes file. Simulated time runs flat out;
/// the wall clock writes what is due every `intervalSeconds`, flushing each batch, so that a
/// stop (SIGINT/SIGTERM in the CLI) leaves only complete records behind. Records are never
/// split between rotated files.
GenerateSummary runGenerate(LogGenerator& generator, const GenerateOutput& output,
                            const CancellationToken* stop = nullptr);

} // namespace logscope::core
