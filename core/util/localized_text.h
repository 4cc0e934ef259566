#pragma once

#include <QString>
#include <cstdint>
#include <string>

namespace logscope::core {

// Sentences the core builds for people (incident descriptions, recommendations, anomaly
// explanations, load problems) are translated where they are built, with
// QCoreApplication::translate and a fixed context, so the GUI, the text report and the PNG show
// them in the language whose translator the application installed (English when none is).
// Enum names and JSON keys stay English: they are machine-readable.

/// A number inside a translated sentence: the default locale's decimal point, no grouping
/// ("12.5" in English, "12,5" in German).
QString localNumber(double value, int decimals = 0);
/// A share (0..1) as a percentage inside a translated sentence ("12.5%", "12,5 %").
QString localPercent(double share, int decimals = 1);
/// A whole count inside a translated sentence, without grouping.
QString localCount(std::uint64_t value);
/// A count as the plural argument of tr()/translate() (an int).
int pluralArgument(std::uint64_t value);
/// "%n minutes" in the UI language, for the windows sentences mention.
QString minutesText(std::int64_t minutes);
/// UTF-8 for the core's std::string results.
std::string toUtf8(const QString& text);
/// A UTF-8 std::string as a QString argument.
QString fromUtf8(const std::string& text);

} // namespace logscope::core
