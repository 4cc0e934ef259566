#include "ui/lists/card_list.h"

#include "ui/lists/card_delegate.h"
#include "ui/model/dashboard_model.h"

namespace logscope::ui {

CardList::CardList(DashboardModel* model, QWidget* parent)
    : QListWidget(parent), m_model(model), m_delegate(new CardDelegate(this)) {
    setItemDelegate(m_delegate);
    setMouseTracking(true);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT drillDownRequested(drillDownAt(static_cast<std::size_t>(row(item))));
    });
    connect(m_model, &DashboardModel::resultChanged, this, [this] { refresh(); });
}

void CardList::setTheme(const Theme& theme) {
    m_theme = theme;
    m_delegate->setTheme(theme);
    refresh();
}

} // namespace logscope::ui
