#include "ui/dialogs/load_report_dialog.h"

#include "ui/format/display_format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace logscope::ui {

LoadReportDialog::LoadReportDialog(const core::LoadReport& report, const QStringList& files,
                                   QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Load report"));
    resize(720, 460);
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(this);
    summary->setTextFormat(Qt::RichText);
    summary->setWordWrap(true);
    QString text = tr("<b>%1</b><br>format: %2 · %3 bytes<br>%4 lines read, %5 parsed, "
                      "<b>%6 could not be read</b>",
                      nullptr, pluralCount(report.totalLines))
                       .arg(files.join(QStringLiteral(", ")).toHtmlEscaped(),
                            QString::fromStdString(report.formatName).toHtmlEscaped(),
                            formatCount(report.bytesRead), formatCount(report.totalLines),
                            formatCount(report.parsedLines), formatCount(report.badLineCount));
    if (report.badLineCount > report.badLines.size())
        text += tr("<br>The first %1 are listed.").arg(report.badLines.size());
    summary->setText(text);
    layout->addWidget(summary);
    auto* list = new QTreeWidget(this);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels({tr("Line"), tr("Why it could not be read")});
    list->header()->setStretchLastSection(true);
    list->setColumnWidth(0, 90);
    for (const core::BadLine& bad : report.badLines) {
        auto* item = new QTreeWidgetItem(list);
        item->setText(0, bad.lineNumber == 0 ? tr("—") : formatCount(bad.lineNumber));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, QString::fromStdString(bad.reason));
        item->setToolTip(1, QString::fromStdString(bad.reason));
    }
    if (report.badLines.empty()) {
        auto* item = new QTreeWidgetItem(list);
        item->setText(1, tr("Every line was read."));
    }
    layout->addWidget(list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace logscope::ui
