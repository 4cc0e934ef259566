// A streaming `logscope generate` writes its episodes file when an injected episode starts
// (not only when it ends), with the episode's planned end, so that `logscope analyze --follow`
// names the episode in the incident lines it raises while the episode is still running.
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

QJsonArray episodesIn(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("episodes"))
        .toArray();
}

QDateTime timeOf(const QJsonObject& o, const char* key) {
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

} // namespace

class TestLiveEpisodesCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void monitorNamesTheEpisodeWhileItRuns() {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("live.jsonl"));
        const QString episodesPath = log + QStringLiteral(".episodes.json");
        QProcess generator;
        generator.start(QStringLiteral(LOGSCOPE_BINARY),
                        {QStringLiteral("generate"), QStringLiteral("--total"), QStringLiteral("0"),
                         QStringLiteral("--interval"), QStringLiteral("0.1"),
                         QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("-a"),
                         QStringLiteral("0"), QStringLiteral("--inject"),
                         QStringLiteral("error_spike@4s:40s"), QStringLiteral("-p"), log});
        QVERIFY(generator.waitForStarted());
        QProcess monitor;
        monitor.start(QStringLiteral(LOGSCOPE_BINARY),
                      {QStringLiteral("analyze"), QStringLiteral("--follow"), log,
                       QStringLiteral("--for"), QStringLiteral("14s")});
        QVERIFY(monitor.waitForStarted());

        // The episode shows in the file soon after it starts, with its planned end.
        QJsonObject listed;
        QDateTime seenAt;
        QElapsedTimer clock;
        clock.start();
        while (listed.isEmpty() && clock.elapsed() < 12'000) {
            const QJsonArray list = episodesIn(episodesPath);
            if (!list.isEmpty()) {
                listed = list.first().toObject();
                seenAt = QDateTime::currentDateTimeUtc();
            }
            QThread::msleep(50);
        }
        QVERIFY2(!listed.isEmpty(), "the episodes file did not list the episode as it started");
        QCOMPARE(listed.value(QStringLiteral("origin")).toString(), QStringLiteral("injected"));
        QVERIFY(listed.value(QStringLiteral("in_progress")).toBool());
        const QDateTime start = timeOf(listed, "start");
        QCOMPARE(start.msecsTo(timeOf(listed, "end")), 40'000);
        QVERIFY2(start.msecsTo(seenAt) < 3'000, qPrintable(QString::number(start.msecsTo(seenAt))));
        const QJsonArray services = listed.value(QStringLiteral("services")).toArray();

        QVERIFY(monitor.waitForFinished(60'000));
        // Before the episode ends (at 44 s), the incidents on its service name it.
        bool named = false;
        for (const QByteArray& line : monitor.readAllStandardOutput().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("event")).toString() != QLatin1String("incident") ||
                o.value(QStringLiteral("type")).toString() != QLatin1String("High Error Rate"))
                continue;
            bool onService = false;
            for (const QJsonValue& s : o.value(QStringLiteral("services")).toArray())
                onService = onService || services.contains(s);
            if (!onService)
                continue;
            const QJsonObject episode = o.value(QStringLiteral("episode")).toObject();
            QCOMPARE(episode.value(QStringLiteral("id")).toString(),
                     listed.value(QStringLiteral("id")).toVariant().toString());
            QVERIFY(episode.value(QStringLiteral("detection_latency_seconds")).toDouble() <= 10.0);
            named = true;
        }
        QVERIFY(named);

        // Stopped early, the final file clips the episode to the end of the run.
        generator.terminate();
        QVERIFY(generator.waitForFinished(10'000));
        const QJsonArray final = episodesIn(episodesPath);
        QCOMPARE(final.size(), 1);
        QVERIFY(!final.first().toObject().contains(QStringLiteral("in_progress")));
        QVERIFY(timeOf(final.first().toObject(), "end") < timeOf(listed, "end"));
    }
};

QTEST_GUILESS_MAIN(TestLiveEpisodesCli)
#include "test_live_episodes_cli.moc"
