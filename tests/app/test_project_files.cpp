#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {
QString readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class TestProjectFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ciRunsTheReadmeTestCommandVerbatim() {
        const QString readme = readFile(QStringLiteral(LOGSCOPE_SOURCE_DIR "/README.md"));
        const QString ci = readFile(QStringLiteral(LOGSCOPE_SOURCE_DIR "/.ci/run"));
        QVERIFY(!readme.isEmpty());
        QVERIFY(!ci.isEmpty());
        // The Quick start's code block holds the two commands; the second runs the tests.
        const int start = readme.indexOf(QStringLiteral("## Quick start"));
        const int block = readme.indexOf(QStringLiteral("```sh\n"), start);
        const int end = readme.indexOf(QStringLiteral("```"), block + 6);
        QVERIFY(start >= 0 && block > start && end > block);
        QStringList commands;
        for (const QString& line :
             readme.mid(block + 6, end - block - 6).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
                commands << line.trimmed();
        }
        QCOMPARE(commands.size(), 2);
        QVERIFY(commands[0].contains(QStringLiteral("logscope demo")));
        QVERIFY(commands[1].contains(QStringLiteral("ctest")));
        QVERIFY2(ci.split(QLatin1Char('\n')).contains(commands[1]),
                 "the last command of .ci/run must be the README's test command");
    }
};

QTEST_APPLESS_MAIN(TestProjectFiles)
#include "test_project_files.moc"
