#pragma once

#include <string>
#include <string_view>

namespace logscope::core {

/// Recovers, from a row's raw line, the fields the table has no column for. Loaders register
/// one per source file, so that these fields cost no memory until somebody looks at them.
class RecordDecoder {
public:
    virtual ~RecordDecoder() = default;
    /// The fields of rawLine that have no column, as a compact JSON object ("" when none).
    [[nodiscard]] virtual std::string extraFields(std::string_view rawLine) const = 0;
};

} // namespace logscope::core
