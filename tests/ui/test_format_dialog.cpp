// File ▸ Open with format…: the dialog previews a file with a format string (bad lines shown
// with why), shows format errors inline, saves the format where `logscope formats` keeps it,
// and the window loads the file with the chosen format. LOGSCOPE_RENDER_DIR keeps screenshots.
#include "core/formats/saved_formats.h"
#include "support/render_dir.h"
#include "ui/format_editor/format_dialog.h"
#include "ui/format_editor/format_preview_model.h"
#include "ui/model/dashboard_model.h"
#include "ui/windows/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace logscope;
using Status = core::PreviewLine::Status;

namespace {
const QString kFormat = QStringLiteral("<Date> <Time> <Pid> <Level> <Component>: <Content>");

// 60 lines in HDFS's shape; lines 7 and 31 are not.
std::string hdfsLines() {
    std::string text;
    for (int i = 1; i <= 60; ++i) {
        if (i == 7 || i == 31) {
            text += "java.io.IOException: Connection reset by peer\n";
            continue;
        }
        char line[200];
        std::snprintf(line, sizeof line,
                      "081109 2036%02d %d %s dfs.DataNode$PacketResponder: PacketResponder %d "
                      "for block blk_%d terminating\n",
                      i % 60, 140 + i, i % 10 == 0 ? "WARN" : "INFO", i % 3, 1000 + i);
        text += line;
    }
    return text;
}
} // namespace

class TestFormatDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_log;
    QString m_store;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_format_dialog"));
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("formats.json"));
        qputenv("LOGSCOPE_FORMATS_FILE", QFile::encodeName(m_store));
        m_log = m_dir.filePath(QStringLiteral("hdfs.log"));
        QFile file(m_log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const std::string bytes = hdfsLines();
        file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    }

    void previewsTheFileWithAFormatString() {
        ui::FormatDialog dialog(m_log);
        QVERIFY(dialog.detection().format); // detection's guess is shown beside
        dialog.setFormatSpec(kFormat);
        QCOMPARE(dialog.formatSpec(), kFormat);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        const core::FormatPreview& preview = dialog.preview();
        QCOMPARE(preview.lines.size(), std::size_t{50});
        QCOMPARE(preview.parsedLines, std::size_t{48});
        QCOMPARE(preview.badLines, std::size_t{2});

        auto* model = qobject_cast<ui::FormatPreviewModel*>(dialog.previewTable()->model());
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 50);
        using M = ui::FormatPreviewModel;
        QCOMPARE(model->index(0, M::Time).data().toString(),
                 QStringLiteral("2008-11-09 20:36:01.000"));
        QCOMPARE(model->index(0, M::Level).data().toString(), QStringLiteral("INFO"));
        QCOMPARE(model->index(0, M::Service).data().toString(),
                 QStringLiteral("dfs.DataNode$PacketResponder"));
        QCOMPARE(model->index(0, M::Message).data().toString(),
                 QStringLiteral("PacketResponder 1 for block blk_1001 terminating"));
        QCOMPARE(model->index(9, M::Level).data().toString(), QStringLiteral("WARNING"));
        // Line 7 cannot be read: tinted, with the reason in the message column.
        QCOMPARE(model->index(6, M::Line).data().toString(), QStringLiteral("7"));
        QVERIFY(model->index(6, M::Message).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model->index(5, M::Message).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(6, M::Time).data().toString().startsWith(QStringLiteral("✗ ")));
        QCOMPARE(dialog.previewTable()->columnSpan(6, M::Time), 3);
        QCOMPARE(model->index(6, M::Message).data().toString(),
                 QStringLiteral("java.io.IOException: Connection reset by peer"));
        QVERIFY(model->index(6, M::Message)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Connection reset by peer")));
        QCOMPARE(preview.lines[30].status, Status::Bad);
        QVERIFY(dialog.openButton()->isEnabled());
        dialog.resize(1000, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(test::keepWidget(dialog, QStringLiteral("format_dialog.png")));
    }

    void typingUpdatesThePreviewAfterAPause() {
        ui::FormatDialog dialog(m_log);
        dialog.formatEdit()->setFocus();
        QTest::keyClicks(dialog.formatEdit(), QStringLiteral("<Date> <Time> <Pid> <Level>"));
        QTRY_COMPARE(dialog.formatSpec(), QStringLiteral("<Date> <Time> <Pid> <Level>"));
        // Without <Content> the lines still match up to the level... or the format says why.
        QTRY_VERIFY(!dialog.preview().lines.empty() || !dialog.errorText().isEmpty());
        QTest::keyClicks(dialog.formatEdit(), QStringLiteral(" <Component>: <Content>"));
        QTRY_COMPARE(dialog.preview().parsedLines, std::size_t{48});
        QCOMPARE(dialog.formatChoice()->currentText(), QStringLiteral("Custom format string"));
    }

    void showsFormatErrorsInline() {
        ui::FormatDialog dialog(m_log);
        dialog.setFormatSpec(QStringLiteral("<Date> (<Time> <Content>"));
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(dialog.preview().lines.empty());
        QVERIFY(!dialog.openButton()->isEnabled());
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(test::keepWidget(dialog, QStringLiteral("format_dialog_error.png")));
        dialog.setFormatSpec(kFormat);
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.openButton()->isEnabled());
    }

    void choosesABuiltInFormat() {
        ui::FormatDialog dialog(m_log);
        dialog.setFormatSpec(QStringLiteral("timestamp-level"));
        QCOMPARE(dialog.formatSpec(), QStringLiteral("timestamp-level"));
        QVERIFY(dialog.formatEdit()->text().isEmpty());
        QCOMPARE(dialog.preview().formatName, std::string("timestamp-level"));
        QCOMPARE(dialog.preview().lines.size(), std::size_t{50});
        dialog.setFormatSpec({}); // back to detection
        QCOMPARE(dialog.formatSpec(), QString());
        QCOMPARE(dialog.preview().formatName, dialog.detection().format->name());
    }

    void savesTheFormatWhereTheCommandLineFindsIt() {
        ui::FormatDialog dialog(m_log);
        dialog.setFormatSpec(kFormat);
        QString error;
        QVERIFY(!dialog.saveFormat(QStringLiteral("bad name!"), error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(dialog.saveFormat(QStringLiteral("hdfs-dialog"), error), qPrintable(error));
        const core::SavedFormats saved = core::SavedFormats::load(m_store.toStdString());
        const core::SavedFormat* entry = saved.find("hdfs-dialog");
        QVERIFY(entry);
        QCOMPARE(QString::fromStdString(entry->format), kFormat);
        // The saved entry is now the choice, and is listed the next time the dialog opens.
        QCOMPARE(dialog.formatSpec(), QStringLiteral("hdfs-dialog"));
        QCOMPARE(dialog.preview().parsedLines, std::size_t{48});
        ui::FormatDialog again(m_log);
        QVERIFY(again.formatChoice()->findData(QStringLiteral("hdfs-dialog")) >= 0);
        // A built-in format is no format string: nothing to save.
        again.setFormatSpec(QStringLiteral("timestamp-level"));
        QVERIFY(!again.saveFormat(QStringLiteral("other"), error));
    }

    void loadsTheFileWithTheChosenFormat() {
        ui::FormatDialog dialog(m_log);
        dialog.setFormatSpec(kFormat);
        ui::MainWindow window;
        QSignalSpy loaded(window.model(), &ui::DashboardModel::logChanged);
        window.openFiles({m_log}, dialog.formatSpec());
        QVERIFY(loaded.wait(60'000));
        const auto& table = window.model()->table();
        QCOMPARE(table->size(), std::size_t{58});
        QCOMPARE(table->service(0), std::string_view("dfs.DataNode$PacketResponder"));
        QCOMPARE(table->message(0),
                 std::string_view("PacketResponder 1 for block blk_1001 terminating"));
        QCOMPARE(table->level(8), core::Level::Warning); // line 10 (line 7 is no row)
        QCOMPARE(table->lineNumber(8), std::uint64_t{10});
        const core::LoadReport& report = window.model()->log().report;
        QCOMPARE(report.badLineCount, std::uint64_t{2});
        QCOMPARE(report.badLines.front().lineNumber, std::uint64_t{7});
        QVERIFY(report.inputs.front().formatForced);
        // Re-open offers the same file again.
        QCOMPARE(window.currentFiles(), QStringList{m_log});
        QVERIFY(window.action(QStringLiteral("reopenWithFormat"))->isEnabled());
        QVERIFY(window.action(QStringLiteral("openWithFormat"))->isEnabled());

        // And by a saved name, as the dialog hands it over after saving.
        window.openFiles({m_log}, QStringLiteral("hdfs-dialog"));
        QVERIFY(loaded.wait(60'000));
        QCOMPARE(window.model()->table()->size(), std::size_t{58});
        QVERIFY2(window.statusText().contains(QStringLiteral("hdfs-dialog")),
                 qPrintable(window.statusText()));
    }
};

QTEST_MAIN(TestFormatDialog)
#include "test_format_dialog.moc"
