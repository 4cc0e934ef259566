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
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The log file to analyse."));
    if (!parseCommandLine(parser, commandArguments(argc, argv),
                          QStringLiteral("logscope analyze [options] FILE"),
                          QStringLiteral("Prints lines per level and per service and the error "
                                         "rate of a log file.")))
        return kExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printErr(QStringLiteral("logscope analyze: expected one FILE, got %1\n").arg(files.size()));
        return kExitUsage;
    }
    const auto log = loadAndAnalyze(files.first());
    if (!log)
        return kExitFailure;
    if (parser.isSet(json)) {
        printOut(core::formatJsonReport(*log->result, &log->report, files.first().toStdString()));
    } else {
        printOut(core::formatTextReport(*log->result,
                                        QFileInfo(files.first()).fileName().toStdString()));
    }
    return kExitOk;
}

} // namespace logscope::app
