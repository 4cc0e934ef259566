// Saved template-miner state (`templates --load-state`): arbitrary JSON read back, and an
// accepted state serialised again.
#include "core/templates/miner_state_json.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace logscope::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string error;
    const auto state =
        minerStateFromJson(std::string_view(reinterpret_cast<const char*>(data), size), error);
    if (!state)
        return 0;
    (void)minerStateToJson(*state);
    // A state the reader accepts must also give a working miner (or a clear error).
    auto miner = TemplateMiner::fromState(*state, error);
    if (miner) {
        miner->add("Connection from 10.0.0.1 closed after 42 ms");
        miner->add("PacketResponder 1 for block blk_123 terminating");
        (void)miner->exportState();
    }
    return 0;
}
