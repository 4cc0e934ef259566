#include "ui/panels/chart_panel.h"

#include "ui/format/time_ticks.h"
#include "ui/widgets/time_brush.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHelpEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>

namespace logscope::ui {

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : DashboardPanel(title, parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)) {
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(200, 120);
    m_view->viewport()->installEventFilter(this);
    m_view->viewport()->setMouseTracking(true);
    setBody(m_view);
    onThemeChanged();
}

QWidget* ChartPanel::viewport() const {
    return m_view->viewport();
}

QRect ChartPanel::plotArea() const {
    const QRectF area = m_chart->plotArea();
    const QPolygon mapped = m_view->mapFromScene(m_chart->mapToScene(area));
    return mapped.boundingRect();
}

void ChartPanel::clearChart() {
    m_timeAxis = nullptr;
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void ChartPanel::styleAxis(QAbstractAxis* axis) const {
    const Theme& t = theme();
    axis->setLabelsColor(t.mutedText);
    axis->setTitleBrush(t.mutedText);
    axis->setGridLineColor(t.grid);
    axis->setLinePenColor(t.panelBorder);
    QFont font = axis->labelsFont();
    font.setPointSizeF(8);
    axis->setLabelsFont(font);
    QFont titleFont = axis->titleFont();
    titleFont.setPointSizeF(8);
    titleFont.setBold(false);
    axis->setTitleFont(titleFont);
}

QAbstractAxis* ChartPanel::addTimeAxis(std::int64_t fromNs, std::int64_t toNs) {
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeFrom = fromNs;
    m_timeTo = std::max(toNs, fromNs + 1'000'000'000);
    m_timeAxis = axis;
    axis->setTitleText(tr("time (UTC)"));
    m_chart->addAxis(axis, Qt::AlignBottom);
    fillTimeTicks();
    styleAxis(axis);
    return axis;
}

void ChartPanel::fillTimeTicks() {
    auto* axis = qobject_cast<QCategoryAxis*>(m_timeAxis);
    if (axis == nullptr)
        return;
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    const double fromMs = static_cast<double>(m_timeFrom) / 1e6;
    const double toMs = static_cast<double>(m_timeTo) / 1e6;
    axis->setStartValue(fromMs);
    axis->setRange(fromMs, toMs);
    // Room for a label every ~75 px of plot width.
    const int width = m_view->width() - 70;
    const int maxTicks = std::max(2, width / 75);
    int serial = 0;
    for (const TimeTick& tick : niceTimeTicks(m_timeFrom, m_timeTo, maxTicks)) {
        // Category labels must be unique; zero-width spaces keep repeated times apart.
        const QString label = tick.label + QString(serial++, QChar(0x200B));
        axis->append(label, static_cast<double>(tick.ns) / 1e6);
    }
}

void ChartPanel::addTimeBands(const std::vector<core::MarkedPeriod>& periods, QAbstractAxis* xAxis,
                              QAbstractAxis* yAxis, double top) {
    for (const core::MarkedPeriod& period : periods) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        const double x0 = static_cast<double>(period.startNs) / 1e6;
        const double x1 = static_cast<double>(period.endNs) / 1e6;
        upper->append({QPointF(x0, top), QPointF(x1, top)});
        lower->append({QPointF(x0, 0.0), QPointF(x1, 0.0)});
        auto* band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        QColor shade = period.caught ? QColor(46, 160, 67) : QColor(230, 126, 34);
        shade.setAlpha(48);
        band->setBrush(shade);
        band->setPen(Qt::NoPen);
        band->setName(QString::fromStdString(period.label));
        m_chart->addSeries(band);
        band->attachAxis(xAxis);
        band->attachAxis(yAxis);
        for (QLegendMarker* marker : m_chart->legend()->markers(band))
            marker->setVisible(false);
    }
}

void ChartPanel::enableTimeBrush() {
    if (m_brush != nullptr)
        return;
    m_brush = new TimeBrush(
        m_view->viewport(), [this] { return plotArea(); },
        [this](int x, std::int64_t& ns) {
            const auto series = m_chart->series();
            if (series.isEmpty())
                return false;
            const QPointF value = valueAt(QPoint(x, plotArea().center().y()), series.first());
            ns = static_cast<std::int64_t>(value.x() * 1e6);
            return true;
        });
    connect(m_brush, &TimeBrush::brushed, this, &ChartPanel::timeBrushed);
}

QPointF ChartPanel::valueAt(QPoint pos, QAbstractSeries* series) const {
    const QPointF scene = m_view->mapToScene(pos);
    return m_chart->mapToValue(m_chart->mapFromScene(scene), series);
}

QPointF ChartPanel::positionOf(QPointF value, QAbstractSeries* series) const {
    const QPointF inChart = m_chart->mapToPosition(value, series);
    return m_view->mapFromScene(m_chart->mapToScene(inChart));
}

QString ChartPanel::toolTipAt(QPoint) const {
    return {};
}

void ChartPanel::clickedAt(QPoint) {}

bool ChartPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_view->viewport())
        return DashboardPanel::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Resize:
        fillTimeTicks();
        return false;
    case QEvent::ToolTip: {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = isEmptyStateShown() ? QString() : toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_view->viewport());
        return true;
    }
    case QEvent::MouseButtonPress:
        m_pressPos = static_cast<QMouseEvent*>(event)->position().toPoint();
        return false;
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPoint pos = mouse->position().toPoint();
        // The brush consumes drags; what reaches here short of a few pixels is a click.
        if (mouse->button() == Qt::LeftButton && (pos - m_pressPos).manhattanLength() < 6 &&
            plotArea().adjusted(-4, -4, 4, 4).contains(pos))
            clickedAt(pos);
        return false;
    }
    default:
        return false;
    }
}

void ChartPanel::onThemeChanged() {
    if (m_chart == nullptr)
        return;
    const Theme& t = theme();
    m_chart->setBackgroundBrush(t.panel);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(t.text);
    m_view->setBackgroundBrush(t.panel);
    for (QAbstractAxis* axis : m_chart->axes())
        styleAxis(axis);
}

} // namespace logscope::ui
