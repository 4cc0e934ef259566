#pragma once

#include "core/table/level.h"

#include <QColor>
#include <QString>

namespace logscope::ui {

/// The colours a dashboard is drawn with.
struct Theme {
    enum class Kind { Light, Dark };

    Kind kind = Kind::Light;
    QColor window;
    QColor panel;
    QColor panelBorder;
    QColor text;
    QColor mutedText;
    QColor accent;

    /// The colour of a log level, shared by every panel so a level always looks the same.
    [[nodiscard]] QColor levelColor(core::Level level) const;
    /// The light or dark theme.
    static Theme make(Kind kind);
    /// Parses "light" or "dark"; returns false for anything else.
    static bool parseKind(const QString& name, Kind& kind);
};

} // namespace logscope::ui
