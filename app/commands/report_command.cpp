#include "commands/report_command.h"

#include "ui/dashboard/dashboard_renderer.h"
#include "ui/model/dashboard_model.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>

namespace logscope::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};
} // namespace

bool exportDashboard(const AnalyzedLog& log, const QString& title, const QString& path, QSize size,
                     const ui::Theme& theme, double scale) {
    // The same model and renderer as the GUI's File > Export: the images are pixel-compatible.
    ui::DashboardModel model;
    ui::LoadedLog loaded;
    loaded.table = log.table;
    loaded.report = log.report;
    loaded.title = title;
    loaded.files = {title};
    model.setLog(std::move(loaded), log.result);
    const QImage image = ui::renderDashboard(model, size, theme, scale);
    if (const QString error = ui::savePng(image, path); !error.isEmpty()) {
        printErr(QStringLiteral("logscope: %1\n").arg(error));
        return false;
    }
    return true;
}

int runReportCommand(int argc, char** argv) {
    useOffscreenPlatformIfHeadless(true);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("PNG file to write (required)."), QStringLiteral("PNG"));
    const QCommandLineOption width(
        QStringLiteral("width"),
        Tr::tr("Image width in pixels (default %1).").arg(ui::kDefaultDashboardSize.width()),
        QStringLiteral("W"), QString::number(ui::kDefaultDashboardSize.width()));
    const QCommandLineOption height(
        QStringLiteral("height"),
        Tr::tr("Image height in pixels (default %1).").arg(ui::kDefaultDashboardSize.height()),
        QStringLiteral("H"), QString::number(ui::kDefaultDashboardSize.height()));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   Tr::tr("Colour theme: light or dark (default light)."),
                                   QStringLiteral("THEME"), QStringLiteral("light"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   Tr::tr("Draw everything this many times larger in the "
                                          "same pixel size, e.g. 2 for high-density "
                                          "screens (default 1)."),
                                   QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({output, width, height, theme, scale});
    const InputOptions inputOptions;
    inputOptions.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        Tr::tr("Log files, folders, .gz/.zst archives, or - for standard input; several "
               "are merged by time."),
        QStringLiteral("FILE..."));
    if (!parseCommandLine(parser, commandArguments(argc, argv),
                          QStringLiteral("logscope report [options] FILE... -o out.png"),
                          Tr::tr("Renders the nine-panel dashboard of a log file to a PNG "
                                 "image; needs no display.")))
        return kExitUsage;

    const QStringList files = parser.positionalArguments();
    core::LoadOptions loadOptions;
    if (files.isEmpty() || !parser.isSet(output)) {
        printErr(Tr::tr("logscope report: expected FILE... and -o PNG\n"));
        return kExitUsage;
    }
    if (!inputOptions.read(parser, loadOptions))
        return kExitUsage;
    bool widthOk = false;
    bool heightOk = false;
    const int w = parser.value(width).toInt(&widthOk);
    const int h = parser.value(height).toInt(&heightOk);
    if (!widthOk || !heightOk || w < 320 || h < 240 || w > 16384 || h > 16384) {
        printErr(Tr::tr("logscope report: --width and --height must be whole numbers "
                        "between 320×240 and 16384×16384\n"));
        return kExitUsage;
    }
    bool scaleOk = false;
    const double s = parser.value(scale).toDouble(&scaleOk);
    if (!scaleOk || s < 0.5 || s > 4.0) {
        printErr(Tr::tr("logscope report: --scale must be a number from 0.5 to 4\n"));
        return kExitUsage;
    }
    ui::Theme::Kind kind{};
    if (!ui::Theme::parseKind(parser.value(theme), kind)) {
        printErr(Tr::tr("logscope report: --theme must be light or dark, got '%1'\n")
                     .arg(parser.value(theme)));
        return kExitUsage;
    }
    auto log = loadAndAnalyze(files, loadOptions);
    if (!log)
        return kExitFailure;
    const QString title = inputTitle(files);
    const auto renderStart = std::chrono::steady_clock::now();
    if (!exportDashboard(*log, title, parser.value(output), QSize(w, h), ui::Theme::make(kind), s))
        return kExitFailure;
    log->report.addTiming("render", millisecondsSince(renderStart));
    if (parser.isSet(inputOptions.timings))
        printTimings(log->report);
    printOut(parser.value(output).toStdString() + "\n");
    return kExitOk;
}

} // namespace logscope::app
