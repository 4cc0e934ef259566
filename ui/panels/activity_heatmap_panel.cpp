#include "ui/panels/activity_heatmap_panel.h"

#include "ui/format/display_format.h"
#include "ui/widgets/heatmap_widget.h"

namespace logscope::ui {

namespace {
QStringList weekdayNames() {
    return {QObject::tr("Mon"), QObject::tr("Tue"), QObject::tr("Wed"), QObject::tr("Thu"),
            QObject::tr("Fri"), QObject::tr("Sat"), QObject::tr("Sun")};
}
QStringList longWeekdayNames() {
    return {QObject::tr("Monday"),   QObject::tr("Tuesday"), QObject::tr("Wednesday"),
            QObject::tr("Thursday"), QObject::tr("Friday"),  QObject::tr("Saturday"),
            QObject::tr("Sunday")};
}
} // namespace

ActivityHeatmapPanel::ActivityHeatmapPanel(QWidget* parent)
    : DashboardPanel(tr("Activity by day and hour"), parent), m_heatmap(new HeatmapWidget(this)) {
    setBody(m_heatmap);
    m_heatmap->setColumnTitle(tr("hour of day (UTC)"));
    m_heatmap->setLegendTitle(tr("lines"));
    connect(m_heatmap, &HeatmapWidget::cellActivated, this,
            [this](int row, int column) { Q_EMIT drillDownRequested(cellDrillDown(row, column)); });
    onThemeChanged();
}

void ActivityHeatmapPanel::showResult(const core::AnalysisResult& result) {
    std::vector<std::vector<std::uint64_t>> counts(7, std::vector<std::uint64_t>(24, 0));
    std::uint64_t total = 0;
    std::uint64_t peak = 0;
    int peakDay = 0;
    int peakHour = 0;
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            const std::uint64_t n =
                result.dayHour[static_cast<std::size_t>(d)][static_cast<std::size_t>(h)];
            counts[static_cast<std::size_t>(d)][static_cast<std::size_t>(h)] = n;
            total += n;
            if (n > peak) {
                peak = n;
                peakDay = d;
                peakHour = h;
            }
        }
    }
    if (total == 0) {
        m_heatmap->setData({}, {}, {});
        setSubtitle({});
        if (result.totalLines == 0)
            showEmptyState(tr("No lines to show"), tr("Open a log file to see its activity."));
        else if (result.timedLines == 0)
            showEmptyState(tr("No timestamps in this log"),
                           tr("The heat map needs lines with a readable time field."));
        else
            showEmptyState(tr("No day × hour counts in this result"),
                           tr("The activity heat map comes from the time statistics."));
        return;
    }
    showContent();
    QStringList hours;
    for (int h = 0; h < 24; ++h)
        hours << QString::number(h);
    m_heatmap->setData(std::move(counts), weekdayNames(), hours);
    setSubtitle(tr("busiest: %1 %2:00 (%3 lines)", nullptr, pluralCount(peak))
                    .arg(longWeekdayNames()[peakDay])
                    .arg(peakHour, 2, 10, QLatin1Char('0'))
                    .arg(formatCount(peak)));
    m_heatmap->setToolTipProvider([this, total](int row, int column) {
        const std::uint64_t n =
            m_heatmap->counts()[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
        return tr("<b>%1 %2:00–%3:00 UTC</b><br>%4 lines (%5 of all)<br>click to list them",
                  nullptr, pluralCount(n))
            .arg(longWeekdayNames()[row])
            .arg(column, 2, 10, QLatin1Char('0'))
            .arg((column + 1) % 24, 2, 10, QLatin1Char('0'))
            .arg(formatCount(n),
                 formatPercent(static_cast<double>(n) / static_cast<double>(total), 1));
    });
}

DrillDown ActivityHeatmapPanel::cellDrillDown(int weekday, int hour) const {
    DrillDown drill;
    drill.condition.weekday = weekday;
    drill.condition.hour = hour;
    drill.description = tr("Lines of %1s %2:00–%3:00 UTC")
                            .arg(longWeekdayNames()[weekday])
                            .arg(hour, 2, 10, QLatin1Char('0'))
                            .arg((hour + 1) % 24, 2, 10, QLatin1Char('0'));
    return drill;
}

void ActivityHeatmapPanel::onThemeChanged() {
    if (m_heatmap != nullptr)
        m_heatmap->setTheme(theme());
}

} // namespace logscope::ui
