// SIGINT or SIGTERM in the middle of a simulated run with rotation: every record written so far
// is whole, is in exactly one file, and the episodes file counts exactly those records.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGenerateInterrupt : public QObject {
    Q_OBJECT
private:
    void interruptRotatingRun(int signal) {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("run.jsonl"));
        QProcess process;
        process.start(QStringLiteral(LOGSCOPE_BINARY), {"generate", "-n", "50000000", "--seed", "7",
                                                        "-p", out, "--rotate-size", "256K"});
        QVERIFY(process.waitForStarted());
        // Stop it once a few files have been rotated out.
        QElapsedTimer waited;
        waited.start();
        while (!QFile::exists(out + QStringLiteral(".3")) && waited.elapsed() < 60'000)
            QTest::qWait(20);
        QVERIFY(QFile::exists(out + QStringLiteral(".3")));
        ::kill(static_cast<pid_t>(process.processId()), signal);
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1); // a simulated run cut short is incomplete
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("(stopped by signal)"), err.constData());

        QByteArray joined;
        int parts = 1;
        while (QFile::exists(out + QLatin1Char('.') + QString::number(parts))) {
            const QByteArray part = readAll(out + QLatin1Char('.') + QString::number(parts));
            QVERIFY(part.endsWith('\n')); // no record split between files
            joined += part;
            ++parts;
        }
        const QByteArray last = readAll(out);
        QVERIFY(last.isEmpty() || last.endsWith('\n'));
        joined += last;
        QList<QByteArray> lines = joined.split('\n');
        lines.removeLast();
        QVERIFY(lines.size() > 1000);
        // Every record parses, and none is there twice (their timestamps are unique).
        QSet<QByteArray> seen;
        for (const QByteArray& line : lines) {
            QJsonParseError error{};
            const QJsonObject record = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            seen.insert(line);
        }
        QCOMPARE(seen.size(), lines.size());
        const QJsonObject episodes =
            QJsonDocument::fromJson(readAll(out + QStringLiteral(".episodes.json"))).object();
        QCOMPARE(episodes.value(QStringLiteral("lines")).toInteger(),
                 static_cast<qint64>(lines.size()));
        // No temporary file is left behind.
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files))
            QVERIFY2(!name.contains(QStringLiteral(".tmp-")), qPrintable(name));
    }

private Q_SLOTS:
    void sigintKeepsEveryRecordOnce() { interruptRotatingRun(SIGINT); }
    void sigtermKeepsEveryRecordOnce() { interruptRotatingRun(SIGTERM); }
};

QTEST_GUILESS_MAIN(TestGenerateInterrupt)
#include "test_generate_interrupt.moc"
