#include "ui/widgets/health_gauge.h"

#include "ui/format/display_format.h"
#include "ui/format/display_names.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace logscope::ui {

namespace {
constexpr double kStartDeg = 210.0; // where 0 sits (Qt angles: counter-clockwise from 3 o'clock)
constexpr double kSweepDeg = 240.0; // 0 → 100 runs clockwise over this many degrees
constexpr double kFactorRow = 17.0;

double angleOf(double score) {
    return kStartDeg - kSweepDeg * std::clamp(score, 0.0, 100.0) / 100.0;
}

QPointF onCircle(QPointF centre, double radius, double degrees) {
    const double rad = degrees * std::numbers::pi / 180.0;
    return {centre.x() + radius * std::cos(rad), centre.y() - radius * std::sin(rad)};
}
} // namespace

HealthGauge::HealthGauge(QWidget* parent) : QWidget(parent) {
    setMinimumSize(140, 110);
    setCursor(Qt::PointingHandCursor);
}

void HealthGauge::setScore(double score, const QString& status, const QColor& statusColor) {
    m_score = score;
    m_status = status;
    m_statusColor = statusColor;
    update();
}

void HealthGauge::setFactors(std::vector<core::HealthFactor> factors) {
    m_factors = std::move(factors);
    update();
}

void HealthGauge::setTheme(const Theme& theme) {
    m_theme = theme;
    update();
}

void HealthGauge::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QRectF area = rect().adjusted(4, 2, -4, -2);
    const double factorsHeight = static_cast<double>(m_factors.size()) * kFactorRow + 6;
    // Factors only when the dial keeps a readable size above them.
    const bool withFactors =
        !m_factors.empty() && area.height() - factorsHeight >= 150 && area.width() >= 220;
    if (withFactors) {
        paintFactors(
            p, QRectF(area.left(), area.bottom() - factorsHeight, area.width(), factorsHeight));
        area.setBottom(area.bottom() - factorsHeight - 4);
    }
    paintDial(p, area);
}

void HealthGauge::paintDial(QPainter& p, const QRectF& area) {
    QFont tickFont = font();
    tickFont.setPointSizeF(std::clamp(area.height() / 28.0, 6.5, 9.0));
    const QFontMetricsF tickMetrics(tickFont);
    // Room around the ring for the tick labels; the 240° arc spans 1.5 radii vertically.
    const double labelHeight = tickMetrics.height() + 8;
    const double labelWidth = tickMetrics.horizontalAdvance(QStringLiteral("100")) + 10;
    // The colour scale and its labels sit outside the radius by a few percent of it.
    const double radius = std::max(20.0, std::min((area.width() - 2 * labelWidth) / 2.08,
                                                  (area.height() - 2 * labelHeight) / 1.6));
    const double used = 1.6 * radius + 2 * labelHeight;
    const QPointF centre(area.center().x(),
                         area.top() + (area.height() - used) / 2 + labelHeight + radius * 1.06);
    const double thickness = radius * 0.17;
    const double scaleRadius = radius;
    const double trackRadius = radius - thickness * 0.5 - radius * 0.09;

    // Colour scale: thin ring of one-percent segments.
    const double scaleWidth = std::max(3.0, radius * 0.06);
    const QRectF scaleBox(centre.x() - scaleRadius, centre.y() - scaleRadius, 2 * scaleRadius,
                          2 * scaleRadius);
    for (int v = 0; v < 100; ++v) {
        QPen pen(m_theme.scoreColor(v + 0.5), scaleWidth, Qt::SolidLine, Qt::FlatCap);
        p.setPen(pen);
        const double a0 = angleOf(v);
        p.drawArc(scaleBox, static_cast<int>(std::lround(a0 * 16)),
                  static_cast<int>(std::lround(-kSweepDeg / 100.0 * 16 - 1)));
    }
    // Ticks and their labels at every 25 points.
    p.setFont(tickFont);
    for (int v = 0; v <= 100; v += 25) {
        const double a = angleOf(v);
        p.setPen(QPen(m_theme.mutedText, 1.2));
        p.drawLine(onCircle(centre, scaleRadius + scaleWidth / 2, a),
                   onCircle(centre, scaleRadius + scaleWidth / 2 + 4, a));
        const QString label = QString::number(v);
        const QPointF at = onCircle(
            centre, scaleRadius + scaleWidth / 2 + 6 + tickMetrics.horizontalAdvance(label) / 2 + 2,
            a);
        const QRectF box(at.x() - 14, at.y() - tickMetrics.height() / 2, 28, tickMetrics.height());
        p.drawText(box, Qt::AlignCenter, label);
    }

    // Track and value arc.
    const QRectF trackBox(centre.x() - trackRadius, centre.y() - trackRadius, 2 * trackRadius,
                          2 * trackRadius);
    p.setPen(QPen(m_theme.track, thickness, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(trackBox, static_cast<int>(kStartDeg * 16), static_cast<int>(-kSweepDeg * 16));
    const QColor valueColor = m_theme.scoreColor(m_score);
    if (m_score > 0) {
        p.setPen(QPen(valueColor, thickness, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(trackBox, static_cast<int>(kStartDeg * 16),
                  static_cast<int>(-kSweepDeg * std::clamp(m_score, 0.0, 100.0) / 100.0 * 16));
    }
    // Marker: a small triangle pointing at the score on the colour scale.
    const double a = angleOf(m_score);
    QPainterPath marker;
    marker.moveTo(onCircle(centre, scaleRadius - scaleWidth / 2 - 1, a));
    marker.lineTo(onCircle(centre, scaleRadius - scaleWidth / 2 - radius * 0.1, a + 5));
    marker.lineTo(onCircle(centre, scaleRadius - scaleWidth / 2 - radius * 0.1, a - 5));
    marker.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(m_theme.text);
    p.drawPath(marker);

    // The number, "of 100" and the status, all inside the ring.
    QFont big = font();
    big.setBold(true);
    big.setPixelSize(static_cast<int>(std::max(14.0, radius * 0.40)));
    const QFontMetricsF bigMetrics(big);
    QFont small = font();
    small.setPixelSize(static_cast<int>(std::max(9.0, radius * 0.12)));
    const QFontMetricsF smallMetrics(small);
    p.setFont(big);
    p.setPen(m_theme.text);
    const QRectF numberBox(centre.x() - radius,
                           centre.y() - 0.14 * radius - bigMetrics.height() / 2, 2 * radius,
                           bigMetrics.height());
    p.drawText(numberBox, Qt::AlignCenter, formatNumber(m_score, 1));
    p.setFont(small);
    p.setPen(m_theme.mutedText);
    p.drawText(QRectF(centre.x() - radius, numberBox.bottom() - bigMetrics.descent() * 0.4,
                      2 * radius, smallMetrics.height()),
               Qt::AlignHCenter | Qt::AlignTop, tr("of 100"));

    QFont statusFont = font();
    statusFont.setBold(true);
    statusFont.setPixelSize(static_cast<int>(std::max(10.0, radius * 0.14)));
    p.setFont(statusFont);
    const QFontMetricsF statusMetrics(statusFont);
    const double statusWidth = statusMetrics.horizontalAdvance(m_status) + 18;
    const double statusHeight = statusMetrics.height() + 4;
    const double statusTop =
        std::max(numberBox.bottom() - bigMetrics.descent() + smallMetrics.height() + 4,
                 centre.y() + 0.33 * radius);
    const QRectF pill(centre.x() - statusWidth / 2, statusTop, statusWidth, statusHeight);
    QColor pillFill = m_statusColor;
    pillFill.setAlpha(m_theme.isDark() ? 70 : 38);
    p.setPen(Qt::NoPen);
    p.setBrush(pillFill);
    p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    p.setPen(m_theme.isDark() ? m_statusColor.lighter(130) : m_statusColor.darker(115));
    p.drawText(pill, Qt::AlignCenter, m_status);
}

void HealthGauge::paintFactors(QPainter& p, const QRectF& area) {
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(f);
    const QFontMetricsF metrics(f);
    const double labelWidth = std::min(area.width() * 0.42, 150.0);
    const double valueWidth = metrics.horizontalAdvance(QStringLiteral("−00.0 / 00")) + 4;
    double y = area.top() + 4;
    for (const core::HealthFactor& factor : m_factors) {
        const QRectF row(area.left(), y, area.width(), kFactorRow);
        p.setPen(m_theme.mutedText);
        p.drawText(
            QRectF(row.left(), row.top(), labelWidth, row.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(healthFactorDisplayName(factor.name), Qt::ElideRight, labelWidth));
        const QRectF track(row.left() + labelWidth + 6, row.center().y() - 3,
                           row.width() - labelWidth - valueWidth - 12, 6);
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme.track);
        p.drawRoundedRect(track, 3, 3);
        const double share =
            factor.maxPenalty > 0 ? std::clamp(factor.penalty / factor.maxPenalty, 0.0, 1.0) : 0.0;
        if (share > 0) {
            QRectF bar = track;
            bar.setWidth(std::max(3.0, track.width() * share));
            p.setBrush(m_theme.scoreColor(100.0 * (1.0 - share)));
            p.drawRoundedRect(bar, 3, 3);
        }
        p.setPen(factor.penalty > 0 ? m_theme.text : m_theme.mutedText);
        // Points taken off carry a minus; an untouched factor shows a plain 0.0.
        QString value = (factor.penalty > 0 ? QStringLiteral("−") : QString()) +
                        formatNumber(factor.penalty, 1);
        if (factor.maxPenalty > 0)
            value += QStringLiteral(" / ") + displayLocale().toString(factor.maxPenalty, 'g', 3);
        p.drawText(QRectF(row.right() - valueWidth, row.top(), valueWidth, row.height()),
                   Qt::AlignRight | Qt::AlignVCenter, value);
        y += kFactorRow;
    }
}

void HealthGauge::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
}

} // namespace logscope::ui
