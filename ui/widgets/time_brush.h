#pragma once

#include <QObject>
#include <QPoint>
#include <QRect>
#include <cstdint>
#include <functional>

class QRubberBand;
class QWidget;

namespace logscope::ui {

/// Lets the user drag across a time axis to choose a range. Installed on a widget (a chart's
/// viewport or a custom plot); a plain click passes through untouched, a drag wider than a few
/// pixels draws a band and ends in brushed(). Escape abandons the drag.
class TimeBrush : public QObject {
    Q_OBJECT
public:
    /// plotArea: where dragging starts; toTime: widget x -> time (false outside the axis).
    TimeBrush(QWidget* target, std::function<QRect()> plotArea,
              std::function<bool(int x, std::int64_t& ns)> toTime);

    [[nodiscard]] bool isDragging() const { return m_dragging; }

Q_SIGNALS:
    void brushed(qint64 fromNs, qint64 toNs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateBand(int x);

    QWidget* m_target;
    std::function<QRect()> m_plotArea;
    std::function<bool(int, std::int64_t&)> m_toTime;
    QRubberBand* m_band = nullptr;
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace logscope::ui
