#pragma once

#include "core/formats/format_preview.h"

#include <QAbstractTableModel>

namespace logscope::ui {

/// The format dialog's preview: the first lines of a file as the loader would read them with
/// the chosen format, one row per line (line number, time, level, service, message). Lines
/// that cannot be read are tinted and show why in the time column (the view spans it over
/// level and service) and themselves as the message; lines with no row of their own are muted.
class FormatPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Time, Level, Service, Message, ColumnCount };

    explicit FormatPreviewModel(QObject* parent = nullptr);

    /// Shows a new preview.
    void setPreview(core::FormatPreview preview);
    [[nodiscard]] const core::FormatPreview& preview() const { return m_preview; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString cellText(const core::PreviewLine& line, int column) const;

    core::FormatPreview m_preview;
};

} // namespace logscope::ui
