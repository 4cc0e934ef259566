#include "ui/dashboard/dashboard_renderer.h"

#include "core/util/atomic_file_writer.h"
#include "ui/dashboard/dashboard_view.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QLayout>
#include <QPixmap>
#include <algorithm>
#include <cmath>

namespace logscope::ui {

QImage renderDashboard(DashboardModel& model, QSize size, const Theme& theme, double scale) {
    scale = std::clamp(scale, 0.25, 8.0);
    DashboardView view(&model);
    view.setTheme(theme);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    const QSize logical(std::max(1, static_cast<int>(std::lround(size.width() / scale))),
                        std::max(1, static_cast<int>(std::lround(size.height() / scale))));
    view.resize(logical);
    view.show();
    // Let layouts and chart views handle their resize before painting.
    if (view.layout() != nullptr)
        view.layout()->activate();
    QCoreApplication::sendPostedEvents();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(theme.window);
    view.render(&image);
    view.hide();
    image.setDevicePixelRatio(1.0);
    return image;
}

QString savePng(const QImage& image, const QString& path) {
    if (image.isNull())
        return QApplication::translate("DashboardRenderer", "nothing was rendered");
    // Encoded in memory first: libpng leaves Qt's writer by longjmp when a write fails (a full
    // disk), leaking its image, and a write error is then reported as an encoding error.
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return QApplication::translate("DashboardRenderer", "cannot encode PNG for %1").arg(path);
    // Written like every other output (temporary file, fsync, rename), with the system's
    // reason when it fails (QSaveFile reports a full disk as "Unknown error").
    core::AtomicFileWriter file;
    if (!file.open(QFile::encodeName(path).toStdString()) ||
        !file.write(std::string_view(png.constData(), static_cast<std::size_t>(png.size()))) ||
        !file.commit())
        return QApplication::translate("DashboardRenderer", "cannot write %1")
            .arg(QString::fromStdString(file.error()));
    return {};
}

} // namespace logscope::ui
