#include "ui/lists/card_delegate.h"

#include <QApplication>
#include <QPainter>

namespace logscope::ui {

namespace {
constexpr int kPad = 6;
}

CardDelegate::CardDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QFontMetrics metrics(option.font);
    int lines = 1;
    lines += index.data(DetailRole).toString().isEmpty() ? 0 : 1;
    lines += index.data(MutedDetailRole).toString().isEmpty() ? 0 : 1;
    return {200, lines * (metrics.height() + 2) + 2 * kPad};
}

void CardDelegate::paint(QPainter* p, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hover = option.state & QStyle::State_MouseOver;
    if (selected) {
        QColor fill = m_theme.accent;
        fill.setAlpha(50);
        p->fillRect(r, fill);
    } else if (hover) {
        p->fillRect(r, m_theme.track);
    }
    p->setPen(QPen(m_theme.panelBorder, 1));
    p->drawLine(r.bottomLeft(), r.bottomRight());

    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height() + 2;
    int x = r.left() + kPad;
    int y = r.top() + kPad;
    // Chip.
    const QString chip = index.data(ChipTextRole).toString();
    if (!chip.isEmpty()) {
        QFont chipFont = option.font;
        chipFont.setBold(true);
        chipFont.setPointSizeF(option.font.pointSizeF() * 0.85);
        const QFontMetrics chipMetrics(chipFont);
        const QColor colour = index.data(ChipColorRole).value<QColor>();
        const QRect box(x, y + (lineHeight - chipMetrics.height() - 2) / 2,
                        chipMetrics.horizontalAdvance(chip) + 10, chipMetrics.height() + 2);
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawRoundedRect(box, 3, 3);
        p->setFont(chipFont);
        p->setPen(colour.lightness() > 150 ? QColor(0x2a, 0x2a, 0x2a) : QColor(Qt::white));
        p->drawText(box, Qt::AlignCenter, chip);
        x = box.right() + 7;
    }
    // Note on the right, title in between.
    const QString note = index.data(NoteRole).toString();
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    const int noteWidth = note.isEmpty() ? 0 : smallMetrics.horizontalAdvance(note) + 4;
    if (!note.isEmpty()) {
        p->setFont(small);
        p->setPen(m_theme.mutedText);
        p->drawText(QRect(r.right() - kPad - noteWidth, y, noteWidth, lineHeight),
                    Qt::AlignRight | Qt::AlignVCenter, note);
    }
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(m_theme.text);
    const int titleWidth = std::max(10, r.right() - kPad - noteWidth - 6 - x);
    p->drawText(QRect(x, y, titleWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(index.data(TitleRole).toString(), Qt::ElideRight,
                                              titleWidth));
    // Details.
    const int width = r.width() - 2 * kPad;
    y += lineHeight;
    const QString detail = index.data(DetailRole).toString();
    if (!detail.isEmpty()) {
        p->setFont(option.font);
        p->setPen(m_theme.text);
        p->drawText(QRect(r.left() + kPad, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                    metrics.elidedText(detail, Qt::ElideRight, width));
        y += lineHeight;
    }
    const QString muted = index.data(MutedDetailRole).toString();
    if (!muted.isEmpty()) {
        p->setFont(small);
        p->setPen(m_theme.mutedText);
        p->drawText(QRect(r.left() + kPad, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                    smallMetrics.elidedText(muted, Qt::ElideRight, width));
    }
    p->restore();
}

} // namespace logscope::ui
