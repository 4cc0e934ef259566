#include "commands/gui_command.h"

#include "commands/command_support.h"
#include "ui/live/live_ui.h"
#include "ui/windows/main_window.h"

#include <QApplication>
#include <QCoreApplication>

namespace logscope::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GuiCommand)
};
} // namespace

int runGuiCommand(int argc, char** argv) {
    // Without a display, --help and --version still work; opening a window does not.
    const bool headless = !hasDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    useOffscreenPlatformIfHeadless(false);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("logscope"));
    QApplication::setApplicationVersion(QStringLiteral(LOGSCOPE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("LogScope"));

    QCommandLineParser parser;
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     Tr::tr("Print the version and exit."));
    parser.addOption(version);
    const QCommandLineOption format(
        QStringLiteral("format"),
        Tr::tr("Read the FILEs with this format: a built-in or saved format's name, or a "
               "format string such as '<Date> <Time> <Level> <Content>' (default: "
               "detected)."),
        QStringLiteral("NAME|FORMAT"));
    parser.addOption(format);
    const QCommandLineOption live(QStringLiteral("live"),
                                  Tr::tr("Start a live demo stream (Live menu)."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     Tr::tr("With --live: the generator profile "
                                            "(default microservices)."),
                                     QStringLiteral("P"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  Tr::tr("With --live: lines per second, 1 to 50000 "
                                         "(default 1000)."),
                                  QStringLiteral("R"));
    const QCommandLineOption follow(QStringLiteral("follow"),
                                    Tr::tr("Follow a growing log file live."),
                                    QStringLiteral("FILE"));
    parser.addOptions({live, profile, rate, follow});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("Log files to open (several open as one log)."),
                                 QStringLiteral("[FILE...]"));
    if (!parseCommandLine(
            parser, app.arguments(),
            QStringLiteral("logscope [options] [FILE...]\n       logscope <command> [options]"),
            Tr::tr(
                "Fast native log analytics dashboard. With no command it opens the dashboard\n"
                "window, loading the FILEs given.\n\n"
                "Commands (each has --help):\n"
                "  demo       the dashboard of a built-in demo dataset (without a display: a PNG\n"
                "             and the text report)\n"
                "  generate   write synthetic logs\n"
                "  analyze    print the report of a log file\n"
                "  report     render the dashboard of a log file to a PNG, headless\n"
                "  templates  mine the message templates of a log file (CSV, top list)\n"
                "  formats    list, save and detect input formats")))
        return kExitUsage;
    if (parser.isSet(version)) {
        printOut("logscope " LOGSCOPE_VERSION "\n");
        return kExitOk;
    }
    if (headless) {
        printErr(Tr::tr("logscope: no display available (DISPLAY and WAYLAND_DISPLAY are "
                        "unset). Use 'logscope demo', 'logscope report FILE -o out.png' "
                        "or 'logscope analyze FILE' without a display.\n"));
        return kExitFailure;
    }

    double lineRate = 1000.0;
    if (parser.isSet(rate)) {
        bool ok = false;
        lineRate = parser.value(rate).toDouble(&ok);
        if (!ok || lineRate < 1.0 || lineRate > 50'000.0) {
            printErr(Tr::tr("logscope: --rate expects 1 to 50000 lines per second, got '%1'\n")
                         .arg(parser.value(rate)));
            return kExitUsage;
        }
    }
    ui::MainWindow window;
    window.show();
    if (parser.isSet(live) &&
        !window.live()->startDemo(parser.isSet(profile) ? parser.value(profile)
                                                        : QStringLiteral("microservices"),
                                  lineRate)) {
        printErr(
            Tr::tr("logscope: --live: cannot start profile '%1'\n").arg(parser.value(profile)));
        return kExitUsage;
    }
    if (parser.isSet(follow) && !window.live()->follow(parser.value(follow)))
        return kExitFailure;
    // Several files open as one log, each line keeping its file.
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFiles(files, parser.value(format));
    return QApplication::exec();
}

} // namespace logscope::app
