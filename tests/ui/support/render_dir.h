#pragma once

// Test support: pictures of what a test drew, kept for a human to look at when
// LOGSCOPE_RENDER_DIR names a folder (nothing is written otherwise).

#include <QDir>
#include <QImage>
#include <QWidget>

namespace logscope::test {

/// Saves image as name in LOGSCOPE_RENDER_DIR; false only when saving failed.
inline bool keepImage(const QImage& image, const QString& name) {
    const QString dir = qEnvironmentVariable("LOGSCOPE_RENDER_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return image.save(QDir(dir).filePath(name));
}

/// Saves a screenshot of widget as name in LOGSCOPE_RENDER_DIR.
inline bool keepWidget(QWidget& widget, const QString& name) {
    return qEnvironmentVariableIsEmpty("LOGSCOPE_RENDER_DIR") ||
           keepImage(widget.grab().toImage(), name);
}

} // namespace logscope::test
