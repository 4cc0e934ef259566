#include "core/analysis/patterns/message_mask.h"

namespace logscope::core {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool continuesNumber(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == 'x';
}

} // namespace

void maskMessage(std::string_view message, std::string& out) {
    constexpr std::size_t kMaxLength = 160;
    out.clear();
    std::size_t i = 0;
    const std::size_t n = message.size();
    while (i < n && out.size() < kMaxLength) {
        if (!isDigit(message[i])) {
            out.push_back(message[i]);
            ++i;
            continue;
        }
        // Swallow the digit run with the hex digits, dots, colons and dashes glued to it
        // (hex ids, versions, IPs, UUIDs, times), so each variable becomes one placeholder.
        while (i < n) {
            const char c = message[i];
            if (continuesNumber(c)) {
                ++i;
            } else if ((c == '.' || c == ':' || c == '-') && i + 1 < n &&
                       continuesNumber(message[i + 1])) {
                ++i;
            } else {
                break;
            }
        }
        out += "<*>";
    }
}

} // namespace logscope::core
