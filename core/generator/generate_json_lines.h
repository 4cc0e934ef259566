#pragma once

#include "core/generator/log_generator.h"

#include <functional>
#include <string_view>

namespace logscope::core {

/// Receives formatted output in chunks; returns false to stop (e.g. on a write error).
using ChunkSink = std::function<bool(std::string_view chunk)>;

/// Runs a generator to its end, writing JSON lines to sink in chunks of about 1 MiB.
/// Returns false when the sink refused a chunk.
bool generateJsonLines(const GeneratorOptions& options, bool withLabels, const ChunkSink& sink);

} // namespace logscope::core
