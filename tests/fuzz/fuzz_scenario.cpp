// Scenario loading: arbitrary JSON merged onto the default profile, validated, then (when it is
// accepted) a few lines generated from it.
#include "core/generator/log_generator.h"
#include "core/generator/scenario/scenario_loader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace logscope::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    (void)loadScenario("basic", json);
    return 0;
}
