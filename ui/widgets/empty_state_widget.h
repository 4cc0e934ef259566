#pragma once

#include "ui/theme/theme.h"

#include <QWidget>

namespace logscope::ui {

/// What a panel shows when its data is absent: a quiet icon, a plain sentence saying what is
/// missing ("No latency data in this log") and a hint, instead of an empty chart.
class EmptyStateWidget : public QWidget {
    Q_OBJECT
public:
    /// NoData draws an empty chart outline; AllClear a check mark (nothing wrong was found).
    enum class Kind { NoData, AllClear };

    explicit EmptyStateWidget(QWidget* parent = nullptr);

    void setMessage(const QString& message, const QString& hint, Kind kind);
    void setTheme(const Theme& theme);
    [[nodiscard]] const QString& message() const { return m_message; }
    [[nodiscard]] const QString& hint() const { return m_hint; }
    [[nodiscard]] Kind kind() const { return m_kind; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_message;
    QString m_hint;
    Kind m_kind = Kind::NoData;
    Theme m_theme = Theme::make(Theme::Kind::Light);
};

} // namespace logscope::ui
