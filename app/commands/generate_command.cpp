#include "commands/generate_command.h"

#include "commands/command_support.h"
#include "core/generator/generate_json_lines.h"
#include "core/util/atomic_file_writer.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace logscope::app {

int runGenerateCommand(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption total({QStringLiteral("n"), QStringLiteral("total")},
                                   QStringLiteral("Number of lines to generate (default 100800)."),
                                   QStringLiteral("N"), QStringLiteral("100800"));
    const QCommandLineOption outputPath(
        {QStringLiteral("p"), QStringLiteral("output-path")},
        QStringLiteral("File to write; without it the lines go to standard output."),
        QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed; the same seed gives the same "
                                                 "output byte for byte (default 42)."),
                                  QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption noLabels(QStringLiteral("no-labels"),
                                      QStringLiteral("Leave out the _labels ground truth."));
    parser.addOptions({total, outputPath, seed, noLabels});
    if (!parseCommandLine(parser, commandArguments(argc, argv),
                          QStringLiteral("logscope generate [options]"),
                          QStringLiteral("Writes synthetic microservice logs as JSON lines: seven "
                                         "services over 7 simulated days.")))
        return kExitUsage;

    core::GeneratorOptions options;
    bool ok = false;
    options.total = parser.value(total).toULongLong(&ok);
    if (!ok) {
        printErr(QStringLiteral("logscope generate: --total expects a non-negative integer, "
                                "got '%1'\n")
                     .arg(parser.value(total)));
        return kExitUsage;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        printErr(QStringLiteral("logscope generate: --seed expects a non-negative integer, "
                                "got '%1'\n")
                     .arg(parser.value(seed)));
        return kExitUsage;
    }
    const bool withLabels = !parser.isSet(noLabels);

    if (!parser.isSet(outputPath)) {
        const bool written =
            core::generateJsonLines(options, withLabels, [](std::string_view chunk) {
                return std::fwrite(chunk.data(), 1, chunk.size(), stdout) == chunk.size();
            });
        std::fflush(stdout);
        return written ? kExitOk : kExitFailure;
    }
    core::AtomicFileWriter file;
    const std::string path = QFile::encodeName(parser.value(outputPath)).toStdString();
    if (!file.open(path) ||
        !core::generateJsonLines(options, withLabels,
                                 [&file](std::string_view chunk) { return file.write(chunk); }) ||
        !file.commit()) {
        printErr(
            QStringLiteral("logscope generate: %1\n").arg(QString::fromStdString(file.error())));
        return kExitFailure;
    }
    return kExitOk;
}

} // namespace logscope::app
