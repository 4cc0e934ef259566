#pragma once

#include "ui/theme/theme.h"

#include <QImage>
#include <QWidget>
#include <map>
#include <optional>
#include <vector>

namespace logscope::ui {

class TimeBrush;

/// One dot of a TimelinePlot.
struct TimelineDot {
    std::int64_t ns = 0;
    float score = 0.0F; ///< 0..1
    std::uint32_t cluster = 0;
    bool anomaly = false;
};

/// A time × score scatter plot drawn directly with QPainter, so tens of thousands of dots
/// repaint in milliseconds: dots coloured by cluster, anomalies larger and ringed, a legend,
/// labelled axes, tooltips, clicks on dots and time brushing.
class TimelinePlot : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget* parent = nullptr);

    void setDots(std::vector<TimelineDot> dots, std::int64_t fromNs, std::int64_t toNs);
    void setTheme(const Theme& theme);
    /// Periods shaded behind the dots (live mode: injected episodes; caught ones in green).
    void setBands(std::vector<std::pair<std::int64_t, std::int64_t>> bands,
                  std::vector<bool> caught);
    /// Tooltip text per dot, built on demand.
    void setToolTipProvider(std::function<QString(std::size_t)> provider);
    [[nodiscard]] const std::vector<TimelineDot>& dots() const { return m_dots; }

    /// Where dots are drawn, in widget coordinates.
    [[nodiscard]] QRect plotArea() const;
    /// The widget position of a time and score.
    [[nodiscard]] QPointF positionOf(std::int64_t ns, double score) const;
    /// The time at a widget x (false outside the plot).
    bool timeAt(int x, std::int64_t& ns) const;
    /// The dot nearest a position within radius pixels (anomalies win ties).
    [[nodiscard]] std::optional<std::size_t> dotAt(QPoint pos, double radius = 8.0) const;

Q_SIGNALS:
    void dotActivated(int index);
    void brushed(qint64 fromNs, qint64 toNs);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void paintLegend(QPainter& p, const QRect& area);
    [[nodiscard]] QPointF positionIn(const QRectF& area, std::int64_t ns, double score) const;
    std::vector<std::pair<std::int64_t, std::int64_t>> m_bands;
    std::vector<bool> m_bandCaught;
    [[nodiscard]] const QImage& dotSprite(std::uint32_t cluster, bool anomaly, double dpr) const;

    std::vector<TimelineDot> m_dots;
    std::vector<std::pair<std::uint32_t, std::size_t>>
        m_clusters; ///< (cluster, dots), biggest first
    std::size_t m_anomalies = 0;
    std::int64_t m_from = 0;
    std::int64_t m_to = 1;
    Theme m_theme = Theme::make(Theme::Kind::Light);
    std::function<QString(std::size_t)> m_toolTip;
    mutable std::map<QString, QImage> m_sprites;
    TimeBrush* m_brush;
    QPoint m_pressPos;
};

} // namespace logscope::ui
