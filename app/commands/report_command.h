#pragma once

#include "commands/command_support.h"
#include "ui/theme/theme.h"

#include <QSize>
#include <QString>

namespace logscope::app {

/// `logscope report FILE -o out.png`: renders the dashboard to a PNG without a display.
int runReportCommand(int argc, char** argv);

/// Renders an analysed log's dashboard to path (a QApplication must exist). Prints any error.
bool exportDashboard(const AnalyzedLog& log, const QString& title, const QString& path, QSize size,
                     const ui::Theme& theme, double scale = 1.0);

} // namespace logscope::app
