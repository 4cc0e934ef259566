#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace logscope::core {

/// What a masked variable in a message is. `Literal` is not a variable; `Any` is a position
/// where the lines of one template disagree (a variable the masker did not recognise).
enum class VarKind : std::uint8_t {
    Literal = 0,
    Any,      ///< generalised by mining: `<*>`
    Number,   ///< 42, -1, 0.25, 1.4.1
    Hex,      ///< 0x1f, 00b360e8
    Ip,       ///< 10.0.0.1, fe80::1
    Host,     ///< a dotted host name before a port (node-1.example.com:8080)
    Uuid,     ///< 8-4-4-4-12 hex
    Mac,      ///< FF:F2:9F:16:E2:23
    Path,     ///< /var/log/x, ./run, C:\Temp\x
    Url,      ///< the part after scheme:// that holds digits
    Id,       ///< block/request/task ids and other tokens built around numbers (blk_-42, rdd_2_1)
    Size,     ///< 16K, 5.2 KB, 126MB
    Duration, ///< 250ms, 10s
    DateTime, ///< Fri Jun 17 07:07:00 2005, 2015-07-29T17:41:44.747Z
    Bool,     ///< true, false
    Null,     ///< null
    User,     ///< root, admin (the account names every log prints)
};

/// Number of VarKind values.
inline constexpr int kVarKindCount = static_cast<int>(VarKind::User) + 1;

/// The typed placeholder, e.g. `<NUM>`; `<*>` for Any.
std::string_view typedPlaceholder(VarKind kind) noexcept;
/// The placeholder in Loghub's notation: `<*>`, except DateTime, which keeps the colons of its
/// time of day (`<*>:<*>:<*>`) as Loghub keeps those between an address and its port.
std::string_view wildcardPlaceholder(VarKind kind) noexcept;
/// Short stable name used in saved state ("num", "hex", ...).
std::string_view varKindName(VarKind kind) noexcept;
/// Inverse of varKindName().
std::optional<VarKind> varKindFromName(std::string_view name) noexcept;

/// Classifies one atom (a run of characters between delimiters, e.g. `blk_-42`, `0x1f`,
/// `ssh2`): the kind of variable it is, or Literal when it reads as a word of the template.
/// Tokens that merely contain a digit (`ssh2`, `L3`, `jk2_init`) stay literal: the miner
/// generalises them when they vary.
VarKind classifyAtom(std::string_view atom) noexcept;

/// True for a word of capitals (`RUNNING`, `FAIL_TASK_CLEANUP`): such words name states and
/// event types, which Loghub keeps as part of the template, so the miner never generalises them.
bool isCapitalWord(std::string_view atom) noexcept;

} // namespace logscope::core
