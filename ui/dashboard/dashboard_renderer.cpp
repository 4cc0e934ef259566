#include "ui/dashboard/dashboard_renderer.h"

#include "ui/dashboard/dashboard_view.h"

#include <QApplication>
#include <QLayout>
#include <QPixmap>
#include <QSaveFile>
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QApplication::translate("DashboardRenderer", "cannot write %1: %2")
            .arg(path, file.errorString());
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return QApplication::translate("DashboardRenderer", "cannot encode PNG for %1").arg(path);
    }
    if (!file.commit())
        return QApplication::translate("DashboardRenderer", "cannot write %1: %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace logscope::ui
