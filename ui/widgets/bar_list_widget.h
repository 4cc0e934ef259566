#pragma once

#include "ui/theme/theme.h"

#include <QWidget>
#include <optional>
#include <vector>

namespace logscope::ui {

/// One bar of a BarListWidget.
struct BarItem {
    QString label;
    double value = 0.0;
    QString valueText; ///< drawn after the bar ("365", "145.3 ms")
    QColor color;
    QString toolTip; ///< rich text
};

/// A ranked list of labelled horizontal bars: the shape of "errors by service", "most frequent
/// errors" and "response time by service". Long labels are elided (the tooltip has them whole),
/// either left of the bars or above them; rows can be clicked.
class BarListWidget : public QWidget {
    Q_OBJECT
public:
    enum class LabelPlacement { Left, Above };

    explicit BarListWidget(QWidget* parent = nullptr);

    void setItems(std::vector<BarItem> items);
    [[nodiscard]] const std::vector<BarItem>& items() const { return m_items; }
    void setLabelPlacement(LabelPlacement placement);
    /// A dashed vertical reference line ("overall mean 156 ms"); nullopt removes it.
    void setReference(std::optional<double> value, const QString& label = {});
    void setTheme(const Theme& theme);
    /// The row under a widget position, if any.
    [[nodiscard]] std::optional<std::size_t> rowAt(QPoint pos) const;
    /// The rectangle of row i.
    [[nodiscard]] QRect rowRect(std::size_t i) const;

Q_SIGNALS:
    void activated(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Geometry {
        double top = 0;
        double rowHeight = 0;
        double labelWidth = 0;
        double barLeft = 0;
        double barRight = 0;
    };
    [[nodiscard]] Geometry geometry() const;
    [[nodiscard]] LabelPlacement effectivePlacement() const;

    std::vector<BarItem> m_items;
    LabelPlacement m_placement = LabelPlacement::Left;
    std::optional<double> m_reference;
    QString m_referenceLabel;
    Theme m_theme = Theme::make(Theme::Kind::Light);
    int m_hover = -1;
};

} // namespace logscope::ui
