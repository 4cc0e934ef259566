#include "core/table/level.h"

#include <array>

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
    // Common spellings across loggers: log4j/logback, Python, syslog, Apache, journald, Go's
    // logrus (four letters: ERRO, WARN, DEBU, ...), .NET (Information, Verbose), java.util.logging.
    static constexpr std::array kAliases{
        Alias{"TRACE", Level::Trace},        Alias{"TRC", Level::Trace},
        Alias{"TRAC", Level::Trace},         Alias{"FINEST", Level::Trace},
        Alias{"FINER", Level::Trace},        Alias{"VERBOSE", Level::Trace},
        Alias{"DEBUG", Level::Debug},        Alias{"DBG", Level::Debug},
        Alias{"DEBU", Level::Debug},         Alias{"FINE", Level::Debug},
        Alias{"CONFIG", Level::Debug},       Alias{"INFO", Level::Info},
        Alias{"INF", Level::Info},           Alias{"INFORMATION", Level::Info},
        Alias{"INFORMATIONAL", Level::Info}, Alias{"NOTICE", Level::Info},
        Alias{"WARN", Level::Warning},       Alias{"WRN", Level::Warning},
        Alias{"WARNING", Level::Warning},    Alias{"ERROR", Level::Error},
        Alias{"ERR", Level::Error},          Alias{"ERRO", Level::Error},
        Alias{"SEVERE", Level::Error},       Alias{"FAILURE", Level::Error},
        Alias{"CRITICAL", Level::Critical},  Alias{"CRIT", Level::Critical},
        Alias{"CRT", Level::Critical},       Alias{"FATAL", Level::Critical},
        Alias{"FATA", Level::Critical},      Alias{"FTL", Level::Critical},
        Alias{"EMERG", Level::Critical},     Alias{"EMERGENCY", Level::Critical},
        Alias{"ALERT", Level::Critical},     Alias{"PANIC", Level::Critical},
        Alias{"PANI", Level::Critical},
    };
    if (text.empty() || text.size() > 13)
        return Level::Unknown;
    char upper[14];
    for (std::size_t i = 0; i < text.size(); ++i)
        upper[i] =
            text[i] >= 'a' && text[i] <= 'z' ? static_cast<char>(text[i] - 'a' + 'A') : text[i];
    const std::string_view key(upper, text.size());
    // Compare only names of the same length and first letter (this runs once per line).
    for (const auto& alias : kAliases) {
        if (alias.name.size() == key.size() && alias.name[0] == key[0] &&
            std::char_traits<char>::compare(alias.name.data(), upper, key.size()) == 0)
            return alias.level;
    }
    return Level::Unknown;
}

Level levelFromSyslogSeverity(int severity) noexcept {
    static constexpr std::array kSeverities{Level::Critical, Level::Critical, Level::Critical,
                                            Level::Error,    Level::Warning,  Level::Info,
                                            Level::Info,     Level::Debug};
    return severity >= 0 && severity < 8 ? kSeverities[static_cast<std::size_t>(severity)]
                                         : Level::Unknown;
}

} // namespace logscope::core
