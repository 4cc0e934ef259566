#include "ui/format_editor/format_preview_model.h"

#include "ui/format/display_format.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace logscope::ui {

namespace {
using Status = core::PreviewLine::Status;

QString fromStd(const std::string& text) {
    return fromUtf8View(text);
}
} // namespace

FormatPreviewModel::FormatPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void FormatPreviewModel::setPreview(core::FormatPreview preview) {
    beginResetModel();
    m_preview = std::move(preview);
    endResetModel();
}

int FormatPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_preview.lines.size());
}

int FormatPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString FormatPreviewModel::cellText(const core::PreviewLine& line, int column) const {
    if (column == Line)
        return QString::number(line.lineNumber);
    // A bad line: why, across the columns it could not fill (the dialog spans them), then
    // the line itself.
    if (line.status == Status::Bad)
        return column == Time      ? tr("✗ %1").arg(fromStd(line.reason))
               : column == Message ? fromStd(line.text)
                                   : QString();
    if (line.status == Status::Joined)
        return column == Message ? fromStd(line.text) : QString();
    switch (column) {
    case Time:
        return formatTimestamp(line.timestampNs, true);
    case Level:
        return line.level == core::Level::Unknown
                   ? QString()
                   : QString::fromLatin1(
                         core::levelName(line.level).data(),
                         static_cast<qsizetype>(core::levelName(line.level).size()));
    case Service:
        return fromStd(line.service);
    case Message:
        return fromStd(line.message);
    default:
        return {};
    }
}

QVariant FormatPreviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::PreviewLine& line = m_preview.lines[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(line, index.column());
    case Qt::ToolTipRole: {
        QString tip =
            tr("Line %1: %2").arg(line.lineNumber).arg(fromStd(line.text).toHtmlEscaped());
        if (line.status == Status::Bad)
            tip += tr("<br><b>Cannot be read:</b> %1").arg(fromStd(line.reason).toHtmlEscaped());
        else if (line.status == Status::Joined)
            tip += tr("<br>No row of its own (joined to the record above, or skipped).");
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(tip);
    }
    case Qt::BackgroundRole:
        // A translucent red reads as "wrong" on light and dark palettes alike.
        return line.status == Status::Bad ? QVariant(QBrush(QColor(220, 50, 47, 70))) : QVariant();
    case Qt::ForegroundRole:
        if (line.status == Status::Joined)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Line ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (line.status == Status::Bad && index.column() == Time) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant FormatPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Time:
        return tr("Time (UTC)");
    case Level:
        return tr("Level");
    case Service:
        return tr("Service");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace logscope::ui
