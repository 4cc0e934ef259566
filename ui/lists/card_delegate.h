#pragma once

#include "ui/theme/theme.h"

#include <QStyledItemDelegate>

namespace logscope::ui {

/// Paints list items as compact cards that stay readable in a narrow side panel:
/// a coloured chip and a bold title with a muted note on the right (first line), then up to two
/// elided lines of detail. Items carry their parts in the roles below.
class CardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum Role {
        ChipTextRole = Qt::UserRole + 100,
        ChipColorRole,
        TitleRole,
        NoteRole,
        DetailRole,
        MutedDetailRole,
    };

    explicit CardDelegate(QObject* parent = nullptr);
    void setTheme(const Theme& theme) { m_theme = theme; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    Theme m_theme = Theme::make(Theme::Kind::Light);
};

} // namespace logscope::ui
