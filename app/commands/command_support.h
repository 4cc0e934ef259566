#pragma once

#include "core/analysis/analysis_options.h"
#include "core/analysis/analysis_result.h"
#include "core/analysis/view_filter.h"
#include "core/formats/log_loader.h"
#include "core/pipeline/log_pipeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <chrono>
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
using AnalyzedLog = core::AnalyzedLog;
/// Loads and analyses one file, printing problems to stderr. Nothing when it cannot be read.
std::optional<AnalyzedLog> loadAndAnalyze(const QString& path);
/// Loads files, folders, archives and "-" (stdin), merged by time, mines their templates and
/// analyses the lines the filter selects; prints problems to stderr. Nothing when they cannot
/// be read.
std::optional<AnalyzedLog> loadAndAnalyze(const QStringList& inputs,
                                          const core::LoadOptions& loadOptions,
                                          const core::ViewFilter& filter = {},
                                          const core::AnalysisOptions& options = {});

/// The input options analyze and report share: --format NAME|'<Format> <String>', --timings.
struct InputOptions {
    Q_DECLARE_TR_FUNCTIONS(InputOptions)

public:
    QCommandLineOption format{
        QStringLiteral("format"),
        tr("Read the input as FORMAT instead of detecting it: a format name (see "
           "'logscope formats'), a saved format's name, or a format string such as "
           "'<Date> <Time> <Level> <Component>: <Content>'."),
        QStringLiteral("FORMAT")};
    QCommandLineOption timings{QStringLiteral("timings"),
                               tr("Print how long each phase took (read, parse, "
                                  "analysis, ...) to standard error.")};
    /// Adds both options to parser.
    void addTo(QCommandLineParser& parser) const { parser.addOptions({format, timings}); }
    /// Reads the load options the command line asks for; prints the problem and returns false
    /// when --format names no format (a usage error).
    bool read(const QCommandLineParser& parser, core::LoadOptions& options) const;
};
/// A title for a report on these inputs: the file's name, "standard input", or "N inputs".
QString inputTitle(const QStringList& inputs);
/// Prints each phase's time to stderr as `phase: 12.3 ms` lines, then the total.
void printTimings(const core::LoadReport& report);
/// Milliseconds since start, for the timings of the phases a command runs itself.
double millisecondsSince(std::chrono::steady_clock::time_point start);
/// Analyses bytes already in memory (the built-in demo).
AnalyzedLog analyzeBuffer(std::string_view bytes);

/// Writes text to stdout / stderr as UTF-8.
void printOut(const std::string& text);
void printErr(const QString& text);

} // namespace logscope::app
