#pragma once

#include "core/formats/parsed_input.h"
#include "core/table/log_table.h"

#include <vector>

namespace logscope::core {

/// Merges several parsed inputs into one table ordered by time, the source file a column.
/// Each input keeps its own line order; lines of different inputs interleave by time (ties go
/// to the earlier input). A line without a time stays right after the line before it in its
/// input (leading ones go with the input's first timed line). The inputs are consumed.
LogTable mergeByTime(std::vector<ParsedInput>& inputs, std::vector<SourceFile> files);

} // namespace logscope::core
