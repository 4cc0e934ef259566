#include "ui/format/display_format.h"

#include "core/report/text_report.h"
#include "core/table/log_table.h"
#include "core/time/civil_time.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cmath>

namespace logscope::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DisplayFormat", text);
}

QDateTime utc(std::int64_t ns) {
    const std::int64_t ms =
        ns >= 0 ? ns / 1'000'000 : -((-ns + 999'999) / 1'000'000); // floor toward -inf
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

QString formatCount(std::uint64_t value) {
    return QString::fromStdString(core::withThousands(value));
}

QString formatMs(double ms) {
    if (!std::isfinite(ms))
        return QStringLiteral("—");
    if (ms >= 1000.0) {
        const auto whole = static_cast<std::uint64_t>(ms);
        const int tenth = static_cast<int>(std::lround((ms - static_cast<double>(whole)) * 10));
        if (tenth == 10)
            return tr("%1.0 ms").arg(formatCount(whole + 1));
        return tr("%1.%2 ms").arg(formatCount(whole)).arg(tenth);
    }
    if (ms >= 100.0)
        return tr("%1 ms").arg(ms, 0, 'f', 0);
    if (ms >= 1.0)
        return tr("%1 ms").arg(ms, 0, 'f', 1);
    return tr("%1 ms").arg(ms, 0, 'f', 2);
}

QString formatPercent(double rate, int decimals) {
    return tr("%1 %").arg(rate * 100.0, 0, 'f', decimals);
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
    const QDateTime t = utc(ns);
    return t.time().second() != 0 ? t.toString(QStringLiteral("MMM d HH:mm:ss"))
                                  : t.toString(QStringLiteral("MMM d HH:mm"));
}

QString formatTimeRange(std::int64_t fromNs, std::int64_t toNs) {
    return tr("%1 – %2 UTC").arg(formatShortTime(fromNs), formatShortTime(toNs));
}

QString formatDuration(std::int64_t ns) {
    using namespace core;
    if (ns < 0)
        ns = 0;
    if (ns >= 2 * kNanosPerDay) {
        const double days = static_cast<double>(ns) / static_cast<double>(kNanosPerDay);
        return tr("%1 days").arg(std::round(days * 10) / 10);
    }
    if (ns >= kNanosPerHour) {
        const auto hours = ns / kNanosPerHour;
        const auto minutes = (ns % kNanosPerHour) / kNanosPerMinute;
        return minutes == 0 ? tr("%1 h").arg(hours) : tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    if (ns >= kNanosPerMinute) {
        const auto minutes = ns / kNanosPerMinute;
        const auto seconds = (ns % kNanosPerMinute) / kNanosPerSecond;
        return seconds == 0 ? tr("%1 min").arg(minutes)
                            : tr("%1 min %2 s").arg(minutes).arg(seconds);
    }
    if (ns >= kNanosPerSecond)
        return tr("%1 s").arg(static_cast<double>(ns) / kNanosPerSecond, 0, 'f', 1);
    return tr("%1 ms").arg(static_cast<double>(ns) / 1e6, 0, 'f', 1);
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
        parts << tr("from %1 UTC").arg(formatShortTime(filter.fromNs));
    else if (to)
        parts << tr("until %1 UTC").arg(formatShortTime(filter.toNs));
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
        parts << (levels.isEmpty() ? tr("no level") : levels.join(QStringLiteral(", ")));
    }
    if (!filter.text.empty())
        parts << (filter.textIsRegex ? tr("matching /%1/") : tr("containing “%1”"))
                     .arg(QString::fromStdString(filter.text));
    return parts.join(QStringLiteral(" · "));
}

QString summarizeResult(const core::AnalysisResult& r) {
    auto bold = [](const QString& s) {
        return QStringLiteral("<b>%1</b>").arg(s.toHtmlEscaped());
    };
    QStringList parts;
    parts << tr("%1 lines").arg(bold(formatCount(r.totalLines)));
    if (r.timedLines > 0)
        parts << tr("%1 (%2)").arg(bold(formatDuration(r.lastNs - r.firstNs)),
                                   formatTimeRange(r.firstNs, r.lastNs).toHtmlEscaped());
    parts << tr("error rate %1").arg(bold(formatPercent(r.errorRate)));
    if (r.latency.count > 0)
        parts << tr("P95 %1 · P99 %2")
                     .arg(bold(formatMs(r.latency.p95Ms)), bold(formatMs(r.latency.p99Ms)));
    if (!r.timeline.empty() || r.anomalyCount > 0)
        parts << tr("%1 anomalies").arg(bold(formatCount(r.anomalyCount)));
    if (!r.incidents.empty()) {
        std::size_t critical = 0;
        for (const auto& i : r.incidents)
            critical += i.severity == core::Severity::Critical ? 1 : 0;
        parts << (critical > 0 ? tr("%1 incidents (%2 critical)")
                                     .arg(bold(formatCount(r.incidents.size())))
                                     .arg(critical)
                               : tr("%1 incidents").arg(bold(formatCount(r.incidents.size()))));
    }
    if (!r.health.factors.empty())
        parts << tr("health %1 %2")
                     .arg(bold(QString::number(r.health.score, 'f', 1)),
                          QString::fromLatin1(core::healthStatusName(r.health.status)));
    return parts.join(QStringLiteral(" · "));
}

} // namespace logscope::ui
