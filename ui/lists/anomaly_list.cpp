#include "ui/lists/anomaly_list.h"

#include "ui/format/display_format.h"
#include "ui/model/dashboard_model.h"

#include <QHeaderView>

namespace logscope::ui {

namespace {
enum Column { kScore, kTime, kLevel, kService, kMessage };

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
} // namespace

AnomalyList::AnomalyList(DashboardModel* model, QWidget* parent)
    : QTreeWidget(parent), m_model(model) {
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setHeaderLabels({tr("Score"), tr("Time (UTC)"), tr("Level"), tr("Service"), tr("Message")});
    header()->setStretchLastSection(true);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    setColumnWidth(kScore, 7 * digit);
    setColumnWidth(kTime, 15 * digit);
    setColumnWidth(kLevel, 10 * digit);
    setColumnWidth(kService, 17 * digit);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        Q_EMIT drillDownRequested(
            anomalyDrillDown(static_cast<std::size_t>(indexOfTopLevelItem(item))));
    });
    connect(m_model, &DashboardModel::resultChanged, this, &AnomalyList::refresh);
    refresh();
}

void AnomalyList::setTheme(const Theme& theme) {
    m_theme = theme;
    refresh();
}

DrillDown AnomalyList::anomalyDrillDown(std::size_t i) const {
    const core::ScoredLine& line = m_model->result()->topAnomalies.at(i);
    DrillDown drill;
    drill.explicitRows = true;
    drill.rows = {line.row};
    drill.focusRow = line.row;
    drill.description = tr("Anomaly scored %1").arg(line.score, 0, 'f', 3);
    return drill;
}

void AnomalyList::refresh() {
    clear();
    const auto& table = m_model->table();
    for (const core::ScoredLine& line : m_model->result()->topAnomalies) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(kScore, QString::number(line.score, 'f', 3));
        item->setTextAlignment(kScore, Qt::AlignRight | Qt::AlignVCenter);
        QString message;
        if (table && line.row < table->size()) {
            const core::Level level = table->level(line.row);
            item->setText(kTime, formatShortTime(table->timestampNs(line.row)));
            item->setText(kLevel, QString::fromLatin1(core::levelName(level)));
            item->setForeground(kLevel, m_theme.levelColor(level));
            item->setText(kService, fromView(table->service(line.row)));
            message = fromView(table->message(line.row));
            item->setText(kMessage, message.left(300));
        }
        QString tip = tr("<b>score %1</b>").arg(line.score, 0, 'f', 3);
        if (!message.isEmpty())
            tip += QStringLiteral("<br>") + message.left(500).toHtmlEscaped();
        if (!line.explanation.empty())
            tip += tr("<br><i>why: %1</i>")
                       .arg(QString::fromStdString(line.explanation).toHtmlEscaped());
        tip += tr("<br>click to show the line");
        for (int c = 0; c < columnCount(); ++c)
            item->setToolTip(c, tip);
    }
}

} // namespace logscope::ui
