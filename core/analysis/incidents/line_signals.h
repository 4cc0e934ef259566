#pragma once

#include "core/analysis/analysis_context.h"

#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// What a line's text says, as bits (several may be set).
enum LineSignal : std::uint8_t {
    kResourceSignal = 1,     ///< memory, disk, CPU, pools, descriptors, quotas
    kAuthFailureSignal = 2,  ///< a failed login, rejected credentials, denied access
    kInjectionSignal = 4,    ///< SQL injection, XSS or path traversal in the request
    kThrottledSignal = 8,    ///< a request refused by rate limiting (HTTP 429, "rate limit")
    kSuspectDataSignal = 16, ///< a field its service always fills is missing or impossible
};

/// Resource, auth-failure and throttling bits of a text (a template or a message).
std::uint8_t classifyText(std::string_view text);
/// True when the text carries an injection payload (SQL, script, traversal).
bool looksLikeInjection(std::string_view text);

/// Per analysed line: the bits of its template's text, plus injection found in its own
/// message or extra fields (payloads vary per line, so they are looked for line by line), HTTP
/// 429, and suspect data (see SuspectData).
std::vector<std::uint8_t> computeLineSignals(const AnalysisContext& context);

/// The client a line names: the first IPv4 address, else the user ("user X", "user=X",
/// "for X"), else empty. Used to key failed logins.
std::string clientKeyOf(std::string_view message, std::string_view extra);

} // namespace logscope::core
