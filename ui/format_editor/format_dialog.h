#pragma once

#include "core/formats/format_detector.h"
#include "core/formats/format_preview.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace logscope::ui {

class FormatPreviewModel;

/// File ▸ Open with format…: chooses how a file is read. The user picks detection, a built-in
/// format, a saved one, or writes a format string in logparser syntax
/// (`<Date> <Time> <Level> <Component>: <Content>`); the first lines of the file are shown as
/// they would be read (time, level, service, message; bad lines tinted, with why), beside what
/// detection guessed and how sure it is. A format string can be named and saved in the same
/// store as `logscope formats save`. Errors in the format string are shown under it.
class FormatDialog : public QDialog {
    Q_OBJECT
public:
    /// path: the file to preview (its first lines are read once, now).
    explicit FormatDialog(const QString& path, QWidget* parent = nullptr);

    /// What to load with, as `--format` takes it: "" (detect), a built-in or saved format's
    /// name, or a format string.
    [[nodiscard]] QString formatSpec() const;
    /// Chooses a format by its --format spelling (a format string goes to the editor).
    void setFormatSpec(const QString& spec);
    /// Saves the format string under name (the user's saved formats); false with error set
    /// when the name or the format is not usable or the file cannot be written.
    bool saveFormat(const QString& name, QString& error);
    /// Reads the preview now rather than after the typing pause.
    void refreshPreview();

    [[nodiscard]] const core::FormatPreview& preview() const;
    [[nodiscard]] const core::Detection& detection() const { return m_detection; }
    /// The error shown under the format string ("" when none).
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QComboBox* formatChoice() const { return m_choice; }
    [[nodiscard]] QLineEdit* formatEdit() const { return m_edit; }
    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QTableView* previewTable() const { return m_table; }
    [[nodiscard]] QPushButton* openButton() const;

private:
    void fillChoices(const QString& select);
    void choiceChanged();
    void formatEdited();
    void saveClicked();
    void showPreviewRows();
    void updateSummary();

    core::InputHead m_head;
    core::Detection m_detection;
    FormatPreviewModel* m_model;
    QComboBox* m_choice;
    QLineEdit* m_edit;
    QLabel* m_error;
    QLabel* m_summary;
    QLineEdit* m_name;
    QPushButton* m_save;
    QLabel* m_saved;
    QTableView* m_table;
    QDialogButtonBox* m_buttons;
    QTimer* m_typing;
};

} // namespace logscope::ui
