#pragma once

#include "core/analysis/analysis_result.h"

#include <QString>

namespace logscope::ui {

class LogTableModel;

/// Everything about one line as rich text for the log view's detail pane: the whole message,
/// each column, source, host, ground truth, file and line number, and the extra fields as
/// indented JSON.
QString lineDetailHtml(const LogTableModel& model, core::RowId row);

} // namespace logscope::ui
