#pragma once

#include "core/analysis/analysis_result.h"
#include "ui/theme/theme.h"

#include <QWidget>

namespace logscope::ui {

/// A dial for a 0-100 score: a red-to-green colour scale with ticks, the score as an arc and a
/// marker, the number and status in the middle, and (when there is room) the factors that took
/// points off as small bars below. Clickable.
class HealthGauge : public QWidget {
    Q_OBJECT
public:
    explicit HealthGauge(QWidget* parent = nullptr);

    void setScore(double score, const QString& status, const QColor& statusColor);
    void setFactors(std::vector<core::HealthFactor> factors);
    void setTheme(const Theme& theme);
    [[nodiscard]] double score() const { return m_score; }
    [[nodiscard]] const QString& status() const { return m_status; }
    [[nodiscard]] const std::vector<core::HealthFactor>& factors() const { return m_factors; }

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void paintDial(QPainter& p, const QRectF& area);
    void paintFactors(QPainter& p, const QRectF& area);

    double m_score = 0.0;
    QString m_status;
    QColor m_statusColor;
    std::vector<core::HealthFactor> m_factors;
    Theme m_theme = Theme::make(Theme::Kind::Light);
};

} // namespace logscope::ui
