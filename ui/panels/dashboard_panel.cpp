#include "ui/panels/dashboard_panel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace logscope::ui {

DashboardPanel::DashboardPanel(const QString& title, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("dashboardPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_layout->setContentsMargins(8, 6, 8, 6);
    m_layout->setSpacing(2);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_title->setFont(font);
    m_layout->addWidget(m_title);
    setTheme(m_theme);
}

QString DashboardPanel::title() const {
    return m_title->text();
}

void DashboardPanel::setBody(QWidget* body) {
    m_layout->addWidget(body, 1);
}

void DashboardPanel::setTheme(const Theme& theme) {
    m_theme = theme;
    setStyleSheet(QStringLiteral("#dashboardPanel { background: %1; border: 1px solid %2; "
                                 "border-radius: 6px; }")
                      .arg(theme.panel.name(), theme.panelBorder.name()));
    QPalette palette = m_title->palette();
    palette.setColor(QPalette::WindowText, theme.text);
    m_title->setPalette(palette);
    onThemeChanged();
}

} // namespace logscope::ui
