#include "ui/format/time_axis_format.h"

#include "core/time/civil_time.h"

#include <QCoreApplication>

namespace logscope::ui {

QString timeAxisFormat(std::int64_t spanNs) {
    using namespace core;
    if (spanNs <= 10 * kNanosPerMinute)
        return QStringLiteral("HH:mm:ss");
    if (spanNs <= 2 * kNanosPerDay)
        return QStringLiteral("HH:mm");
    if (spanNs <= 60 * kNanosPerDay)
        return QStringLiteral("MMM d HH:mm");
    return QStringLiteral("yyyy-MM-dd");
}

QString bucketWidthLabel(std::int64_t widthNs) {
    using namespace core;
    if (widthNs % kNanosPerDay == 0) {
        const auto days = widthNs / kNanosPerDay;
        return days == 1 ? QCoreApplication::translate("TimeAxis", "day")
                         : QCoreApplication::translate("TimeAxis", "%1 days").arg(days);
    }
    if (widthNs % kNanosPerHour == 0) {
        const auto hours = widthNs / kNanosPerHour;
        return hours == 1 ? QCoreApplication::translate("TimeAxis", "hour")
                          : QCoreApplication::translate("TimeAxis", "%1 h").arg(hours);
    }
    if (widthNs % kNanosPerMinute == 0) {
        const auto minutes = widthNs / kNanosPerMinute;
        return minutes == 1 ? QCoreApplication::translate("TimeAxis", "minute")
                            : QCoreApplication::translate("TimeAxis", "%1 min").arg(minutes);
    }
    const auto seconds = widthNs / kNanosPerSecond;
    return seconds <= 1 ? QCoreApplication::translate("TimeAxis", "second")
                        : QCoreApplication::translate("TimeAxis", "%1 s").arg(seconds);
}

} // namespace logscope::ui
