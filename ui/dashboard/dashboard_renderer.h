#pragma once

#include "ui/theme/theme.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace logscope::ui {

class DashboardModel;

/// The default export size: seed 003's dashboard, 1993 × 1390.
inline constexpr QSize kDefaultDashboardSize{1993, 1390};

/// Renders the dashboard of a model to an image, exactly as the GUI draws it, without showing
/// a window (works on the offscreen platform).
QImage renderDashboard(DashboardModel& model, QSize size, const Theme& theme);

/// Writes an image as PNG atomically (temporary file, then rename). Returns an error message,
/// empty on success.
QString savePng(const QImage& image, const QString& path);

} // namespace logscope::ui
