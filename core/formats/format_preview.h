#pragma once

#include "core/formats/format_detector.h"
#include "core/table/level.h"
#include "core/table/log_table.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// The start of an input, read for a preview (the format dialog).
struct InputHead {
    std::string bytes; ///< decompressed, cut after the last complete line
    std::string name;  ///< the file it was read from (a folder's first file)
    std::string error; ///< nothing could be read
};

/// Reads at most maxBytes of an input's (decompressed) content without reading the rest:
/// archives are decompressed from their first stored bytes only; a folder gives its first file.
InputHead readInputHead(const std::string& path, std::size_t maxBytes = std::size_t{1} << 20);

/// The first lines (up to maxLines of them, blank ones included) of bytes.
std::string_view firstLines(std::string_view bytes, std::size_t maxLines);

/// One line of a preview, as the loader read it.
struct PreviewLine {
    /// What became of the line.
    enum class Status : std::uint8_t {
        Parsed, ///< a row of its own
        Bad,    ///< could not be read (reason says why)
        Joined  ///< no row of its own (e.g. part of the record above, or blank)
    };
    std::uint64_t lineNumber = 0; ///< 1-based
    std::string text;             ///< the raw line (long lines cut)
    Status status = Status::Joined;
    std::string reason; ///< why a bad line could not be read
    std::int64_t timestampNs = kNoTimestamp;
    Level level = Level::Unknown;
    std::string service;
    std::string message;
};

/// The first lines of an input read with one format.
struct FormatPreview {
    /// The format could not be used (e.g. a format string with an error); lines are empty.
    std::string error;
    std::string formatName; ///< the format the lines were read as
    double fit = 0.0;       ///< how well the lines fit it (0..1, as in detection)
    std::vector<PreviewLine> lines;
    std::size_t parsedLines = 0;
    std::size_t badLines = 0;
};

/// Reads the first maxLines lines of head exactly as a load would with `--format spec` (a
/// built-in name, a saved format's name or a format string; empty: detect). Never throws.
FormatPreview previewFormat(std::string_view head, const std::string& spec,
                            std::size_t maxLines = 50);

/// The format detection would choose for head (saved formats included), with its confidence.
Detection detectHead(std::string_view head);

} // namespace logscope::core
