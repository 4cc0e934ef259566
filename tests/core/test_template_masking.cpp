// Masking: every kind of variable the miner recognises becomes its typed placeholder, and the
// words and punctuation around it survive.
#include "core/templates/message_tokenizer.h"
#include "core/templates/template_miner.h"

#include <QTest>

using namespace logscope::core;

namespace {

// The template of a single message: exactly its masked form.
std::string typed(const std::string& message) {
    TemplateMiner miner;
    return miner.typedText(miner.add(message));
}

std::string wildcard(const std::string& message) {
    TemplateMiner miner;
    return miner.text(miner.add(message));
}

} // namespace

class TestTemplateMasking : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void masksEachKind_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("masked");
        auto row = [](const char* name, const char* message, const char* masked) {
            QTest::newRow(name) << QString::fromUtf8(message) << QString::fromUtf8(masked);
        };
        row("integer", "retry 3 of 10", "retry <NUM> of <NUM>");
        row("negative and decimal", "delta -17 ratio 0.25", "delta <NUM> ratio <NUM>");
        row("version", "klogd 1.4.1 started", "klogd <NUM> started");
        row("hex with prefix", "session 0x14ed93111f20005 closed", "session <HEX> closed");
        row("bare hex", "iar 003a90fc dear 00b360e8", "iar <HEX> dear <HEX>");
        row("ipv4 and port", "connect to 10.251.73.220:50010 failed",
            "connect to <IP>:<NUM> failed");
        row("ipv4 in brackets", "[client 222.166.160.184] denied", "[client <IP>] denied");
        row("ipv6", "listening on fe80::1ff:fe23:4567:890a now", "listening on <IP> now");
        row("uuid", "request 123e4567-e89b-12d3-a456-426614174000 done", "request <UUID> done");
        row("mac", "chip FF:F2:9F:16:E2:23:00:0D:60:E9:1D:DC changed", "chip <MAC> changed");
        row("absolute path", "loading /var/lib/app/data.db now", "loading <PATH> now");
        row("path keeps its final dot", "allocate /user/root/part-00590. to blk_-1888",
            "allocate <PATH> to <ID>");
        row("variables of mixed kinds in a row", "allocate /user/root/part-00590. blk_-1888",
            "allocate <*> <*>");
        row("path then port", "from /10.10.34.11:45307", "from <PATH>:<NUM>");
        row("path in parentheses", "chdir(/p/gb2/t800) failed", "chdir(<PATH>) failed");
        row("relative path", "reading ./runtime_malloc and conf/app/x.yml",
            "reading <PATH> and <PATH>");
        row("windows path", "extract to C:\\Users\\me\\AppData\\Temp done",
            "extract to <PATH> done");
        row("url with path", "split hdfs://10.10.34.11:9000/pjhe/a.log:0+7292 read",
            "split hdfs://<URL> read");
        row("url host and port", "fs [hdfs://msra-sa-41:9000]", "fs [hdfs://<HOST>:<NUM>]");
        row("url without numbers is text", "see http://wiki.apache.org/hadoop/NoRouteToHost",
            "see http://wiki.apache.org/hadoop/NoRouteToHost");
        row("host and port", "proxy node-a.example.com:54883 open", "proxy <HOST>:<NUM> open");
        row("block id", "Received block blk_-6952295868487656571 of size 67108864",
            "Received block <ID> of size <NUM>");
        row("task ids", "attempt_1445144423722_0020_m_000000_0 done", "<ID> done");
        row("id with numeric part", "Partition rdd_2_1 on mesos-slave-07",
            "Partition <ID> on <ID>");
        row("word glued to a number", "generating core.2275 with jetty-6.1.26",
            "generating core.<NUM> with jetty-<NUM>");
        row("request id prefix", "retry for order ORD-000123", "retry for order ORD-<NUM>");
        row("durations", "took 250ms (timeout 10000ms)", "took <DURATION> (timeout <DURATION>)");
        row("glued sizes", "capacity 16K used 126MB", "capacity <SIZE> used <SIZE>");
        row("size with unit word", "stored (size 5.2 KB, free 93.0 B)",
            "stored (size <SIZE>, free <SIZE>)");
        row("syslog date", "connection at Fri Jun 17 07:07:00 2005", "connection at <DATETIME>");
        row("iso date", "started 2015-07-29T17:41:44.747Z ok", "started <DATETIME> ok");
        row("date and time tokens", "since 2015-07-29 17:41:44,747 idle", "since <DATETIME> idle");
        row("booleans and null", "enabled:true cached=false config null",
            "enabled:<BOOL> cached=<BOOL> config <NULL>");
        row("account names", "session opened for user root by admin",
            "session opened for user <USER> by <USER>");
        row("key value", "uid=0 euid=0 tty=NODEVssh ruser= rhost=218.188.2.4",
            "uid=<NUM> euid=<NUM> tty=NODEVssh ruser= rhost=<IP>");
        row("list of ids", "delete blk_1 blk_2 blk_3 now", "delete <ID> <ID> <ID> now");
        row("empty parentheses hold a value", "from 1.2.3.4 () at", "from <IP> (<*>) at");
        row("call parentheses are text", "jk2_init() Found child 6725",
            "jk2_init() Found child <NUM>");
        row("digits inside words stay", "Failed password port 22 ssh2 on tty2",
            "Failed password port <NUM> ssh2 on tty2");
        row("angle brackets join the value", "headroom=<memory:1024, vCores:-17>",
            "headroom=<memory:<NUM>, vCores:<ID>");
        row("hash numbers", "Initializing CPU#0 and #1", "Initializing CPU#<NUM> and #<NUM>");
        row("dot leaders", "auxiliary processor.........0", "auxiliary processor.........<NUM>");
    }
    void masksEachKind() {
        QFETCH(QString, message);
        QFETCH(QString, masked);
        QCOMPARE(QString::fromStdString(typed(message.toStdString())), masked);
    }

    void wildcardNotationFollowsLoghub() {
        QCOMPARE(wildcard("Receiving block blk_579 src: /10.251.30.6:33145 dest: "
                          "/10.251.30.6:50010"),
                 std::string("Receiving block <*> src: <*>:<*> dest: <*>:<*>"));
        // A timestamp keeps the colons of its time of day, as Loghub writes it.
        QCOMPARE(wildcard("connection from 24.54.76.216 (h.example.net) at Fri Jun 17 07:07:00 "
                          "2005"),
                 std::string("connection from <*> (h.example.net) at <*>:<*>:<*>"));
        // A fixed number of variables stays apart.
        QCOMPARE(wildcard("mod_jk child init 1 -2"), std::string("mod_jk child init <*> <*>"));
    }

    void listsOfAnyLengthAreOneVariable() {
        TemplateMiner miner;
        const std::uint32_t id = miner.add("ask 10.0.0.1:50010 to delete blk_1 blk_2 blk_3");
        QCOMPARE(miner.add("ask 10.0.0.2:50010 to delete blk_4"), id);
        QCOMPARE(miner.add("ask 10.0.0.3:50010 to delete blk_5 blk_6"), id);
        QCOMPARE(miner.text(id), std::string("ask <*>:<*> to delete <*>"));
        QCOMPARE(miner.typedText(id), std::string("ask <IP>:<NUM> to delete <ID>"));
        const auto values = miner.parameters(id, "ask 10.0.0.9:1 to delete blk_7 blk_8");
        QCOMPARE(values.size(), std::size_t{3});
        QCOMPARE(values[2], std::string_view("blk_7 blk_8"));
    }

    void piecesKeepSpacing() {
        MessageTokenizer tokenizer;
        std::vector<MessagePiece> pieces;
        tokenizer.tokenize("  a=1,  b ", pieces);
        QCOMPARE(pieces.size(), std::size_t{5});
        QCOMPARE(pieces[0].text, std::string_view("a"));
        QVERIFY(!pieces[0].spaceBefore);
        QVERIFY(pieces[1].delimiter);
        QCOMPARE(pieces[2].kind, VarKind::Number);
        QCOMPARE(pieces[3].text, std::string_view(","));
        QCOMPARE(pieces[4].text, std::string_view("b"));
        QVERIFY(pieces[4].spaceBefore);
        tokenizer.tokenize("", pieces);
        QVERIFY(pieces.empty());
    }

    void rememberedTokensSplitTheSame() {
        // The tokenizer's memo of plain tokens must never change what it produces.
        MessageTokenizer warm;
        std::vector<MessagePiece> first;
        std::vector<MessagePiece> second;
        const std::string message = "pam_unix(sshd:auth): check pass; user unknown";
        warm.tokenize(message, first);
        warm.tokenize(message, second);
        QCOMPARE(first.size(), second.size());
        for (std::size_t i = 0; i < first.size(); ++i) {
            QCOMPARE(first[i].text, second[i].text);
            QCOMPARE(first[i].kind, second[i].kind);
            QCOMPARE(first[i].delimiter, second[i].delimiter);
            QCOMPARE(first[i].spaceBefore, second[i].spaceBefore);
        }
    }

    void hostileInputIsData() {
        // Long, binary and degenerate messages are mined without trouble.
        TemplateMiner miner;
        std::string binary;
        for (int i = 0; i < 4096; ++i)
            binary.push_back(static_cast<char>(i % 256));
        miner.add(binary);
        miner.add(std::string(100000, '/'));
        miner.add(std::string(100000, '('));
        miner.add(std::string(50000, 'x') + " " + std::string(50000, '1'));
        miner.add("::::::: ... ''''' \"\" [] () {} <>");
        miner.add("https:// ftp:// a://b");
        QVERIFY(miner.size() >= 5);
        for (std::uint32_t id = 0; id < miner.size(); ++id)
            QVERIFY(!miner.typedText(id).empty() || miner.count(id) > 0);
    }
};

QTEST_APPLESS_MAIN(TestTemplateMasking)
#include "test_template_masking.moc"
