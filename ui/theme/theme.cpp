#include "ui/theme/theme.h"

namespace logscope::ui {

QColor Theme::levelColor(core::Level level) const {
    using core::Level;
    switch (level) {
    case Level::Critical:
        return kind == Kind::Dark ? QColor(0xff, 0x4d, 0x6d) : QColor(0x8b, 0x00, 0x1a);
    case Level::Error:
        return QColor(0xd6, 0x27, 0x28);
    case Level::Warning:
        return QColor(0xff, 0x9f, 0x1c);
    case Level::Info:
        return QColor(0x1f, 0x77, 0xb4);
    case Level::Debug:
        return QColor(0x7f, 0x8c, 0x8d);
    case Level::Trace:
        return QColor(0xa0, 0xa8, 0x9b);
    case Level::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

Theme Theme::make(Kind kind) {
    Theme theme;
    theme.kind = kind;
    if (kind == Kind::Dark) {
        theme.window = QColor(0x1e, 0x21, 0x27);
        theme.panel = QColor(0x28, 0x2c, 0x34);
        theme.panelBorder = QColor(0x3b, 0x40, 0x4a);
        theme.text = QColor(0xe6, 0xe6, 0xe6);
        theme.mutedText = QColor(0x9a, 0xa0, 0xa6);
        theme.accent = QColor(0x4e, 0xa8, 0xde);
    } else {
        theme.window = QColor(0xf2, 0xf4, 0xf7);
        theme.panel = QColor(0xff, 0xff, 0xff);
        theme.panelBorder = QColor(0xd5, 0xd9, 0xe0);
        theme.text = QColor(0x1f, 0x23, 0x28);
        theme.mutedText = QColor(0x6a, 0x73, 0x7d);
        theme.accent = QColor(0x1f, 0x77, 0xb4);
    }
    return theme;
}

bool Theme::parseKind(const QString& name, Kind& kind) {
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0) {
        kind = Kind::Light;
        return true;
    }
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0) {
        kind = Kind::Dark;
        return true;
    }
    return false;
}

} // namespace logscope::ui
