// `logscope generate` end to end: options, profiles, formats, --config, --inject, rotation,
// the episodes file, and streaming that stops cleanly on SIGTERM / SIGINT.
#include "../support/logscope_process.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {

using cli_test::Run;

Run logscope(const QStringList& arguments, const QString& directory = QString()) {
    cli_test::RunOptions options;
    options.workingDirectory = directory;
    return cli_test::runLogscope(QStringList{QStringLiteral("generate")} + arguments, options);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> linesOf(const QByteArray& bytes) {
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QJsonObject json(const QByteArray& bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestGenerateCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Starts a stream, lets it run, stops it with signal, and checks what it left behind.
    void streamAndStop(int signal, bool toStdout) {
        const QString file = path(QStringLiteral("stream-%1.jsonl").arg(signal));
        QProcess process;
        QStringList args{"generate",   "--total",  "0",
                         "--interval", "0.1",      "--rate",
                         "3000",       "--inject", "error_spike@0.3s:0.5s",
                         "--seed",     "4"};
        if (toStdout)
            args << "--output"
                 << "stdout"
                 << "--episodes" << file + ".episodes.json";
        else
            args << "-p" << file;
        process.start(QStringLiteral(LOGSCOPE_BINARY), args);
        QVERIFY(process.waitForStarted());
        QTest::qWait(1200);
        ::kill(static_cast<pid_t>(process.processId()), signal);
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray bytes = toStdout ? process.readAllStandardOutput() : readAll(file);
        QVERIFY(bytes.endsWith('\n')); // the last record is whole
        const QList<QByteArray> lines = linesOf(bytes);
        QVERIFY2(lines.size() > 1500, qPrintable(QString::number(lines.size())));
        int spike = 0;
        for (const QByteArray& line : lines) {
            const QJsonObject o = json(line);
            QVERIFY2(!o.isEmpty(), line.constData());
            spike += o.value("_labels").toObject().value("anomaly_type").toString() ==
                     QLatin1String("error_spike");
        }
        QVERIFY(spike > 0);
        const QJsonObject episodes = json(readAll(file + ".episodes.json"));
        QCOMPARE(episodes.value("lines").toInt(), static_cast<int>(lines.size()));
        bool injected = false;
        for (const QJsonValue& e : episodes.value("episodes").toArray())
            injected =
                injected || e.toObject().value("origin").toString() == QLatin1String("injected");
        QVERIFY(injected);
        if (!toStdout)
            QVERIFY(process.readAllStandardError().contains("(stopped by signal)"));
    }

private Q_SLOTS:
    void defaultRunIsSeed003sWeek() {
        const QString file = path(QStringLiteral("default.jsonl"));
        const Run run = logscope({"-p", file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("100,800 lines to"), run.err.constData());
        const QList<QByteArray> lines = linesOf(readAll(file));
        QCOMPARE(lines.size(), 100'800);
        std::map<QString, int> services;
        for (const QByteArray& line : lines)
            ++services[json(line).value("service").toString()];
        QCOMPARE(services.size(), std::size_t{7});
        QVERIFY(json(lines.first()).value("timestamp").toString().startsWith("2024-10-27T14:3"));
        QVERIFY(json(lines.last()).value("timestamp").toString().startsWith("2024-11-03T"));
        const QJsonObject episodes = json(readAll(file + ".episodes.json"));
        QVERIFY(episodes.value("episodes").toArray().size() >= 3);
    }

    void sameSeedSameBytesAndBothOutputsAgree() {
        const QString a = path(QStringLiteral("a.jsonl"));
        const QString b = path(QStringLiteral("b.jsonl"));
        Run run = logscope({"-n", "20000", "--seed", "9", "-p", a});
        QCOMPARE(run.exitCode, 0);
        run = logscope({"-n", "20000", "--seed", "9", "-p", b, "-o", "both"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readAll(a), readAll(b));
        QCOMPARE(run.out, readAll(b));
        QVERIFY(logscope({"-n", "20000", "--seed", "10"}).out != readAll(a));
    }

    void formats_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("text")
            << QStringList{"-f", "text", "--profile", "web"}
            << R"re(^\[[0-9T:.-]+\] \[[A-Z ]{8}\] \[[a-z-]+/[a-z-]+\] \[[0-9a-f]{8}\] )re";
        QTest::newRow("nginx")
            << QStringList{"-f", "nginx"}
            << R"re(^\S+ - \S+ \[\d\d/\w{3}/\d{4}:[\d:]{8} \+0000\] "[A-Z]+ \S+ HTTP/1\.1" \d{3} \d+ )re";
        QTest::newRow("syslog") << QStringList{"-f", "syslog", "--profile", "metrics"}
                                << R"re(^<\d+>1 \S+Z \S+ \S+ - - \[metric@32473 )re";
        QTest::newRow("json basic")
            << QStringList{"--profile", "basic"}
            << R"re(^\{"timestamp":"2024-08-03T12:0\d:\d\dZ","service":"(auth|payment)","level":)re";
    }
    void formats() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, pattern);
        const Run run = logscope(arguments + QStringList{"-n", "300"});
        QCOMPARE(run.exitCode, 0);
        const QRegularExpression re(pattern);
        const QList<QByteArray> lines = linesOf(run.out);
        QCOMPARE(lines.size(), 300);
        for (const QByteArray& line : lines)
            QVERIFY2(re.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    }

    void configOverridesTheProfile() {
        const QString config = path(QStringLiteral("heavy-db.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"services": {"database": {"weight": 5}}, "anomalies": {"probability": 0}})");
        file.close();
        const Run run = logscope({"-c", config, "-n", "5000"});
        QCOMPARE(run.exitCode, 0);
        int database = 0;
        for (const QByteArray& line : linesOf(run.out))
            database += json(line).value("service").toString() == QLatin1String("database");
        QVERIFY2(database > 3000, qPrintable(QString::number(database)));
        const Run printed = logscope({"-c", config, "--print-scenario"});
        QCOMPARE(printed.exitCode, 0);
        const QJsonObject scenario = json(printed.out);
        QCOMPARE(scenario.value("name").toString(), QStringLiteral("microservices"));
        QCOMPARE(scenario.value("services")
                     .toObject()
                     .value("database")
                     .toObject()
                     .value("weight")
                     .toDouble(),
                 5.0);
    }

    void badConfigsAreRefusedWithThePath() {
        const QString config = path(QStringLiteral("bad.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"anomalies": {"types": {"error_spike": {"error_rate": "lots"}}}})");
        file.close();
        Run run = logscope({"-c", config});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QByteArray(
                     config.toUtf8() + ": /anomalies/types/error_spike/error_rate: expected a "
                                       "number from 0 to 1, got \"lots\"")),
                 run.err.constData());
        run = logscope({"-c", path(QStringLiteral("missing.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("missing.json: cannot open"));
    }

    void injectLandsWhereAsked() {
        const QString file = path(QStringLiteral("inject.jsonl"));
        const Run run = logscope({"-n", "20000", "--duration", "1d", "--start",
                                  "2024-10-28T00:00:00Z", "-a", "0", "-p", file, "--inject",
                                  "error_spike@6h:30m,services=payment-service,error_rate=0.9",
                                  "--inject", "brute_force@12h:10m"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray episodes =
            json(readAll(file + ".episodes.json")).value("episodes").toArray();
        QVERIFY(episodes.size() >= 2);
        QJsonObject spike;
        QJsonObject brute;
        for (const QJsonValue& v : episodes) {
            const QJsonObject e = v.toObject();
            if (e.value("origin").toString() != QLatin1String("injected"))
                continue;
            (e.value("type").toString() == QLatin1String("error_spike") ? spike : brute) = e;
        }
        QCOMPARE(spike.value("start").toString(), QStringLiteral("2024-10-28T06:00:00.000000Z"));
        QCOMPARE(spike.value("end").toString(), QStringLiteral("2024-10-28T06:30:00.000000Z"));
        QCOMPARE(spike.value("services").toArray().first().toString(),
                 QStringLiteral("payment-service"));
        QCOMPARE(spike.value("parameters").toObject().value("error_rate").toDouble(), 0.9);
        QCOMPARE(brute.value("variant").toString(), QStringLiteral("brute_force"));
        QVERIFY(brute.value("lines").toInt() > 50);
    }

    void rotationAndLabels() {
        const QString whole = path(QStringLiteral("whole.jsonl"));
        const QString rotated = path(QStringLiteral("rotated.jsonl"));
        QCOMPARE(logscope({"-n", "10000", "-p", whole}).exitCode, 0);
        const Run run = logscope({"-n", "10000", "-p", rotated, "--rotate-size", "100K"});
        QCOMPARE(run.exitCode, 0);
        QByteArray joined;
        int parts = 1;
        while (QFile::exists(rotated + "." + QString::number(parts))) {
            const QByteArray part = readAll(rotated + "." + QString::number(parts));
            QVERIFY(part.size() <= 100 * 1024 && part.endsWith('\n'));
            joined += part;
            ++parts;
        }
        QVERIFY(parts > 10);
        joined += readAll(rotated);
        QCOMPARE(joined, readAll(whole));
        QVERIFY(run.err.contains(QByteArray(QByteArray::number(parts) + " files")));
        // Without labels the lines are clean, and the episodes file is still written.
        const QString blind = path(QStringLiteral("blind.jsonl"));
        QCOMPARE(logscope({"-n", "10000", "-p", blind, "--no-labels"}).exitCode, 0);
        QVERIFY(!readAll(blind).contains("_labels"));
        QVERIFY(!json(readAll(blind + ".episodes.json")).value("episodes").toArray().isEmpty());
    }

    void volumeOptions() {
        Run run = logscope({"--profile", "basic", "-n", "5"});
        QCOMPARE(linesOf(run.out).size(), 5);
        QVERIFY(linesOf(run.out).last().contains("\"2024-08-03T12:00:04Z\""));
        run = logscope({"--profile", "basic", "--duration", "10s"});
        QCOMPARE(linesOf(run.out).size(), 10);
        run = logscope({"--profile", "basic", "--rate", "10", "--duration", "2s", "--start",
                        "2025-03-01T00:00:00Z"});
        const QList<QByteArray> lines = linesOf(run.out);
        QCOMPARE(lines.size(), 20);
        QVERIFY(lines[1].contains("2025-03-01T00:00:00Z")); // ten a second, whole seconds shown
        run = logscope({"-n", "1", "--start", "now"});
        QCOMPARE(run.exitCode, 0);
    }

    void streamingStopsCleanlyOnSigterm() { streamAndStop(SIGTERM, false); }
    void streamingToStdoutStopsCleanlyOnSigint() { streamAndStop(SIGINT, true); }

    void aStreamWithADurationEndsByItself() {
        QElapsedTimer timer;
        timer.start();
        const Run run =
            logscope({"--interval", "0.1", "--rate", "500", "--duration", "1s", "-a", "0"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(timer.elapsed() >= 900);
        const qsizetype lines = linesOf(run.out).size();
        QVERIFY2(lines >= 450 && lines <= 500, qPrintable(QString::number(lines)));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("total") << QStringList{"-n", "many"}
                               << "--total expects a non-negative integer";
        QTest::newRow("batch") << QStringList{"-b", "0"}
                               << "--batch-size expects a positive integer";
        QTest::newRow("format") << QStringList{"-f", "xml"}
                                << "--format expects json, text, nginx or syslog";
        QTest::newRow("output") << QStringList{"-o", "printer"}
                                << "--output expects stdout, file or both";
        QTest::newRow("file needs path")
            << QStringList{"-o", "file"} << "--output file needs -p/--output-path";
        QTest::newRow("anomaly rate")
            << QStringList{"-a", "2"} << "--anomaly-rate expects a number from 0 to 1";
        QTest::newRow("interval") << QStringList{"-i", "-1"}
                                  << "--interval expects a number above 0";
        QTest::newRow("rate") << QStringList{"--rate", "fast"} << "--rate expects a number above 0";
        QTest::newRow("seed") << QStringList{"--seed", "x"}
                              << "--seed expects a non-negative integer";
        QTest::newRow("start") << QStringList{"--start", "yesterday"}
                               << "--start expects an ISO 8601 time";
        QTest::newRow("duration") << QStringList{"--duration", "a while"}
                                  << "--duration expects a duration";
        QTest::newRow("three") << QStringList{"-n", "5", "--duration", "1h", "--rate", "3"}
                               << "at most two of";
        QTest::newRow("start stream")
            << QStringList{"-i", "1", "--start", "now"} << "applies to simulated time only";
        QTest::newRow("rotate size")
            << QStringList{"-p", "x", "--rotate-size", "huge"} << "--rotate-size expects a size";
        QTest::newRow("rotate stdout")
            << QStringList{"--rotate-size", "1M"} << "--rotate-size needs an output file";
        QTest::newRow("inject") << QStringList{"--inject", "error_spike"}
                                << "--inject error_spike: expected TYPE@OFFSET";
        QTest::newRow("inject type")
            << QStringList{"--profile", "basic", "--inject", "rate_limiting@1h"}
            << "rate_limiting needs a service with role \"edge\"";
        QTest::newRow("profile") << QStringList{"--profile", "cloud"}
                                 << "unknown profile \"cloud\"";
        QTest::newRow("nginx metrics") << QStringList{"--profile", "metrics", "-f", "nginx"}
                                       << "the nginx access-log format needs request events";
    }
    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = logscope(arguments, m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void injectAfterTheEndWarns() {
        const Run run = logscope({"-n", "10", "--duration", "1h", "--inject", "error_spike@2h"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("starts after the run ends"));
    }

    void helpListsEveryOption() {
        const Run run = logscope({"--help"});
        QCOMPARE(run.exitCode, 0);
        for (const char* option : {"--config",
                                   "--total",
                                   "--batch-size",
                                   "--output",
                                   "--format",
                                   "--output-path",
                                   "--anomaly-rate",
                                   "--no-labels",
                                   "--interval",
                                   "--profile",
                                   "--seed",
                                   "--start",
                                   "--duration",
                                   "--rate",
                                   "--rotate-size",
                                   "--inject",
                                   "--episodes",
                                   "--print-scenario",
                                   "-c,",
                                   "-n,",
                                   "-b,",
                                   "-o,",
                                   "-f,",
                                   "-p,",
                                   "-a,",
                                   "-i,"})
            QVERIFY2(run.out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(TestGenerateCli)
#include "test_generate_cli.moc"
