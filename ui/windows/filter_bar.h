#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace logscope::ui {

class DashboardModel;

/// The view-filter selectors of the toolbar: services, levels and a text or regex search. Each
/// change narrows every panel (through the model); they follow the model when it changes
/// (Back, Reset, a brush).
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(DashboardModel* model, QWidget* parent = nullptr);

    /// Puts the keyboard focus in the search field.
    void focusSearch();
    [[nodiscard]] QToolButton* servicesButton() const { return m_services; }
    [[nodiscard]] QToolButton* levelsButton() const { return m_levels; }
    [[nodiscard]] QLineEdit* searchField() const { return m_text; }

private:
    void rebuildMenus();
    void syncFromModel();
    void servicesChosen();
    void levelsChosen();
    void textChosen();

    DashboardModel* m_model;
    QToolButton* m_services;
    QToolButton* m_levels;
    QMenu* m_serviceMenu;
    QMenu* m_levelMenu;
    QLineEdit* m_text;
    QCheckBox* m_regex;
    QTimer* m_textTimer;
};

} // namespace logscope::ui
