// `logscope templates` end to end: raw lines with a format, JSON lines, CSV outputs, saved
// state, and the errors a user can make.
#include "../support/logscope_process.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <map>

namespace {

using cli_test::Run;

Run logscope(const QStringList& arguments) {
    return cli_test::runLogscope(arguments);
}

// An RFC 4180 reader written independently of the product's.
QList<QStringList> readCsv(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

const QString kFormat = QStringLiteral("<Date> <Time> <Level> <Component>: <Content>");

} // namespace

class TestTemplatesCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void minesRawLinesWithAFormat() {
        // CRLF line ends, a blank line, a line that does not fit the format, no final newline,
        // and a template text that needs CSV quoting.
        const QByteArray log =
            "2024-01-01 10:00:00 INFO net: Connection from 10.0.0.1 port 22 accepted\r\n"
            "2024-01-01 10:00:01 INFO net: Connection from 10.0.0.2 port 2222 accepted\r\n"
            "\r\n"
            "this line has no format at all\r\n"
            "2024-01-01 10:00:02 WARN disk: Volume \"data\", 91% used\r\n"
            "2024-01-01 10:00:03 INFO net: Connection from 10.0.0.3 port 80 accepted\r\n"
            "2024-01-01 10:00:04 WARN disk: Volume \"data\", 95% used";
        writeFile(path(QStringLiteral("raw.log")), log);
        const Run run = logscope({QStringLiteral("templates"), path(QStringLiteral("raw.log")),
                                  QStringLiteral("--format"), kFormat, QStringLiteral("--lines"),
                                  path(QStringLiteral("lines.csv")), QStringLiteral("--templates"),
                                  path(QStringLiteral("templates.csv"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("6 lines mined into 3 templates"), run.out.constData());
        QVERIFY(run.out.contains("1 blank line skipped"));
        QVERIFY(run.out.contains("1 line did not match the format"));
        QVERIFY(run.out.contains("(first: line 4)"));
        QVERIFY(run.out.contains("Connection from <*> port <*> accepted"));

        const QList<QStringList> lines = readCsv(path(QStringLiteral("lines.csv")));
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines[0], (QStringList{"line", "template_id", "template"}));
        const QStringList numbers = {"1", "2", "4", "5", "6", "7"};
        std::map<QString, QString> textById;
        for (int i = 1; i < lines.size(); ++i) {
            QCOMPARE(lines[i].size(), 3);
            QCOMPARE(lines[i][0], numbers[i - 1]);
            textById[lines[i][1]] = lines[i][2];
        }
        QCOMPARE(lines[1][2], QStringLiteral("Connection from <*> port <*> accepted"));
        QCOMPARE(lines[2][1], lines[1][1]);
        QCOMPARE(lines[5][1], lines[1][1]);
        QCOMPARE(lines[3][2], QStringLiteral("this line has no format at all"));
        QCOMPARE(lines[4][2], QStringLiteral("Volume \"data\", <*>% used"));
        QCOMPARE(lines[6][1], lines[4][1]);

        const QList<QStringList> templates = readCsv(path(QStringLiteral("templates.csv")));
        QCOMPARE(templates.size(), 4);
        QCOMPARE(templates[0], (QStringList{"template_id", "template", "count"}));
        int total = 0;
        for (int i = 1; i < templates.size(); ++i) {
            QCOMPARE(textById[templates[i][0]], templates[i][1]);
            total += templates[i][2].toInt();
        }
        QCOMPARE(total, 6);
    }

    void minesJsonLinesWithoutAFormat() {
        QByteArray log;
        for (int i = 0; i < 50; ++i) {
            log += "{\"timestamp\":\"2024-10-27T14:30:0" + QByteArray::number(i % 10) +
                   "Z\",\"level\":\"ERROR\",\"service\":\"db\",\"message\":\"Query on table "
                   "orders took " +
                   QByteArray::number(100 + i) + " ms\"}\n";
            if (i % 10 == 0)
                log += "{\"level\":\"INFO\",\"message\":\"User " + QByteArray::number(i) +
                       " signed in from 10.1.1." + QByteArray::number(i) + "\"}\n";
        }
        log += "not json\n";
        writeFile(path(QStringLiteral("app.jsonl")), log);
        const Run run = logscope({QStringLiteral("templates"), path(QStringLiteral("app.jsonl")),
                                  QStringLiteral("--templates"), path(QStringLiteral("t.csv")),
                                  QStringLiteral("--lines"), path(QStringLiteral("l.csv")),
                                  QStringLiteral("--typed")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("1 of 56 lines could not be read"));
        const QList<QStringList> templates = readCsv(path(QStringLiteral("t.csv")));
        QCOMPARE(templates.size(), 3);
        QCOMPARE(templates[1][1], QStringLiteral("Query on table orders took <NUM> ms"));
        QCOMPARE(templates[1][2], QStringLiteral("50"));
        QCOMPARE(templates[2][1], QStringLiteral("User <NUM> signed in from <IP>"));
        const QList<QStringList> lines = readCsv(path(QStringLiteral("l.csv")));
        QCOMPARE(lines.size(), 56);
        QCOMPARE(lines[2][0], QStringLiteral("2")); // numbered in file order
        QCOMPARE(lines[2][2], QStringLiteral("User <NUM> signed in from <IP>"));
    }

    void savedStateContinuesMining() {
        QByteArray first;
        QByteArray second;
        for (int i = 0; i < 40; ++i) {
            const QByteArray line = "2024-01-01 10:00:00 INFO svc: job " + QByteArray::number(i) +
                                    (i % 3 ? " finished in " : " failed after ") +
                                    QByteArray::number(i * 7) + " ms on node-" +
                                    QByteArray("abc").mid(i % 3, 1) + "\n";
            (i < 20 ? first : second) += line;
        }
        writeFile(path(QStringLiteral("a.log")), first);
        writeFile(path(QStringLiteral("b.log")), second);
        writeFile(path(QStringLiteral("ab.log")), first + second);
        const QString state = path(QStringLiteral("state.json"));
        Run run = logscope({QStringLiteral("templates"), path(QStringLiteral("a.log")),
                            QStringLiteral("-f"), kFormat, QStringLiteral("--save-state"), state});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(state));
        run = logscope({QStringLiteral("templates"), path(QStringLiteral("b.log")),
                        QStringLiteral("-f"), kFormat, QStringLiteral("--load-state"), state,
                        QStringLiteral("--lines"), path(QStringLiteral("b.csv"))});
        QCOMPARE(run.exitCode, 0);
        run = logscope({QStringLiteral("templates"), path(QStringLiteral("ab.log")),
                        QStringLiteral("-f"), kFormat, QStringLiteral("--lines"),
                        path(QStringLiteral("ab.csv"))});
        QCOMPARE(run.exitCode, 0);
        const QList<QStringList> continued = readCsv(path(QStringLiteral("b.csv")));
        const QList<QStringList> oneShot = readCsv(path(QStringLiteral("ab.csv")));
        QCOMPARE(continued.size(), 21);
        QCOMPARE(oneShot.size(), 41);
        for (int i = 1; i < continued.size(); ++i) {
            QCOMPARE(continued[i][1], oneShot[i + 20][1]);
            QCOMPARE(continued[i][2], oneShot[i + 20][2]);
        }
    }

    void reportsErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString missing = m_dir.filePath(QStringLiteral("missing.log"));
        QTest::newRow("no file") << QStringList{"templates"} << 2
                                 << QStringLiteral("expected one FILE");
        QTest::newRow("bad format")
            << QStringList{"templates", missing, "--format", "no fields here"} << 2
            << QStringLiteral("--format: format has no <Field>");
        QTest::newRow("missing file") << QStringList{"templates", missing, "--format", kFormat} << 1
                                      << QStringLiteral("missing.log");
        QTest::newRow("bad top") << QStringList{"templates", missing, "--top", "many"} << 2
                                 << QStringLiteral("--top expects");
    }
    void reportsErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = logscope(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void explainsBadInputFiles() {
        writeFile(path(QStringLiteral("junk.bin")), QByteArray("\x01\x02\x00\xff\xfe\x00\x03", 7));
        Run run = logscope({QStringLiteral("templates"), path(QStringLiteral("junk.bin"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("junk.bin"), run.err.constData());
        writeFile(path(QStringLiteral("text.log")), "plain text, not JSON\n");
        writeFile(path(QStringLiteral("state.bad")), "{\"format\":\"logscope-template-miner\"}");
        run = logscope({QStringLiteral("templates"), path(QStringLiteral("text.log")),
                        QStringLiteral("-f"), kFormat, QStringLiteral("--load-state"),
                        path(QStringLiteral("state.bad"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("state.bad"));
        QVERIFY(run.err.contains("missing \"version\""));
        // An unwritable output is an error that names it.
        run = logscope({QStringLiteral("templates"), path(QStringLiteral("text.log")),
                        QStringLiteral("-f"), kFormat, QStringLiteral("--lines"),
                        QStringLiteral("/nonexistent/dir/out.csv")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("/nonexistent/dir/out.csv"));
    }

    void helpListsTheOptions() {
        const Run run = logscope({QStringLiteral("templates"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char* option : {"--format", "--lines", "--templates", "--top", "--typed",
                                   "--save-state", "--load-state"})
            QVERIFY2(run.out.contains(option), option);
        const Run top = logscope({QStringLiteral("--help")});
        QVERIFY(top.out.contains("templates"));
    }
};

QTEST_GUILESS_MAIN(TestTemplatesCli)
#include "test_templates_cli.moc"
