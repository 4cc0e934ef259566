#include "ui/widgets/timeline_plot.h"

#include "ui/format/time_ticks.h"
#include "ui/widgets/time_brush.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <map>

namespace logscope::ui {

namespace {
constexpr std::size_t kLegendClusters = 6;
}

TimelinePlot::TimelinePlot(QWidget* parent)
    : QWidget(parent), m_brush(new TimeBrush(
                           this, [this] { return plotArea(); },
                           [this](int x, std::int64_t& ns) { return timeAt(x, ns); })) {
    setMinimumSize(200, 120);
    setMouseTracking(true);
    connect(m_brush, &TimeBrush::brushed, this, &TimelinePlot::brushed);
}

void TimelinePlot::setDots(std::vector<TimelineDot> dots, std::int64_t fromNs, std::int64_t toNs) {
    m_dots = std::move(dots);
    m_from = fromNs;
    m_to = std::max(toNs, fromNs + 1'000'000'000);
    std::map<std::uint32_t, std::size_t> perCluster;
    m_anomalies = 0;
    for (const TimelineDot& d : m_dots) {
        ++perCluster[d.cluster];
        m_anomalies += d.anomaly ? 1 : 0;
    }
    m_clusters.assign(perCluster.begin(), perCluster.end());
    std::stable_sort(m_clusters.begin(), m_clusters.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    update();
}

void TimelinePlot::setTheme(const Theme& theme) {
    m_theme = theme;
    update();
}

void TimelinePlot::setToolTipProvider(std::function<QString(std::size_t)> provider) {
    m_toolTip = std::move(provider);
}

QRect TimelinePlot::plotArea() const {
    const QFontMetrics metrics(font());
    const int left = metrics.horizontalAdvance(QStringLiteral("0.75")) + metrics.height() + 10;
    const int top = metrics.height() + 10;
    const int bottom = height() - 2 * metrics.height() - 8;
    const int right = width() - 14;
    return QRect(QPoint(left, top), QPoint(std::max(left + 10, right), std::max(top + 10, bottom)));
}

QPointF TimelinePlot::positionOf(std::int64_t ns, double score) const {
    const QRectF area = plotArea();
    const double t = static_cast<double>(ns - m_from) / static_cast<double>(m_to - m_from);
    return {area.left() + t * area.width(),
            area.bottom() - std::clamp(score, 0.0, 1.0) * area.height()};
}

bool TimelinePlot::timeAt(int x, std::int64_t& ns) const {
    const QRect area = plotArea();
    if (x < area.left() - 1 || x > area.right() + 1)
        return false;
    const double t = std::clamp((x - area.left()) / static_cast<double>(area.width()), 0.0, 1.0);
    ns = m_from + static_cast<std::int64_t>(t * static_cast<double>(m_to - m_from));
    return true;
}

std::optional<std::size_t> TimelinePlot::dotAt(QPoint pos, double radius) const {
    std::optional<std::size_t> best;
    double bestDistance = radius * radius;
    for (std::size_t i = 0; i < m_dots.size(); ++i) {
        const QPointF at = positionOf(m_dots[i].ns, m_dots[i].score);
        const double dx = at.x() - pos.x();
        const double dy = at.y() - pos.y();
        // Anomalies are drawn larger: they are easier to hit.
        const double d = dx * dx + dy * dy - (m_dots[i].anomaly ? 4.0 : 0.0);
        if (d <= bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void TimelinePlot::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect area = plotArea();
    QFont small = font();
    small.setPointSizeF(8);
    p.setFont(small);
    const QFontMetrics metrics(small);

    // Grid and y axis: the score from 0 to 1.
    for (int i = 0; i <= 4; ++i) {
        const double score = i / 4.0;
        const double y = positionOf(m_from, score).y();
        p.setPen(QPen(m_theme.grid, 1));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(m_theme.mutedText);
        p.drawText(QRectF(0, y - metrics.height() / 2.0, area.left() - 5, metrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(score, 'g', 2));
    }
    p.save();
    p.translate(metrics.height() / 2.0 + 1, area.center().y());
    p.rotate(-90);
    p.drawText(
        QRectF(-area.height() / 2.0, -metrics.height() / 2.0, area.height(), metrics.height()),
        Qt::AlignCenter, tr("anomaly score"));
    p.restore();
    // x axis: round UTC times.
    const int maxTicks = std::max(2, area.width() / 75);
    for (const TimeTick& tick : niceTimeTicks(m_from, m_to, maxTicks)) {
        const double x = positionOf(tick.ns, 0).x();
        p.setPen(QPen(m_theme.grid, 1));
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        p.setPen(m_theme.mutedText);
        p.drawText(QRectF(x - 45, area.bottom() + 3, 90, metrics.height()),
                   Qt::AlignHCenter | Qt::AlignTop, tick.label);
    }
    p.drawText(QRectF(area.left(), area.bottom() + 3 + metrics.height(), area.width(),
                      metrics.height() + 2),
               Qt::AlignHCenter | Qt::AlignTop, tr("time (UTC)"));
    p.setPen(QPen(m_theme.panelBorder, 1));
    p.drawLine(area.bottomLeft(), area.bottomRight());

    // Dots, batched per colour: ordinary lines first, anomalies on top.
    p.setClipRect(area.adjusted(-4, -4, 4, 4));
    std::map<std::uint32_t, QList<QPointF>> normal;
    std::map<std::uint32_t, QList<QPointF>> anomalous;
    for (const TimelineDot& d : m_dots)
        (d.anomaly ? anomalous : normal)[d.cluster].append(positionOf(d.ns, d.score));
    for (const auto& [cluster, points] : normal) {
        QColor colour = m_theme.clusterColor(cluster);
        colour.setAlpha(150);
        p.setPen(QPen(colour, 3.2, Qt::SolidLine, Qt::RoundCap));
        p.drawPoints(points.constData(), static_cast<int>(points.size()));
    }
    const QColor ring = m_theme.levelColor(core::Level::Error);
    for (const auto& [cluster, points] : anomalous) {
        p.setPen(QPen(ring, 7.5, Qt::SolidLine, Qt::RoundCap));
        p.drawPoints(points.constData(), static_cast<int>(points.size()));
        p.setPen(QPen(m_theme.clusterColor(cluster), 4.5, Qt::SolidLine, Qt::RoundCap));
        p.drawPoints(points.constData(), static_cast<int>(points.size()));
    }
    p.setClipping(false);
    paintLegend(p, QRect(area.left(), 2, area.width(), area.top() - 4));
}

void TimelinePlot::paintLegend(QPainter& p, const QRect& area) {
    const QFontMetrics metrics(p.font());
    struct Entry {
        QColor colour;
        QString text;
        bool ring;
    };
    std::vector<Entry> entries;
    if (m_anomalies > 0)
        entries.push_back({m_theme.clusterColor(0), tr("anomaly"), true});
    for (std::size_t i = 0; i < std::min(m_clusters.size(), kLegendClusters); ++i) {
        const std::uint32_t cluster = m_clusters[i].first;
        entries.push_back({m_theme.clusterColor(cluster),
                           cluster == 0 ? tr("no cluster") : tr("cluster %1").arg(cluster), false});
    }
    if (m_clusters.size() > kLegendClusters)
        entries.push_back(
            {m_theme.mutedText, tr("+%1 more").arg(m_clusters.size() - kLegendClusters), false});
    // Centre the entries that fit on one line.
    std::vector<int> widths;
    int total = 0;
    for (const Entry& e : entries) {
        const int w = 14 + metrics.horizontalAdvance(e.text) + 12;
        if (total + w > area.width())
            break;
        widths.push_back(w);
        total += w;
    }
    int x = area.left() + (area.width() - total) / 2;
    const int y = area.center().y();
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const Entry& e = entries[i];
        if (e.ring) {
            p.setPen(
                QPen(m_theme.levelColor(core::Level::Error), 7.5, Qt::SolidLine, Qt::RoundCap));
            p.drawPoint(QPointF(x + 5, y));
            p.setPen(QPen(e.colour, 4.5, Qt::SolidLine, Qt::RoundCap));
            p.drawPoint(QPointF(x + 5, y));
        } else {
            p.setPen(QPen(e.colour, 6, Qt::SolidLine, Qt::RoundCap));
            p.drawPoint(QPointF(x + 5, y));
        }
        p.setPen(m_theme.text);
        p.drawText(QRect(x + 13, area.top(), widths[i] - 13, area.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, e.text);
        x += widths[i];
    }
}

bool TimelinePlot::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto dot = dotAt(help->pos());
        if (dot && m_toolTip)
            QToolTip::showText(help->globalPos(), m_toolTip(*dot), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TimelinePlot::mousePressEvent(QMouseEvent* event) {
    m_pressPos = event->position().toPoint();
}

void TimelinePlot::mouseReleaseEvent(QMouseEvent* event) {
    // Drags never get here: the brush consumes them.
    if (event->button() != Qt::LeftButton ||
        (event->position().toPoint() - m_pressPos).manhattanLength() >= 6)
        return;
    if (const auto dot = dotAt(event->position().toPoint()))
        Q_EMIT dotActivated(static_cast<int>(*dot));
}

} // namespace logscope::ui
