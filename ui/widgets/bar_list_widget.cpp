#include "ui/widgets/bar_list_widget.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace logscope::ui {

namespace {
constexpr double kMargin = 4.0;
constexpr double kMaxRowLeft = 44.0;  // tallest row, labels left
constexpr double kMaxRowAbove = 44.0; // tallest row, labels above
} // namespace

BarListWidget::BarListWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumSize(160, 80);
}

void BarListWidget::setItems(std::vector<BarItem> items) {
    m_items = std::move(items);
    m_hover = -1;
    update();
}

void BarListWidget::setLabelPlacement(LabelPlacement placement) {
    m_placement = placement;
    update();
}

void BarListWidget::setReference(std::optional<double> value, const QString& label) {
    m_reference = value;
    m_referenceLabel = label;
    update();
}

void BarListWidget::setTheme(const Theme& theme) {
    m_theme = theme;
    update();
}

BarListWidget::LabelPlacement BarListWidget::effectivePlacement() const {
    if (m_placement == LabelPlacement::Left || m_items.empty())
        return LabelPlacement::Left;
    // Labels above need a text line and a bar per row; when rows get thinner, go side by side.
    const double top = kMargin + (m_reference ? QFontMetricsF(font()).height() * 0.9 : 0.0);
    const double rowHeight = (height() - top - kMargin) / static_cast<double>(m_items.size());
    return rowHeight >= QFontMetricsF(font()).height() + 9 ? LabelPlacement::Above
                                                           : LabelPlacement::Left;
}

BarListWidget::Geometry BarListWidget::geometry() const {
    Geometry g;
    const LabelPlacement placement = effectivePlacement();
    const double width = this->width() - 2 * kMargin;
    const double top = kMargin + (m_reference ? QFontMetricsF(font()).height() * 0.9 : 0.0);
    const double height = this->height() - top - kMargin;
    const auto n = static_cast<double>(std::max<std::size_t>(1, m_items.size()));
    const double maxRow = placement == LabelPlacement::Left ? kMaxRowLeft : kMaxRowAbove;
    g.rowHeight = std::min(maxRow, height / n);
    g.top = top;
    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * 0.92);
    const QFontMetricsF valueMetrics(valueFont);
    double valueWidth = 0;
    for (const BarItem& item : m_items)
        valueWidth = std::max(valueWidth, valueMetrics.horizontalAdvance(item.valueText));
    if (placement == LabelPlacement::Left) {
        const QFontMetricsF metrics(font());
        double labelWidth = 0;
        for (const BarItem& item : m_items)
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(item.label));
        // Long labels (templates) get more room than short ones (services).
        g.labelWidth =
            std::min(labelWidth + 2, width * (m_placement == LabelPlacement::Left ? 0.42 : 0.58));
        g.barLeft = kMargin + g.labelWidth + 8;
    } else {
        g.barLeft = kMargin;
    }
    g.barRight = kMargin + width - valueWidth - 6;
    if (placement == LabelPlacement::Above)
        g.barRight = kMargin + width - 2;
    return g;
}

QRect BarListWidget::rowRect(std::size_t i) const {
    const Geometry g = geometry();
    return QRectF(0, g.top + g.rowHeight * static_cast<double>(i), width(), g.rowHeight)
        .toAlignedRect();
}

std::optional<std::size_t> BarListWidget::rowAt(QPoint pos) const {
    const Geometry g = geometry();
    if (g.rowHeight <= 0 || pos.y() < g.top)
        return std::nullopt;
    const auto row = static_cast<std::size_t>((pos.y() - g.top) / g.rowHeight);
    if (row >= m_items.size())
        return std::nullopt;
    return row;
}

void BarListWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_items.empty())
        return;
    const Geometry g = geometry();
    double maxValue = m_reference.value_or(0.0);
    for (const BarItem& item : m_items)
        maxValue = std::max(maxValue, item.value);
    if (maxValue <= 0)
        maxValue = 1;
    const double span = std::max(1.0, g.barRight - g.barLeft);
    auto xOf = [&](double value) {
        return g.barLeft + span * std::max(0.0, value) / maxValue;
    };

    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * 0.92);
    const QFontMetricsF labelMetrics(font());
    const QFontMetricsF valueMetrics(valueFont);
    const LabelPlacement placement = effectivePlacement();
    if (m_reference) {
        const double x = xOf(*m_reference);
        QPen pen(m_theme.mutedText, 1.2, Qt::DashLine);
        p.setPen(pen);
        const double bottom = g.top + g.rowHeight * static_cast<double>(m_items.size());
        p.drawLine(QPointF(x, g.top - 2), QPointF(x, bottom));
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        p.setFont(small);
        const QFontMetricsF metrics(small);
        const double w = metrics.horizontalAdvance(m_referenceLabel);
        const double left = std::clamp(x - w / 2, kMargin, width() - kMargin - w);
        p.drawText(QRectF(left, 0, w + 2, g.top - 2), Qt::AlignBottom | Qt::AlignLeft,
                   m_referenceLabel);
    }
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const BarItem& item = m_items[i];
        const QRectF row(0, g.top + g.rowHeight * static_cast<double>(i), width(), g.rowHeight);
        if (static_cast<int>(i) == m_hover) {
            QColor hover = m_theme.track;
            p.fillRect(row, hover);
        }
        QRectF bar;
        QRectF labelBox;
        if (placement == LabelPlacement::Left) {
            const double thickness = std::clamp(g.rowHeight * 0.62, 4.0, 22.0);
            bar = QRectF(g.barLeft, row.center().y() - thickness / 2, 0, thickness);
            labelBox = QRectF(kMargin, row.top(), g.labelWidth, row.height());
        } else {
            const double textHeight = labelMetrics.height();
            const double thickness = std::clamp(g.rowHeight - textHeight - 6, 3.0, 12.0);
            const double blockTop = row.top() + (row.height() - textHeight - thickness - 2) / 2;
            labelBox = QRectF(kMargin, blockTop, width() - 2 * kMargin, textHeight);
            bar = QRectF(g.barLeft, blockTop + textHeight + 2, 0, thickness);
        }
        // Track, then the bar.
        QRectF track = bar;
        track.setRight(g.barRight);
        p.setPen(Qt::NoPen);
        if (placement == LabelPlacement::Above) {
            p.setBrush(m_theme.track);
            p.drawRoundedRect(track, bar.height() / 2, bar.height() / 2);
        }
        bar.setRight(std::max(bar.left() + 2.0, xOf(item.value)));
        p.setBrush(item.color.isValid() ? item.color : m_theme.accent);
        const double radius = std::min(3.0, bar.height() / 2);
        p.drawRoundedRect(bar, radius, radius);

        p.setPen(m_theme.text);
        p.setFont(font());
        if (placement == LabelPlacement::Left) {
            // Names line up on the bars; long texts (templates) read from the left.
            p.drawText(labelBox,
                       (m_placement == LabelPlacement::Left ? Qt::AlignRight : Qt::AlignLeft) |
                           Qt::AlignVCenter,
                       labelMetrics.elidedText(item.label, Qt::ElideRight, labelBox.width()));
            p.setFont(valueFont);
            // A backdrop keeps the value readable where the reference line crosses it.
            const QRectF valueBox(bar.right() + 3, row.center().y() - valueMetrics.height() / 2,
                                  valueMetrics.horizontalAdvance(item.valueText) + 4,
                                  valueMetrics.height());
            p.fillRect(valueBox, static_cast<int>(i) == m_hover ? m_theme.track : m_theme.panel);
            p.setPen(m_theme.mutedText);
            p.drawText(valueBox, Qt::AlignCenter, item.valueText);
        } else {
            const double valueWidth = valueMetrics.horizontalAdvance(item.valueText);
            const QRectF textBox = labelBox.adjusted(0, 0, -valueWidth - 10, 0);
            p.drawText(textBox, Qt::AlignLeft | Qt::AlignVCenter,
                       labelMetrics.elidedText(item.label, Qt::ElideRight, textBox.width()));
            p.setFont(valueFont);
            p.setPen(m_theme.mutedText);
            p.drawText(labelBox, Qt::AlignRight | Qt::AlignVCenter, item.valueText);
        }
    }
}

bool BarListWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto row = rowAt(help->pos());
        if (row && !m_items[*row].toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), m_items[*row].toolTip, this, rowRect(*row));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void BarListWidget::mouseMoveEvent(QMouseEvent* event) {
    const auto row = rowAt(event->position().toPoint());
    const int hover = row ? static_cast<int>(*row) : -1;
    if (hover != m_hover) {
        m_hover = hover;
        setCursor(row ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void BarListWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    if (const auto row = rowAt(event->position().toPoint()))
        Q_EMIT activated(static_cast<int>(*row));
}

void BarListWidget::leaveEvent(QEvent*) {
    if (m_hover != -1) {
        m_hover = -1;
        update();
    }
}

} // namespace logscope::ui
