#pragma once

#include "core/formats/load_report.h"

#include <QDialog>
#include <QStringList>

namespace logscope::ui {

/// How a load went: the files, format, bytes and lines read, and the first bad lines with
/// their line numbers and reasons.
class LoadReportDialog : public QDialog {
    Q_OBJECT
public:
    LoadReportDialog(const core::LoadReport& report, const QStringList& files,
                     QWidget* parent = nullptr);
};

} // namespace logscope::ui
