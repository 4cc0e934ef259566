#include "ui/widgets/time_brush.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWidget>
#include <algorithm>

namespace logscope::ui {

namespace {
constexpr int kDragThreshold = 6;
}

TimeBrush::TimeBrush(QWidget* target, std::function<QRect()> plotArea,
                     std::function<bool(int, std::int64_t&)> toTime)
    : QObject(target), m_target(target), m_plotArea(std::move(plotArea)),
      m_toTime(std::move(toTime)) {
    target->installEventFilter(this);
}

void TimeBrush::updateBand(int x) {
    if (m_band == nullptr)
        m_band = new QRubberBand(QRubberBand::Rectangle, m_target);
    const QRect area = m_plotArea();
    const int left = std::clamp(std::min(x, m_pressPos.x()), area.left(), area.right());
    const int right = std::clamp(std::max(x, m_pressPos.x()), area.left(), area.right());
    m_band->setGeometry(QRect(QPoint(left, area.top()), QPoint(right, area.bottom())));
    m_band->show();
}

bool TimeBrush::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_target)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPoint pos = mouse->position().toPoint();
        if (mouse->button() == Qt::LeftButton && m_plotArea().contains(pos)) {
            m_pressed = true;
            m_dragging = false;
            m_pressPos = pos;
        }
        return false;
    }
    case QEvent::MouseMove: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (!m_pressed || !(mouse->buttons() & Qt::LeftButton))
            return false;
        const int x = mouse->position().toPoint().x();
        if (!m_dragging && std::abs(x - m_pressPos.x()) >= kDragThreshold)
            m_dragging = true;
        if (m_dragging) {
            updateBand(x);
            return true;
        }
        return false;
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (!m_pressed || mouse->button() != Qt::LeftButton)
            return false;
        m_pressed = false;
        if (!m_dragging)
            return false;
        m_dragging = false;
        if (m_band != nullptr)
            m_band->hide();
        const QRect area = m_plotArea();
        const int a = std::clamp(m_pressPos.x(), area.left(), area.right());
        const int b = std::clamp(mouse->position().toPoint().x(), area.left(), area.right());
        std::int64_t from = 0;
        std::int64_t to = 0;
        if (m_toTime(std::min(a, b), from) && m_toTime(std::max(a, b), to) && to > from)
            Q_EMIT brushed(from, to);
        return true;
    }
    case QEvent::KeyPress:
        if (static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && m_dragging) {
            m_pressed = false;
            m_dragging = false;
            if (m_band != nullptr)
                m_band->hide();
            return true;
        }
        return false;
    default:
        return false;
    }
}

} // namespace logscope::ui
