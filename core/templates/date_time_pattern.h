#pragma once
// Timestamps inside messages, which span several whitespace tokens.

#include <cstddef>
#include <string_view>
#include <vector>

namespace logscope::core::patterns {

/// Where a timestamp starting at a token ends.
struct DateTimeMatch {
    std::size_t tokens = 0;  ///< whitespace tokens it spans (0 = no timestamp)
    std::size_t lastLen = 0; ///< characters of the last token it covers
};

/// A timestamp starting at tokens[first]: `[Fri] Jun 17 07:07:00 [2005]`,
/// `2015-07-29 17:41:44,747`, `2015-07-29T17:41:44.747Z`.
DateTimeMatch dateTimeAt(const std::vector<std::string_view>& tokens, std::size_t first);

} // namespace logscope::core::patterns
