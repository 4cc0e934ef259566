#include "ui/format/display_format.h"

#include "core/report/text_report.h"
#include "core/table/log_table.h"
#include "core/time/civil_time.h"
#include "ui/format/display_names.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <limits>

namespace logscope::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};

QDateTime utc(std::int64_t ns) {
    const std::int64_t ms =
        ns >= 0 ? ns / 1'000'000 : -((-ns + 999'999) / 1'000'000); // floor toward -inf
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

QLocale displayLocale() {
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : locale;
}

QString formatCount(std::uint64_t value) {
    return displayLocale().toString(static_cast<qulonglong>(value));
}

int pluralCount(std::uint64_t value) {
    return static_cast<int>(std::min<std::uint64_t>(value, std::numeric_limits<int>::max()));
}

QString formatNumber(double value, int decimals) {
    return displayLocale().toString(value, 'f', decimals);
}

QString formatMs(double ms) {
    if (!std::isfinite(ms))
        return QStringLiteral("—");
    const int decimals = ms >= 1000.0 ? 1 : ms >= 100.0 ? 0 : ms >= 1.0 ? 1 : 2;
    return Tr::tr("%1 ms").arg(formatNumber(ms, decimals));
}

QString formatPercent(double rate, int decimals) {
    return Tr::tr("%1 %").arg(formatNumber(rate * 100.0, decimals));
}

QString formatTimestamp(std::int64_t ns, bool withMillis) {
    if (ns == core::kNoTimestamp)
        return QStringLiteral("—");
    return utc(ns).toString(withMillis ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                       : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatShortTime(std::int64_t ns) {
    if (ns == core::kNoTimestamp)
        return QStringLiteral("—");
    // The format is translatable: the order of day and month differs between languages.
    const QDateTime t = utc(ns);
    return displayLocale().toString(t, t.time().second() != 0 ? Tr::tr("MMM d HH:mm:ss")
                                                              : Tr::tr("MMM d HH:mm"));
}

QString formatTimeRange(std::int64_t fromNs, std::int64_t toNs) {
    return Tr::tr("%1 – %2 UTC").arg(formatShortTime(fromNs), formatShortTime(toNs));
}

QString formatDuration(std::int64_t ns) {
    using namespace core;
    if (ns < 0)
        ns = 0;
    if (ns >= 2 * kNanosPerDay) {
        const double days = static_cast<double>(ns) / static_cast<double>(kNanosPerDay);
        return Tr::tr("%1 days").arg(displayLocale().toString(std::round(days * 10) / 10));
    }
    if (ns >= kNanosPerHour) {
        const auto hours = ns / kNanosPerHour;
        const auto minutes = (ns % kNanosPerHour) / kNanosPerMinute;
        return minutes == 0 ? Tr::tr("%1 h").arg(hours)
                            : Tr::tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    if (ns >= kNanosPerMinute) {
        const auto minutes = ns / kNanosPerMinute;
        const auto seconds = (ns % kNanosPerMinute) / kNanosPerSecond;
        return seconds == 0 ? Tr::tr("%1 min").arg(minutes)
                            : Tr::tr("%1 min %2 s").arg(minutes).arg(seconds);
    }
    if (ns >= kNanosPerSecond)
        return Tr::tr("%1 s").arg(formatNumber(static_cast<double>(ns) / kNanosPerSecond, 1));
    return Tr::tr("%1 ms").arg(formatNumber(static_cast<double>(ns) / 1e6, 1));
}

} // namespace logscope::ui

#include "core/analysis/analysis_result.h"
#include "core/analysis/view_filter.h"

namespace logscope::ui {

QString describeFilter(const core::ViewFilter& filter) {
    QStringList parts;
    const bool from = filter.fromNs != std::numeric_limits<std::int64_t>::min();
    const bool to = filter.toNs != std::numeric_limits<std::int64_t>::max();
    if (from && to)
        parts << formatTimeRange(filter.fromNs, filter.toNs);
    else if (from)
        parts << Tr::tr("from %1 UTC").arg(formatShortTime(filter.fromNs));
    else if (to)
        parts << Tr::tr("until %1 UTC").arg(formatShortTime(filter.toNs));
    if (!filter.services.empty()) {
        QStringList names;
        for (const std::string& s : filter.services)
            names << QString::fromStdString(s);
        parts << names.join(QStringLiteral(", "));
    }
    constexpr std::uint32_t kLevels = (1u << core::kLevelCount) - 1u;
    if ((filter.levelMask & kLevels) != kLevels) {
        QStringList levels;
        for (int i = core::kLevelCount - 1; i >= 0; --i)
            if (filter.levelMask & (1u << i))
                levels << QString::fromLatin1(core::levelName(static_cast<core::Level>(i)));
        parts << (levels.isEmpty() ? Tr::tr("no level") : levels.join(QStringLiteral(", ")));
    }
    if (!filter.text.empty())
        parts << (filter.textIsRegex ? Tr::tr("matching /%1/") : Tr::tr("containing “%1”"))
                     .arg(QString::fromStdString(filter.text));
    return parts.join(QStringLiteral(" · "));
}

QString summarizeResult(const core::AnalysisResult& r) {
    auto bold = [](const QString& s) {
        return QStringLiteral("<b>%1</b>").arg(s.toHtmlEscaped());
    };
    QStringList parts;
    parts << Tr::tr("%1 lines", nullptr, pluralCount(r.totalLines))
                 .arg(bold(formatCount(r.totalLines)));
    if (r.timedLines > 0)
        parts << Tr::tr("%1 (%2)").arg(bold(formatDuration(r.lastNs - r.firstNs)),
                                       formatTimeRange(r.firstNs, r.lastNs).toHtmlEscaped());
    parts << Tr::tr("error rate %1").arg(bold(formatPercent(r.errorRate)));
    if (r.latency.count > 0)
        parts << Tr::tr("P95 %1 · P99 %2")
                     .arg(bold(formatMs(r.latency.p95Ms)), bold(formatMs(r.latency.p99Ms)));
    if (!r.timeline.empty() || r.anomalyCount > 0)
        parts << Tr::tr("%1 anomalies", nullptr, pluralCount(r.anomalyCount))
                     .arg(bold(formatCount(r.anomalyCount)));
    if (!r.incidents.empty()) {
        std::size_t critical = 0;
        for (const auto& i : r.incidents)
            critical += i.severity == core::Severity::Critical ? 1 : 0;
        const int n = pluralCount(r.incidents.size());
        parts << (critical > 0 ? Tr::tr("%1 incidents (%2 critical)", nullptr, n)
                                     .arg(bold(formatCount(r.incidents.size())))
                                     .arg(critical)
                               : Tr::tr("%1 incidents", nullptr, n)
                                     .arg(bold(formatCount(r.incidents.size()))));
    }
    if (!r.health.factors.empty())
        parts << Tr::tr("health %1 %2")
                     .arg(bold(formatNumber(r.health.score, 1)),
                          healthStatusDisplayName(r.health.status));
    return parts.join(QStringLiteral(" · "));
}

} // namespace logscope::ui
