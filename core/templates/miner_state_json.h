#pragma once

#include "core/templates/template_miner.h"

#include <optional>
#include <string>
#include <string_view>

namespace logscope::core {

/// Identifies a LogScope template-miner state file (its "format" member).
inline constexpr std::string_view kMinerStateFormat = "logscope-template-miner";
/// The state file version this build writes and reads.
inline constexpr int kMinerStateVersion = 1;

/// The state as JSON text:
/// {"format": "logscope-template-miner", "version": 1,
///  "config": {"similarity": 0.5, "prefix_tokens": 2, "max_children": 100},
///  "templates": [{"id": 0, "count": 12, "text": "PacketResponder <*> terminating",
///                 "route": ["PacketResponder", null],
///                 "pieces": [{"text": "PacketResponder"}, {"var": "num", "space": true},
///                            {"text": "terminating", "space": true}]}]}
/// A piece is a literal ("text"; text that is not UTF-8 is written {"hex": "..."}, as are such
/// route entries) or a variable ("var": a kind name such as "num", "ip", "any");
/// "space" (default false) says whitespace precedes it; "run": [min, max] (default [1, 1])
/// counts the folded variables seen there. A template's "text" is informative only.
std::string minerStateToJson(const MinerState& state);

/// Parses minerStateToJson()'s output. On bad input returns nullopt and sets error to what is
/// wrong and where, e.g. `templates[3].pieces[1].var: unknown variable kind "nmu"`.
std::optional<MinerState> minerStateFromJson(std::string_view json, std::string& error);

/// Writes a miner's state to path (atomically); false and error (naming the file) on failure.
bool saveMinerState(const TemplateMiner& miner, const std::string& path, std::string& error);

/// Reads a miner back from path; nullopt and error (naming the file) when it cannot be read or
/// is not a valid state file.
std::optional<TemplateMiner> loadMinerState(const std::string& path, std::string& error);

} // namespace logscope::core
