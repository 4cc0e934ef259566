#pragma once

#include "core/analysis/analysis_result.h"
#include "core/table/level.h"

#include <QColor>
#include <QString>

class QPalette;

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
    QColor grid;  ///< chart grid lines
    QColor track; ///< background of bars and gauges

    /// The colour of a log level, shared by every panel so a level always looks the same.
    [[nodiscard]] QColor levelColor(core::Level level) const;
    /// The colour of an incident severity.
    [[nodiscard]] QColor severityColor(core::Severity severity) const;
    /// The colour of a health status (green for excellent .. red for critical).
    [[nodiscard]] QColor healthColor(core::HealthStatus status) const;
    /// A continuous red → amber → green scale over a 0..100 score.
    [[nodiscard]] QColor scoreColor(double score) const;
    /// A distinct colour per template cluster; cluster 0 (none) is grey.
    [[nodiscard]] QColor clusterColor(std::uint32_t cluster) const;
    /// The sequential heat-map scale, t in 0..1 (0 = no activity).
    [[nodiscard]] QColor heatColor(double t) const;
    /// A widget palette in the theme's colours (for the log view, lists and dialogs).
    [[nodiscard]] QPalette palette() const;
    [[nodiscard]] bool isDark() const { return kind == Kind::Dark; }

    /// The light or dark theme.
    static Theme make(Kind kind);
    /// The theme that matches the desktop (dark when the system palette is dark).
    static Theme system();
    /// Parses "light" or "dark"; returns false for anything else.
    static bool parseKind(const QString& name, Kind& kind);
};

} // namespace logscope::ui
