#pragma once

#include "core/formats/log_format.h"

#include <memory>
#include <string_view>
#include <vector>

namespace logscope::core {

/// The format chosen for an input, and how sure the choice is.
struct Detection {
    /// The best fit; nullptr when the input has no lines or is not text.
    std::shared_ptr<const LogFormat> format;
    /// The mean fit of the sample lines to format, 0..1 (see LogFormat::lineScore).
    double confidence = 0.0;
    std::size_t sampleLines = 0; ///< lines (or array elements) the choice was made on
    bool binary = false;         ///< the input does not look like text
};

/// Formats scoring below this are not chosen; `plain` is used instead.
inline constexpr double kMinimumConfidence = 0.5;
/// Lines looked at.
inline constexpr std::size_t kDetectionSampleLines = 200;

/// Chooses the format of bytes (the start of an input, or all of it) from its first lines:
/// each candidate scores every sample line, the best mean wins, ties going to the earlier
/// candidate. Below kMinimumConfidence the `plain` format is chosen (its own low score as the
/// confidence).
Detection detectFormat(std::string_view bytes,
                       const std::vector<std::shared_ptr<const LogFormat>>& candidates);

/// How well the first lines of bytes fit one format (0..1), e.g. a format the user forced.
double sampleFit(std::string_view bytes, const LogFormat& format);

/// True when the start of bytes does not look like text (control bytes other than tab, line
/// ends, form feed and escape; NUL bytes alone do not count, they pad truncated logs).
bool looksBinary(std::string_view bytes);

} // namespace logscope::core
