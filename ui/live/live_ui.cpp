#include "ui/live/live_ui.h"

#include "ui/format/display_format.h"
#include "ui/live/live_scoreboard.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>
#include <cmath>

namespace logscope::ui {
namespace {

// The rate slider is logarithmic: 1 to 50,000 lines per second over 0..1000.
constexpr int kSliderSteps = 1000;
constexpr double kMaxRate = 50'000.0;

int sliderOf(double rate) {
    return static_cast<int>(
        std::lround(std::log(std::max(1.0, rate)) / std::log(kMaxRate) * kSliderSteps));
}
double rateOf(int position) {
    return std::round(std::pow(kMaxRate, static_cast<double>(position) / kSliderSteps));
}

} // namespace

LiveUi::LiveUi(QMainWindow* window, DashboardModel* model)
    : QObject(window), m_window(window), m_controller(new LiveController(model, this)),
      m_scoreboard(new LiveScoreboard), m_status(new QLabel) {
    createMenus();
    createToolBar();
    auto* dock = new QDockWidget(tr("Live scoreboard"), window);
    dock->setObjectName(QStringLiteral("liveScoreboardDock"));
    dock->setWidget(m_scoreboard);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    connect(m_controller, &LiveController::stateChanged, this, [this, dock] {
        if (m_controller->isRunning())
            dock->show();
        updateActions();
    });
    window->statusBar()->addPermanentWidget(m_status);
    connect(m_controller, &LiveController::snapshotShown, this, &LiveUi::onSnapshot);
    updateActions();
}

QAction* LiveUi::addAction(const QString& name, const QString& text, const QKeySequence& key,
                           std::function<void()> slot) {
    auto* action = new QAction(text, m_window);
    if (!key.isEmpty())
        action->setShortcut(key);
    connect(action, &QAction::triggered, this, [slot = std::move(slot)] { slot(); });
    m_window->addAction(action);
    m_actions[name] = action;
    return action;
}

QAction* LiveUi::action(const QString& name) const {
    const auto it = m_actions.find(name);
    return it == m_actions.end() ? nullptr : it->second;
}

void LiveUi::createMenus() {
    QMenu* live = new QMenu(tr("&Live"), m_window);
    live->addAction(
        addAction(QStringLiteral("liveStart"), tr("&Start demo"), QKeySequence(Qt::Key_F5), [this] {
            startDemo(QStringLiteral("microservices"), rateOf(m_rateSlider->value()));
        }));
    live->addAction(addAction(QStringLiteral("livePause"), tr("&Pause"), QKeySequence(Qt::Key_F6),
                              [this] { m_controller->pause(); }));
    live->addAction(addAction(QStringLiteral("liveResume"), tr("&Resume"), QKeySequence(Qt::Key_F7),
                              [this] { m_controller->resume(); }));
    live->addAction(
        addAction(QStringLiteral("liveReset"), tr("Rese&t"), QKeySequence(Qt::Key_F8), [this] {
            m_controller->reset();
            m_caughtShown = 0;
        }));
    live->addAction(addAction(QStringLiteral("liveStop"), tr("St&op"),
                              QKeySequence(Qt::SHIFT | Qt::Key_F5),
                              [this] { m_controller->stop(); }));

    QMenu* inject = new QMenu(tr("&Inject"), m_window);
    const QStringList types = LiveController::injectableTypes();
    for (int i = 0; i < types.size(); ++i) {
        const QString type = types[i];
        QString label = type;
        label.replace(QLatin1Char('_'), QLatin1Char(' '));
        label[0] = label[0].toUpper();
        inject->addAction(addAction(QStringLiteral("inject_") + type, label,
                                    QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)),
                                    [this, type] { injectType(type); }));
    }
    // Before Help (the last menu).
    QMenuBar* bar = m_window->menuBar();
    const QList<QAction*> menus = bar->actions();
    QAction* before = menus.isEmpty() ? nullptr : menus.back();
    bar->insertMenu(before, live);
    bar->insertMenu(before, inject);

    QAction* follow = addAction(QStringLiteral("follow"), tr("Follow a &growing file…"),
                                QKeySequence(tr("Ctrl+Alt+F")), [this] { chooseFileToFollow(); });
    if (!menus.isEmpty() && menus.front()->menu() != nullptr) {
        QMenu* file = menus.front()->menu();
        const QList<QAction*> items = file->actions();
        file->insertAction(items.size() > 1 ? items[1] : nullptr, follow);
    }
}

void LiveUi::createToolBar() {
    auto* bar = m_window->addToolBar(tr("Live"));
    bar->setObjectName(QStringLiteral("liveToolBar"));
    for (const char* name : {"liveStart", "livePause", "liveResume", "liveReset"})
        bar->addAction(action(QString::fromLatin1(name)));
    m_rateSlider = new QSlider(Qt::Horizontal);
    m_rateSlider->setRange(sliderOf(1.0), kSliderSteps);
    m_rateSlider->setValue(sliderOf(1000.0));
    m_rateSlider->setFixedWidth(140);
    m_rateSlider->setToolTip(tr("Lines per second (1 to 50,000)"));
    m_rateLabel = new QLabel(tr("%1 lines/s").arg(formatCount(1000)));
    connect(m_rateSlider, &QSlider::valueChanged, this, [this](int value) {
        const double rate = rateOf(value);
        m_rateLabel->setText(tr("%1 lines/s").arg(formatCount(static_cast<std::uint64_t>(rate))));
        m_controller->setRate(rate);
    });
    bar->addWidget(m_rateSlider);
    bar->addWidget(m_rateLabel);
    bar->addSeparator();
    auto* types = new QComboBox;
    types->addItems(LiveController::injectableTypes());
    bar->addWidget(types);
    m_intensity = new QDoubleSpinBox;
    m_intensity->setRange(0.0, 100.0);
    m_intensity->setSingleStep(0.1);
    m_intensity->setSpecialValueText(tr("default intensity"));
    m_intensity->setToolTip(tr("The type's main knob (error rate, latency multiplier, ...); 0 = "
                               "its default"));
    bar->addWidget(m_intensity);
    m_duration = new QSpinBox;
    m_duration->setRange(5, 3600);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" s"));
    m_duration->setToolTip(tr("Duration of the injected episode"));
    bar->addWidget(m_duration);
    auto* go = new QAction(tr("Inject"), bar);
    go->setObjectName(QStringLiteral("injectSelected"));
    connect(go, &QAction::triggered, this, [this, types] { injectType(types->currentText()); });
    bar->addAction(go);
}

bool LiveUi::startDemo(const QString& profile, double rate) {
    LiveDemoSettings settings;
    settings.profile = profile;
    settings.rate = rate;
    m_rateSlider->blockSignals(true);
    m_rateSlider->setValue(sliderOf(rate));
    m_rateSlider->blockSignals(false);
    m_rateLabel->setText(tr("%1 lines/s").arg(formatCount(static_cast<std::uint64_t>(rate))));
    QString error;
    m_caughtShown = 0;
    if (!m_controller->startDemo(settings, &error)) {
        m_window->statusBar()->showMessage(tr("Cannot start the live demo: %1").arg(error), 10'000);
        return false;
    }
    return true;
}

bool LiveUi::follow(const QString& path) {
    QString error;
    m_caughtShown = 0;
    if (!m_controller->startFollow(path, 0, &error)) {
        m_window->statusBar()->showMessage(tr("Cannot follow: %1").arg(error), 10'000);
        return false;
    }
    return true;
}

void LiveUi::chooseFileToFollow() {
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Follow a growing log file"));
    if (!path.isEmpty())
        follow(path);
}

void LiveUi::injectType(const QString& type) {
    const QString error = m_controller->inject(type, m_intensity->value(), m_duration->value());
    m_window->statusBar()->showMessage(
        error.isEmpty() ? tr("Injected %1 for %2 s").arg(type).arg(m_duration->value())
                        : tr("Cannot inject %1: %2").arg(type, error),
        8000);
}

QString LiveUi::statusText() const {
    return m_status->text();
}

void LiveUi::onSnapshot() {
    const auto& snap = m_controller->shown();
    if (!snap)
        return;
    m_scoreboard->showSnapshot(*snap);
    QString text = m_controller->isPaused() ? tr("PAUSED") : tr("LIVE");
    if (m_controller->isDemo())
        text +=
            tr(" · %1 lines/s").arg(formatCount(static_cast<std::uint64_t>(m_controller->rate())));
    // Lag as the audience sees it: the newest line's time against the clock now, on screen.
    const double lag = snap->newestNs == core::kNoTimestamp
                           ? 0.0
                           : static_cast<double>(QDateTime::currentMSecsSinceEpoch() * 1'000'000 -
                                                 snap->newestNs) /
                                 1e9;
    text += tr(" · %1 lines · lag %2 s", nullptr, pluralCount(snap->ingested))
                .arg(formatCount(snap->ingested))
                .arg(m_controller->isDemo() ? lag : snap->lagSeconds, 0, 'f', 2);
    if (snap->score.lastLatencySeconds)
        text += tr(" · detected in %1 s").arg(*snap->score.lastLatencySeconds, 0, 'f', 1);
    // The live table's safety budget bit: drill-downs miss the window's oldest lines.
    if (snap->rowsOverBudget > 0)
        text += tr(" · row budget reached: %1 older lines of the window dropped")
                    .arg(formatCount(snap->rowsOverBudget));
    m_status->setText(text);
    if (snap->score.caught > m_caughtShown) {
        m_caughtShown = snap->score.caught;
        for (const core::EpisodeScore& e : snap->episodes)
            if (e.state == core::EpisodeScore::State::Caught && snap->score.lastLatencySeconds &&
                e.latencySeconds == *snap->score.lastLatencySeconds)
                m_window->statusBar()->showMessage(tr("Detected %1 %2 s after injection")
                                                       .arg(QString::fromStdString(e.episode.type))
                                                       .arg(e.latencySeconds, 0, 'f', 1),
                                                   15'000);
    }
}

void LiveUi::updateActions() {
    const bool running = m_controller->isRunning();
    action(QStringLiteral("livePause"))->setEnabled(running && !m_controller->isPaused());
    action(QStringLiteral("liveResume"))->setEnabled(running && m_controller->isPaused());
    action(QStringLiteral("liveReset"))->setEnabled(running);
    action(QStringLiteral("liveStop"))->setEnabled(running);
    for (const QString& type : LiveController::injectableTypes())
        action(QStringLiteral("inject_") + type)->setEnabled(running && m_controller->isDemo());
    if (!running)
        m_status->setText(m_controller->shown() ? tr("live stopped") : QString());
}

} // namespace logscope::ui
