#pragma once

#include "core/io/byte_buffer.h"
#include "core/util/cancellation.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace logscope::core {

/// Compression of an input, recognised by its first bytes (not by its name).
enum class Compression { None, Gzip, Zstd };

/// The compression the bytes start with.
Compression detectCompression(std::string_view bytes) noexcept;
/// "gzip", "zstd" or "" for none.
std::string_view compressionName(Compression compression) noexcept;

/// What decompression produced: all the bytes it could recover, and why it stopped early.
struct DecompressResult {
    ByteBuffer bytes;
    /// Empty on success; otherwise why the data ends early ("truncated ...", "corrupt ...").
    /// The bytes before the problem are still in `bytes`.
    std::string problem;
    bool cancelled = false;
};

/// Decompresses a whole gzip (any number of members) or zstd (any number of frames) stream.
/// Calls progress(compressed bytes consumed) now and then; stops early when cancelled.
DecompressResult decompress(std::string_view compressed, Compression compression,
                            const CancellationToken* cancel,
                            const std::function<void(std::uint64_t)>& progress);

} // namespace logscope::core
