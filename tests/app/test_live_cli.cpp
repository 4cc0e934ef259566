// The headless live monitor, `logscope analyze --follow`: one JSON line per incident the moment
// it is raised, then a summary; from a file (read to its end and followed), from stdin, and
// from a generator streaming into a file in another process, with the episode it caught.
#include "../support/logscope_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<QJsonObject> jsonLines(const QByteArray& out) {
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            objects.push_back(QJsonDocument::fromJson(line).object());
    return objects;
}

QList<QJsonObject> incidents(const QList<QJsonObject>& lines) {
    QList<QJsonObject> out;
    for (const QJsonObject& o : lines)
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("incident"))
            out.push_back(o);
    return out;
}

QString binary() {
    return QStringLiteral(LOGSCOPE_BINARY);
}

} // namespace

class TestLiveCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsAFileAndPrintsIncidentLines() {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("x.jsonl"));
        // 40 s of lines at 1,000 a second with an error spike from 15 s to 30 s.
        const auto generated = cli_test::runLogscope(
            {QStringLiteral("generate"), QStringLiteral("-n"), QStringLiteral("40000"),
             QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("-a"),
             QStringLiteral("0"), QStringLiteral("--inject"), QStringLiteral("error_spike@15s:15s"),
             QStringLiteral("-p"), log});
        QCOMPARE(generated.exitCode, 0);
        const auto run =
            cli_test::runLogscope({QStringLiteral("analyze"), QStringLiteral("--follow"), log,
                                   QStringLiteral("--for"), QStringLiteral("3s")});
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.last().value(QStringLiteral("event")).toString(), QStringLiteral("summary"));
        QCOMPARE(lines.last().value(QStringLiteral("lines")).toInt(), 40000);
        const QList<QJsonObject> found = incidents(lines);
        QVERIFY2(!found.isEmpty(), run.out.constData());
        bool errorRate = false;
        double fastest = 1e9;
        for (const QJsonObject& o : found) {
            for (const char* key : {"type", "severity", "services", "start", "end", "raised_at",
                                    "data_time", "window_seconds"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            // The episodes file beside the log names the episode an incident caught.
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("High Error Rate") &&
                o.contains(QStringLiteral("episode"))) {
                errorRate = true;
                fastest = std::min(fastest, o.value(QStringLiteral("episode"))
                                                .toObject()
                                                .value(QStringLiteral("detection_latency_seconds"))
                                                .toDouble());
            }
        }
        QVERIFY2(fastest <= 10.0, qPrintable(QString::number(fastest)));
        QVERIFY(errorRate);
        QCOMPARE(lines.last().value(QStringLiteral("caught")).toInt(), 1);
    }

    void followsStandardInputToItsEnd() {
        const auto generated = cli_test::runLogscope(
            {QStringLiteral("generate"), QStringLiteral("-n"), QStringLiteral("30000"),
             QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("-a"),
             QStringLiteral("0"), QStringLiteral("--inject"),
             QStringLiteral("service_outage@12s:15s")});
        QCOMPARE(generated.exitCode, 0);
        cli_test::RunOptions options;
        options.input = generated.out;
        const auto run = cli_test::runLogscope(
            {QStringLiteral("analyze"), QStringLiteral("--follow"), QStringLiteral("-")}, options);
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.last().value(QStringLiteral("lines")).toInt(), 30000);
        QVERIFY2(!incidents(lines).isEmpty(), run.out.constData());
    }

    void monitorsAStreamingGenerator() {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("live.jsonl"));
        QProcess generator;
        generator.start(binary(),
                        {QStringLiteral("generate"), QStringLiteral("--total"), QStringLiteral("0"),
                         QStringLiteral("--interval"), QStringLiteral("0.1"),
                         QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("-a"),
                         QStringLiteral("0"), QStringLiteral("--inject"),
                         QStringLiteral("error_spike@4s:20s"), QStringLiteral("-p"), log});
        QVERIFY(generator.waitForStarted());
        QProcess monitor;
        monitor.start(binary(), {QStringLiteral("analyze"), QStringLiteral("--follow"), log,
                                 QStringLiteral("--for"), QStringLiteral("14s")});
        QVERIFY(monitor.waitForStarted());
        QVERIFY(monitor.waitForFinished(60'000));
        generator.terminate();
        generator.waitForFinished(10'000);
        const QList<QJsonObject> lines = jsonLines(monitor.readAllStandardOutput());
        QVERIFY(lines.size() >= 2);
        // The injected episode's services, from the episodes file the generator wrote.
        QFile episodesFile(log + QStringLiteral(".episodes.json"));
        QVERIFY(episodesFile.open(QIODevice::ReadOnly));
        const QJsonArray episodes = QJsonDocument::fromJson(episodesFile.readAll())
                                        .object()
                                        .value(QStringLiteral("episodes"))
                                        .toArray();
        QCOMPARE(episodes.size(), 1);
        const QJsonArray hit = episodes[0].toObject().value(QStringLiteral("services")).toArray();
        bool caught = false;
        for (const QJsonObject& o : incidents(lines))
            for (const QJsonValue& service : o.value(QStringLiteral("services")).toArray())
                caught = caught || hit.contains(service);
        QVERIFY2(caught, QJsonDocument(lines.last()).toJson().constData());
    }

    void followNeedsOneInput() {
        const auto run =
            cli_test::runLogscope({QStringLiteral("analyze"), QStringLiteral("--follow"),
                                   QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(run.exitCode, 2);
        const auto bad = cli_test::runLogscope(
            {QStringLiteral("analyze"), QStringLiteral("--follow"), QStringLiteral("a"),
             QStringLiteral("--window"), QStringLiteral("soon")});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestLiveCli)
#include "test_live_cli.moc"
