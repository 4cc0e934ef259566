#include "ui/dashboard/dashboard_renderer.h"

#include "ui/dashboard/dashboard_view.h"

#include <QApplication>
#include <QPixmap>
#include <QSaveFile>

namespace logscope::ui {

QImage renderDashboard(DashboardModel& model, QSize size, const Theme& theme) {
    DashboardView view(&model);
    view.setTheme(theme);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(size);
    view.show();
    // Let layouts and chart views handle their resize before painting.
    QApplication::processEvents();
    QImage image = view.grab().toImage();
    view.hide();
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
