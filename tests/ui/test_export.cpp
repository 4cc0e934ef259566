// Exports: the dashboard PNG (asked size and scale), incidents and anomalies as CSV, the result
// as JSON; and `logscope report` renders the very same image as the GUI's export.
#include "support/fixture.h"
#include "ui/dashboard/dashboard_renderer.h"
#include "ui/export/result_export.h"
#include "ui/model/dashboard_model.h"
#include "ui/windows/main_window.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace logscope;

class TestExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_log;
    std::unique_ptr<ui::MainWindow> m_window;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QStringList readLines(const QString& file) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }

    static int runLogscope(const QStringList& arguments) {
        QProcess process;
        process.start(QStringLiteral(LOGSCOPE_BINARY), arguments);
        if (!process.waitForFinished(120'000))
            return -1;
        return process.exitCode();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_export"));
        QSettings().clear();
        m_log = path(QStringLiteral("services.jsonl"));
        QFile file(m_log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const std::string bytes = test::generatedLines(8000);
        file.write(bytes.data(), static_cast<qint64>(bytes.size()));
        file.close();
        m_window = std::make_unique<ui::MainWindow>();
        QSignalSpy loaded(m_window->model(), &ui::DashboardModel::logChanged);
        m_window->openFile(m_log);
        QVERIFY(loaded.wait(60'000));
    }

    void pngHasTheAskedSizeAndScale() {
        ui::PngExportSettings settings;
        QCOMPARE(settings.size, ui::kDefaultDashboardSize);
        QCOMPARE(m_window->exportPng(path(QStringLiteral("default.png")), settings), QString());
        QCOMPARE(QImage(path(QStringLiteral("default.png"))).size(), QSize(1993, 1390));
        settings.size = QSize(1600, 1000);
        settings.scale = 2.0;
        settings.theme = ui::Theme::Kind::Dark;
        QCOMPARE(m_window->exportPng(path(QStringLiteral("scaled.png")), settings), QString());
        QCOMPARE(QImage(path(QStringLiteral("scaled.png"))).size(), QSize(1600, 1000));
        QVERIFY(!m_window->exportPng(path(QStringLiteral("no/such/dir.png")), settings).isEmpty());
    }

    void reportRendersTheSameImageAsTheGui() {
        const QString gui = path(QStringLiteral("gui.png"));
        QCOMPARE(m_window->exportPng(gui, ui::PngExportSettings{}), QString());
        const QString headless = path(QStringLiteral("report.png"));
        QCOMPARE(runLogscope({QStringLiteral("report"), m_log, QStringLiteral("-o"), headless}), 0);
        const QImage a(gui);
        const QImage b(headless);
        QCOMPARE(b.size(), a.size());
        QVERIFY2(a.convertToFormat(QImage::Format_RGB32) == b.convertToFormat(QImage::Format_RGB32),
                 "the GUI export and `logscope report` differ");
    }

    void reportOptions() {
        const QString out = path(QStringLiteral("small.png"));
        QCOMPARE(runLogscope({QStringLiteral("report"), m_log, QStringLiteral("-o"), out,
                              QStringLiteral("--width"), QStringLiteral("1280"),
                              QStringLiteral("--height"), QStringLiteral("800"),
                              QStringLiteral("--theme"), QStringLiteral("dark"),
                              QStringLiteral("--scale"), QStringLiteral("2")}),
                 0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY(image.pixelColor(2, 2).lightness() < 80); // dark background
        QCOMPARE(runLogscope({QStringLiteral("report"), m_log, QStringLiteral("-o"), out,
                              QStringLiteral("--scale"), QStringLiteral("zero")}),
                 2);
    }

    void csvAndJson() {
        // The full contract, so incidents and anomalies exist.
        auto full = std::make_shared<core::AnalysisResult>(*m_window->model()->result());
        test::populate(*m_window->model()->table(), *full);
        m_window->model()->setLog(m_window->model()->log(), full);

        const QString incidents = path(QStringLiteral("incidents.csv"));
        QCOMPARE(m_window->exportIncidentsCsv(incidents), QString());
        const QStringList lines = readLines(incidents);
        QCOMPARE(lines.size(), static_cast<int>(full->incidents.size()) + 1);
        QVERIFY(lines[0].startsWith(QLatin1String("severity,type,start,end,services")));
        // The recommendation holds a comma: quoted.
        QVERIFY(
            lines[1].contains(QLatin1String("\"Investigate service logs, check dependencies\"")));
        QVERIFY(lines[1].startsWith(
            QString::fromLatin1(core::severityName(full->incidents.front().severity))));

        const QString anomalies = path(QStringLiteral("anomalies.csv"));
        QCOMPARE(m_window->exportAnomaliesCsv(anomalies), QString());
        const QStringList rows = readLines(anomalies);
        QCOMPARE(rows.size(), static_cast<int>(full->anomalyCount) + 1);
        QVERIFY(rows[0].startsWith(QLatin1String("row,line,time,level,service,score,message")));
        QVERIFY(rows[1].startsWith(QString::number(full->topAnomalies.front().row) + ','));

        const QString json = path(QStringLiteral("result.json"));
        QCOMPARE(m_window->exportJson(json), QString());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("total_lines")).toInteger(), 8000);
        const QJsonArray files =
            doc.value(QStringLiteral("input")).toObject().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first()
                    .toObject()
                    .value(QStringLiteral("path"))
                    .toString()
                    .endsWith(QStringLiteral("services.jsonl")));
        QVERIFY(doc.contains(QStringLiteral("incidents")));
    }

    void csvQuoting() {
        QCOMPARE(ui::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(ui::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(ui::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(ui::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    }
};

QTEST_MAIN(TestExport)
#include "test_export.moc"
