// The dashboard's figures (issue 7), on 1,000,000 generated lines:
//  - the longest GUI event-loop stall while a file loads and is analysed (a 2 ms timer probe),
//  - how long Cancel takes to show (GUI) and to stop the worker,
//  - repainting all nine panels from a ready snapshot (today's analysis, and a snapshot with
//    the whole contract filled in by the test fixture),
//  - applying a time-brush filter (worker recomputation) and repainting.
// Usage: bench_ui_dashboard [LINES]. Prints `name: value unit` lines.
#include "support/fixture.h"
#include "support/stall_probe.h"
#include "ui/dashboard/dashboard_view.h"
#include "ui/model/dashboard_model.h"
#include "ui/panels/dashboard_panel.h"
#include "ui/windows/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace logscope;
using test::StallProbe;
using test::waitFor;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// CPU time of the whole process (all threads), in milliseconds.
double processCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Median wall-clock and GUI-thread CPU milliseconds of five full repaints.
std::pair<double, double> repaintAll(ui::MainWindow& window, const ui::LoadedLog& log,
                                     const std::shared_ptr<const core::AnalysisResult>& result) {
    std::vector<double> times;
    std::vector<double> cpu;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        const double cpuStart = test::threadCpuMs();
        window.model()->setLog(log, result); // every panel refills from the snapshot
        QApplication::processEvents();       // charts lay out on posted events
        window.dashboard()->repaint();       // and everything paints, synchronously
        times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        cpu.push_back(test::threadCpuMs() - cpuStart);
    }
    return {median(times), median(cpu)};
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::uint64_t lines = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.jsonl"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        const std::string bytes = test::generatedLines(lines);
        file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    }

    ui::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();

    // Load and analyse, probing the event loop.
    StallProbe probe;
    QElapsedTimer clock;
    probe.start();
    clock.start();
    window.openFile(path);
    waitFor(window.model(), &ui::DashboardModel::logChanged);
    const double loadMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    const qint64 loadStall = probe.stop();
    std::printf("lines: %llu lines\n", static_cast<unsigned long long>(lines));
    std::printf("gui_load_and_analyze: %.0f ms\n", loadMs);
    std::printf("gui_max_stall_during_load: %lld ms\n", static_cast<long long>(loadStall));
    std::printf("gui_max_busy_during_load: %.1f ms\n", probe.worstCpuMs());

    // Cancel in the middle of a load.
    window.openFile(path);
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 150)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    clock.restart();
    window.cancelWork();
    const double cancelGui = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    QThreadPool::globalInstance()->waitForDone();
    const double cancelWorker = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    std::printf("cancel_effect_in_gui: %.2f ms\n", cancelGui);
    std::printf("cancel_worker_stopped: %.0f ms\n", cancelWorker);

    // Repaint all nine panels from a ready snapshot.
    const ui::LoadedLog log = window.model()->log();
    const auto real = window.model()->fullResult();
    const auto today = repaintAll(window, log, real);
    std::printf("repaint_nine_panels_today: %.1f ms\n", today.first);
    std::printf("repaint_nine_panels_today_gui_cpu: %.1f ms\n", today.second);
    auto full = std::make_shared<core::AnalysisResult>(*real);
    test::populate(*log.table, *full);
    std::printf("timeline_points: %zu points\n", full->timeline.size());
    const auto contract = repaintAll(window, log, full);
    std::printf("repaint_nine_panels_full_contract: %.1f ms\n", contract.first);
    std::printf("repaint_nine_panels_full_contract_gui_cpu: %.1f ms\n", contract.second);
    if (qEnvironmentVariableIsSet("LOGSCOPE_BENCH_PANELS")) {
        for (ui::DashboardPanel* panel : window.dashboard()->panels()) {
            QElapsedTimer t;
            t.start();
            panel->showResult(*full);
            const double fill = static_cast<double>(t.nsecsElapsed()) / 1e6;
            t.restart();
            panel->repaint();
            std::printf("  %s: fill %.1f ms, paint %.1f ms\n", qPrintable(panel->title()), fill,
                        static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
        QElapsedTimer t;
        t.start();
        window.model()->setLog(log, full);
        std::printf("  setLog total (fill + lists + filter bar): %.1f ms\n",
                    static_cast<double>(t.nsecsElapsed()) / 1e6);
    }

    // Brush the middle third of the time span, recompute on the worker, repaint.
    window.model()->setLog(log, real);
    window.dashboard()->repaint();
    const std::int64_t span = real->lastNs - real->firstNs;
    probe.start();
    clock.restart();
    const double processCpuStart = processCpuMs();
    window.model()->narrowTime(real->firstNs + span / 3, real->firstNs + 2 * span / 3);
    waitFor(window.model(), &ui::DashboardModel::resultChanged);
    window.dashboard()->repaint();
    const double brushMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    std::printf("brush_filter_and_repaint: %.0f ms\n", brushMs);
    std::printf("brush_filter_and_repaint_process_cpu: %.0f ms\n",
                processCpuMs() - processCpuStart);
    std::printf("brushed_lines: %llu lines\n",
                static_cast<unsigned long long>(window.model()->result()->totalLines));
    for (const core::StageTiming& stage : window.model()->result()->timings)
        std::printf("  brush_stage_%s: %.1f ms\n", stage.stage.c_str(), stage.ms);
    std::printf("gui_max_stall_during_brush: %lld ms\n", static_cast<long long>(probe.stop()));
    std::printf("gui_max_busy_during_brush: %.1f ms\n", probe.worstCpuMs());
    return 0;
}
