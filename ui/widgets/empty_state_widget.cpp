#include "ui/widgets/empty_state_widget.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace logscope::ui {

EmptyStateWidget::EmptyStateWidget(QWidget* parent) : QWidget(parent) {
    setMinimumSize(120, 80);
}

void EmptyStateWidget::setMessage(const QString& message, const QString& hint, Kind kind) {
    m_message = message;
    m_hint = hint;
    m_kind = kind;
    setToolTip(hint.isEmpty() ? message : message + QLatin1Char('\n') + hint);
    update();
}

void EmptyStateWidget::setTheme(const Theme& theme) {
    m_theme = theme;
    update();
}

void EmptyStateWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = rect().adjusted(8, 8, -8, -8);
    const double icon = std::clamp(std::min(area.width(), area.height()) * 0.22, 22.0, 54.0);

    QFont messageFont = font();
    messageFont.setPointSizeF(font().pointSizeF() * 1.05);
    messageFont.setBold(true);
    QFont hintFont = font();
    hintFont.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetricsF messageMetrics(messageFont);
    const QFontMetricsF hintMetrics(hintFont);
    const QRectF messageBox = messageMetrics.boundingRect(
        QRectF(0, 0, area.width(), 1000), Qt::AlignHCenter | Qt::TextWordWrap, m_message);
    const QRectF hintBox =
        m_hint.isEmpty() ? QRectF()
                         : hintMetrics.boundingRect(QRectF(0, 0, area.width() * 0.9, 1000),
                                                    Qt::AlignHCenter | Qt::TextWordWrap, m_hint);
    const bool showIcon = area.height() > messageBox.height() + hintBox.height() + icon + 24;
    const double total = (showIcon ? icon + 12 : 0) + messageBox.height() +
                         (m_hint.isEmpty() ? 0 : hintBox.height() + 6);
    double y = area.top() + (area.height() - total) / 2;

    if (showIcon) {
        const QRectF box(area.center().x() - icon / 2, y, icon, icon);
        if (m_kind == Kind::AllClear) {
            QColor ring = m_theme.healthColor(core::HealthStatus::Excellent);
            QColor fill = ring;
            fill.setAlpha(40);
            p.setPen(QPen(ring, std::max(2.0, icon / 14)));
            p.setBrush(fill);
            p.drawEllipse(box.adjusted(2, 2, -2, -2));
            QPainterPath check;
            check.moveTo(box.left() + icon * 0.28, box.top() + icon * 0.52);
            check.lineTo(box.left() + icon * 0.44, box.top() + icon * 0.68);
            check.lineTo(box.left() + icon * 0.73, box.top() + icon * 0.36);
            QPen pen(ring, std::max(2.5, icon / 10), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(check);
        } else {
            QColor line = m_theme.mutedText;
            line.setAlpha(150);
            QPen pen(line, std::max(1.5, icon / 22), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(box, icon * 0.12, icon * 0.12);
            // Three faint bars of an empty chart.
            QColor bars = m_theme.mutedText;
            bars.setAlpha(70);
            p.setPen(Qt::NoPen);
            p.setBrush(bars);
            const double base = box.bottom() - icon * 0.2;
            const double heights[3] = {0.25, 0.5, 0.36};
            const double barWidth = icon * 0.14;
            for (int i = 0; i < 3; ++i) {
                const double x = box.left() + icon * (0.2 + 0.23 * i);
                p.drawRoundedRect(QRectF(x, base - icon * heights[i], barWidth, icon * heights[i]),
                                  1.5, 1.5);
            }
        }
        y += icon + 12;
    }
    p.setPen(m_kind == Kind::AllClear ? m_theme.text : m_theme.mutedText);
    p.setFont(messageFont);
    p.drawText(QRectF(area.left(), y, area.width(), messageBox.height()),
               Qt::AlignHCenter | Qt::TextWordWrap, m_message);
    y += messageBox.height() + 6;
    if (!m_hint.isEmpty()) {
        QColor hintColor = m_theme.mutedText;
        hintColor.setAlpha(200);
        p.setPen(hintColor);
        p.setFont(hintFont);
        p.drawText(
            QRectF(area.left() + area.width() * 0.05, y, area.width() * 0.9, hintBox.height()),
            Qt::AlignHCenter | Qt::TextWordWrap, m_hint);
    }
}

} // namespace logscope::ui
