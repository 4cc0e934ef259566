#include "ui/theme/theme.h"

#include <QGuiApplication>
#include <QPalette>
#include <algorithm>
#include <array>
#include <cmath>

namespace logscope::ui {

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Interpolates along evenly spaced colour stops.
template <std::size_t N> QColor along(const std::array<QColor, N>& stops, double t) {
    t = std::clamp(t, 0.0, 1.0) * static_cast<double>(N - 1);
    const auto i = std::min<std::size_t>(static_cast<std::size_t>(t), N - 2);
    return mix(stops[i], stops[i + 1], t - static_cast<double>(i));
}

} // namespace

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
        return kind == Kind::Dark ? QColor(0x4e, 0xa8, 0xde) : QColor(0x1f, 0x77, 0xb4);
    case Level::Debug:
        return QColor(0x7f, 0x8c, 0x8d);
    case Level::Trace:
        return QColor(0xa0, 0xa8, 0x9b);
    case Level::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor Theme::severityColor(core::Severity severity) const {
    switch (severity) {
    case core::Severity::Critical:
        return kind == Kind::Dark ? QColor(0xff, 0x4d, 0x6d) : QColor(0xb0, 0x0b, 0x2a);
    case core::Severity::High:
        return QColor(0xf0, 0x5a, 0x28);
    case core::Severity::Medium:
        return QColor(0xf5, 0xb0, 0x1b);
    case core::Severity::Low:
        return QColor(0x5b, 0x9b, 0xd5);
    }
    return mutedText;
}

QColor Theme::healthColor(core::HealthStatus status) const {
    switch (status) {
    case core::HealthStatus::Excellent:
        return QColor(0x2e, 0xa0, 0x43);
    case core::HealthStatus::Good:
        return QColor(0x7c, 0xb3, 0x42);
    case core::HealthStatus::Fair:
        return QColor(0xe9, 0xa8, 0x20);
    case core::HealthStatus::Poor:
        return QColor(0xef, 0x6c, 0x1f);
    case core::HealthStatus::Critical:
        return QColor(0xd6, 0x27, 0x28);
    }
    return mutedText;
}

QColor Theme::scoreColor(double score) const {
    static const std::array<QColor, 5> kStops{QColor(0xd6, 0x27, 0x28), QColor(0xef, 0x6c, 0x1f),
                                              QColor(0xe9, 0xc2, 0x20), QColor(0x7c, 0xb3, 0x42),
                                              QColor(0x2e, 0xa0, 0x43)};
    return along(kStops, score / 100.0);
}

QColor Theme::clusterColor(std::uint32_t cluster) const {
    // Tableau 10 without its red (red means "error" everywhere else on the dashboard).
    static const std::array<QColor, 9> kPalette{
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f),
        QColor(0xb0, 0x7a, 0xa1), QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
        QColor(0x9c, 0x75, 0x5f), QColor(0xff, 0x9d, 0xa7), QColor(0x6b, 0x8e, 0x23)};
    if (cluster == 0)
        return kind == Kind::Dark ? QColor(0x8a, 0x90, 0x99) : QColor(0xa5, 0xab, 0xb3);
    return kPalette[(cluster - 1) % kPalette.size()];
}

QColor Theme::heatColor(double t) const {
    // Light: a yellow-orange-red ramp (seaborn's YlOrRd); dark: the same ramp from the panel
    // colour, so empty cells melt into the background.
    static const std::array<QColor, 6> kLight{QColor(0xff, 0xff, 0xe5), QColor(0xfe, 0xe3, 0x91),
                                              QColor(0xfe, 0xc4, 0x4f), QColor(0xfb, 0x9a, 0x29),
                                              QColor(0xe3, 0x4a, 0x33), QColor(0x99, 0x00, 0x0d)};
    static const std::array<QColor, 6> kDark{QColor(0x2f, 0x34, 0x3d), QColor(0x5a, 0x3a, 0x4f),
                                             QColor(0x9c, 0x3e, 0x4a), QColor(0xd8, 0x5a, 0x2e),
                                             QColor(0xf6, 0xa1, 0x2b), QColor(0xfd, 0xe7, 0x7a)};
    return kind == Kind::Dark ? along(kDark, t) : along(kLight, t);
}

QPalette Theme::palette() const {
    QPalette p;
    const QColor base = kind == Kind::Dark ? panel.darker(115) : panel;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, mix(base, panelBorder, 0.35));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, kind == Kind::Dark ? panel : window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, panel);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, QColor(Qt::white));
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Mid, panelBorder);
    p.setColor(QPalette::Dark, panelBorder.darker(130));
    p.setColor(QPalette::Light, panel.lighter(120));
    p.setColor(QPalette::Disabled, QPalette::Text, mutedText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, mutedText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mutedText);
    return p;
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
        theme.grid = QColor(0x37, 0x3c, 0x45);
        theme.track = QColor(0x33, 0x38, 0x41);
    } else {
        theme.window = QColor(0xf2, 0xf4, 0xf7);
        theme.panel = QColor(0xff, 0xff, 0xff);
        theme.panelBorder = QColor(0xd5, 0xd9, 0xe0);
        theme.text = QColor(0x1f, 0x23, 0x28);
        theme.mutedText = QColor(0x6a, 0x73, 0x7d);
        theme.accent = QColor(0x1f, 0x77, 0xb4);
        theme.grid = QColor(0xe6, 0xe9, 0xee);
        theme.track = QColor(0xee, 0xf0, 0xf4);
    }
    return theme;
}

Theme Theme::system() {
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    return make(window.lightness() < 128 ? Kind::Dark : Kind::Light);
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
