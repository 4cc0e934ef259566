#include "ui/panels/dashboard_panel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace logscope::ui {

DashboardPanel::DashboardPanel(const QString& title, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_subtitle(new QLabel(this)),
      m_stack(new QStackedLayout), m_empty(new EmptyStateWidget(this)) {
    setObjectName(QStringLiteral("dashboardPanel"));
    setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 7, 10, 6);
    layout->setSpacing(3);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.08);
    m_title->setFont(font);
    m_title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QFont small = m_subtitle->font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    m_subtitle->setFont(small);
    m_subtitle->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_subtitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_title);
    header->addWidget(m_subtitle, 1);
    layout->addLayout(header);
    layout->addLayout(m_stack, 1);
    m_stack->addWidget(m_empty);
    setTheme(m_theme);
}

QString DashboardPanel::title() const {
    return m_title->text();
}

QString DashboardPanel::subtitle() const {
    return m_subtitleText;
}

void DashboardPanel::setBody(QWidget* body) {
    m_content = body;
    m_stack->addWidget(body);
    m_stack->setCurrentWidget(body);
}

void DashboardPanel::setSubtitle(const QString& text) {
    m_subtitleText = text;
    updateSubtitle();
}

void DashboardPanel::updateSubtitle() {
    const QFontMetrics metrics(m_subtitle->font());
    const int room = std::max(0, m_subtitle->width());
    m_subtitle->setText(metrics.elidedText(m_subtitleText, Qt::ElideRight, room));
    m_subtitle->setToolTip(m_subtitleText);
}

void DashboardPanel::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    updateSubtitle();
}

void DashboardPanel::showEmptyState(const QString& message, const QString& hint,
                                    EmptyStateWidget::Kind kind) {
    m_empty->setMessage(message, hint, kind);
    m_stack->setCurrentWidget(m_empty);
}

void DashboardPanel::showContent() {
    if (m_content != nullptr)
        m_stack->setCurrentWidget(m_content);
}

bool DashboardPanel::isEmptyStateShown() const {
    return m_stack->currentWidget() == m_empty;
}

QString DashboardPanel::emptyMessage() const {
    return isEmptyStateShown() ? m_empty->message() : QString();
}

void DashboardPanel::copyImageToClipboard() {
    QApplication::clipboard()->setImage(grab().toImage());
}

void DashboardPanel::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    if (const auto drill = panelDrillDown(); drill && !isEmptyStateShown()) {
        menu.addAction(tr("Show these lines"), this,
                       [this, d = *drill] { Q_EMIT drillDownRequested(d); });
    }
    menu.addAction(tr("Copy panel image"), this, &DashboardPanel::copyImageToClipboard);
    menu.exec(event->globalPos());
}

void DashboardPanel::setTheme(const Theme& theme) {
    m_theme = theme;
    QPalette palette = m_title->palette();
    palette.setColor(QPalette::WindowText, theme.text);
    m_title->setPalette(palette);
    palette.setColor(QPalette::WindowText, theme.mutedText);
    m_subtitle->setPalette(palette);
    m_empty->setTheme(theme);
    onThemeChanged();
    update();
}

void DashboardPanel::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(m_theme.panelBorder, 1));
    p.setBrush(m_theme.panel);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

} // namespace logscope::ui
