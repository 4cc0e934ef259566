// Output that cannot be written completely is not written at all: a full disk (a tiny tmpfs,
// when the test may mount one; else a file-size limit, which fails writes the same way), a
// vanished directory. Each command exits 1 with a message naming the file and leaves neither
// the file nor a temporary behind.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QString err;
};

// Runs `launcher logscope arguments...` through sh, so that a limit or a private mount can be
// set up first (launcher ends in exec).
Result runShell(const QString& launcher, const QStringList& arguments) {
    QString command = launcher + QStringLiteral(" \"$0\"");
    for (int i = 0; i < arguments.size(); ++i)
        command += QStringLiteral(" \"$%1\"").arg(i + 1);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/bin/sh"),
                  QStringList{QStringLiteral("-c"), command, QStringLiteral(LOGSCOPE_BINARY)} +
                      arguments);
    process.waitForFinished(300'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

// The commands that write a file, with the output in dir.
QList<QStringList> writers(const QString& dir, const QString& log) {
    return {
        {"analyze", log, "--json", dir + "/out.json"},
        {"analyze", log, "--scores", dir + "/scores.csv"},
        {"templates", log, "--lines", dir + "/lines.csv"},
        {"report", log, "-o", dir + "/out.png"},
        {"generate", "-n", "20000", "-p", dir + "/gen.jsonl"},
    };
}

QString outputOf(const QStringList& arguments) {
    return arguments.last();
}

} // namespace

class TestWriteFailures : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_log;

    void expectCleanFailure(const Result& result, const QString& output, const QString& why) {
        QVERIFY2(result.exitCode == 1,
                 qPrintable(QString::number(result.exitCode) + ": " + result.err));
        QVERIFY2(result.err.contains(output), qPrintable(result.err));
        QVERIFY2(result.err.contains(why), qPrintable(result.err));
        QVERIFY2(!QFile::exists(output), qPrintable(output));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(QStringLiteral("app.log"));
        QFile file(m_log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 3000; ++i)
            file.write(QStringLiteral("2024-01-15 10:%1:%2,000 %3 request %4 took %5 ms\n")
                           .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(i % 60, 2, 10, QLatin1Char('0'))
                           .arg(i % 17 == 0 ? "ERROR" : "INFO")
                           .arg(i)
                           .arg(i % 300)
                           .toUtf8());
    }

    void aVanishedDirectoryIsAnError() {
        const QString gone = m_dir.filePath(QStringLiteral("gone"));
        for (const QStringList& args : writers(gone, m_log))
            expectCleanFailure(runShell(QStringLiteral("exec"), args), outputOf(args),
                               QStringLiteral("No such file or directory"));
    }

    void aFileSizeLimitFailsTheWriteCleanly() {
        // ulimit -f makes writes past 8 KB fail (EFBIG) as a full disk would; SIGXFSZ ignored.
        const QString dir = m_dir.filePath(QStringLiteral("limited"));
        QVERIFY(QDir().mkpath(dir));
        for (const QStringList& args : writers(dir, m_log)) {
            expectCleanFailure(runShell(QStringLiteral("ulimit -f 8; trap '' XFSZ; exec"), args),
                               outputOf(args), QStringLiteral("File too large"));
            QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty()); // no temporary left
        }
    }

    void aFullDiskFailsTheWriteCleanly() {
        // A 4 KB tmpfs in a private mount namespace (needs root or user namespaces), so
        // nothing outlives the test.
        const QString dir = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(dir));
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        const QString mount = QStringLiteral("mount -t tmpfs -o size=4k tmpfs \"$0\"");
        QString flags;
        for (const QString& candidate : {QStringLiteral("-m"), QStringLiteral("-m -r")}) {
            if (flags.isEmpty() && !unshare.isEmpty() &&
                QProcess::execute(
                    QStringLiteral("/bin/sh"),
                    {"-c", unshare + " " + candidate + " sh -c '" + mount + "' \"$0\"", dir}) == 0)
                flags = candidate;
        }
        if (flags.isEmpty())
            QSKIP("cannot mount a small tmpfs here (needs root or user namespaces)");
        for (const QStringList& args : writers(dir, m_log)) {
            const QString launcher =
                QStringLiteral("exec %1 %2 sh -c 'mount -t tmpfs -o size=4k tmpfs %3 && exec "
                               "\"$@\"' sh")
                    .arg(unshare, flags, dir);
            expectCleanFailure(runShell(launcher, args), outputOf(args),
                               QStringLiteral("No space left on device"));
        }
    }
};

QTEST_GUILESS_MAIN(TestWriteFailures)
#include "test_write_failures.moc"
