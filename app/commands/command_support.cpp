#include "commands/command_support.h"

#include "core/analysis/analyzer.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <cstdlib>

namespace logscope::app {

bool hasDisplay() {
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

namespace {

QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform warns about things that only matter with a real window system;
// headless commands drop those two messages and pass everything else on.
void headlessMessageHandler(QtMsgType type, const QMessageLogContext& context,
                            const QString& message) {
    if (message.contains(QLatin1String("propagateSizeHints")) ||
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

void useOffscreenPlatformIfHeadless(bool force) {
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return;
    if (force || !hasDisplay()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_defaultHandler = qInstallMessageHandler(headlessMessageHandler);
    }
}

QStringList commandArguments(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        if (i != 1)
            arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

bool parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                      const QString& usage, const QString& description) {
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("logscope: %1\n").arg(parser.errorText()));
        printErr(QStringLiteral("Try 'logscope <command> --help'.\n"));
        return false;
    }
    if (parser.isSet(help)) {
        // Qt's first line names the executable's path; name the command instead.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        printOut(QStringLiteral("Usage: %1\n\n%2").arg(usage, text).toStdString());
        std::exit(kExitOk);
    }
    return true;
}

namespace {

void reportProblems(const core::LoadReport& report, const QString& name) {
    if (report.badLineCount == 0)
        return;
    printErr(QStringLiteral("%1: %2 of %3 lines could not be read\n")
                 .arg(name)
                 .arg(report.badLineCount)
                 .arg(report.totalLines));
    const std::size_t shown = std::min<std::size_t>(report.badLines.size(), 5);
    for (std::size_t i = 0; i < shown; ++i) {
        printErr(QStringLiteral("  line %1: %2\n")
                     .arg(report.badLines[i].lineNumber)
                     .arg(QString::fromStdString(report.badLines[i].reason)));
    }
}

} // namespace

std::optional<AnalyzedLog> loadAndAnalyze(const QString& path) {
    return loadAndAnalyze(path, core::ViewFilter{}, core::AnalysisOptions{});
}

std::optional<AnalyzedLog> loadAndAnalyze(const QString& path, const core::ViewFilter& filter,
                                          const core::AnalysisOptions& options) {
    core::LoadResult loaded = core::loadLogFile(QFile::encodeName(path).toStdString());
    if (loaded.report.failed()) {
        printErr(
            QStringLiteral("logscope: %1\n").arg(QString::fromStdString(loaded.report.fatalError)));
        return std::nullopt;
    }
    reportProblems(loaded.report, path);
    AnalyzedLog log;
    log.result = core::analyze(*loaded.table, filter, options);
    log.table = std::move(loaded.table);
    log.report = std::move(loaded.report);
    return log;
}

AnalyzedLog analyzeBuffer(std::string_view bytes) {
    core::LoadResult loaded = core::loadLogBuffer(bytes);
    reportProblems(loaded.report, QStringLiteral("demo"));
    AnalyzedLog log;
    log.result = core::analyze(*loaded.table);
    log.table = std::move(loaded.table);
    log.report = std::move(loaded.report);
    return log;
}

void printOut(const std::string& text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.data(), 1, static_cast<std::size_t>(bytes.size()), stderr);
}

} // namespace logscope::app
