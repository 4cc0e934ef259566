#include "ui/logview/log_table_model.h"

#include "ui/format/display_format.h"
#include "ui/logview/row_sort.h"

#include <QBrush>
#include <QFont>

namespace logscope::ui {

namespace {
constexpr int kDisplayedMessageChars = 600;
} // namespace

LogTableModel::LogTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_rows(std::make_shared<const std::vector<core::RowId>>()) {}

void LogTableModel::setRows(std::shared_ptr<const core::LogTable> table,
                            std::shared_ptr<const std::vector<core::RowId>> rows,
                            RowLookup lookup) {
    beginResetModel();
    m_table = std::move(table);
    m_rows = rows ? std::move(rows) : std::make_shared<const std::vector<core::RowId>>();
    m_lookup = std::move(lookup);
    endResetModel();
}

void LogTableModel::setFocusRow(std::optional<core::RowId> row) {
    m_focus = row;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kLogColumnCount - 1),
                           {Qt::FontRole, Qt::BackgroundRole});
}

void LogTableModel::setTheme(const Theme& theme) {
    m_theme = theme;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kLogColumnCount - 1));
}

std::optional<int> LogTableModel::viewRowOf(core::RowId row) const {
    for (std::size_t i = 0; i < m_rows->size(); ++i)
        if ((*m_rows)[i] == row)
            return static_cast<int>(i);
    return std::nullopt;
}

int LogTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_table ? 0 : static_cast<int>(m_rows->size());
}

int LogTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kLogColumnCount;
}

QString LogTableModel::cellText(core::RowId r, LogColumn column) const {
    const core::LogTable& t = *m_table;
    switch (column) {
    case LogColumn::Time:
        return formatTimestamp(t.timestampNs(r), true);
    case LogColumn::Level:
        return QString::fromLatin1(core::levelName(t.level(r)));
    case LogColumn::Service:
        return fromUtf8View(t.service(r));
    case LogColumn::Template: {
        if (const std::string* text = m_lookup.templateText(r))
            return QString::fromStdString(*text);
        return t.templateId(r) == core::kNoTemplate ? QString()
                                                    : QStringLiteral("#%1").arg(t.templateId(r));
    }
    case LogColumn::Message:
        return fromUtf8View(t.message(r));
    case LogColumn::Latency:
        return t.hasLatency(r) ? formatNumber(static_cast<double>(t.latencyMs(r)), 1) : QString();
    case LogColumn::Status:
        return t.statusCode(r) == 0 ? QString() : QString::number(t.statusCode(r));
    case LogColumn::Score: {
        const auto score = m_lookup.score(r);
        return score ? formatNumber(static_cast<double>(*score), 3) : QString();
    }
    case LogColumn::Count:
        break;
    }
    return {};
}

QVariant LogTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_table || index.row() >= rowCount())
        return {};
    const core::RowId r = tableRow(index.row());
    if (r >= m_table->size())
        return {};
    const auto column = static_cast<LogColumn>(index.column());
    const core::Level level = m_table->level(r);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = cellText(r, column);
        if (column == LogColumn::Message) {
            // One line per row; the detail pane and tooltip show it whole.
            const qsizetype newline = text.indexOf(QLatin1Char('\n'));
            if (newline >= 0)
                text = text.left(newline) + QStringLiteral(" …");
            if (text.size() > kDisplayedMessageChars)
                text = text.left(kDisplayedMessageChars) + QStringLiteral("…");
        }
        return text;
    }
    case Qt::ToolTipRole:
        if (column == LogColumn::Message || column == LogColumn::Template) {
            QString text = cellText(r, column);
            if (text.size() > 2000)
                text = text.left(2000) + QStringLiteral("…");
            return text;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == LogColumn::Level || level >= core::Level::Error)
            return QBrush(m_theme.levelColor(level));
        if (column == LogColumn::Time || column == LogColumn::Template)
            return QBrush(m_theme.mutedText);
        return {};
    case Qt::BackgroundRole: {
        if (m_focus && *m_focus == r) {
            QColor focus = m_theme.accent;
            focus.setAlpha(60);
            return QBrush(focus);
        }
        if (level >= core::Level::Warning) {
            QColor tint = m_theme.levelColor(level);
            tint.setAlpha(level == core::Level::Warning ? 22 : 30);
            return QBrush(tint);
        }
        return {};
    }
    case Qt::FontRole:
        if ((m_focus && *m_focus == r) || column == LogColumn::Level) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == LogColumn::Latency || column == LogColumn::Status ||
            column == LogColumn::Score)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    static const char* const kNames[] = {QT_TR_NOOP("Time (UTC)"), QT_TR_NOOP("Level"),
                                         QT_TR_NOOP("Service"),    QT_TR_NOOP("Template"),
                                         QT_TR_NOOP("Message"),    QT_TR_NOOP("Latency (ms)"),
                                         QT_TR_NOOP("Status"),     QT_TR_NOOP("Score")};
    if (section < 0 || section >= kLogColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return tr(kNames[section]);
    if (role == Qt::ToolTipRole)
        return isSortableColumn(static_cast<LogColumn>(section))
                   ? tr("Click to sort by %1").arg(tr(kNames[section]))
                   : QVariant();
    return {};
}

void LogTableModel::sort(int column, Qt::SortOrder order) {
    Q_EMIT sortRequested(column, order);
}

} // namespace logscope::ui
