#include "ui/dialogs/export_png_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace logscope::ui {

ExportPngDialog::ExportPngDialog(const PngExportSettings& initial, QSize windowSize,
                                 QWidget* parent)
    : QDialog(parent), m_preset(new QComboBox(this)), m_width(new QSpinBox(this)),
      m_height(new QSpinBox(this)), m_scale(new QDoubleSpinBox(this)), m_theme(new QComboBox(this)),
      m_summary(new QLabel(this)), m_windowSize(windowSize) {
    setWindowTitle(tr("Export dashboard as PNG"));
    m_preset->addItem(tr("Seed 003 report (1993 × 1390)"), QSize(1993, 1390));
    m_preset->addItem(tr("Full HD (1920 × 1080)"), QSize(1920, 1080));
    m_preset->addItem(tr("Laptop (1280 × 800)"), QSize(1280, 800));
    m_preset->addItem(tr("4K (3840 × 2160, 2× scale)"), QSize(3840, 2160));
    m_preset->addItem(tr("This window (%1 × %2)").arg(windowSize.width()).arg(windowSize.height()),
                      windowSize);
    m_preset->addItem(tr("Custom"), QSize());
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(320, 16384);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(initial.size.width());
    m_height->setValue(initial.size.height());
    m_scale->setRange(0.5, 4.0);
    m_scale->setSingleStep(0.25);
    m_scale->setDecimals(2);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setValue(initial.scale);
    m_scale->setToolTip(tr("2 × draws the same dashboard with everything twice as large "
                           "(for high-density screens and print)."));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Kind::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Kind::Dark));
    m_theme->setCurrentIndex(initial.theme == Theme::Kind::Dark ? 1 : 0);
    m_preset->setCurrentIndex(m_preset->count() - 1);
    for (int i = 0; i < m_preset->count() - 1; ++i)
        if (m_preset->itemData(i).toSize() == initial.size)
            m_preset->setCurrentIndex(i);

    auto* form = new QFormLayout;
    form->addRow(tr("Size:"), m_preset);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Theme:"), m_theme);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::activated, this, &ExportPngDialog::presetChosen);
    for (QSpinBox* box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportPngDialog::updateSummary);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportPngDialog::updateSummary);
    updateSummary();
}

void ExportPngDialog::presetChosen(int index) {
    const QSize size = m_preset->itemData(index).toSize();
    if (!size.isValid())
        return;
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_scale->setValue(size.width() >= 3000 ? 2.0 : 1.0);
}

void ExportPngDialog::updateSummary() {
    const double scale = m_scale->value();
    m_summary->setText(tr("The image is %1 × %2 pixels; the dashboard is laid out at %3 × %4.")
                           .arg(m_width->value())
                           .arg(m_height->value())
                           .arg(qRound(m_width->value() / scale))
                           .arg(qRound(m_height->value() / scale)));
}

PngExportSettings ExportPngDialog::settings() const {
    PngExportSettings s;
    s.size = QSize(m_width->value(), m_height->value());
    s.scale = m_scale->value();
    s.theme = static_cast<Theme::Kind>(m_theme->currentData().toInt());
    return s;
}

} // namespace logscope::ui
