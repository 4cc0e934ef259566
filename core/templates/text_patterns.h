#pragma once
// Recognisers for the variables that span punctuation (paths, URLs, MAC and IPv6 addresses,
// host:port) and for other shapes the tokenizer needs. Each looks at a token from a position
// and returns how much it matches (0 = no match).

#include <cstddef>
#include <string_view>

namespace logscope::core::patterns {

/// The first whitespace byte of s at or after i (s.size() when none).
std::size_t findSpace(std::string_view s, std::size_t i);
/// A path at pos: `/var/log`, `./run`, `../x`, `~/x`, `C:\Temp`, and `a/b/c` when relative.
std::size_t matchPath(std::string_view t, std::size_t pos, bool relative);
/// Six or more two-digit hex groups joined by ':' or '-' at pos.
std::size_t matchMac(std::string_view t, std::size_t pos);
/// An IPv6 address at pos.
std::size_t matchIpv6(std::string_view t, std::size_t pos);
/// `scheme://` at pos: its length including "://".
std::size_t matchScheme(std::string_view t, std::size_t pos);
/// True when a port (1 to 5 digits, then the end or punctuation) starts at pos.
bool isPortAt(std::string_view t, std::size_t pos);
/// True for a dotted host name such as node-1.example.com.
bool isHostName(std::string_view s);
/// The length of the word and separator of `core.2275` or `jetty-6.1.26`, or 0.
std::size_t wordPrefixBeforeNumber(std::string_view atom);
/// True for digits with an optional fraction: `12`, `0.25`.
bool isNumberToken(std::string_view s);

} // namespace logscope::core::patterns
