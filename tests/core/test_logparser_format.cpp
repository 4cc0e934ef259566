#include "core/formats/logparser_format.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace logscope::core;

namespace {
std::vector<std::string> matchFields(std::string_view format, std::string_view line) {
    std::string error;
    auto compiled = LogparserFormat::compile(format, error);
    if (!compiled)
        return {"<compile error: " + error + ">"};
    LogparserFormat::Matcher matcher(compiled);
    std::vector<std::string_view> values;
    if (!matcher.match(line, values))
        return {};
    return {values.begin(), values.end()};
}
} // namespace

class TestLogparserFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsFields() {
        const auto fields = matchFields("<Date> <Time> <Pid> <Level> <Component>: <Content>",
                                        "081109 203615 148 INFO dfs.DataNode$PacketResponder: "
                                        "PacketResponder 1 for block blk_38 terminating\r");
        QCOMPARE(fields.size(), std::size_t{6});
        QCOMPARE(fields[0], std::string("081109"));
        QCOMPARE(fields[3], std::string("INFO"));
        QCOMPARE(fields[4], std::string("dfs.DataNode$PacketResponder"));
        QCOMPARE(fields[5], std::string("PacketResponder 1 for block blk_38 terminating"));
    }
    void treatsSeparatorsAsRegexWithOptionalGroups() {
        const std::string_view linux =
            "<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>";
        auto fields = matchFields(linux, "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: "
                                         "authentication failure; logname=");
        QCOMPARE(fields.size(), std::size_t{7});
        QCOMPARE(fields[4], std::string("sshd(pam_unix)"));
        QCOMPARE(fields[5], std::string("19939"));
        QCOMPARE(fields[6], std::string("authentication failure; logname="));
        fields = matchFields(linux, "Jun 15 04:06:18 combo su: session opened for user cyrus");
        QCOMPARE(fields.size(), std::size_t{7});
        QCOMPARE(fields[4], std::string("su"));
        QCOMPARE(fields[5], std::string());
    }
    void spacesMatchAnyWhitespaceRun() {
        const auto fields =
            matchFields("<Date> <Time> - <Level>  \\[<Node>:<Component>@<Id>\\] - <Content>",
                        "2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0:0:0:0:"
                        "0:0:0:0:2181:FastLeaderElection@774] - Notification time out: 3200");
        QCOMPARE(fields.size(), std::size_t{7});
        QCOMPARE(fields[2], std::string("INFO"));
        QCOMPARE(fields[6], std::string("Notification time out: 3200"));
    }
    void rejectsLinesThatDoNotFit() {
        QVERIFY(matchFields("<Date> <Time> <Level> <Content>", "onlyoneword").empty());
    }
    void reportsInvalidFormats_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("message");
        QTest::newRow("no fields") << "just text"
                                   << "no <Field>";
        QTest::newRow("no content") << "<Date> <Time>"
                                    << "no <Content>";
        QTest::newRow("bad regex") << "<Date> [ <Content>"
                                   << "invalid format";
        QTest::newRow("named group") << "<Date> (?'x'a) <Content>"
                                     << "named group";
    }
    void reportsInvalidFormats() {
        QFETCH(QString, format);
        QFETCH(QString, message);
        std::string error;
        QVERIFY(!LogparserFormat::compile(format.toStdString(), error));
        QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
    }
    void capsBacktrackingOnHostileFormats() {
        std::string error;
        auto format = LogparserFormat::compile("<A>(a+)+b<B> <Content>", error);
        QVERIFY(format);
        LogparserFormat::Matcher matcher(format);
        std::vector<std::string_view> values;
        QVERIFY(!matcher.match(std::string(5000, 'a'), values)); // returns, does not hang
    }
    void matchesEveryLoghubSample() {
        const QString root = QStringLiteral(LOGSCOPE_SHARED_DIR "/loghub");
        QFile formats(root + QStringLiteral("/formats.tsv"));
        if (!formats.open(QIODevice::ReadOnly))
            QSKIP("loghub samples not present");
        while (!formats.atEnd()) {
            const QString line = QString::fromUtf8(formats.readLine()).trimmed();
            if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
                continue;
            const QString name = line.section(QLatin1Char('\t'), 0, 0);
            const std::string format = line.section(QLatin1Char('\t'), 1).toStdString();
            std::string error;
            auto compiled = LogparserFormat::compile(format, error);
            QVERIFY2(compiled, error.c_str());
            LogparserFormat::Matcher matcher(compiled);
            QFile log(root + QLatin1Char('/') + name + QLatin1Char('/') + name +
                      QStringLiteral("_2k.log"));
            QVERIFY(log.open(QIODevice::ReadOnly));
            int total = 0;
            int matched = 0;
            std::vector<std::string_view> values;
            while (!log.atEnd()) {
                const QByteArray bytes = log.readLine();
                ++total;
                matched += matcher.match(std::string_view(bytes.data(), bytes.size()), values);
            }
            QVERIFY2(
                matched == total,
                qPrintable(
                    QStringLiteral("%1: %2 of %3 lines match").arg(name).arg(matched).arg(total)));
        }
    }
};

QTEST_APPLESS_MAIN(TestLogparserFormat)
#include "test_logparser_format.moc"
