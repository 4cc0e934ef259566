#include "ui/format/time_ticks.h"

#include "core/time/civil_time.h"
#include "ui/format/display_format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <array>

namespace logscope::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TimeAxis)
};
} // namespace

std::vector<TimeTick> niceTimeTicks(std::int64_t fromNs, std::int64_t toNs, int maxTicks) {
    using namespace core;
    static constexpr std::array<std::int64_t, 22> kSteps{
        kNanosPerSecond,      2 * kNanosPerSecond,  5 * kNanosPerSecond,  10 * kNanosPerSecond,
        15 * kNanosPerSecond, 30 * kNanosPerSecond, kNanosPerMinute,      2 * kNanosPerMinute,
        5 * kNanosPerMinute,  10 * kNanosPerMinute, 15 * kNanosPerMinute, 30 * kNanosPerMinute,
        kNanosPerHour,        2 * kNanosPerHour,    3 * kNanosPerHour,    6 * kNanosPerHour,
        12 * kNanosPerHour,   kNanosPerDay,         2 * kNanosPerDay,     3 * kNanosPerDay,
        7 * kNanosPerDay,     14 * kNanosPerDay};
    std::vector<TimeTick> ticks;
    if (toNs <= fromNs || maxTicks < 1)
        return ticks;
    std::int64_t step = kSteps.back();
    std::size_t chosen = kSteps.size() - 1;
    for (std::size_t i = 0; i < kSteps.size(); ++i) {
        if ((toNs - fromNs) / kSteps[i] + 1 <= maxTicks) {
            step = kSteps[i];
            chosen = i;
            break;
        }
    }
    while ((toNs - fromNs) / step + 1 > maxTicks)
        step *= 2;
    // A single tick says little: take the next finer step when two or more fit.
    if ((toNs - fromNs) / step < 2 && chosen > 0 && maxTicks >= 2 &&
        (toNs - fromNs) / kSteps[chosen - 1] + 1 <= maxTicks + 1)
        step = kSteps[chosen - 1];
    // Weeks start on Monday; the epoch was a Thursday.
    const std::int64_t origin = step >= 7 * kNanosPerDay ? 4 * kNanosPerDay : 0;
    std::int64_t t = fromNs - ((fromNs - origin) % step + step) % step;
    if (t < fromNs)
        t += step;
    const bool seconds = step < kNanosPerMinute;
    for (; t <= toNs; t += step) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(t / 1'000'000, Qt::UTC);
        QString label;
        if (t % kNanosPerDay == 0)
            label = displayLocale().toString(when, Tr::tr("MMM d", "date of a midnight tick"));
        else if (seconds)
            label = when.toString(QStringLiteral("HH:mm:ss"));
        else
            label = when.toString(QStringLiteral("HH:mm"));
        ticks.push_back({t, label});
    }
    return ticks;
}

} // namespace logscope::ui
