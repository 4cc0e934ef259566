#include "ui/dashboard/dashboard_view.h"

#include "core/report/text_report.h"
#include "core/time/civil_time.h"
#include "ui/model/dashboard_model.h"
#include "ui/panels/errors_by_service_panel.h"
#include "ui/panels/levels_over_time_panel.h"
#include "ui/panels/pending_panel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace logscope::ui {

DashboardView::DashboardView(DashboardModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_heading(new QLabel(this)), m_summary(new QLabel(this)) {
    setAutoFillBackground(true);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 8, 10, 10);
    outer->setSpacing(6);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    outer->addWidget(m_heading);
    outer->addWidget(m_summary);

    m_panels = {
        new LevelsOverTimePanel(this),
        new PendingPanel(tr("Response time distribution"), this),
        new PendingPanel(tr("System health"), this),
        new ErrorsByServicePanel(this),
        new PendingPanel(tr("Anomaly timeline"), this),
        new PendingPanel(tr("Most frequent errors"), this),
        new PendingPanel(tr("Average response time by service"), this),
        new PendingPanel(tr("Incidents by severity"), this),
        new PendingPanel(tr("Activity by day and hour"), this),
    };
    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    for (std::size_t i = 0; i < m_panels.size(); ++i)
        grid->addWidget(m_panels[i], static_cast<int>(i / 3), static_cast<int>(i % 3));
    for (int i = 0; i < 3; ++i) {
        grid->setRowStretch(i, 1);
        grid->setColumnStretch(i, 1);
    }
    outer->addLayout(grid, 1);

    connect(m_model, &DashboardModel::resultChanged, this, &DashboardView::refresh);
    setTheme(m_theme);
}

void DashboardView::setTheme(const Theme& theme) {
    m_theme = theme;
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, theme.window);
    palette.setColor(QPalette::WindowText, theme.text);
    setPalette(palette);
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, theme.mutedText);
    m_summary->setPalette(muted);
    for (DashboardPanel* panel : m_panels)
        panel->setTheme(theme);
    refresh();
}

void DashboardView::refresh() {
    const core::AnalysisResult& result = *m_model->result();
    const QString title = m_model->title().isEmpty() ? tr("No log loaded") : m_model->title();
    m_heading->setText(tr("LogScope — %1").arg(title));
    QString summary =
        tr("%1 lines").arg(QString::fromStdString(core::withThousands(result.totalLines)));
    if (result.timedLines > 0) {
        auto stamp = [](std::int64_t ns) {
            return QString::fromStdString(core::formatIso8601(ns, 0))
                .replace(QLatin1Char('T'), QLatin1Char(' '));
        };
        summary += QStringLiteral("  ·  ") +
                   tr("%1 to %2 UTC").arg(stamp(result.firstNs), stamp(result.lastNs));
    }
    summary +=
        QStringLiteral("  ·  ") + tr("error rate %1 %").arg(result.errorRate * 100.0, 0, 'f', 2);
    m_summary->setText(summary);
    for (DashboardPanel* panel : m_panels)
        panel->showResult(result);
}

} // namespace logscope::ui
