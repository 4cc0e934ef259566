#include "ui/model/dashboard_model.h"

namespace logscope::ui {

DashboardModel::DashboardModel(QObject* parent)
    : QObject(parent), m_result(std::make_shared<const core::AnalysisResult>()) {}

void DashboardModel::setResult(std::shared_ptr<const core::AnalysisResult> result,
                               const QString& title) {
    m_result = result ? std::move(result) : std::make_shared<const core::AnalysisResult>();
    m_title = title;
    Q_EMIT resultChanged();
}

} // namespace logscope::ui
