// The logparser format-string compiler: the first line is a format string, the rest lines to
// match against it (PCRE2 with its match limits).
#include "core/formats/logparser_format.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

using namespace logscope::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::size_t nl = bytes.find('\n');
    const std::string_view spec = bytes.substr(0, nl);
    std::string error;
    const auto format = LogparserFormat::compile(spec, error);
    if (!format || nl == std::string_view::npos)
        return 0;
    LogparserFormat::Matcher matcher(format);
    std::vector<std::string_view> values;
    bytes.remove_prefix(nl + 1);
    std::size_t pos = 0;
    while (pos <= bytes.size()) {
        std::size_t end = bytes.find('\n', pos);
        if (end == std::string_view::npos)
            end = bytes.size();
        (void)matcher.match(bytes.substr(pos, end - pos), values);
        pos = end + 1;
    }
    return 0;
}
