#pragma once

#include "core/table/log_table.h"
#include "ui/logview/log_columns.h"
#include "ui/model/row_lookup.h"
#include "ui/theme/theme.h"

#include <QAbstractTableModel>
#include <memory>
#include <optional>
#include <vector>

namespace logscope::ui {

/// A virtual table over rows of a LogTable: it holds only the list of row ids shown, and
/// formats a cell when the view asks for it, so ten million rows cost 8 bytes each.
/// Columns: time, level, service, template, message, latency, status, score.
class LogTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit LogTableModel(QObject* parent = nullptr);

    /// Shows rows of table, in the given order; lookup supplies scores and templates.
    void setRows(std::shared_ptr<const core::LogTable> table,
                 std::shared_ptr<const std::vector<core::RowId>> rows, RowLookup lookup);
    /// The row shown emphasised (the line a drill-down pointed at).
    void setFocusRow(std::optional<core::RowId> row);
    void setTheme(const Theme& theme);

    [[nodiscard]] const std::shared_ptr<const core::LogTable>& table() const { return m_table; }
    [[nodiscard]] const std::shared_ptr<const std::vector<core::RowId>>& rows() const {
        return m_rows;
    }
    [[nodiscard]] const RowLookup& lookup() const { return m_lookup; }
    /// The table row shown at view row i.
    [[nodiscard]] core::RowId tableRow(int i) const {
        return (*m_rows)[static_cast<std::size_t>(i)];
    }
    /// The view row showing a table row, if shown.
    [[nodiscard]] std::optional<int> viewRowOf(core::RowId row) const;
    /// One cell as plain text (what copy puts on the clipboard).
    [[nodiscard]] QString cellText(core::RowId row, LogColumn column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Asks for a new order; the log view sorts on a worker thread and calls setRows().
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void sortRequested(int column, Qt::SortOrder order);

private:
    std::shared_ptr<const core::LogTable> m_table;
    std::shared_ptr<const std::vector<core::RowId>> m_rows;
    RowLookup m_lookup;
    std::optional<core::RowId> m_focus;
    Theme m_theme = Theme::make(Theme::Kind::Light);
};

} // namespace logscope::ui
