#include "core/table/level.h"

#include <array>
#include <cctype>

namespace logscope::core {

std::string_view levelName(Level level) noexcept {
    switch (level) {
    case Level::Trace:
        return "TRACE";
    case Level::Debug:
        return "DEBUG";
    case Level::Info:
        return "INFO";
    case Level::Warning:
        return "WARNING";
    case Level::Error:
        return "ERROR";
    case Level::Critical:
        return "CRITICAL";
    case Level::Unknown:
        break;
    }
    return "UNKNOWN";
}

Level parseLevel(std::string_view text) noexcept {
    struct Alias {
        std::string_view name;
        Level level;
    };
    static constexpr std::array kAliases{
        Alias{"TRACE", Level::Trace},       Alias{"DEBUG", Level::Debug},
        Alias{"DBG", Level::Debug},         Alias{"FINE", Level::Debug},
        Alias{"INFO", Level::Info},         Alias{"INFORMATION", Level::Info},
        Alias{"NOTICE", Level::Info},       Alias{"WARN", Level::Warning},
        Alias{"WARNING", Level::Warning},   Alias{"ERROR", Level::Error},
        Alias{"ERR", Level::Error},         Alias{"SEVERE", Level::Error},
        Alias{"CRITICAL", Level::Critical}, Alias{"CRIT", Level::Critical},
        Alias{"FATAL", Level::Critical},    Alias{"EMERG", Level::Critical},
        Alias{"ALERT", Level::Critical},    Alias{"PANIC", Level::Critical},
    };
    if (text.empty() || text.size() > 11)
        return Level::Unknown;
    char upper[12];
    for (std::size_t i = 0; i < text.size(); ++i)
        upper[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    const std::string_view key(upper, text.size());
    for (const auto& alias : kAliases) {
        if (alias.name == key)
            return alias.level;
    }
    return Level::Unknown;
}

} // namespace logscope::core
