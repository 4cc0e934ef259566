#pragma once

#include "core/formats/log_format.h"
#include "core/formats/saved_formats.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// The built-in formats in detection order (the most specific first; `plain` last).
const std::vector<std::shared_ptr<const LogFormat>>& builtinFormats();
/// A built-in format by its name or an alias (json, jsonl, ndjson, journal, journalctl, text,
/// syslog, rfc3164, rfc5424, nginx, apache, combined, common, ...); nullptr when none.
std::shared_ptr<const LogFormat> findBuiltinFormat(std::string_view name);
/// The fallback format when nothing else fits: each line is a message.
std::shared_ptr<const LogFormat> plainFormat();
/// The formats detection tries: the saved ones first (ties go to the user's), then the built-ins.
/// Saved formats that no longer compile are skipped.
std::vector<std::shared_ptr<const LogFormat>> detectionCandidates(const SavedFormats& saved);
/// Resolves a --format value: a built-in name or alias, a saved format's name, or a format
/// string in logparser syntax (anything containing `<Name>`). nullptr with error set otherwise.
std::shared_ptr<const LogFormat> resolveFormat(std::string_view spec, const SavedFormats& saved,
                                               std::string& error);

} // namespace logscope::core
