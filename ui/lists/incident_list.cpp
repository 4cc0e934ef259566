#include "ui/lists/incident_list.h"

#include "ui/format/display_format.h"
#include "ui/format/display_names.h"
#include "ui/lists/card_delegate.h"
#include "ui/model/dashboard_model.h"

#include <algorithm>

namespace logscope::ui {

IncidentList::IncidentList(DashboardModel* model, QWidget* parent) : CardList(model, parent) {
    refresh();
}

DrillDown IncidentList::incidentDrillDown(std::size_t i) const {
    const core::Incident& incident = model()->result()->incidents.at(i);
    DrillDown drill;
    drill.explicitRows = true;
    drill.rows = incident.evidence;
    std::sort(drill.rows.begin(), drill.rows.end());
    drill.rows.erase(std::unique(drill.rows.begin(), drill.rows.end()), drill.rows.end());
    QStringList services;
    for (const std::string& s : incident.services)
        services << QString::fromStdString(s);
    drill.description =
        tr("Evidence of %1 (%2) at %3")
            .arg(incidentTypeDisplayName(incident.type), services.join(QStringLiteral(", ")),
                 formatShortTime(incident.startNs));
    return drill;
}

void IncidentList::refresh() {
    clear();
    const auto& incidents = model()->result()->incidents;
    for (const core::Incident& incident : incidents) {
        auto* item = new QListWidgetItem(this);
        QStringList services;
        for (const std::string& s : incident.services)
            services << QString::fromStdString(s);
        item->setData(CardDelegate::ChipTextRole, severityDisplayName(incident.severity));
        item->setData(CardDelegate::ChipColorRole, theme().severityColor(incident.severity));
        item->setData(CardDelegate::TitleRole, incidentTypeDisplayName(incident.type));
        item->setData(CardDelegate::NoteRole, formatShortTime(incident.startNs));
        item->setData(CardDelegate::DetailRole, services.join(QStringLiteral(", ")));
        item->setData(CardDelegate::MutedDetailRole,
                      QString::fromStdString(incident.recommendation));
        QString tip = QStringLiteral("<b>%1 — %2</b>")
                          .arg(severityDisplayName(incident.severity),
                               incidentTypeDisplayName(incident.type));
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
        tip += tr("<br>%1 evidence lines · click to list them", nullptr,
                  pluralCount(incident.evidence.size()))
                   .arg(formatCount(incident.evidence.size()));
        item->setToolTip(tip);
    }
}

} // namespace logscope::ui
