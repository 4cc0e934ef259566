// The log view over a large table: every row shown without per-row objects, sorting by time
// and score, text and regex filters, surrounding lines, Back and copy.
#include "core/time/civil_time.h"
#include "ui/logview/line_detail.h"
#include "ui/logview/log_table_model.h"
#include "ui/logview/log_view.h"
#include "ui/logview/row_sort.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <numeric>
#include <random>

using namespace logscope;

namespace {

constexpr std::size_t kRows = 2'000'000;

// Two million lines: times run forwards with a jitter (so time order differs from row order),
// every 7th line is an ERROR, every 10th mentions a timeout.
std::shared_ptr<core::LogTable> bigTable() {
    auto table = std::make_shared<core::LogTable>();
    table->reserve(kRows);
    const std::int64_t start = core::toEpochNanos({2024, 10, 28, 0, 0, 0, 0});
    std::string message;
    for (std::size_t i = 0; i < kRows; ++i) {
        message = "request ";
        message += std::to_string(i);
        message += i % 10 == 0 ? " hit a Timeout" : " done";
        core::LogRow row;
        row.timestampNs = start + static_cast<std::int64_t>(i) * 1'000'000'000 +
                          static_cast<std::int64_t>((i * 7919) % 5) * 1'300'000'000;
        row.level = i % 7 == 0 ? core::Level::Error : core::Level::Info;
        row.service = i % 2 == 0 ? "api" : "db";
        row.message = message;
        row.latencyMs = static_cast<float>(i % 1000);
        row.lineNumber = i + 1;
        table->append(row);
    }
    return table;
}

} // namespace

class TestLogView : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<core::LogTable> m_table;
    std::shared_ptr<core::AnalysisResult> m_snapshot;
    std::unique_ptr<ui::LogView> m_view;

    bool waitShown() {
        QSignalSpy spy(m_view.get(), &ui::LogView::rowsShown);
        return spy.wait(120'000);
    }
    const std::vector<core::RowId>& rows() const { return *m_view->model()->rows(); }

private Q_SLOTS:
    void initTestCase() {
        m_table = bigTable();
        m_snapshot = std::make_shared<core::AnalysisResult>();
        m_snapshot->totalLines = kRows;
        m_snapshot->lineScores.resize(kRows);
        for (std::size_t i = 0; i < kRows; ++i)
            m_snapshot->lineScores[i] = static_cast<float>((i * 2654435761u) % 10007) / 10007.0F;
        m_view = std::make_unique<ui::LogView>();
        m_view->resize(1200, 700);
        ui::DrillDown all;
        all.description = QStringLiteral("everything");
        m_view->showDrillDown(m_table, m_snapshot, {}, all);
        QVERIFY(waitShown());
    }

    void showsEveryRowVirtually() {
        QCOMPARE(m_view->model()->rowCount(), static_cast<int>(kRows));
        QCOMPARE(m_view->model()->columnCount(), ui::kLogColumnCount);
        const auto* model = m_view->model();
        QCOMPARE(
            model->data(model->index(7, static_cast<int>(ui::LogColumn::Level)), Qt::DisplayRole)
                .toString(),
            QStringLiteral("ERROR"));
        QCOMPARE(
            model->data(model->index(10, static_cast<int>(ui::LogColumn::Message)), Qt::DisplayRole)
                .toString(),
            QStringLiteral("request 10 hit a Timeout"));
        QCOMPARE(
            model->data(model->index(3, static_cast<int>(ui::LogColumn::Score)), Qt::DisplayRole)
                .toString(),
            QString::number(static_cast<double>(m_snapshot->lineScores[3]), 'f', 3));
        QCOMPARE(
            model->data(model->index(5, static_cast<int>(ui::LogColumn::Latency)), Qt::DisplayRole)
                .toString(),
            QStringLiteral("5.0"));
        // ERROR lines are coloured.
        QVERIFY(model->data(model->index(7, 0), Qt::ForegroundRole).isValid());
        QVERIFY(!model->data(model->index(8, 4), Qt::ForegroundRole).isValid());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->table()->scrollToBottom();
        QTest::qWait(20);
    }

    void sortsByTimeAndScore() {
        m_view->sortBy(static_cast<int>(ui::LogColumn::Time), Qt::DescendingOrder);
        QVERIFY(waitShown());
        QCOMPARE(rows().size(), kRows);
        for (std::size_t i = 1; i < rows().size(); ++i)
            QVERIFY(m_table->timestampNs(rows()[i - 1]) >= m_table->timestampNs(rows()[i]));
        // Time order is not row order: the jitter swaps neighbours.
        std::size_t swapped = 0;
        for (std::size_t i = 0; i < rows().size(); ++i)
            swapped += rows()[i] != kRows - 1 - i ? 1 : 0;
        QVERIFY(swapped > 0);

        m_view->sortBy(static_cast<int>(ui::LogColumn::Score), Qt::DescendingOrder);
        QVERIFY(waitShown());
        for (std::size_t i = 1; i < rows().size(); ++i)
            QVERIFY(m_snapshot->lineScores[rows()[i - 1]] >= m_snapshot->lineScores[rows()[i]]);

        // Messages cannot be sorted: the order stays.
        const auto before = rows();
        m_view->sortBy(static_cast<int>(ui::LogColumn::Message), Qt::AscendingOrder);
        QVERIFY(!m_view->isBusy());
        QCOMPARE(rows(), before);
        m_view->sortBy(-1, Qt::AscendingOrder);
        QVERIFY(waitShown());
        QCOMPARE(rows().front(), core::RowId{0});
        QCOMPARE(rows().back(), kRows - 1);
    }

    void filtersByTextAndRegex() {
        m_view->setTextFilter(QStringLiteral("TIMEOUT"), false);
        QVERIFY(waitShown());
        QCOMPARE(rows().size(), kRows / 10);
        m_view->setTextFilter(QStringLiteral("^request 1[0-9]{5} hit"), true);
        QVERIFY(waitShown());
        QCOMPARE(rows().size(), std::size_t{10'000}); // 100000..199990, every 10th
        m_view->setTextFilter(QStringLiteral("([broken"), true);
        QVERIFY(!m_view->isBusy());
        QCOMPARE(rows().size(), std::size_t{10'000});
        m_view->setTextFilter(QString(), false);
        QVERIFY(waitShown());
        QCOMPARE(rows().size(), kRows);
    }

    void showsSurroundingLinesAndGoesBack() {
        m_view->showSurroundingLines(1000);
        QVERIFY(waitShown());
        QCOMPARE(rows().size(), std::size_t{101});
        QCOMPARE(rows().front(), core::RowId{950});
        QCOMPARE(m_view->model()->tableRow(m_view->table()->currentIndex().row()),
                 core::RowId{1000});
        QVERIFY(m_view->description().contains(QLatin1String("1,001")));
        // The detail pane shows every field of the selected line.
        const QString detail = ui::lineDetailHtml(*m_view->model(), 1000);
        QVERIFY(detail.contains(QLatin1String("request 1000 hit a Timeout")));
        QVERIFY(detail.contains(QLatin1String("1,001 (file 1)")));
        QVERIFY(detail.contains(QLatin1String("api")));
        m_view->back();
        QVERIFY(waitShown());
        QCOMPARE(rows().size(), kRows);
    }

    void copiesSelectedLines() {
        m_view->showSurroundingLines(20, 2);
        QVERIFY(waitShown());
        auto* selection = m_view->table()->selectionModel();
        selection->select(m_view->model()->index(0, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->select(m_view->model()->index(2, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString text = m_view->copySelection();
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QLatin1String("Time (UTC)\tLevel\tService")));
        QVERIFY(lines[1].contains(QLatin1String("request 18 done")));
        QVERIFY(lines[2].contains(QLatin1String("request 20 hit a Timeout")));
        QCOMPARE(QApplication::clipboard()->text(), text);
        QCOMPARE(m_view->copySelection(true),
                 QStringLiteral("request 18 done\nrequest 20 hit a Timeout"));
        m_view->back();
        QVERIFY(waitShown());
    }

    void aNewRequestReplacesTheRunningOne() {
        m_view->sortBy(static_cast<int>(ui::LogColumn::Latency), Qt::DescendingOrder);
        m_view->setTextFilter(QStringLiteral("timeout"), false);
        QVERIFY(waitShown());
        QVERIFY(!m_view->isBusy());
        QCOMPARE(rows().size(), kRows / 10);
        for (std::size_t i = 1; i < rows().size(); ++i)
            QVERIFY(m_table->latencyMs(rows()[i - 1]) >= m_table->latencyMs(rows()[i]));
    }

    void rowSortTiesKeepFileOrder() {
        std::vector<core::RowId> sample{9, 3, 14, 0, 7};
        ui::sortRows(sample, *m_table, ui::LogColumn::Level, Qt::DescendingOrder, {});
        // Rows 0, 7 and 14 are ERROR (first, in row order), then 3 and 9.
        QCOMPARE(sample, (std::vector<core::RowId>{0, 7, 14, 3, 9}));
        QVERIFY(ui::isSortableColumn(ui::LogColumn::Score));
        QVERIFY(!ui::isSortableColumn(ui::LogColumn::Message));
    }

    void parallelRowSortMatchesAStableSort() {
        // Enough rows for the parts sorted on several cores and merged; ties in row order.
        std::vector<core::RowId> shuffled(300'000);
        std::iota(shuffled.begin(), shuffled.end(), core::RowId{0});
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(5));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            std::vector<core::RowId> sorted = shuffled;
            QVERIFY(ui::sortRows(sorted, *m_table, ui::LogColumn::Level, order, {}));
            std::vector<core::RowId> expected = shuffled;
            std::sort(expected.begin(), expected.end());
            std::stable_sort(expected.begin(), expected.end(), [&](auto a, auto b) {
                return order == Qt::AscendingOrder ? m_table->level(a) < m_table->level(b)
                                                   : m_table->level(a) > m_table->level(b);
            });
            QCOMPARE(sorted, expected);
        }
    }
};

QTEST_MAIN(TestLogView)
#include "test_log_view.moc"
