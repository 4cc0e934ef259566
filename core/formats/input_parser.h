#pragma once

#include "core/formats/load_progress.h"
#include "core/formats/log_format.h"
#include "core/formats/parsed_input.h"
#include "core/io/input_reader.h"

namespace logscope::core {

/// How parsing may use the machine, and how it reports.
struct ParseSettings {
    const CancellationToken* cancel = nullptr;
    LoadProgress* progress = nullptr;
    /// Bytes of progress one byte of parsed input is worth (compressed inputs count less).
    double progressPerByte = 1.0;
    /// 0: all cores; 1: on the calling thread only.
    int threads = 0;
};

/// Parses one input's bytes with format into columns. Line formats are parsed in chunks on all
/// cores (QtConcurrent); rows come out in file order whatever the chunking, and bad lines are
/// counted and listed in file order. Cancellation is checked every few hundred lines.
ParsedInput parseInput(const InputData& input, const LogFormat& format, std::uint16_t fileIndex,
                       const ParseSettings& settings);

} // namespace logscope::core
