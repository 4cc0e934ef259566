// Analysis configuration (`analyze --config`): arbitrary JSON.
#include "core/analysis/analysis_options.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace logscope::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    AnalysisOptions options;
    (void)parseAnalysisOptions(std::string_view(reinterpret_cast<const char*>(data), size),
                               options);
    return 0;
}
