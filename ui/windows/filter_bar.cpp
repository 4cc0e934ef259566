#include "ui/windows/filter_bar.h"

#include "core/analysis/filter_rows.h"
#include "ui/model/dashboard_model.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace logscope::ui {

namespace {
constexpr std::uint32_t kAllLevels = (1u << core::kLevelCount) - 1u;
}

FilterBar::FilterBar(DashboardModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_services(new QToolButton(this)),
      m_levels(new QToolButton(this)), m_serviceMenu(new QMenu(this)), m_levelMenu(new QMenu(this)),
      m_text(new QLineEdit(this)), m_regex(new QCheckBox(tr("Regex"), this)),
      m_textTimer(new QTimer(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    for (QToolButton* button : {m_services, m_levels}) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    m_services->setMenu(m_serviceMenu);
    m_services->setToolTip(tr("Show only some services (every panel narrows)"));
    m_levels->setMenu(m_levelMenu);
    m_levels->setToolTip(tr("Show only some levels (every panel narrows)"));
    m_text->setPlaceholderText(tr("Search messages (Ctrl+F)…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(160);
    m_text->setMaximumWidth(320);
    m_text->setToolTip(tr("Keep only lines whose message contains this text (or matches this "
                          "regular expression); Enter applies"));
    layout->addWidget(m_text, 1);
    m_regex->setToolTip(tr("Treat the search as a regular expression"));
    layout->addWidget(m_regex);

    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(600);
    connect(m_textTimer, &QTimer::timeout, this, &FilterBar::textChosen);
    connect(m_text, &QLineEdit::textEdited, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::textChosen);
    connect(m_regex, &QCheckBox::toggled, this, &FilterBar::textChosen);
    connect(m_model, &DashboardModel::logChanged, this, &FilterBar::rebuildMenus);
    connect(m_model, &DashboardModel::filterChanged, this, &FilterBar::syncFromModel);
    rebuildMenus();
}

void FilterBar::focusSearch() {
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::rebuildMenus() {
    m_serviceMenu->clear();
    m_levelMenu->clear();
    const core::AnalysisResult& full = *m_model->fullResult();
    m_serviceMenu->addAction(tr("All services"), this, [this] {
        for (QAction* a : m_serviceMenu->actions())
            if (a->isCheckable())
                a->setChecked(true);
        servicesChosen();
    });
    m_serviceMenu->addSeparator();
    for (const core::ServiceStats& s : full.services) {
        QAction* action = m_serviceMenu->addAction(QString::fromStdString(s.name));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(QString::fromStdString(s.name));
        connect(action, &QAction::toggled, this, &FilterBar::servicesChosen);
    }
    m_levelMenu->addAction(tr("All levels"), this, [this] {
        for (QAction* a : m_levelMenu->actions())
            if (a->isCheckable())
                a->setChecked(true);
        levelsChosen();
    });
    m_levelMenu->addSeparator();
    for (int i = core::kLevelCount - 1; i >= 0; --i) {
        if (full.perLevel[static_cast<std::size_t>(i)] == 0)
            continue;
        QAction* action = m_levelMenu->addAction(
            QString::fromLatin1(core::levelName(static_cast<core::Level>(i))));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(i);
        connect(action, &QAction::toggled, this, &FilterBar::levelsChosen);
    }
    m_services->setEnabled(!full.services.empty());
    m_levels->setEnabled(full.totalLines > 0);
    m_text->setEnabled(m_model->table() != nullptr);
    m_regex->setEnabled(m_model->table() != nullptr);
    syncFromModel();
}

void FilterBar::syncFromModel() {
    const core::ViewFilter& f = m_model->requestedFilter();
    int shownServices = 0;
    int services = 0;
    for (QAction* a : m_serviceMenu->actions()) {
        if (!a->isCheckable())
            continue;
        const bool on =
            f.services.empty() || std::find(f.services.begin(), f.services.end(),
                                            a->data().toString().toStdString()) != f.services.end();
        const QSignalBlocker block(a);
        a->setChecked(on);
        ++services;
        shownServices += on ? 1 : 0;
    }
    m_services->setText(
        shownServices == services
            ? tr("All services")
            : tr("%1 of %2 services", nullptr, services).arg(shownServices).arg(services));
    int shownLevels = 0;
    int levels = 0;
    for (QAction* a : m_levelMenu->actions()) {
        if (!a->isCheckable())
            continue;
        const bool on = (f.levelMask & (1u << a->data().toInt())) != 0;
        const QSignalBlocker block(a);
        a->setChecked(on);
        ++levels;
        shownLevels += on ? 1 : 0;
    }
    m_levels->setText(shownLevels == levels ? tr("All levels")
                                            : tr("%1 of %2 levels").arg(shownLevels).arg(levels));
    const QString text = QString::fromStdString(f.text);
    if (m_text->text() != text && !m_text->hasFocus())
        m_text->setText(text);
    const QSignalBlocker block(m_regex);
    m_regex->setChecked(f.textIsRegex);
}

void FilterBar::servicesChosen() {
    std::vector<std::string> chosen;
    bool all = true;
    for (QAction* a : m_serviceMenu->actions()) {
        if (!a->isCheckable())
            continue;
        if (a->isChecked())
            chosen.push_back(a->data().toString().toStdString());
        else
            all = false;
    }
    if (chosen.empty()) {
        // Nothing at all is not a view: keep the last service on.
        syncFromModel();
        return;
    }
    m_model->setServices(all ? std::vector<std::string>{} : chosen);
}

void FilterBar::levelsChosen() {
    std::uint32_t mask = 0;
    std::uint32_t offered = 0;
    for (QAction* a : m_levelMenu->actions()) {
        if (!a->isCheckable())
            continue;
        offered |= 1u << a->data().toInt();
        if (a->isChecked())
            mask |= 1u << a->data().toInt();
    }
    if (mask == 0) {
        syncFromModel();
        return;
    }
    // Levels the log does not have stay on, so "all" means everything.
    m_model->setLevelMask(mask == offered ? kAllLevels : mask);
}

void FilterBar::textChosen() {
    m_textTimer->stop();
    const std::string text = m_text->text().toStdString();
    const bool regex = m_regex->isChecked();
    if (regex && !text.empty() && !core::isValidFilterRegex(text)) {
        m_text->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d62728; }"));
        m_text->setToolTip(tr("Not a valid regular expression"));
        return;
    }
    m_text->setStyleSheet(QString());
    m_model->setText(text, regex);
}

} // namespace logscope::ui
