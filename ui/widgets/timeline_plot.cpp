#include "ui/widgets/timeline_plot.h"

#include "ui/format/display_format.h"
#include "ui/format/time_ticks.h"
#include "ui/widgets/time_brush.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>
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
    m_sprites.clear();
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
    return positionIn(plotArea(), ns, score);
}

QPointF TimelinePlot::positionIn(const QRectF& area, std::int64_t ns, double score) const {
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
    const QRectF area = plotArea();
    for (std::size_t i = 0; i < m_dots.size(); ++i) {
        const QPointF at = positionIn(area, m_dots[i].ns, m_dots[i].score);
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

void TimelinePlot::setBands(std::vector<std::pair<std::int64_t, std::int64_t>> bands,
                            std::vector<bool> caught) {
    m_bands = std::move(bands);
    m_bandCaught = std::move(caught);
    m_bandCaught.resize(m_bands.size(), false);
    update();
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
                   Qt::AlignRight | Qt::AlignVCenter, displayLocale().toString(score, 'g', 2));
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
    for (std::size_t i = 0; i < m_bands.size(); ++i) {
        const double x0 = std::max<double>(area.left(), positionOf(m_bands[i].first, 0).x());
        const double x1 = std::min<double>(area.right(), positionOf(m_bands[i].second, 0).x());
        if (x1 <= x0)
            continue;
        QColor shade = m_bandCaught[i] ? QColor(46, 160, 67) : QColor(230, 126, 34);
        shade.setAlpha(48);
        p.fillRect(QRectF(x0, area.top(), x1 - x0, area.height()), shade);
    }

    // Dots: one pre-rendered sprite per colour, blitted (tens of thousands of antialiased
    // circles would take far longer). Ordinary lines first, anomalies on top.
    p.setClipRect(area.adjusted(-4, -4, 4, 4));
    const double dpr = p.device() != nullptr ? p.device()->devicePixelRatioF() : 1.0;
    // Sprites by cluster: looked up once per paint, not once per dot.
    std::map<std::uint32_t, std::pair<const QImage*, const QImage*>> sprites;
    for (const auto& [cluster, count] : m_clusters)
        sprites[cluster] = {&dotSprite(cluster, false, dpr), &dotSprite(cluster, true, dpr)};
    for (const bool anomalies : {false, true}) {
        const QImage* sprite = nullptr;
        std::uint32_t spriteCluster = 0;
        for (const TimelineDot& d : m_dots) {
            if (d.anomaly != anomalies)
                continue;
            if (sprite == nullptr || d.cluster != spriteCluster) {
                const auto& pair = sprites[d.cluster];
                sprite = anomalies ? pair.second : pair.first;
                spriteCluster = d.cluster;
            }
            const double half = sprite->width() / dpr / 2;
            const QPointF at = positionIn(area, d.ns, d.score);
            p.drawImage(QPointF(at.x() - half, at.y() - half), *sprite);
        }
    }
    p.setClipping(false);
    paintLegend(p, QRect(area.left(), 2, area.width(), area.top() - 4));
}

const QImage& TimelinePlot::dotSprite(std::uint32_t cluster, bool anomaly, double dpr) const {
    const QColor colour = m_theme.clusterColor(cluster);
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(colour.rgba())
                            .arg(anomaly)
                            .arg(dpr)
                            .arg(m_theme.levelColor(core::Level::Error).rgba());
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return it->second;
    const double diameter = anomaly ? 7.5 : 3.4;
    const int pixels = static_cast<int>(std::ceil((diameter + 2) * dpr));
    QImage sprite(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    QPainter sp(&sprite);
    sp.setRenderHint(QPainter::Antialiasing);
    sp.scale(dpr, dpr);
    const QPointF centre(pixels / dpr / 2, pixels / dpr / 2);
    sp.setPen(Qt::NoPen);
    if (anomaly) {
        sp.setBrush(m_theme.levelColor(core::Level::Error));
        sp.drawEllipse(centre, diameter / 2, diameter / 2);
        sp.setBrush(colour);
        sp.drawEllipse(centre, 2.25, 2.25);
    } else {
        QColor faded = colour;
        faded.setAlpha(150);
        sp.setBrush(faded);
        sp.drawEllipse(centre, diameter / 2, diameter / 2);
    }
    sp.end();
    sprite.setDevicePixelRatio(dpr);
    return m_sprites.emplace(key, std::move(sprite)).first->second;
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
