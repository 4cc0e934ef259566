#pragma once

#include "core/analysis/analysis_result.h"
#include "ui/theme/theme.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace logscope::ui {

/// One cell of the dashboard grid: a titled frame whose body shows one view of the analysis.
class DashboardPanel : public QFrame {
    Q_OBJECT
public:
    DashboardPanel(const QString& title, QWidget* parent = nullptr);

    /// Redraws the panel from a snapshot.
    virtual void showResult(const core::AnalysisResult& result) = 0;
    /// Applies colours; panels re-style their own content in onThemeChanged().
    void setTheme(const Theme& theme);
    [[nodiscard]] const Theme& theme() const { return m_theme; }
    [[nodiscard]] QString title() const;

protected:
    /// Puts the panel's content below its title.
    void setBody(QWidget* body);
    virtual void onThemeChanged() {}

private:
    QLabel* m_title;
    QVBoxLayout* m_layout;
    Theme m_theme = Theme::make(Theme::Kind::Light);
};

} // namespace logscope::ui
