#include "ui/widgets/heatmap_widget.h"

#include "ui/format/display_format.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace logscope::ui {

namespace {
constexpr double kLegendWidth = 12.0;
}

HeatmapWidget::HeatmapWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumSize(200, 110);
}

void HeatmapWidget::setData(std::vector<std::vector<std::uint64_t>> counts, QStringList rowLabels,
                            QStringList columnLabels) {
    m_counts = std::move(counts);
    m_rowLabels = std::move(rowLabels);
    m_columnLabels = std::move(columnLabels);
    m_max = 0;
    for (const auto& row : m_counts)
        for (const std::uint64_t c : row)
            m_max = std::max(m_max, c);
    m_hover.reset();
    update();
}

void HeatmapWidget::setColumnTitle(const QString& title) {
    m_columnTitle = title;
    update();
}

void HeatmapWidget::setLegendTitle(const QString& title) {
    m_legendTitle = title;
    update();
}

void HeatmapWidget::setTheme(const Theme& theme) {
    m_theme = theme;
    update();
}

void HeatmapWidget::setToolTipProvider(std::function<QString(int, int)> provider) {
    m_toolTip = std::move(provider);
}

QColor HeatmapWidget::colorFor(std::uint64_t count) const {
    if (m_max == 0)
        return m_theme.heatColor(0);
    // A square-root scale keeps quiet hours visible next to the busiest ones.
    return m_theme.heatColor(std::sqrt(static_cast<double>(count) / static_cast<double>(m_max)));
}

QRectF HeatmapWidget::legendRect() const {
    const QFontMetricsF metrics(font());
    const double labelWidth = metrics.horizontalAdvance(formatCount(m_max)) + 6;
    const double top = 6 + metrics.height() * 1.7;
    const double bottom = height() - metrics.height() * 2.2 - 6;
    return QRectF(width() - labelWidth - kLegendWidth - 4, top, kLegendWidth, bottom - top);
}

QRectF HeatmapWidget::gridRect() const {
    const QFontMetricsF metrics(font());
    double rowLabelWidth = 0;
    for (const QString& label : m_rowLabels)
        rowLabelWidth = std::max(rowLabelWidth, metrics.horizontalAdvance(label));
    const QRectF legend = legendRect();
    const double left = rowLabelWidth + 8;
    const double top = legend.top();
    const double right = legend.left() - 12;
    const double bottom = height() - metrics.height() * 2.2 - 6;
    return QRectF(left, top, std::max(10.0, right - left), std::max(10.0, bottom - top));
}

QRectF HeatmapWidget::cellRect(int row, int column) const {
    const QRectF grid = gridRect();
    const int rows = static_cast<int>(m_counts.size());
    const int columns = rows == 0 ? 0 : static_cast<int>(m_counts.front().size());
    if (rows == 0 || columns == 0)
        return {};
    const double w = grid.width() / columns;
    const double h = grid.height() / rows;
    return QRectF(grid.left() + column * w, grid.top() + row * h, w, h);
}

std::optional<std::pair<int, int>> HeatmapWidget::cellAt(QPoint pos) const {
    const QRectF grid = gridRect();
    const int rows = static_cast<int>(m_counts.size());
    if (rows == 0 || !grid.contains(pos))
        return std::nullopt;
    const int columns = static_cast<int>(m_counts.front().size());
    const int row =
        std::min(rows - 1, static_cast<int>((pos.y() - grid.top()) / grid.height() * rows));
    const int column =
        std::min(columns - 1, static_cast<int>((pos.x() - grid.left()) / grid.width() * columns));
    return std::make_pair(row, column);
}

void HeatmapWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int rows = static_cast<int>(m_counts.size());
    if (rows == 0 || m_counts.front().empty())
        return;
    const int columns = static_cast<int>(m_counts.front().size());
    const QFontMetricsF metrics(font());
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetricsF smallMetrics(small);

    // Cells with a hairline gap in the panel colour.
    const double gap = cellRect(0, 0).width() > 8 ? 1.0 : 0.0;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QRectF cell = cellRect(r, c).adjusted(0, 0, -gap, -gap);
            p.fillRect(
                cell, colorFor(m_counts[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]));
        }
    }
    if (m_hover) {
        p.setPen(QPen(m_theme.text, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(m_hover->first, m_hover->second).adjusted(0.5, 0.5, -gap, -gap));
    }
    // Row labels.
    p.setPen(m_theme.mutedText);
    p.setFont(font());
    for (int r = 0; r < rows && r < m_rowLabels.size(); ++r) {
        const QRectF cell = cellRect(r, 0);
        p.drawText(QRectF(0, cell.top(), cell.left() - 6, cell.height()),
                   Qt::AlignRight | Qt::AlignVCenter, m_rowLabels[r]);
    }
    // Column labels, thinned to what fits.
    p.setFont(small);
    const double cellWidth = cellRect(0, 0).width();
    double widest = 0;
    for (const QString& label : m_columnLabels)
        widest = std::max(widest, smallMetrics.horizontalAdvance(label));
    int every = 1;
    while (every < columns && cellWidth * every < widest + 6)
        ++every;
    while (every < columns && columns % every != 0 && every < 6)
        ++every;
    const QRectF grid = gridRect();
    for (int c = 0; c < columns && c < m_columnLabels.size(); c += every) {
        const QRectF cell = cellRect(0, c);
        p.drawText(QRectF(cell.center().x() - 20, grid.bottom() + 2, 40, smallMetrics.height()),
                   Qt::AlignHCenter | Qt::AlignTop, m_columnLabels[c]);
    }
    if (!m_columnTitle.isEmpty()) {
        p.drawText(QRectF(grid.left(), grid.bottom() + 2 + smallMetrics.height(), grid.width(),
                          smallMetrics.height() + 2),
                   Qt::AlignHCenter | Qt::AlignTop, m_columnTitle);
    }

    // Legend: the colour scale with its minimum, middle and maximum.
    const QRectF legend = legendRect();
    QLinearGradient gradient(legend.bottomLeft(), legend.topLeft());
    for (int i = 0; i <= 10; ++i) {
        const double t = i / 10.0;
        gradient.setColorAt(t, m_theme.heatColor(t));
    }
    p.setPen(QPen(m_theme.panelBorder, 1));
    p.setBrush(gradient);
    p.drawRect(legend);
    p.setPen(m_theme.mutedText);
    const auto tick = [&](double t, std::uint64_t value) {
        // The legend follows the cells' square-root scale.
        const double y = legend.bottom() - legend.height() * t;
        p.drawLine(QPointF(legend.right(), y), QPointF(legend.right() + 3, y));
        p.drawText(
            QRectF(legend.right() + 5, y - smallMetrics.height() / 2, 80, smallMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, formatCount(value));
    };
    tick(0.0, 0);
    if (m_max >= 4)
        tick(std::sqrt(0.25), m_max / 4);
    tick(1.0, m_max);
    if (!m_legendTitle.isEmpty()) {
        const double w = smallMetrics.horizontalAdvance(m_legendTitle);
        p.drawText(QRectF(std::min(legend.left() - 2, width() - w - 2), 0, w + 2,
                          legend.top() - smallMetrics.height() * 0.5 - 2),
                   Qt::AlignLeft | Qt::AlignBottom, m_legendTitle);
    }
}

bool HeatmapWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto cell = cellAt(help->pos());
        if (cell && m_toolTip)
            QToolTip::showText(help->globalPos(), m_toolTip(cell->first, cell->second), this,
                               cellRect(cell->first, cell->second).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::mouseMoveEvent(QMouseEvent* event) {
    const auto cell = cellAt(event->position().toPoint());
    if (cell != m_hover) {
        m_hover = cell;
        setCursor(cell ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void HeatmapWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    if (const auto cell = cellAt(event->position().toPoint()))
        Q_EMIT cellActivated(cell->first, cell->second);
}

void HeatmapWidget::leaveEvent(QEvent*) {
    if (m_hover) {
        m_hover.reset();
        update();
    }
}

} // namespace logscope::ui
