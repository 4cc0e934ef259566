#pragma once

#include <QLocale>
#include <QString>
#include <cstdint>
#include <string_view>

namespace logscope::ui {

/// UTF-8 text of the table (a view) as a QString.
inline QString fromUtf8View(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// The locale numbers and dates are shown in: the default QLocale (the UI language's), or US
/// English when that is the untranslated "C" locale (so counts keep their thousands separators).
QLocale displayLocale();
/// "100,800" ("100.800" in German).
QString formatCount(std::uint64_t value);
/// A count as tr()'s plural argument (which is an int): chooses "1 line" or "2 lines".
int pluralCount(std::uint64_t value);
/// A number with a fixed count of decimals in the display locale ("0.742", "0,742").
QString formatNumber(double value, int decimals);
/// "156 ms", "1,234.9 ms", "0.42 ms" (precision suited to the size).
QString formatMs(double ms);
/// A rate 0..1 as "2.15 %".
QString formatPercent(double rate, int decimals = 2);
/// "2024-10-29 14:23:45" (UTC); "—" for a line without time.
QString formatTimestamp(std::int64_t ns, bool withMillis = false);
/// "Oct 29 14:00" (UTC), short enough for tooltips and lists.
QString formatShortTime(std::int64_t ns);
/// "Oct 29 14:00 – Oct 30 02:00 UTC".
QString formatTimeRange(std::int64_t fromNs, std::int64_t toNs);
/// A duration in words: "7 days", "3 h 20 min", "45 s".
QString formatDuration(std::int64_t ns);

} // namespace logscope::ui

namespace logscope::core {
struct ViewFilter;
struct AnalysisResult;
} // namespace logscope::core

namespace logscope::ui {

/// What a view filter keeps, in words ("Oct 29 14:00 – Oct 30 02:00 UTC · database · ERROR,
/// CRITICAL · “timeout”"); empty when it keeps everything.
QString describeFilter(const core::ViewFilter& filter);
/// The headline figures of a snapshot as rich text ("<b>100,800</b> lines · ...").
QString summarizeResult(const core::AnalysisResult& result);

} // namespace logscope::ui
