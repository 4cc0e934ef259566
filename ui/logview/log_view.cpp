#include "ui/logview/log_view.h"

#include "core/analysis/filter_rows.h"
#include "ui/format/display_format.h"
#include "ui/logview/line_detail.h"
#include "ui/logview/log_table_model.h"
#include "ui/logview/row_sort.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace logscope::ui {

LogView::LogView(QWidget* parent)
    : QWidget(parent), m_model(new LogTableModel(this)), m_title(new QLabel(this)),
      m_count(new QLabel(this)), m_backButton(new QToolButton(this)), m_filter(new QLineEdit(this)),
      m_regex(new QCheckBox(tr("Regex"), this)), m_busy(new QProgressBar(this)),
      m_table(new QTableView(this)), m_detail(new QTextBrowser(this)),
      m_filterTimer(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    auto* bar = new QHBoxLayout;
    m_backButton->setText(tr("Back"));
    m_backButton->setToolTip(tr("Previous list of lines (Alt+Backspace)"));
    m_backButton->setShortcut(QKeySequence(tr("Alt+Backspace")));
    m_backButton->setAutoRaise(true);
    m_backButton->setArrowType(Qt::LeftArrow);
    m_backButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_backButton, &QToolButton::clicked, this, &LogView::back);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_filter->setPlaceholderText(tr("Filter these lines (text, or a regular expression)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    m_regex->setToolTip(tr("Treat the filter as a regular expression (case-insensitive)"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->hide();
    bar->addWidget(m_backButton);
    bar->addWidget(m_title, 3);
    bar->addWidget(m_count);
    bar->addWidget(m_busy);
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_regex);
    layout->addLayout(bar);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {24, 10, 18, 30, 70, 12, 7, 7};
    for (int c = 0; c < kLogColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c] * digit);
    m_table->horizontalHeader()->setSectionResizeMode(static_cast<int>(LogColumn::Message),
                                                      QHeaderView::Stretch);
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select a line to see all of it."));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(true);
    layout->addWidget(split, 1);

    auto* copy = new QAction(tr("Copy lines"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { copySelection(); });
    addAction(copy);
    auto* surrounding = new QAction(tr("Show surrounding lines"), this);
    surrounding->setShortcut(QKeySequence(tr("Ctrl+L")));
    surrounding->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(surrounding, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            showSurroundingLines(m_model->tableRow(current.row()));
    });
    addAction(surrounding);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &LogView::textEdited);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_regex, &QCheckBox::toggled, this, &LogView::textEdited);
    connect(m_model, &LogTableModel::sortRequested, this, &LogView::sortBy);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogView::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &LogView::showDetail, Qt::UniqueConnection);
    });
    updateHeader();
}

void LogView::setTheme(const Theme& theme) {
    m_theme = theme;
    m_model->setTheme(theme);
}

QString LogView::description() const {
    return m_query.drill.description;
}

void LogView::showDrillDown(std::shared_ptr<const core::LogTable> table,
                            std::shared_ptr<const core::AnalysisResult> snapshot,
                            const core::ViewFilter& view, const DrillDown& drill) {
    push({std::move(table), std::move(snapshot), view, drill});
}

void LogView::showSurroundingLines(core::RowId row, int context) {
    if (!m_query.table || row >= m_query.table->size())
        return;
    Query query = m_query;
    DrillDown drill;
    drill.explicitRows = true;
    const core::RowId first = row >= static_cast<core::RowId>(context) ? row - context : 0;
    const core::RowId last =
        std::min<core::RowId>(m_query.table->size() - 1, row + static_cast<core::RowId>(context));
    for (core::RowId r = first; r <= last; ++r)
        drill.rows.push_back(r);
    drill.focusRow = row;
    const std::uint64_t line = m_query.table->lineNumber(row);
    drill.description = line > 0 ? tr("Lines around line %1").arg(formatCount(line))
                                 : tr("Lines around row %1").arg(formatCount(row + 1));
    query.drill = std::move(drill);
    // Surrounding lines are seen in file order, whatever the filter.
    m_text.clear();
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_sortColumn = -1;
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    push(std::move(query));
}

void LogView::push(Query query) {
    if (m_query.table)
        m_history.push_back(m_query);
    m_query = std::move(query);
    m_base.reset();
    run();
}

void LogView::back() {
    if (m_history.empty())
        return;
    m_query = m_history.back();
    m_history.pop_back();
    m_base.reset();
    run();
}

void LogView::clear() {
    m_task.cancel();
    m_history.clear();
    m_query = {};
    m_base.reset();
    m_model->setRows(nullptr, nullptr, {});
    m_detail->clear();
    updateHeader();
}

void LogView::setTextFilter(const QString& text, bool regex) {
    m_filter->blockSignals(true);
    m_filter->setText(text);
    m_filter->blockSignals(false);
    m_regex->blockSignals(true);
    m_regex->setChecked(regex);
    m_regex->blockSignals(false);
    textEdited();
}

void LogView::textEdited() {
    m_filterTimer->stop();
    const QString text = m_filter->text();
    const bool regex = m_regex->isChecked();
    if (regex && !text.isEmpty() && !core::isValidFilterRegex(text.toStdString())) {
        m_filter->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d62728; }"));
        m_filter->setToolTip(tr("Not a valid regular expression"));
        return;
    }
    m_filter->setStyleSheet(QString());
    m_filter->setToolTip(QString());
    if (text == m_text && regex == m_textIsRegex)
        return;
    m_text = text;
    m_textIsRegex = regex;
    run();
}

void LogView::sortBy(int column, Qt::SortOrder order) {
    if (column >= 0 && !isSortableColumn(static_cast<LogColumn>(column))) {
        // Put the indicator back where the rows really are sorted.
        m_table->horizontalHeader()->blockSignals(true);
        m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        m_table->horizontalHeader()->blockSignals(false);
        return;
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_table->horizontalHeader()->blockSignals(true);
    m_table->horizontalHeader()->setSortIndicator(column, order);
    m_table->horizontalHeader()->blockSignals(false);
    run();
}

void LogView::run() {
    if (!m_query.table) {
        updateHeader();
        return;
    }
    const Query query = m_query;
    const auto base = m_base;
    const std::string text = m_text.toStdString();
    const bool regex = m_textIsRegex;
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    const RowLookup lookup(query.snapshot, query.table->size());
    const bool wasBusy = m_task.isRunning();
    m_task.start(
        [query, base, text, regex, column, order, lookup](const core::CancellationToken* cancel,
                                                          const core::ProgressCallback&) {
            Outcome outcome;
            outcome.base = base;
            if (!outcome.base) {
                const core::AnalysisResult empty;
                outcome.base = std::make_shared<const std::vector<core::RowId>>(
                    resolveDrillDown(*query.table, query.snapshot ? *query.snapshot : empty,
                                     query.view, query.drill, cancel));
            }
            std::vector<core::RowId> shown;
            if (text.empty()) {
                shown = *outcome.base;
            } else {
                core::ViewFilter filter;
                filter.text = text;
                filter.textIsRegex = regex;
                shown = core::filterRows(*query.table, *outcome.base, filter, {}, cancel);
            }
            if (column >= 0)
                sortRows(shown, *query.table, static_cast<LogColumn>(column), order, lookup,
                         cancel);
            outcome.shown = std::make_shared<const std::vector<core::RowId>>(std::move(shown));
            return outcome;
        },
        [this, lookup](Outcome outcome) {
            m_base = outcome.base;
            m_model->setRows(m_query.table, outcome.shown, lookup);
            m_model->setFocusRow(m_query.drill.focusRow);
            if (m_query.drill.focusRow) {
                if (const auto row = m_model->viewRowOf(*m_query.drill.focusRow)) {
                    const QModelIndex index = m_model->index(*row, 0);
                    m_table->setCurrentIndex(index);
                    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
                }
            }
            m_busy->hide();
            updateHeader();
            Q_EMIT busyChanged(false);
            Q_EMIT rowsShown();
        });
    m_busy->show();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    updateHeader();
}

void LogView::updateHeader() {
    m_backButton->setEnabled(!m_history.empty());
    if (!m_query.table) {
        m_title->setText(tr("Click any bar, point, cell, incident or anomaly to see its lines."));
        m_count->clear();
        return;
    }
    m_title->setText(m_query.drill.description);
    m_title->setToolTip(m_query.drill.description);
    const std::size_t shown = m_model->rows()->size();
    const std::size_t base = m_base ? m_base->size() : shown;
    if (m_task.isRunning())
        m_count->setText(tr("working…"));
    else if (!m_text.isEmpty())
        m_count->setText(tr("%1 of %2 lines", nullptr, pluralCount(base))
                             .arg(formatCount(shown), formatCount(base)));
    else
        m_count->setText(tr("%1 lines", nullptr, pluralCount(shown)).arg(formatCount(shown)));
}

void LogView::showDetail() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model->table()) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(lineDetailHtml(*m_model, m_model->tableRow(current.row())));
}

QString LogView::copySelection(bool messagesOnly) {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    if (!messagesOnly && !rows.isEmpty()) {
        QStringList header;
        for (int c = 0; c < kLogColumnCount; ++c)
            header << m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        lines << header.join(QLatin1Char('\t'));
    }
    for (const QModelIndex& index : rows) {
        const core::RowId r = m_model->tableRow(index.row());
        if (messagesOnly) {
            lines << m_model->cellText(r, LogColumn::Message);
            continue;
        }
        QStringList cells;
        for (int c = 0; c < kLogColumnCount; ++c)
            cells << m_model->cellText(r, static_cast<LogColumn>(c))
                         .replace(QLatin1Char('\t'), QLatin1Char(' '))
                         .replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
    return text;
}

void LogView::contextMenuEvent(QContextMenuEvent* event) {
    const QModelIndex index =
        m_table->indexAt(m_table->viewport()->mapFromGlobal(event->globalPos()));
    QMenu menu(this);
    const bool hasRow = index.isValid();
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    QAction* copy = menu.addAction(tr("Copy lines"), this, [this] { copySelection(); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(hasSelection);
    menu.addAction(tr("Copy messages only"), this, [this] { copySelection(true); })
        ->setEnabled(hasSelection);
    menu.addSeparator();
    QAction* around = menu.addAction(tr("Show surrounding lines"), this, [this, index] {
        showSurroundingLines(m_model->tableRow(index.row()));
    });
    around->setShortcut(QKeySequence(tr("Ctrl+L")));
    around->setEnabled(hasRow);
    menu.addAction(tr("Back"), this, &LogView::back)->setEnabled(!m_history.empty());
    menu.exec(event->globalPos());
}

} // namespace logscope::ui
