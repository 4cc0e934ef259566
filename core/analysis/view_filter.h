#pragma once

#include "core/table/level.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace logscope::core {

/// Which lines a view looks at: a time range, some services, some levels, a text or regex.
/// The default filter selects everything.
struct ViewFilter {
    std::int64_t fromNs = std::numeric_limits<std::int64_t>::min(); ///< inclusive
    std::int64_t toNs = std::numeric_limits<std::int64_t>::max();   ///< exclusive
    std::vector<std::string> services;                              ///< empty = all
    std::uint32_t levelMask = 0xFFFFFFFFu; ///< bit (1 << int(Level)) per level shown
    std::string text;                      ///< empty = no text condition
    bool textIsRegex = false;

    [[nodiscard]] bool selectsEverything() const noexcept {
        return fromNs == std::numeric_limits<std::int64_t>::min() &&
               toNs == std::numeric_limits<std::int64_t>::max() && services.empty() &&
               (levelMask & 0x7Fu) == 0x7Fu && text.empty();
    }
};

} // namespace logscope::core
