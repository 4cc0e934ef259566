#include "../support/logscope_process.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <map>

namespace {

using cli_test::Run;

Run logscope(const QStringList& arguments) {
    return cli_test::runLogscope(arguments);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void generateAnalyzeReportEndToEnd() {
        const QString log = path(QStringLiteral("gen.jsonl"));
        Run run = logscope({QStringLiteral("generate"), QStringLiteral("--total"),
                            QStringLiteral("5000"), QStringLiteral("--output-path"), log});
        QCOMPARE(run.exitCode, 0);

        // Count the file independently of LogScope's parser.
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::map<QString, int> levels;
        std::map<QString, int> errorsByService;
        int lines = 0;
        while (!file.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
            ++lines;
            const QString level = o.value(QStringLiteral("level")).toString();
            ++levels[level];
            if (level == QLatin1String("ERROR") || level == QLatin1String("CRITICAL"))
                ++errorsByService[o.value(QStringLiteral("service")).toString()];
        }
        QCOMPARE(lines, 5000);

        run = logscope({QStringLiteral("analyze"), QStringLiteral("--json"), log});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("total_lines")).toInt(), 5000);
        const QJsonObject reportedLevels = report.value(QStringLiteral("levels")).toObject();
        for (const auto& [level, count] : levels)
            QCOMPARE(reportedLevels.value(level).toInt(), count);
        int errors = 0;
        for (const QJsonValue& s : report.value(QStringLiteral("services")).toArray()) {
            const QJsonObject service = s.toObject();
            QCOMPARE(service.value(QStringLiteral("errors")).toInt(),
                     errorsByService[service.value(QStringLiteral("name")).toString()]);
            errors += service.value(QStringLiteral("errors")).toInt();
        }
        QCOMPARE(report.value(QStringLiteral("error_rate")).toDouble(), errors / 5000.0);

        run = logscope({QStringLiteral("analyze"), log});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("LINES PER SERVICE"));
        QVERIFY(run.out.contains("5,000"));

        const QString png = path(QStringLiteral("dash.png"));
        run = logscope({QStringLiteral("report"), log, QStringLiteral("-o"), png});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QImage(png).size(), QSize(1993, 1390));
    }

    void demoWritesPngAndReportWithoutDisplay() {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(LOGSCOPE_BINARY),
                      {QStringLiteral("demo"), QStringLiteral("--lines"), QStringLiteral("3000")});
        QVERIFY(process.waitForFinished(120'000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY(out.contains("LOGSCOPE REPORT"));
        QVERIFY(out.contains("Dashboard written to"));
        QCOMPARE(QImage(m_dir.filePath(QStringLiteral("logscope-demo.png"))).size(),
                 QSize(1993, 1390));
    }

    void failsClearly_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QStringList{"analyze", "/no/such/file.jsonl"} << 1
                                      << "/no/such/file.jsonl: cannot open";
        QDir(m_dir.path()).mkpath(QStringLiteral("empty"));
        QTest::newRow("empty directory")
            << QStringList{"analyze", path(QStringLiteral("empty"))} << 1 << "is a directory";
        QTest::newRow("bad total")
            << QStringList{"generate", "--total", "many"} << 2 << "--total expects";
        QTest::newRow("unknown option")
            << QStringList{"analyze", "--frobnicate", "x"} << 2 << "frobnicate";
        QTest::newRow("report without -o") << QStringList{"report", "x.jsonl"} << 2 << "-o PNG";
        QTest::newRow("bad theme")
            << QStringList{"report", "x", "-o", "y.png", "--theme", "pink"} << 2 << "light or dark";
        QTest::newRow("gui without display") << QStringList{} << 1 << "no display";
    }
    void failsClearly() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = logscope(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void helpDescribesEveryCommand_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("top") << QString() << QStringList{"generate", "analyze", "report", "demo"};
        QTest::newRow("generate") << "generate"
                                  << QStringList{"--total", "--output-path", "--seed"};
        QTest::newRow("analyze") << "analyze" << QStringList{"--json", "FILE"};
        QTest::newRow("report") << "report" << QStringList{"--output", "--width", "--theme"};
        QTest::newRow("demo") << "demo" << QStringList{"--lines", "--output"};
    }
    void helpDescribesEveryCommand() {
        QFETCH(QString, command);
        QFETCH(QStringList, mentions);
        QStringList arguments;
        if (!command.isEmpty())
            arguments << command;
        arguments << QStringLiteral("--help");
        const Run run = logscope(arguments);
        QCOMPARE(run.exitCode, 0);
        for (const QString& word : mentions)
            QVERIFY2(run.out.contains(word.toUtf8()), qPrintable(word));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
