#pragma once

#include "core/analysis/analysis_result.h"
#include "core/table/log_table.h"
#include "ui/model/drill_down.h"
#include "ui/theme/theme.h"
#include "ui/workers/background_task.h"

#include <QWidget>
#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace logscope::ui {

class LogTableModel;

/// The raw lines behind a drill-down: a virtual table over the LogTable (time, level, service,
/// template, message, latency, status, score; coloured by level), sortable by time, level,
/// service, latency, status and score, with a text/regex filter, "show surrounding lines",
/// copy, a detail pane for the selected line and its own Back. Selecting, filtering and
/// sorting run on a worker thread, so ten million rows never freeze the window.
class LogView : public QWidget {
    Q_OBJECT
public:
    explicit LogView(QWidget* parent = nullptr);

    /// Shows the lines of a drill-down (view: the dashboard's filter; snapshot: the result the
    /// mark was drawn from).
    void showDrillDown(std::shared_ptr<const core::LogTable> table,
                       std::shared_ptr<const core::AnalysisResult> snapshot,
                       const core::ViewFilter& view, const DrillDown& drill);
    /// Shows the lines around a table row (file order), the row itself emphasised.
    void showSurroundingLines(core::RowId row, int context = 50);
    /// Filters the shown lines by text (case-insensitive) or by a regular expression.
    void setTextFilter(const QString& text, bool regex);
    /// Sorts by a column (ignored for columns that cannot be sorted).
    void sortBy(int column, Qt::SortOrder order);
    /// Returns to the previous list of lines.
    void back();
    /// Forgets every line (a new log was loaded).
    void clear();
    void setTheme(const Theme& theme);

    [[nodiscard]] LogTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] bool isBusy() const { return m_task.isRunning(); }
    [[nodiscard]] QString description() const;
    /// The selected lines as tab-separated text (header first); also put on the clipboard.
    QString copySelection(bool messagesOnly = false);

Q_SIGNALS:
    /// The lines shown changed (a job finished).
    void rowsShown();
    void busyChanged(bool busy);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    struct Query {
        std::shared_ptr<const core::LogTable> table;
        std::shared_ptr<const core::AnalysisResult> snapshot;
        core::ViewFilter view;
        DrillDown drill;
    };
    struct Outcome {
        std::shared_ptr<const std::vector<core::RowId>> base;  ///< the drill-down's lines
        std::shared_ptr<const std::vector<core::RowId>> shown; ///< filtered and sorted
    };

    void push(Query query);
    void run();
    void updateHeader();
    void showDetail();
    void textEdited();

    LogTableModel* m_model;
    QLabel* m_title;
    QLabel* m_count;
    QToolButton* m_backButton;
    QLineEdit* m_filter;
    QCheckBox* m_regex;
    QProgressBar* m_busy;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QTimer* m_filterTimer;
    Theme m_theme = Theme::make(Theme::Kind::Light);

    Query m_query;
    std::vector<Query> m_history;
    std::shared_ptr<const std::vector<core::RowId>> m_base; ///< resolved rows of m_query
    QString m_text;
    bool m_textIsRegex = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    BackgroundTask<Outcome> m_task{this};
};

} // namespace logscope::ui
