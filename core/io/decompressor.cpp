#include "core/io/decompressor.h"

#include <algorithm>
#include <climits>
#include <zlib.h>
#include <zstd.h>

namespace logscope::core {
namespace {

constexpr std::size_t kStep = std::size_t{4} << 20; // output produced between checks

bool cancelled(const CancellationToken* cancel) noexcept {
    return cancel != nullptr && cancel->isCancelled();
}

// gzip stores the uncompressed size modulo 2^32 in its last four bytes: a good first guess.
std::size_t gzipSizeHint(std::string_view in) noexcept {
    if (in.size() < 18)
        return in.size() * 4;
    const auto* tail = reinterpret_cast<const unsigned char*>(in.data() + in.size() - 4);
    const std::size_t stored =
        tail[0] | (tail[1] << 8) | (tail[2] << 16) | (static_cast<std::size_t>(tail[3]) << 24);
    // A hint read from untrusted bytes: never more than deflate's best ratio (1032:1) allows.
    return stored >= in.size() / 2 ? std::min(stored, in.size() * 1032 + 1024) : in.size() * 4;
}

DecompressResult gunzip(std::string_view in, const CancellationToken* cancel,
                        const std::function<void(std::uint64_t)>& progress) {
    DecompressResult result;
    result.bytes.reserve(gzipSizeHint(in));
    z_stream z{};
    if (inflateInit2(&z, 15 + 32) != Z_OK) {
        result.problem = "cannot start gzip decompression";
        return result;
    }
    std::size_t consumed = 0;
    bool ended = false;
    while (consumed < in.size()) {
        if (cancelled(cancel)) {
            result.cancelled = true;
            break;
        }
        const std::size_t inChunk = std::min<std::size_t>(in.size() - consumed, UINT_MAX);
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + consumed));
        z.avail_in = static_cast<uInt>(inChunk);
        char* out = result.bytes.tail(kStep);
        z.next_out = reinterpret_cast<Bytef*>(out);
        z.avail_out = static_cast<uInt>(kStep);
        const int rc = inflate(&z, Z_NO_FLUSH);
        result.bytes.commit(kStep - z.avail_out);
        consumed += inChunk - z.avail_in;
        if (progress)
            progress(consumed);
        if (rc == Z_STREAM_END) {
            ended = true;
            // Concatenated members (`cat a.gz b.gz`) are one stream; trailing zeros are padding.
            const std::string_view rest = in.substr(consumed);
            if (rest.find_first_not_of('\0') == std::string_view::npos)
                break;
            if (inflateReset(&z) != Z_OK)
                break;
            ended = false;
            continue;
        }
        if (rc == Z_DATA_ERROR || rc == Z_MEM_ERROR || rc == Z_NEED_DICT) {
            result.problem = "corrupt gzip data after " + std::to_string(result.bytes.size()) +
                             " decompressed bytes (" + (z.msg ? z.msg : "invalid data") + ")";
            ended = true;
            break;
        }
        if (rc == Z_BUF_ERROR && z.avail_in == 0 && consumed >= in.size())
            break;
    }
    if (!ended && !result.cancelled && result.problem.empty()) {
        result.problem = "truncated gzip data: the archive ends after " +
                         std::to_string(result.bytes.size()) + " decompressed bytes";
    }
    inflateEnd(&z);
    return result;
}

DecompressResult unzstd(std::string_view in, const CancellationToken* cancel,
                        const std::function<void(std::uint64_t)>& progress) {
    DecompressResult result;
    const unsigned long long contentSize = ZSTD_getFrameContentSize(in.data(), in.size());
    if (contentSize != ZSTD_CONTENTSIZE_UNKNOWN && contentSize != ZSTD_CONTENTSIZE_ERROR &&
        contentSize < (1ULL << 40))
        // The frame header's claim is untrusted: reserve at most a plausible ratio's worth
        // (the buffer still grows to whatever really decompresses).
        result.bytes.reserve(std::min(static_cast<std::size_t>(contentSize),
                                      in.size() * 64 + (std::size_t{1} << 20)));
    else
        result.bytes.reserve(in.size() * 4);
    ZSTD_DCtx* context = ZSTD_createDCtx();
    if (context == nullptr) {
        result.problem = "cannot start zstd decompression";
        return result;
    }
    // Input goes in by slices: a call that fails reports no output at all, so slices keep
    // what came before a corrupt block (the archive's intact part).
    constexpr std::size_t kInSlice = std::size_t{8} << 10;
    ZSTD_inBuffer input{in.data(), std::min(in.size(), kInSlice), 0};
    std::size_t last = 0;
    while (input.pos < in.size()) {
        if (cancelled(cancel)) {
            result.cancelled = true;
            break;
        }
        if (input.pos == input.size)
            input.size = std::min(in.size(), input.size + kInSlice);
        char* out = result.bytes.tail(kStep);
        ZSTD_outBuffer output{out, kStep, 0};
        last = ZSTD_decompressStream(context, &output, &input);
        result.bytes.commit(output.pos);
        if (progress)
            progress(input.pos);
        if (ZSTD_isError(last)) {
            result.problem = "corrupt zstd data after " + std::to_string(result.bytes.size()) +
                             " decompressed bytes (" + ZSTD_getErrorName(last) + ")";
            break;
        }
        if (output.pos == 0 && input.pos == in.size())
            break;
    }
    // Flush what the decoder still holds once all input is in.
    while (!result.cancelled && result.problem.empty() && last != 0 && !ZSTD_isError(last)) {
        char* out = result.bytes.tail(kStep);
        ZSTD_outBuffer output{out, kStep, 0};
        last = ZSTD_decompressStream(context, &output, &input);
        result.bytes.commit(output.pos);
        if (output.pos == 0)
            break;
    }
    if (!result.cancelled && result.problem.empty() && last != 0) {
        result.problem = "truncated zstd data: the archive ends after " +
                         std::to_string(result.bytes.size()) + " decompressed bytes";
    }
    ZSTD_freeDCtx(context);
    return result;
}

} // namespace

Compression detectCompression(std::string_view bytes) noexcept {
    const auto byte = [&bytes](std::size_t i) {
        return static_cast<unsigned char>(bytes[i]);
    };
    if (bytes.size() >= 2 && byte(0) == 0x1f && byte(1) == 0x8b)
        return Compression::Gzip;
    if (bytes.size() >= 4 && byte(0) == 0x28 && byte(1) == 0xb5 && byte(2) == 0x2f &&
        byte(3) == 0xfd)
        return Compression::Zstd;
    return Compression::None;
}

std::string_view compressionName(Compression compression) noexcept {
    switch (compression) {
    case Compression::Gzip:
        return "gzip";
    case Compression::Zstd:
        return "zstd";
    case Compression::None:
        break;
    }
    return "";
}

DecompressResult decompress(std::string_view compressed, Compression compression,
                            const CancellationToken* cancel,
                            const std::function<void(std::uint64_t)>& progress) {
    if (compression == Compression::Gzip)
        return gunzip(compressed, cancel, progress);
    if (compression == Compression::Zstd)
        return unzstd(compressed, cancel, progress);
    DecompressResult copy;
    copy.bytes.append(compressed);
    return copy;
}

} // namespace logscope::core
