#include "ui/format_editor/format_dialog.h"

#include "core/formats/format_registry.h"
#include "core/formats/saved_formats.h"
#include "ui/format_editor/format_preview_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace logscope::ui {

namespace {
// What an entry of the format list is.
enum class Kind { Detect, Builtin, Saved, Custom };
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kFormatRole = Qt::UserRole + 2;
constexpr int kTypingPauseMs = 200;
constexpr char kExample[] = "<Date> <Time> <Level> <Component>: <Content>";

QString percent(double fraction) {
    return QStringLiteral("%1 %").arg(qRound(fraction * 100.0));
}

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}
} // namespace

FormatDialog::FormatDialog(const QString& path, QWidget* parent)
    : QDialog(parent), m_model(new FormatPreviewModel(this)), m_choice(new QComboBox(this)),
      m_edit(new QLineEdit(this)), m_error(new QLabel(this)), m_summary(new QLabel(this)),
      m_name(new QLineEdit(this)), m_save(new QPushButton(tr("&Save format"), this)),
      m_saved(new QLabel(this)), m_table(new QTableView(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this)),
      m_typing(new QTimer(this)) {
    setWindowTitle(tr("Open with format — %1").arg(QFileInfo(path).fileName()));
    resize(1000, 640);
    m_head = core::readInputHead(QFile::encodeName(path).toStdString());
    if (m_head.error.empty())
        m_detection = core::detectHead(m_head.bytes);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* file = new QLabel(QFileInfo(path).absoluteFilePath(), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("File:"), file);
    auto* guess = new QLabel(this);
    guess->setObjectName(QStringLiteral("detectionLabel"));
    if (!m_head.error.empty())
        guess->setText(tr("—"));
    else if (m_detection.binary)
        guess->setText(tr("the file does not look like text"));
    else if (!m_detection.format)
        guess->setText(tr("the file has no lines"));
    else
        guess->setText(tr("<b>%1</b>, confidence %2 (from the first %3 lines)", nullptr,
                          static_cast<int>(m_detection.sampleLines))
                           .arg(fromStd(m_detection.format->name()).toHtmlEscaped(),
                                percent(m_detection.confidence))
                           .arg(m_detection.sampleLines));
    form->addRow(tr("Detection's guess:"), guess);
    form->addRow(tr("&Format:"), m_choice);
    m_choice->setMaxVisibleItems(24);
    m_edit->setPlaceholderText(QString::fromLatin1(kExample));
    m_edit->setClearButtonEnabled(true);
    QFont mono = m_edit->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_edit->setFont(mono);
    // The string, its error and the syntax hint form one field, so the texts under the
    // string get its whole width.
    auto* field = new QWidget(this);
    auto* fieldLayout = new QVBoxLayout(field);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    fieldLayout->setSpacing(3);
    fieldLayout->addWidget(m_edit);
    m_error->setObjectName(QStringLiteral("formatError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #d03b3b;"));
    m_error->hide();
    fieldLayout->addWidget(m_error);
    auto* help = new QLabel(
        tr("Fields in angle brackets: <code>&lt;Date&gt; &lt;Time&gt; &lt;Timestamp&gt; "
           "&lt;Level&gt; &lt;Component&gt; &lt;Host&gt; &lt;Status&gt; &lt;Latency&gt; "
           "&lt;Content&gt;</code> (the message) and any name of your own. The text between "
           "fields is a regular expression: <code>\\[</code> is a bracket, "
           "<code>(...)?</code> an optional part."),
        field);
    help->setWordWrap(true);
    help->setEnabled(false); // greyed: a hint, not content
    fieldLayout->addWidget(help);
    auto* label = new QLabel(tr("Format s&tring:"), this);
    label->setBuddy(m_edit);
    form->addRow(label, field);
    layout->addLayout(form);

    m_summary->setObjectName(QStringLiteral("previewSummary"));
    layout->addWidget(m_summary);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(FormatPreviewModel::Line, 52);
    m_table->setColumnWidth(FormatPreviewModel::Time, 190);
    m_table->setColumnWidth(FormatPreviewModel::Level, 80);
    m_table->setColumnWidth(FormatPreviewModel::Service, 140);
    layout->addWidget(m_table, 1);

    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(new QLabel(tr("Save the format string as:"), this));
    m_name->setPlaceholderText(tr("name, e.g. myapp"));
    m_name->setMaximumWidth(220);
    saveRow->addWidget(m_name);
    saveRow->addWidget(m_save);
    m_saved->setWordWrap(true);
    saveRow->addWidget(m_saved, 1);
    layout->addLayout(saveRow);
    layout->addWidget(m_buttons);

    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &FormatDialog::refreshPreview);
    connect(m_edit, &QLineEdit::textEdited, this, &FormatDialog::formatEdited);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &FormatDialog::choiceChanged);
    connect(m_save, &QPushButton::clicked, this, &FormatDialog::saveClicked);
    connect(m_name, &QLineEdit::returnPressed, this, &FormatDialog::saveClicked);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    openButton()->setDefault(true);

    fillChoices({});
    choiceChanged();
}

QPushButton* FormatDialog::openButton() const {
    return m_buttons->button(QDialogButtonBox::Open);
}

const core::FormatPreview& FormatDialog::preview() const {
    return m_model->preview();
}

QString FormatDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void FormatDialog::fillChoices(const QString& select) {
    const QSignalBlocker block(m_choice);
    m_choice->clear();
    const QString guessed = m_detection.format ? fromStd(m_detection.format->name()) : QString();
    m_choice->addItem(guessed.isEmpty() ? tr("Detect automatically")
                                        : tr("Detect automatically (%1)").arg(guessed),
                      QString());
    m_choice->setItemData(0, static_cast<int>(Kind::Detect), kKindRole);
    m_choice->insertSeparator(m_choice->count());
    for (const auto& format : core::builtinFormats()) {
        const QString name = fromStd(format->name());
        m_choice->addItem(QStringLiteral("%1 — %2").arg(name, fromStd(format->description())),
                          name);
        m_choice->setItemData(m_choice->count() - 1, static_cast<int>(Kind::Builtin), kKindRole);
    }
    const core::SavedFormats saved = core::SavedFormats::loadDefault();
    if (!saved.formats().empty())
        m_choice->insertSeparator(m_choice->count());
    for (const core::SavedFormat& format : saved.formats()) {
        const QString name = fromStd(format.name);
        m_choice->addItem(tr("Saved: %1 — %2").arg(name, fromStd(format.format)), name);
        const int at = m_choice->count() - 1;
        m_choice->setItemData(at, static_cast<int>(Kind::Saved), kKindRole);
        m_choice->setItemData(at, fromStd(format.format), kFormatRole);
    }
    m_choice->insertSeparator(m_choice->count());
    m_choice->addItem(tr("Custom format string"), QString());
    m_choice->setItemData(m_choice->count() - 1, static_cast<int>(Kind::Custom), kKindRole);
    const int found = select.isEmpty() ? 0 : m_choice->findData(select);
    m_choice->setCurrentIndex(found >= 0 ? found : 0);
}

QString FormatDialog::formatSpec() const {
    if (static_cast<Kind>(m_choice->currentData(kKindRole).toInt()) == Kind::Custom)
        return m_edit->text().trimmed();
    return m_choice->currentData().toString();
}

void FormatDialog::setFormatSpec(const QString& spec) {
    const int found = spec.isEmpty() ? 0 : m_choice->findData(spec);
    if (found >= 0) {
        m_choice->setCurrentIndex(found);
        return;
    }
    m_edit->setText(spec);
    formatEdited();
    refreshPreview();
}

void FormatDialog::choiceChanged() {
    const auto kind = static_cast<Kind>(m_choice->currentData(kKindRole).toInt());
    if (kind == Kind::Saved)
        m_edit->setText(m_choice->currentData(kFormatRole).toString());
    else if (kind != Kind::Custom)
        m_edit->clear();
    else
        m_edit->setFocus();
    refreshPreview();
}

void FormatDialog::formatEdited() {
    // Typing makes the text a format of its own, whatever was chosen before.
    const int custom = m_choice->count() - 1;
    if (m_choice->currentIndex() != custom) {
        const QSignalBlocker block(m_choice);
        m_choice->setCurrentIndex(custom);
    }
    m_saved->clear();
    m_typing->start();
}

void FormatDialog::refreshPreview() {
    m_typing->stop();
    QString error;
    core::FormatPreview preview;
    const QString spec = formatSpec();
    const bool custom = static_cast<Kind>(m_choice->currentData(kKindRole).toInt()) == Kind::Custom;
    if (!m_head.error.empty()) {
        error = fromStd(m_head.error);
    } else if (custom && spec.isEmpty()) {
        error = tr("Write a format string, e.g. %1").arg(QString::fromLatin1(kExample));
    } else {
        preview = core::previewFormat(m_head.bytes, spec.toStdString());
        error = fromStd(preview.error);
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_model->setPreview(std::move(preview));
    showPreviewRows();
    openButton()->setEnabled(error.isEmpty());
    m_save->setEnabled(custom && error.isEmpty());
    updateSummary();
}

void FormatDialog::showPreviewRows() {
    m_table->clearSpans();
    const auto& lines = preview().lines;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].status == core::PreviewLine::Status::Bad)
            m_table->setSpan(static_cast<int>(i), FormatPreviewModel::Time, 1,
                             FormatPreviewModel::Message - FormatPreviewModel::Time);
    }
    // Services are as wide as the log makes them, within reason.
    for (const int column : {FormatPreviewModel::Level, FormatPreviewModel::Service}) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column), 70, 300));
    }
}

void FormatDialog::updateSummary() {
    const core::FormatPreview& p = preview();
    if (!p.error.empty() || p.formatName.empty()) {
        m_summary->setText(p.lines.empty() && m_error->text().isEmpty()
                               ? tr("The file has no lines to preview.")
                               : QString());
        return;
    }
    QString text = tr("Read as <b>%1</b> · fit %2 · first %3 lines: %4 parsed", nullptr,
                      static_cast<int>(p.lines.size()))
                       .arg(fromStd(p.formatName).toHtmlEscaped(), percent(p.fit))
                       .arg(p.lines.size())
                       .arg(p.parsedLines);
    if (p.badLines > 0)
        text += tr(", <span style='color:#d03b3b'><b>%1 cannot be read</b></span>").arg(p.badLines);
    const std::size_t joined = p.lines.size() - p.parsedLines - p.badLines;
    if (joined > 0)
        text += tr(", %1 without a row of their own").arg(joined);
    m_summary->setText(text);
}

bool FormatDialog::saveFormat(const QString& name, QString& error) {
    const auto kind = static_cast<Kind>(m_choice->currentData(kKindRole).toInt());
    const QString format = m_edit->text().trimmed();
    if (kind != Kind::Custom || format.isEmpty()) {
        error = tr("Only a format string can be saved: write one first.");
        return false;
    }
    core::SavedFormats saved = core::SavedFormats::loadDefault();
    std::string why = saved.error();
    if (why.empty() && saved.put(name.trimmed().toStdString(), format.toStdString(), why) &&
        saved.save(why)) {
        // The saved entry is now the choice: the load and the status bar use its name.
        fillChoices(name.trimmed());
        choiceChanged();
        return true;
    }
    error = fromStd(why);
    return false;
}

void FormatDialog::saveClicked() {
    QString error;
    if (saveFormat(m_name->text(), error)) {
        m_saved->setStyleSheet(QString());
        m_saved->setText(
            tr("Saved as “%1” (also usable as --format %1).").arg(m_name->text().trimmed()));
    } else {
        m_saved->setStyleSheet(QStringLiteral("color: #d03b3b;"));
        m_saved->setText(error);
    }
}

} // namespace logscope::ui
