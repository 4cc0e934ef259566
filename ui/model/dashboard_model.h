#pragma once

#include "core/analysis/analysis_result.h"

#include <QObject>
#include <QString>
#include <memory>

namespace logscope::ui {

/// Holds the current immutable analysis snapshot that every panel, list and export renders
/// from, so they always agree.
class DashboardModel : public QObject {
    Q_OBJECT
public:
    explicit DashboardModel(QObject* parent = nullptr);

    /// Replaces the snapshot; listeners repaint from it.
    void setResult(std::shared_ptr<const core::AnalysisResult> result, const QString& title);
    /// The current snapshot (never null: an empty result before anything is loaded).
    [[nodiscard]] const std::shared_ptr<const core::AnalysisResult>& result() const {
        return m_result;
    }
    /// What the snapshot describes (a file name, "Demo", ...).
    [[nodiscard]] const QString& title() const { return m_title; }

Q_SIGNALS:
    void resultChanged();

private:
    std::shared_ptr<const core::AnalysisResult> m_result;
    QString m_title;
};

} // namespace logscope::ui
