#include "commands/analyze_command.h"

#include "commands/command_support.h"
#include "core/report/json_report.h"
#include "core/report/text_report.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace logscope::app {

int runAnalyzeCommand(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print the result as JSON (schema in the README)."));
    parser.addOption(json);
    const InputOptions inputOptions;
    inputOptions.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral("Log files, folders (all their files), .gz/.zst archives, or - for "
                       "standard input; several are merged by time."),
        QStringLiteral("FILE..."));
    if (!parseCommandLine(parser, commandArguments(argc, argv),
                          QStringLiteral("logscope analyze [options] FILE..."),
                          QStringLiteral("Prints lines per level and per service and the error "
                                         "rate of log files.")))
        return kExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printErr(QStringLiteral("logscope analyze: expected at least one FILE (or - for standard "
                                "input)\n"));
        return kExitUsage;
    }
    core::LoadOptions loadOptions;
    if (!inputOptions.read(parser, loadOptions))
        return kExitUsage;
    const auto log = loadAndAnalyze(files, loadOptions);
    if (!log)
        return kExitFailure;
    if (parser.isSet(inputOptions.timings))
        printTimings(log->report);
    if (parser.isSet(json)) {
        printOut(core::formatJsonReport(*log->result, &log->report, files.join(' ').toStdString()));
    } else {
        const QString title = inputTitle(files);
        printOut(core::formatTextReport(*log->result, title.toStdString()));
    }
    return kExitOk;
}

} // namespace logscope::app
