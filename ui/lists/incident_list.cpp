#include "ui/lists/incident_list.h"

#include "ui/format/display_format.h"
#include "ui/model/dashboard_model.h"

#include <QHeaderView>
#include <algorithm>

namespace logscope::ui {

namespace {
enum Column { kSeverity, kType, kServices, kTime, kRecommendation };
}

IncidentList::IncidentList(DashboardModel* model, QWidget* parent)
    : QTreeWidget(parent), m_model(model) {
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setHeaderLabels({tr("Severity"), tr("Type"), tr("Services"), tr("Time (UTC)"),
                     tr("Recommendation")});
    header()->setStretchLastSection(true);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    setColumnWidth(kSeverity, 11 * digit);
    setColumnWidth(kType, 20 * digit);
    setColumnWidth(kServices, 20 * digit);
    setColumnWidth(kTime, 13 * digit);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        Q_EMIT drillDownRequested(
            incidentDrillDown(static_cast<std::size_t>(indexOfTopLevelItem(item))));
    });
    connect(m_model, &DashboardModel::resultChanged, this, &IncidentList::refresh);
    refresh();
}

void IncidentList::setTheme(const Theme& theme) {
    m_theme = theme;
    refresh();
}

DrillDown IncidentList::incidentDrillDown(std::size_t i) const {
    const core::Incident& incident = m_model->result()->incidents.at(i);
    DrillDown drill;
    drill.explicitRows = true;
    drill.rows = incident.evidence;
    std::sort(drill.rows.begin(), drill.rows.end());
    drill.rows.erase(std::unique(drill.rows.begin(), drill.rows.end()), drill.rows.end());
    QStringList services;
    for (const std::string& s : incident.services)
        services << QString::fromStdString(s);
    drill.description = tr("Evidence of %1 (%2) at %3")
                            .arg(QString::fromLatin1(core::incidentTypeName(incident.type)),
                                 services.join(QStringLiteral(", ")),
                                 formatShortTime(incident.startNs));
    return drill;
}

void IncidentList::refresh() {
    clear();
    const auto& incidents = m_model->result()->incidents;
    for (const core::Incident& incident : incidents) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(kSeverity, QStringLiteral("● %1").arg(
                                     QString::fromLatin1(core::severityName(incident.severity))));
        item->setForeground(kSeverity, m_theme.severityColor(incident.severity));
        QFont bold = item->font(kSeverity);
        bold.setBold(true);
        item->setFont(kSeverity, bold);
        item->setText(kType, QString::fromLatin1(core::incidentTypeName(incident.type)));
        QStringList services;
        for (const std::string& s : incident.services)
            services << QString::fromStdString(s);
        item->setText(kServices, services.join(QStringLiteral(", ")));
        item->setText(kTime, formatShortTime(incident.startNs));
        item->setText(kRecommendation, QString::fromStdString(incident.recommendation));
        QString tip = QStringLiteral("<b>%1 — %2</b>")
                          .arg(QString::fromLatin1(core::severityName(incident.severity)),
                               QString::fromLatin1(core::incidentTypeName(incident.type)));
        if (!incident.description.empty())
            tip += QStringLiteral("<br>") +
                   QString::fromStdString(incident.description).toHtmlEscaped();
        tip += tr("<br>%1").arg(formatTimeRange(incident.startNs, incident.endNs));
        tip += tr("<br>services: %1").arg(services.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!incident.rootCauseService.empty() || !incident.rootCauseTemplate.empty())
            tip += tr("<br>root cause: %1 %2")
                       .arg(QString::fromStdString(incident.rootCauseService).toHtmlEscaped(),
                            QString::fromStdString(incident.rootCauseTemplate).toHtmlEscaped());
        if (!incident.recommendation.empty())
            tip += tr("<br><i>%1</i>")
                       .arg(QString::fromStdString(incident.recommendation).toHtmlEscaped());
        tip += tr("<br>%1 evidence lines · click to list them").arg(incident.evidence.size());
        for (int c = 0; c < columnCount(); ++c)
            item->setToolTip(c, tip);
    }
}

} // namespace logscope::ui
