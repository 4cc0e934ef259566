// CSV quoting and parsing (RFC 4180) and the raw line reader of the templates command.
#include "core/templates/csv.h"
#include "core/templates/raw_line_reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace logscope::core;

class TestTemplateCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quotesFields_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("\"abc\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("template") << QStringLiteral("<*>:<*> Served block <*>")
                                  << QStringLiteral("\"<*>:<*> Served block <*>\"");
    }
    void quotesFields() {
        QFETCH(QString, field);
        QFETCH(QString, quoted);
        std::string out;
        appendCsvField(out, field.toStdString());
        QCOMPARE(QString::fromStdString(out), quoted);
    }

    void roundTripsRecords() {
        const std::vector<std::string> fields = {"1", "a \"b\", c", "line\nbreak", "", "x"};
        std::string text;
        appendCsvRecord(text, {fields.begin(), fields.end()});
        appendCsvRecord(text, {"2", "plain"});
        std::vector<std::vector<std::string>> records;
        std::string error;
        QVERIFY(parseCsv(text, records, error));
        QCOMPARE(records.size(), std::size_t{2});
        QCOMPARE(records[0], fields);
        QCOMPARE(records[1], (std::vector<std::string>{"2", "plain"}));
    }

    void parsesLoghubStyle() {
        // CRLF record ends, unquoted and quoted fields mixed, no final line break.
        std::vector<std::vector<std::string>> records;
        std::string error;
        QVERIFY(parseCsv("LineId,Content,EventTemplate\r\n1,\"a, b\",<*> x\r\n2,c,\"d \"\"e\"\"\"",
                         records, error));
        QCOMPARE(records.size(), std::size_t{3});
        QCOMPARE(records[1][1], std::string("a, b"));
        QCOMPARE(records[1][2], std::string("<*> x"));
        QCOMPARE(records[2][2], std::string("d \"e\""));
        QVERIFY(!parseCsv("a,\"unterminated\nb", records, error));
        QVERIFY(QString::fromStdString(error).contains(QLatin1String("record 1")));
    }

    void readsRawLines_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("lf") << QByteArray("a\nb\n") << QStringList{"a", "b"};
        QTest::newRow("crlf, no final newline")
            << QByteArray("a\r\nb\r\nc") << QStringList{"a", "b", "c"};
        QTest::newRow("blank lines keep their numbers")
            << QByteArray("a\n\n\r\nb") << QStringList{"a", "", "", "b"};
        QTest::newRow("empty file") << QByteArray() << QStringList{};
        QTest::newRow("lone cr stays") << QByteArray("a\rb\n") << QStringList{"a\rb"};
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                       "a\nb")
                                         << QStringList{"a", "b"};
    }
    void readsRawLines() {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, lines);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("raw.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        RawLineReader reader;
        std::string error;
        QVERIFY2(reader.read(path.toStdString(), error), error.c_str());
        QCOMPARE(reader.bytes(), static_cast<std::size_t>(bytes.size()));
        QStringList read;
        for (std::string_view line : reader.lines())
            read << QString::fromUtf8(line.data(), static_cast<int>(line.size()));
        QCOMPARE(read, lines);
    }

    void reportsUnreadableFiles() {
        RawLineReader reader;
        std::string error;
        QVERIFY(!reader.read("/nonexistent/file.log", error));
        QVERIFY(QString::fromStdString(error).contains(QLatin1String("/nonexistent/file.log")));
    }
};

QTEST_APPLESS_MAIN(TestTemplateCsv)
#include "test_template_csv.moc"
