// One line parser (LOGSCOPE_FUZZ_FORMAT names the format; a format string for the logparser
// flavour), fed the input line by line, then its extra-field decoder on every line, then the
// whole input through the loader (chunking, continuation lines, merge) with that format forced.
#include "core/formats/format_registry.h"
#include "core/formats/log_loader.h"
#include "core/formats/saved_formats.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace logscope::core;

namespace {

const std::shared_ptr<const LogFormat>& format() {
    static const std::shared_ptr<const LogFormat> kFormat = [] {
        std::string error;
        return resolveFormat(LOGSCOPE_FUZZ_FORMAT, SavedFormats(), error);
    }();
    return kFormat;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto& logFormat = format();
    if (!logFormat)
        __builtin_trap(); // the format name itself is wrong: fail loudly
    const auto parser = logFormat->createParser();
    const auto decoder = logFormat->decoder();
    std::size_t pos = 0;
    while (pos <= bytes.size()) {
        std::size_t end = bytes.find('\n', pos);
        if (end == std::string_view::npos)
            end = bytes.size();
        const std::string_view line = bytes.substr(pos, end - pos);
        LogRow row;
        std::string error;
        parser->parse(line, bytes.size() - pos, row, error);
        (void)logFormat->lineScore(*parser, line);
        if (decoder)
            (void)decoder->extraFields(line);
        pos = end + 1;
    }
    LoadOptions options;
    options.format = LOGSCOPE_FUZZ_FORMAT;
    options.threads = 1;
    options.useSavedFormats = false;
    (void)loadLogBuffer(bytes, options);
    return 0;
}
