#pragma once

#include "core/analysis/analysis_options.h"
#include "core/analysis/analysis_result.h"
#include "core/analysis/view_filter.h"
#include "core/formats/log_loader.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>
#include <optional>
#include <string>

namespace logscope::app {

/// Process exit codes shared by every command.
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

/// True when a window system is reachable (X11 or Wayland).
bool hasDisplay();
/// Selects Qt's offscreen platform when there is no display (or always, when force is set),
/// unless the user chose a platform. Must run before the QApplication is created.
void useOffscreenPlatformIfHeadless(bool force);

/// The process arguments without the command word: {"logscope", args after the command...}.
QStringList commandArguments(int argc, char** argv);
/// Parses command arguments; prints the error and returns false on bad usage. Handles --help
/// (printing usage, e.g. "logscope analyze [options] FILE", then description and options).
bool parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                      const QString& usage, const QString& description);

/// A file loaded and analysed.
struct AnalyzedLog {
    std::shared_ptr<core::LogTable> table;
    std::shared_ptr<const core::AnalysisResult> result;
    core::LoadReport report;
};
/// Loads and analyses one file, printing problems to stderr. Nothing when it cannot be read.
std::optional<AnalyzedLog> loadAndAnalyze(const QString& path);
/// The same, analysing only the lines a filter selects, with the given options.
std::optional<AnalyzedLog> loadAndAnalyze(const QString& path, const core::ViewFilter& filter,
                                          const core::AnalysisOptions& options);
/// Analyses bytes already in memory (the built-in demo).
AnalyzedLog analyzeBuffer(std::string_view bytes);

/// Writes text to stdout / stderr as UTF-8.
void printOut(const std::string& text);
void printErr(const QString& text);

} // namespace logscope::app
