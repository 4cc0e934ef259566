#pragma once

#include "ui/theme/theme.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace logscope::ui {

class DashboardModel;

/// The default export size: seed 003's dashboard, 1993 × 1390.
inline constexpr QSize kDefaultDashboardSize{1993, 1390};

/// Renders the dashboard of a model to an image of exactly size pixels, as the GUI draws it,
/// without showing a window (works on the offscreen platform). scale > 1 draws everything
/// larger (a 2× image of a dashboard laid out at size / 2). The GUI export and the headless
/// `logscope report` both call this, so their images are pixel-compatible.
QImage renderDashboard(DashboardModel& model, QSize size, const Theme& theme, double scale = 1.0);

/// Writes an image as PNG atomically (temporary file, then rename). Returns an error message,
/// empty on success.
QString savePng(const QImage& image, const QString& path);

} // namespace logscope::ui
