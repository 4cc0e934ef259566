#pragma once

namespace logscope::ui {

/// The columns of the log view, left to right.
enum class LogColumn : int {
    Time,
    Level,
    Service,
    Template,
    Message,
    Latency,
    Status,
    Score,
    Count
};

inline constexpr int kLogColumnCount = static_cast<int>(LogColumn::Count);

} // namespace logscope::ui
