// Live mode with the GUI (issue 8): the main window runs a live demo at RATE lines per second
// (default 20,000) for SECONDS (default 30) with the dashboard repainting at most 4 times a
// second, and reports:
//   ui_live_lines_per_second     lines ingested per second of wall time
//   ui_live_snapshots_per_second snapshots shown (the panels repaint on each)
//   ui_live_lag_mean / _max      newest line time -> its snapshot on screen (generation to
//                                dashboard), over the shown snapshots after the first second
//   ui_live_repaint_ms_mean/max  time the GUI thread spends showing one snapshot
//   ui_live_gui_stall_max        the longest gap between ticks of a 10 ms GUI timer
// An error spike is injected a third of the way in (its detection latency is printed too).
// Usage: bench_ui_live [RATE] [SECONDS] [PNG] (offscreen without a display); PNG saves the
// window at the end.
#include "ui/live/live_ui.h"
#include "ui/windows/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace logscope;

namespace {

std::int64_t wallNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const double rate = args.size() > 1 ? args[1].toDouble() : 20'000.0;
    const int seconds = args.size() > 2 ? args[2].toInt() : 30;

    ui::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    ui::LiveController* live = window.live()->controller();

    std::vector<double> lags;
    std::vector<double> repaints;
    QElapsedTimer clock;
    clock.start();
    // Repaint time: from the snapshot's arrival to the end of the event-loop turn that shows it.
    QObject::connect(live, &ui::LiveController::snapshotShown, [&] {
        const auto& snap = live->shown();
        QElapsedTimer paint;
        paint.start();
        window.repaint();
        repaints.push_back(static_cast<double>(paint.nsecsElapsed()) / 1e6);
        if (clock.elapsed() > 1000 && snap->newestNs > 0)
            lags.push_back(static_cast<double>(wallNs() - snap->newestNs) / 1e9);
    });
    QElapsedTimer probeClock;
    qint64 worstStall = 0;
    QTimer probe;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout,
                     [&] { worstStall = std::max(worstStall, probeClock.restart()); });

    if (!window.live()->startDemo(QStringLiteral("microservices"), rate)) {
        std::fprintf(stderr, "cannot start the demo\n");
        return 1;
    }
    probeClock.start();
    probe.start();
    QTimer::singleShot(seconds * 1000 / 3,
                       [live] { live->inject(QStringLiteral("error_spike"), 0.0, 60.0); });
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    const auto last = live->shown();
    const double elapsed = static_cast<double>(clock.elapsed()) / 1000.0;
    if (args.size() > 3)
        window.grab().save(args[3]);
    live->stop();

    const auto mean = [](const std::vector<double>& v) {
        double s = 0.0;
        for (const double x : v)
            s += x;
        return v.empty() ? 0.0 : s / static_cast<double>(v.size());
    };
    const auto maxOf = [](const std::vector<double>& v) {
        return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
    };
    std::printf("ui_live_rate_requested: %.0f lines/s\n", rate);
    std::printf("ui_live_lines_per_second: %.0f lines/s  (%llu lines in %.1f s)\n",
                last ? static_cast<double>(last->ingested) / elapsed : 0.0,
                last ? static_cast<unsigned long long>(last->ingested) : 0ULL, elapsed);
    std::printf("ui_live_snapshots_per_second: %.2f Hz\n",
                static_cast<double>(live->shownCount()) / elapsed);
    std::printf("ui_live_lag_mean: %.3f s\n", mean(lags));
    std::printf("ui_live_lag_max: %.3f s\n", maxOf(lags));
    std::printf("ui_live_repaint_ms_mean: %.1f ms\n", mean(repaints));
    std::printf("ui_live_repaint_ms_max: %.1f ms\n", maxOf(repaints));
    std::printf("ui_live_gui_stall_max: %lld ms\n", static_cast<long long>(worstStall));
    if (last && last->score.lastLatencySeconds)
        std::printf("ui_live_error_spike_detection: %.1f s\n", *last->score.lastLatencySeconds);
    else
        std::printf("ui_live_error_spike_detection: missed s\n");
    std::printf("ui_live_false_alarms: %llu count\n",
                last ? static_cast<unsigned long long>(last->score.falseAlarms) : 0ULL);
    return 0;
}
