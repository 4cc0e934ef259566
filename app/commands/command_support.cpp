#include "commands/command_support.h"

#include "core/analysis/analyzer.h"
#include "core/formats/format_detector.h"
#include "core/formats/format_registry.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <cstdlib>

namespace logscope::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandSupport)
};
} // namespace

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
        printErr(Tr::tr("Try 'logscope <command> --help'.\n"));
        return false;
    }
    if (parser.isSet(help)) {
        // Qt's first line names the executable's path; name the command instead.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        printOut(Tr::tr("Usage: %1\n\n%2").arg(usage, text).toStdString());
        std::exit(kExitOk);
    }
    return true;
}

namespace {

void reportProblems(const core::LoadReport& report, const QString& name) {
    for (const std::string& warning : report.warnings)
        printErr(Tr::tr("logscope: warning: %1\n").arg(QString::fromStdString(warning)));
    if (report.confidence < core::kMinimumConfidence && report.totalLines > 0 &&
        !report.inputs.empty() && !report.inputs.front().formatForced) {
        printErr(Tr::tr("logscope: no known format fits %1 well; read as %2 (confidence "
                        "%3). Use --format to choose one.\n")
                     .arg(name, QString::fromStdString(report.formatName))
                     .arg(report.confidence, 0, 'f', 2));
    }
    if (report.badLineCount == 0)
        return;
    printErr(Tr::tr("%1: %2 of %3 lines could not be read\n", nullptr,
                    core::pluralArgument(report.totalLines))
                 .arg(name)
                 .arg(report.badLineCount)
                 .arg(report.totalLines));
    const std::size_t shown = std::min<std::size_t>(report.badLines.size(), 5);
    for (std::size_t i = 0; i < shown; ++i) {
        const core::BadLine& bad = report.badLines[i];
        // FILE:LINE, as compilers write it, so that editors and terminals can jump there.
        const QString where = !bad.file.empty()
                                  ? QString::fromStdString(bad.file) + QLatin1Char(':')
                                  : Tr::tr("line ");
        printErr(QStringLiteral("  %1%2: %3\n")
                     .arg(where)
                     .arg(bad.lineNumber)
                     .arg(QString::fromStdString(bad.reason)));
    }
}

} // namespace

std::optional<AnalyzedLog> loadAndAnalyze(const QString& path) {
    return loadAndAnalyze(QStringList{path}, core::LoadOptions{});
}

std::optional<AnalyzedLog> loadAndAnalyze(const QStringList& inputs,
                                          const core::LoadOptions& loadOptions,
                                          const core::ViewFilter& filter,
                                          const core::AnalysisOptions& options) {
    std::vector<std::string> paths;
    for (const QString& input : inputs)
        paths.push_back(QFile::encodeName(input).toStdString());
    core::LoadResult loaded = core::loadLogs(paths, loadOptions);
    if (loaded.report.failed()) {
        printErr(
            QStringLiteral("logscope: %1\n").arg(QString::fromStdString(loaded.report.fatalError)));
        return std::nullopt;
    }
    const QString name = inputs.size() > 1                      ? QStringLiteral("input")
                         : inputs.first() == QLatin1String("-") ? Tr::tr("standard input")
                                                                : inputs.first();
    reportProblems(loaded.report, name);
    AnalyzedLog log = core::analyzeLoadedLog(std::move(loaded), filter, options);
    if (log.result) {
        for (const std::string& warning : log.result->warnings)
            printErr(
                QStringLiteral("logscope: warning: %1\n").arg(QString::fromStdString(warning)));
    }
    return log;
}

bool InputOptions::read(const QCommandLineParser& parser, core::LoadOptions& options) const {
    if (!parser.isSet(format))
        return true;
    options.format = parser.value(format).toStdString();
    std::string error;
    if (!core::resolveFormat(options.format, core::SavedFormats::loadDefault(), error)) {
        printErr(QStringLiteral("logscope: --format: %1\n").arg(QString::fromStdString(error)));
        return false;
    }
    return true;
}

QString inputTitle(const QStringList& inputs) {
    if (inputs.size() > 1)
        return Tr::tr("%1 inputs").arg(inputs.size());
    if (inputs.isEmpty() || inputs.first() == QLatin1String("-"))
        return Tr::tr("standard input");
    return QFileInfo(inputs.first()).fileName();
}

void printTimings(const core::LoadReport& report) {
    double total = 0.0;
    for (const core::PhaseTiming& timing : report.timings) {
        printErr(QStringLiteral("%1: %2 ms\n")
                     .arg(QString::fromStdString(timing.phase))
                     .arg(timing.ms, 0, 'f', 1));
        total += timing.ms;
    }
    printErr(QStringLiteral("total: %1 ms\n").arg(total, 0, 'f', 1));
}

double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

AnalyzedLog analyzeBuffer(std::string_view bytes) {
    core::LoadResult loaded = core::loadLogBuffer(bytes);
    reportProblems(loaded.report, QStringLiteral("demo"));
    return core::analyzeLoadedLog(std::move(loaded));
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
