// The timestamp reader: whole-text and prefix forms.
#include "core/time/timestamp_parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace logscope::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ParsedTime time;
    (void)parseTimestamp(text, time);
    (void)parseTimestampPrefix(text, time);
    (void)monthFromName(text);
    return 0;
}
