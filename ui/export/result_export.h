#pragma once

#include "core/analysis/analysis_result.h"
#include "core/formats/load_report.h"
#include "core/table/log_table.h"

#include <QString>

namespace logscope::ui {

/// Writes the snapshot's incidents as CSV (one row per incident: severity, type, start, end,
/// services, root cause, description, recommendation, evidence lines). Returns an error
/// message, empty on success; the file appears complete or not at all.
QString writeIncidentsCsv(const core::AnalysisResult& result, const QString& path);

/// Writes every anomaly of the snapshot (most anomalous first) as CSV: row, line, time, level,
/// service, score, message, explanation. table may be null (then only row, time and score).
QString writeAnomaliesCsv(const core::AnalysisResult& result, const core::LogTable* table,
                          const QString& path);

/// Writes the snapshot as the JSON document of `logscope analyze --json`.
QString writeResultJson(const core::AnalysisResult& result, const core::LoadReport* load,
                        const QString& input, const QString& path);

/// One CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
QString csvField(const QString& text);

} // namespace logscope::ui
