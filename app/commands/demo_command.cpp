#include "commands/demo_command.h"

#include "commands/report_command.h"
#include "core/generator/generate_json_lines.h"
#include "core/report/text_report.h"
#include "ui/dashboard/dashboard_renderer.h"
#include "ui/windows/main_window.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace logscope::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};
} // namespace

int runDemoCommand(int argc, char** argv) {
    const bool headless = !hasDisplay();
    useOffscreenPlatformIfHeadless(false);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("Where to write the PNG when there is no "
                                           "display (default logscope-demo.png)."),
                                    QStringLiteral("PNG"), QStringLiteral("logscope-demo.png"));
    const QCommandLineOption lines(QStringLiteral("lines"),
                                   Tr::tr("Demo size in lines (default 100800: 7 days)."),
                                   QStringLiteral("N"), QStringLiteral("100800"));
    const QCommandLineOption png(QStringLiteral("png"),
                                 Tr::tr("Write the PNG and print the report even when a "
                                        "display is available."));
    parser.addOptions({output, lines, png});
    if (!parseCommandLine(parser, commandArguments(argc, argv),
                          QStringLiteral("logscope demo [options]"),
                          Tr::tr("Generates a 7-day microservices demo log and shows its "
                                 "dashboard. Without a display it writes the dashboard "
                                 "PNG, prints its path and prints the text report.")))
        return kExitUsage;
    bool ok = false;
    core::GeneratorOptions options;
    options.total = parser.value(lines).toULongLong(&ok);
    if (!ok || options.total == 0) {
        printErr(Tr::tr("logscope demo: --lines expects a positive integer\n"));
        return kExitUsage;
    }
    std::string bytes;
    core::generateJsonLines(options, true, [&bytes](std::string_view chunk) {
        bytes.append(chunk);
        return true;
    });

    const QString title = Tr::tr("Demo (microservices, 7 days)");
    if (!headless && !parser.isSet(png)) {
        ui::MainWindow window;
        window.show();
        window.openBuffer(std::move(bytes), title);
        return QApplication::exec();
    }
    const AnalyzedLog log = analyzeBuffer(bytes);
    const QString path = QFileInfo(parser.value(output)).absoluteFilePath();
    if (!exportDashboard(log, title, path, ui::kDefaultDashboardSize,
                         ui::Theme::make(ui::Theme::Kind::Light)))
        return kExitFailure;
    printOut(core::formatTextReport(*log.result, title.toStdString(), log.table.get()));
    printOut("\nDashboard written to " + QDir::toNativeSeparators(path).toStdString() + "\n");
    return kExitOk;
}

} // namespace logscope::app
