#pragma once

#include "ui/theme/theme.h"

#include <QWidget>
#include <optional>
#include <vector>

namespace logscope::ui {

/// A grid of counts drawn as coloured cells (rows × columns) with row and column labels, an
/// axis title and a colour legend with its scale. Cells can be hovered and clicked.
class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget* parent = nullptr);

    /// counts[row][column]; labels per row and per column.
    void setData(std::vector<std::vector<std::uint64_t>> counts, QStringList rowLabels,
                 QStringList columnLabels);
    void setColumnTitle(const QString& title);
    void setLegendTitle(const QString& title);
    void setTheme(const Theme& theme);
    /// Tooltip text per cell, built on demand.
    void setToolTipProvider(std::function<QString(int row, int column)> provider);

    [[nodiscard]] const std::vector<std::vector<std::uint64_t>>& counts() const { return m_counts; }
    /// The cell under a widget position.
    [[nodiscard]] std::optional<std::pair<int, int>> cellAt(QPoint pos) const;
    /// The rectangle of a cell.
    [[nodiscard]] QRectF cellRect(int row, int column) const;
    /// The colour a count is drawn with.
    [[nodiscard]] QColor colorFor(std::uint64_t count) const;

Q_SIGNALS:
    void cellActivated(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    [[nodiscard]] QRectF gridRect() const;
    [[nodiscard]] QRectF legendRect() const;

    std::vector<std::vector<std::uint64_t>> m_counts;
    QStringList m_rowLabels;
    QStringList m_columnLabels;
    QString m_columnTitle;
    QString m_legendTitle;
    std::uint64_t m_max = 0;
    Theme m_theme = Theme::make(Theme::Kind::Light);
    std::function<QString(int, int)> m_toolTip;
    std::optional<std::pair<int, int>> m_hover;
};

} // namespace logscope::ui
