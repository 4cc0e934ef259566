#include "commands/gui_command.h"

#include "commands/command_support.h"
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
        QStringLiteral("Read the FILEs with this format: a built-in or saved format's name, or a "
                       "format string such as '<Date> <Time> <Level> <Content>' (default: "
                       "detected)."),
        QStringLiteral("NAME|FORMAT"));
    parser.addOption(format);
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

    ui::MainWindow window;
    window.show();
    // Several files open as one log, each line keeping its file.
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFiles(files, parser.value(format));
    return QApplication::exec();
}

} // namespace logscope::app
