#include "ui/panels/pending_panel.h"

#include <QLabel>

namespace logscope::ui {

PendingPanel::PendingPanel(const QString& title, QWidget* parent)
    : DashboardPanel(title, parent), m_message(new QLabel(tr("Not yet available"), this)) {
    m_message->setAlignment(Qt::AlignCenter);
    setBody(m_message);
    onThemeChanged();
}

void PendingPanel::showResult(const core::AnalysisResult&) {}

void PendingPanel::onThemeChanged() {
    if (m_message == nullptr)
        return;
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, theme().mutedText);
    m_message->setPalette(palette);
}

} // namespace logscope::ui
