#include "core/templates/date_time_pattern.h"

#include "core/templates/char_classes.h"

#include <array>

namespace logscope::core::patterns {
namespace {

constexpr std::array<std::string_view, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 7> kWeekdays{"Mon", "Tue", "Wed", "Thu",
                                                    "Fri", "Sat", "Sun"};

std::string_view withoutComma(std::string_view s) {
    return !s.empty() && s.back() == ',' ? s.substr(0, s.size() - 1) : s;
}

std::size_t digitsAt(std::string_view s, std::size_t pos, std::size_t max) {
    std::size_t i = pos;
    while (i < s.size() && i - pos < max && isDigit(s[i]))
        ++i;
    return i - pos;
}

// hh:mm:ss with an optional fraction at the start of s: its length, or 0.
std::size_t timeOfDay(std::string_view s) {
    const std::size_t h = digitsAt(s, 0, 2);
    if (h == 0 || h >= s.size() || s[h] != ':' || digitsAt(s, h + 1, 2) != 2)
        return 0;
    std::size_t i = h + 3;
    if (i >= s.size() || s[i] != ':' || digitsAt(s, i + 1, 2) != 2)
        return 0;
    i += 3;
    if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && isDigit(s[i + 1]))
        i += 1 + digitsAt(s, i + 1, 9);
    return i < s.size() && isDigit(s[i]) ? 0 : i;
}

// yyyy-mm-dd or yyyy/mm/dd at the start of s: 10, or 0.
std::size_t calendarDate(std::string_view s) {
    if (s.size() < 10 || digitsAt(s, 0, 4) != 4 || (s[4] != '-' && s[4] != '/') ||
        digitsAt(s, 5, 2) != 2 || s[7] != s[4] || digitsAt(s, 8, 2) != 2)
        return 0;
    return s.size() > 10 && isDigit(s[10]) ? 0 : 10;
}

// A time zone after an ISO time: Z, +02:00, -0500.
std::size_t zoneSuffix(std::string_view s, std::size_t pos) {
    if (pos < s.size() && s[pos] == 'Z')
        return 1;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-') && digitsAt(s, pos + 1, 2) == 2) {
        std::size_t i = pos + 3;
        if (i < s.size() && s[i] == ':')
            ++i;
        return digitsAt(s, i, 2) == 2 ? i + 2 - pos : 0;
    }
    return 0;
}

} // namespace

DateTimeMatch dateTimeAt(const std::vector<std::string_view>& tokens, std::size_t first) {
    const std::string_view t = tokens[first];
    const bool word = t.size() >= 3 && t.size() <= 4 && t[0] >= 'A' && t[0] <= 'Z';
    if (!word && (t.size() < 10 || !isDigit(t[0])))
        return {}; // neither a weekday or month nor a date: the common case, decided fast
    if (const std::size_t date = calendarDate(t)) {
        if (date < t.size() && (t[date] == 'T' || t[date] == ' ')) {
            const std::size_t time = timeOfDay(t.substr(date + 1));
            if (time == 0)
                return {};
            const std::size_t end = date + 1 + time;
            return {1, end + zoneSuffix(t, end)};
        }
        if (date == t.size() && first + 1 < tokens.size()) {
            const std::string_view next = tokens[first + 1];
            if (const std::size_t time = timeOfDay(next))
                return {2, time + zoneSuffix(next, time)};
        }
        return {};
    }
    std::size_t i = first;
    if (isOneOf(withoutComma(tokens[i]), kWeekdays))
        ++i;
    if (i + 2 >= tokens.size() || !isOneOf(tokens[i], kMonths))
        return {};
    const std::string_view day = withoutComma(tokens[i + 1]);
    if (day.empty() || day.size() > 2 || digitsAt(day, 0, 2) != day.size())
        return {};
    const std::string_view time = tokens[i + 2];
    const std::size_t length = timeOfDay(time);
    if (length == 0)
        return {};
    if (length == time.size() && i + 3 < tokens.size() && tokens[i + 3].size() >= 4 &&
        digitsAt(tokens[i + 3], 0, 5) == 4)
        return {i + 4 - first, 4};
    return {i + 3 - first, length};
}

} // namespace logscope::core::patterns
