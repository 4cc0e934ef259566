#include "ui/panels/latency_histogram_panel.h"

#include "ui/format/display_format.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
#include <algorithm>

namespace logscope::ui {

namespace {
// Log axes need positive values: a bin that starts at 0 is drawn from a tenth of its end.
double drawnLower(const core::HistogramBin& bin) {
    return bin.lowerMs > 0 ? bin.lowerMs : std::max(bin.upperMs / 10.0, 1e-3);
}
} // namespace

LatencyHistogramPanel::LatencyHistogramPanel(QWidget* parent)
    : ChartPanel(tr("Response time distribution"), parent) {}

void LatencyHistogramPanel::showResult(const core::AnalysisResult& result) {
    clearChart();
    m_area = nullptr;
    m_p95 = nullptr;
    m_p99 = nullptr;
    m_bins.clear();
    m_total = 0;
    const core::LatencyStats& latency = result.latency;
    for (const core::HistogramBin& bin : latency.histogram) {
        if (bin.upperMs > 0 && bin.upperMs >= bin.lowerMs)
            m_bins.push_back(bin);
    }
    for (const auto& bin : m_bins)
        m_total += bin.count;
    if (latency.count == 0 || m_bins.empty() || m_total == 0) {
        setSubtitle({});
        if (isFullAnalysis(result) || result.totalLines == 0)
            showEmptyState(tr("No latency data in this log"),
                           tr("Lines need a response_time_ms, latency_ms or duration_ms field."));
        else
            showEmptyState(tr("No response-time statistics in this result"),
                           tr("The latency histogram and percentiles come from the full "
                              "analysis."));
        return;
    }
    showContent();
    setSubtitle(
        tr("%1 timed lines · median %2 · mean %3", nullptr, pluralCount(latency.count))
            .arg(formatCount(latency.count), formatMs(latency.p50Ms), formatMs(latency.meanMs)));

    QChart* c = chart();
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    std::uint64_t peak = 0;
    for (const core::HistogramBin& bin : m_bins) {
        const double lo = drawnLower(bin);
        const auto count = static_cast<double>(bin.count);
        upper->append(lo, 0);
        upper->append(lo, count);
        upper->append(bin.upperMs, count);
        upper->append(bin.upperMs, 0);
        lower->append(lo, 0);
        lower->append(bin.upperMs, 0);
        peak = std::max(peak, bin.count);
    }
    m_area = new QAreaSeries(upper, lower);
    // An area series does not own its boundary lines: without a parent they leaked on every
    // refresh (clearChart() deletes the area, so it takes them with it).
    upper->setParent(m_area);
    lower->setParent(m_area);
    m_area->setName(tr("lines"));
    QColor fill = theme().accent;
    fill.setAlpha(170);
    m_area->setBrush(fill);
    m_area->setPen(QPen(theme().accent.darker(120), 1.0));
    c->addSeries(m_area);

    auto* xAxis = new QLogValueAxis;
    xAxis->setBase(10);
    xAxis->setLabelFormat(QStringLiteral("%g"));
    xAxis->setMinorTickCount(8);
    const double xMin = drawnLower(m_bins.front());
    const double xMax = std::max(m_bins.back().upperMs, latency.p99Ms) * 1.15;
    xAxis->setRange(xMin, xMax);
    xAxis->setTitleText(tr("response time (ms, log scale)"));
    auto* yAxis = new QValueAxis;
    const double yMax = std::max(1.0, static_cast<double>(peak) * 1.12);
    yAxis->setRange(0, yMax);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->applyNiceNumbers();
    yAxis->setTitleText(tr("lines"));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    m_area->attachAxis(xAxis);
    m_area->attachAxis(yAxis);

    auto marker = [&](double ms, const QString& name, const QColor& colour) {
        auto* line = new QLineSeries;
        line->setName(tr("%1 = %2").arg(name, formatMs(ms)));
        QPen pen(colour, 2.0, Qt::DashLine);
        line->setPen(pen);
        line->append(ms, 0);
        line->append(ms, yAxis->max());
        c->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        return line;
    };
    if (latency.p95Ms > 0)
        m_p95 = marker(latency.p95Ms, tr("P95"), theme().levelColor(core::Level::Warning));
    if (latency.p99Ms > 0)
        m_p99 = marker(latency.p99Ms, tr("P99"), theme().levelColor(core::Level::Error));

    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignTop);
    QFont legendFont = c->legend()->font();
    legendFont.setPointSizeF(8);
    c->legend()->setFont(legendFont);
    for (QLegendMarker* m : c->legend()->markers(m_area))
        m->setVisible(false);
    styleAxis(xAxis);
    styleAxis(yAxis);
    xAxis->setMinorGridLineColor(Qt::transparent);
}

std::optional<DrillDown> LatencyHistogramPanel::panelDrillDown() const {
    if (m_bins.empty())
        return std::nullopt;
    DrillDown drill;
    drill.condition.needsLatency = true;
    drill.description = tr("Lines with a response time");
    return drill;
}

DrillDown LatencyHistogramPanel::binDrillDown(std::size_t bin) const {
    DrillDown drill;
    const core::HistogramBin& b = m_bins.at(bin);
    drill.condition.needsLatency = true;
    drill.condition.minLatencyMs = bin == 0 ? -std::numeric_limits<double>::infinity() : b.lowerMs;
    drill.condition.maxLatencyMs = b.upperMs;
    drill.condition.maxInclusive = bin + 1 == m_bins.size();
    if (bin + 1 == m_bins.size())
        drill.condition.maxLatencyMs = std::numeric_limits<double>::infinity();
    drill.description =
        tr("Lines with a response time of %1 – %2").arg(formatMs(b.lowerMs), formatMs(b.upperMs));
    return drill;
}

std::optional<std::size_t> LatencyHistogramPanel::binAt(QPoint pos) const {
    if (m_area == nullptr)
        return std::nullopt;
    const double ms = valueAt(pos, m_area).x();
    for (std::size_t i = 0; i < m_bins.size(); ++i) {
        if (ms >= drawnLower(m_bins[i]) && ms < m_bins[i].upperMs)
            return i;
    }
    return std::nullopt;
}

QString LatencyHistogramPanel::toolTipAt(QPoint pos) const {
    const auto bin = binAt(pos);
    if (!bin)
        return {};
    const core::HistogramBin& b = m_bins[*bin];
    return tr("<b>%1 – %2</b><br>%3 lines (%4 of timed lines)<br>click to list them", nullptr,
              pluralCount(b.count))
        .arg(formatMs(b.lowerMs), formatMs(b.upperMs), formatCount(b.count),
             formatPercent(
                 m_total == 0 ? 0.0 : static_cast<double>(b.count) / static_cast<double>(m_total),
                 1));
}

void LatencyHistogramPanel::clickedAt(QPoint pos) {
    if (const auto bin = binAt(pos))
        Q_EMIT drillDownRequested(binDrillDown(*bin));
}

} // namespace logscope::ui
