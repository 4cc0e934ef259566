#include "ui/panels/anomaly_timeline_panel.h"

#include "ui/format/display_format.h"
#include "ui/widgets/timeline_plot.h"

#include <algorithm>

namespace logscope::ui {

AnomalyTimelinePanel::AnomalyTimelinePanel(QWidget* parent)
    : DashboardPanel(tr("Anomaly timeline"), parent), m_plot(new TimelinePlot(this)) {
    setBody(m_plot);
    connect(m_plot, &TimelinePlot::dotActivated, this, [this](int index) {
        Q_EMIT drillDownRequested(dotDrillDown(static_cast<std::size_t>(index)));
    });
    connect(m_plot, &TimelinePlot::brushed, this, &DashboardPanel::timeBrushed);
    m_plot->setToolTipProvider([this](std::size_t i) {
        const core::AnomalyPoint& point = m_points.at(i);
        QString text =
            tr("<b>%1 UTC</b><br>score %2 · %3")
                .arg(formatTimestamp(point.timestampNs))
                .arg(formatNumber(static_cast<double>(point.score), 3))
                .arg(point.cluster == 0 ? tr("no cluster") : tr("cluster %1").arg(point.cluster));
        text += point.isAnomaly ? tr("<br><b>anomaly</b> · click to show the line")
                                : tr("<br>click to show the line");
        return text;
    });
    onThemeChanged();
}

void AnomalyTimelinePanel::showResult(const core::AnalysisResult& result) {
    m_points = result.timeline;
    std::vector<std::pair<std::int64_t, std::int64_t>> bands;
    std::vector<bool> caught;
    for (const core::MarkedPeriod& period : result.markedPeriods) {
        bands.emplace_back(period.startNs, period.endNs);
        caught.push_back(period.caught);
    }
    m_plot->setBands(std::move(bands), std::move(caught));
    if (m_points.empty()) {
        m_plot->setDots({}, 0, 1);
        setSubtitle({});
        if (result.totalLines == 0)
            showEmptyState(tr("No lines to show"), tr("Open a log file to see its anomalies."));
        else if (result.timedLines == 0)
            showEmptyState(tr("No timestamps in this log"),
                           tr("The anomaly timeline needs lines with a readable time field."));
        else
            showEmptyState(tr("No anomaly scores in this result"),
                           tr("Scores come from the Isolation Forest over per-line features."));
        return;
    }
    showContent();
    std::vector<TimelineDot> dots;
    dots.reserve(m_points.size());
    std::int64_t from = result.timedLines > 0 ? result.firstNs : m_points.front().timestampNs;
    std::int64_t to = result.timedLines > 0 ? result.lastNs : m_points.front().timestampNs;
    for (const core::AnomalyPoint& point : m_points) {
        dots.push_back({point.timestampNs, point.score, point.cluster, point.isAnomaly});
        from = std::min(from, point.timestampNs);
        to = std::max(to, point.timestampNs);
    }
    m_plot->setDots(std::move(dots), from, to);
    setSubtitle(tr("%1 anomalies (%2) · drag to zoom", nullptr, pluralCount(result.anomalyCount))
                    .arg(formatCount(result.anomalyCount), formatPercent(result.anomalyRate)));
}

std::optional<DrillDown> AnomalyTimelinePanel::panelDrillDown() const {
    DrillDown drill;
    drill.explicitRows = true;
    for (const core::AnomalyPoint& point : m_points)
        if (point.isAnomaly)
            drill.rows.push_back(point.row);
    if (drill.rows.empty())
        return std::nullopt;
    std::sort(drill.rows.begin(), drill.rows.end());
    drill.rows.erase(std::unique(drill.rows.begin(), drill.rows.end()), drill.rows.end());
    drill.description = tr("Every detected anomaly");
    return drill;
}

DrillDown AnomalyTimelinePanel::dotDrillDown(std::size_t i) const {
    const core::AnomalyPoint& point = m_points.at(i);
    DrillDown drill;
    drill.explicitRows = true;
    drill.rows = {point.row};
    drill.focusRow = point.row;
    drill.description = tr("The line scored %1 at %2")
                            .arg(formatNumber(static_cast<double>(point.score), 3))
                            .arg(formatShortTime(point.timestampNs));
    return drill;
}

void AnomalyTimelinePanel::onThemeChanged() {
    if (m_plot != nullptr)
        m_plot->setTheme(theme());
}

} // namespace logscope::ui
