#pragma once

#include "core/io/decompressor.h"
#include "core/io/mapped_file.h"
#include "core/util/cancellation.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// The bytes of one input (a file, a decompressed archive or standard input), in memory that
/// `owner` keeps alive: a read-only mapping for plain files, a heap buffer otherwise.
struct InputData {
    std::string name;                   ///< the path as given; "-" for standard input
    std::string_view bytes;             ///< the (decompressed) content
    std::size_t readable = 0;           ///< bytes readable from bytes.data(), >= bytes.size()
    std::shared_ptr<const void> owner;  ///< keeps bytes alive
    const MappedFile* mapped = nullptr; ///< the mapping of a plain file (owned by owner)
    /// Drops the bytes from the process's resident memory, to be read again on access (set
    /// for mapped files only; heap buffers have no copy elsewhere).
    std::function<void()> releasePages;
    Compression compression = Compression::None;
    std::uint64_t storedBytes = 0; ///< size as stored (compressed size for archives)
    std::int64_t modifiedNs = 0;   ///< last modification (now, for standard input)
    std::string warning;           ///< the archive ended early; bytes hold what was recovered
    std::string error;             ///< nothing could be read (message names the input)
    bool cancelled = false;
};

/// Reads one input: "-" is standard input; regular files are mapped; anything compressed with
/// gzip or zstd (recognised by its first bytes) is decompressed. progress(bytes) reports how much
/// of the stored input was consumed. Never throws.
InputData readInput(const std::string& path, const CancellationToken* cancel = nullptr,
                    const std::function<void(std::uint64_t)>& progress = {});

/// Wraps bytes the caller owns as an input, copying (and decompressing) them.
InputData inputFromBytes(std::string_view bytes, std::string name);

/// The size of an input as stored, for progress (0 for standard input or when unknown).
std::uint64_t storedSize(const std::string& path);

/// Expands folders into the files they hold (sorted by name; hidden files and subfolders
/// skipped). Other names are passed through. Sets error for a folder with no files.
std::vector<std::string> expandInputs(const std::vector<std::string>& inputs, std::string& error);

} // namespace logscope::core
