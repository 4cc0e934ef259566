#pragma once

#include "ui/live/live_controller.h"

#include <QObject>
#include <map>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QMainWindow;
class QMenu;
class QSlider;
class QSpinBox;

namespace logscope::ui {

class DashboardModel;
class LiveScoreboard;

/// Live mode's part of the main window: the Live and Inject menus, File ▸ Follow…, the live
/// toolbar (start, pause, resume, reset, rate slider, intensity, duration, inject), the
/// scoreboard dock and the status bar's live figures (rate, lines, lag, detection latency).
class LiveUi : public QObject {
    Q_OBJECT
public:
    LiveUi(QMainWindow* window, DashboardModel* model);

    [[nodiscard]] LiveController* controller() const { return m_controller; }
    [[nodiscard]] LiveScoreboard* scoreboard() const { return m_scoreboard; }
    /// Actions by name: liveStart, livePause, liveResume, liveReset, liveStop, follow, and
    /// inject_<type> for every anomaly type.
    [[nodiscard]] QAction* action(const QString& name) const;
    /// The status bar's live text.
    [[nodiscard]] QString statusText() const;
    /// Starts a demo as `logscope --live` asks (profile, rate); false with a message shown.
    bool startDemo(const QString& profile, double rate);
    /// Follows a file as `logscope --follow FILE` asks.
    bool follow(const QString& path);
    /// Injects a type with the toolbar's intensity and duration.
    void injectType(const QString& type);

private:
    QAction* addAction(const QString& name, const QString& text, const QKeySequence& key,
                       std::function<void()> slot);
    void createMenus();
    void createToolBar();
    void chooseFileToFollow();
    void onSnapshot();
    void updateActions();

    QMainWindow* m_window;
    LiveController* m_controller;
    LiveScoreboard* m_scoreboard;
    QLabel* m_status;
    QSlider* m_rateSlider = nullptr;
    QLabel* m_rateLabel = nullptr;
    QDoubleSpinBox* m_intensity = nullptr;
    QSpinBox* m_duration = nullptr;
    std::map<QString, QAction*> m_actions;
    std::uint64_t m_caughtShown = 0;
};

} // namespace logscope::ui
