// Format detection over arbitrary bytes, then a load with the detected format (what opening an
// unknown file does).
#include "core/formats/format_detector.h"
#include "core/formats/format_registry.h"
#include "core/formats/log_loader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace logscope::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)detectFormat(bytes, builtinFormats());
    (void)looksBinary(bytes);
    LoadOptions options;
    options.threads = 1;
    options.useSavedFormats = false;
    (void)loadLogBuffer(bytes, options);
    return 0;
}
