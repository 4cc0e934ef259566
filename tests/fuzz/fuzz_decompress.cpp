// gzip and zstd reading: arbitrary bytes are recognised by their magic and decompressed (a
// truncated or corrupt archive gives what could be recovered and a warning).
#include "core/io/input_reader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace logscope::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const InputData input = inputFromBytes(bytes, "fuzz");
    // Touch every byte the input claims to hold.
    std::size_t sum = 0;
    for (const char c : input.bytes)
        sum += static_cast<unsigned char>(c);
    return sum == 1 ? 0 : 0;
}
