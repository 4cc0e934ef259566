#include "commands/formats_command.h"

#include "commands/command_support.h"
#include "core/formats/format_detector.h"
#include "core/formats/format_registry.h"
#include "core/io/input_reader.h"

#include <QCoreApplication>
#include <QFile>

namespace logscope::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FormatsCommand)
};
} // namespace

namespace {

int list(const core::SavedFormats& saved) {
    std::string text = "Built-in formats (detected automatically, or chosen with --format NAME):\n";
    for (const auto& format : core::builtinFormats()) {
        const std::string name = format->name();
        text += "  " + name + std::string(name.size() < 17 ? 17 - name.size() : 1, ' ') +
                format->description() + "\n";
    }
    text += "\nSaved formats (" + saved.path() + "):\n";
    if (saved.formats().empty())
        text += "  none; save one with: logscope formats save NAME '<Date> <Time> <Level> "
                "<Content>'\n";
    for (const core::SavedFormat& format : saved.formats())
        text += "  " + format.name + "  " + format.format + "\n";
    printOut(text);
    return kExitOk;
}

int save(core::SavedFormats& saved, const QStringList& args) {
    if (args.size() != 3) {
        printErr(Tr::tr("logscope formats save: expected NAME and FORMAT, e.g. "
                        "logscope formats save myapp '<Date> <Time> <Level> <Content>'\n"));
        return kExitUsage;
    }
    std::string error;
    if (!saved.put(args[1].toStdString(), args[2].toStdString(), error)) {
        printErr(QStringLiteral("logscope formats save: %1\n").arg(QString::fromStdString(error)));
        return kExitUsage;
    }
    if (!saved.save(error)) {
        printErr(QStringLiteral("logscope: %1\n").arg(QString::fromStdString(error)));
        return kExitFailure;
    }
    printOut("saved format '" + args[1].toStdString() + "' in " + saved.path() + "\n");
    return kExitOk;
}

int remove(core::SavedFormats& saved, const QStringList& args) {
    if (args.size() != 2) {
        printErr(Tr::tr("logscope formats remove: expected NAME\n"));
        return kExitUsage;
    }
    if (!saved.remove(args[1].toStdString())) {
        printErr(Tr::tr("logscope formats remove: no saved format named '%1'\n").arg(args[1]));
        return kExitFailure;
    }
    std::string error;
    if (!saved.save(error)) {
        printErr(QStringLiteral("logscope: %1\n").arg(QString::fromStdString(error)));
        return kExitFailure;
    }
    printOut("removed format '" + args[1].toStdString() + "'\n");
    return kExitOk;
}

int detect(const core::SavedFormats& saved, const QStringList& args) {
    if (args.size() < 2) {
        printErr(Tr::tr("logscope formats detect: expected FILE...\n"));
        return kExitUsage;
    }
    const auto candidates = core::detectionCandidates(saved);
    int status = kExitOk;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const core::InputData input = core::readInput(QFile::encodeName(args[i]).toStdString());
        if (!input.error.empty()) {
            printErr(QStringLiteral("logscope: %1\n").arg(QString::fromStdString(input.error)));
            status = kExitFailure;
            continue;
        }
        const core::Detection found = core::detectFormat(input.bytes, candidates);
        std::string line = input.name + ": ";
        if (found.binary)
            line += "binary data, not a text log";
        else if (!found.format)
            line += "empty";
        else
            line += found.format->name() + " (confidence " +
                    QString::number(found.confidence, 'f', 2).toStdString() + ", " +
                    std::to_string(found.sampleLines) + " sample lines)";
        if (input.compression != core::Compression::None)
            line += " [" + std::string(core::compressionName(input.compression)) + "]";
        printOut(line + "\n");
    }
    return status;
}

} // namespace

int runFormatsCommand(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Tr::tr("list (the default), save NAME FORMAT, remove "
                                        "NAME, or detect FILE..."),
                                 QStringLiteral("[ACTION] [ARGS...]"));
    if (!parseCommandLine(
            parser, commandArguments(argc, argv),
            QStringLiteral("logscope formats [list | save NAME FORMAT | remove NAME | detect "
                           "FILE...]"),
            Tr::tr(
                "Lists the input formats LogScope reads and the formats you saved; saves a format "
                "string under a name (use it with --format NAME; saved formats also take part in "
                "detection); removes one; or tells which format files are detected as.")))
        return kExitUsage;
    const QStringList args = parser.positionalArguments();
    core::SavedFormats saved = core::SavedFormats::loadDefault();
    if (!saved.error().empty())
        printErr(Tr::tr("logscope: warning: %1\n").arg(QString::fromStdString(saved.error())));
    const QString action = args.isEmpty() ? QStringLiteral("list") : args.first();
    if (action == QLatin1String("list") && args.size() <= 1)
        return list(saved);
    if (action == QLatin1String("save"))
        return save(saved, args);
    if (action == QLatin1String("remove"))
        return remove(saved, args);
    if (action == QLatin1String("detect"))
        return detect(saved, args);
    printErr(Tr::tr("logscope formats: unknown action '%1': expected list, save, remove "
                    "or detect\n")
                 .arg(action));
    return kExitUsage;
}

} // namespace logscope::app
