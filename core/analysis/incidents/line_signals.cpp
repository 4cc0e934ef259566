#include "core/analysis/incidents/line_signals.h"

#include "core/analysis/incidents/injection_prefilter.h"
#include "core/analysis/incidents/suspect_data.h"
#include "core/analysis/parallel_chunks.h"

#include <algorithm>
#include <cctype>

namespace logscope::core {
namespace {

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool containsAny(std::string_view text, std::initializer_list<std::string_view> needles) {
    return std::any_of(needles.begin(), needles.end(),
                       [&](std::string_view n) { return text.find(n) != std::string_view::npos; });
}

} // namespace

std::uint8_t classifyText(std::string_view text) {
    const std::string lower = lowered(text);
    std::uint8_t bits = 0;
    if (containsAny(lower, {"memory", "oom", "heap", "disk", "no space", "cpu", "pool",
                            "too many connections", "file descriptor", "too many open files",
                            "quota", "exhaust", "swap", "thread starvation", "load average"}))
        bits |= kResourceSignal;
    const bool failure = containsAny(lower, {"fail", "invalid", "denied", "incorrect", "wrong",
                                             "rejected", "unauthori", "forbidden", "bad password"});
    const bool auth = containsAny(lower, {"login", "log in", "logon", "auth", "password",
                                          "credential", "sign in", "signin", "ssh", "access",
                                          "token", "unauthori", "forbidden", "permission"});
    if (failure && auth)
        bits |= kAuthFailureSignal;
    if (containsAny(lower, {"rate limit", "rate-limit", "ratelimit", "too many requests", "throttl",
                            "quota exceeded", "request limit"}))
        bits |= kThrottledSignal;
    return bits;
}

bool looksLikeInjection(std::string_view text) {
    if (!mayBeInjection(text))
        return false;
    const std::string lower = lowered(text);
    return containsAny(lower, {"' or ",
                               "'or'",
                               "' or'",
                               "or 1=1",
                               "or '1'='1",
                               "union select",
                               "union all select",
                               "drop table",
                               "'; --",
                               "';--",
                               "' --",
                               "<script",
                               "javascript:",
                               "onerror=",
                               "onload=",
                               "../../",
                               "..%2f",
                               "/etc/passwd",
                               "%27",
                               "%3cscript",
                               "sleep(",
                               "benchmark(",
                               "xp_cmdshell",
                               "' and '"});
}

std::vector<std::uint8_t> computeLineSignals(const AnalysisContext& context) {
    std::vector<std::uint8_t> templateBits(context.templates.size());
    for (std::size_t t = 0; t < context.templates.size(); ++t)
        templateBits[t] = classifyText(context.templates[t].text);
    std::vector<std::uint8_t> bits(context.count, 0);
    const LogTable& table = context.table;
    const SuspectData suspect(context);
    parallelChunks(context.count, 65536, [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const RowId row = context.row(i);
            std::uint8_t b = templateBits[context.templateOf[i]];
            // The raw line holds the message and every extra field: when it has no suspicious
            // byte, neither have they, and the costly extra() is never built.
            const std::string_view raw = table.rawLine(row);
            if ((raw.empty() || mayBeInjection(raw)) &&
                (looksLikeInjection(table.message(row)) || looksLikeInjection(table.extra(row))))
                b |= kInjectionSignal;
            if (table.statusCode(row) == 429)
                b |= kThrottledSignal;
            if (suspect.isSuspect(i))
                b |= kSuspectDataSignal;
            bits[i] = b;
        }
    });
    return bits;
}

std::string clientKeyOf(std::string_view message, std::string_view extra) {
    for (const std::string_view text : {message, extra}) {
        // First IPv4 address: four dot-separated digit groups.
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (!std::isdigit(static_cast<unsigned char>(text[i])) ||
                (i > 0 &&
                 (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '.')))
                continue;
            std::size_t j = i;
            int groups = 0;
            while (groups < 4) {
                const std::size_t start = j;
                while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j])) &&
                       j - start < 3)
                    ++j;
                if (j == start)
                    break;
                ++groups;
                if (groups < 4) {
                    if (j >= text.size() || text[j] != '.')
                        break;
                    ++j;
                }
            }
            if (groups == 4)
                return "ip " + std::string(text.substr(i, j - i));
        }
    }
    const std::string lower = lowered(message);
    for (const std::string_view marker : {"user=", "user ", "username=", "for user ", "for "}) {
        const std::size_t at = lower.find(marker);
        if (at == std::string::npos)
            continue;
        std::size_t start = at + marker.size();
        while (start < message.size() && (message[start] == '\'' || message[start] == '"'))
            ++start;
        std::size_t end = start;
        while (end < message.size() && !std::isspace(static_cast<unsigned char>(message[end])) &&
               message[end] != '\'' && message[end] != '"' && message[end] != ',')
            ++end;
        if (end > start)
            return "user " + std::string(message.substr(start, end - start));
    }
    return {};
}

} // namespace logscope::core
