#pragma once

#include "ui/theme/theme.h"

#include <QDialog>
#include <QSize>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace logscope::ui {

/// How to export the dashboard as PNG.
struct PngExportSettings {
    QSize size{1993, 1390}; ///< pixels of the image
    double scale = 1.0;     ///< 2.0 draws a dashboard laid out at size / 2 twice as large
    Theme::Kind theme = Theme::Kind::Light;
};

/// Asks for the image size (presets or custom), the scale and the theme of a PNG export.
class ExportPngDialog : public QDialog {
    Q_OBJECT
public:
    ExportPngDialog(const PngExportSettings& initial, QSize windowSize, QWidget* parent = nullptr);
    [[nodiscard]] PngExportSettings settings() const;

private:
    void presetChosen(int index);
    void updateSummary();

    QComboBox* m_preset;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QDoubleSpinBox* m_scale;
    QComboBox* m_theme;
    QLabel* m_summary;
    QSize m_windowSize;
};

} // namespace logscope::ui
