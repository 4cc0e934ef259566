#include "ui/lists/anomaly_list.h"

#include "ui/format/display_format.h"
#include "ui/lists/card_delegate.h"
#include "ui/model/dashboard_model.h"

namespace logscope::ui {

AnomalyList::AnomalyList(DashboardModel* model, QWidget* parent) : CardList(model, parent) {
    refresh();
}

DrillDown AnomalyList::anomalyDrillDown(std::size_t i) const {
    const core::ScoredLine& line = model()->result()->topAnomalies.at(i);
    DrillDown drill;
    drill.explicitRows = true;
    drill.rows = {line.row};
    drill.focusRow = line.row;
    drill.description = tr("Anomaly scored %1").arg(formatNumber(line.score, 3));
    return drill;
}

void AnomalyList::refresh() {
    clear();
    const auto& table = model()->table();
    for (const core::ScoredLine& line : model()->result()->topAnomalies) {
        auto* item = new QListWidgetItem(this);
        item->setData(CardDelegate::ChipTextRole, formatNumber(line.score, 3));
        item->setData(CardDelegate::ChipColorRole, theme().scoreColor(100.0 * (1.0 - line.score)));
        QString message;
        if (table && line.row < table->size()) {
            const core::Level level = table->level(line.row);
            item->setData(CardDelegate::TitleRole,
                          QStringLiteral("%1 · %2").arg(QString::fromLatin1(core::levelName(level)),
                                                        fromUtf8View(table->service(line.row))));
            item->setData(CardDelegate::NoteRole, formatShortTime(table->timestampNs(line.row)));
            message = fromUtf8View(table->message(line.row));
            item->setData(CardDelegate::DetailRole, message.left(300));
        } else {
            item->setData(CardDelegate::TitleRole, tr("row %1").arg(line.row));
        }
        item->setData(CardDelegate::MutedDetailRole, QString::fromStdString(line.explanation));
        QString tip = tr("<b>score %1</b>").arg(formatNumber(line.score, 3));
        if (!message.isEmpty())
            tip += QStringLiteral("<br>") + message.left(500).toHtmlEscaped();
        if (!line.explanation.empty())
            tip += tr("<br><i>why: %1</i>")
                       .arg(QString::fromStdString(line.explanation).toHtmlEscaped());
        tip += tr("<br>click to show the line");
        item->setToolTip(tip);
    }
}

} // namespace logscope::ui
