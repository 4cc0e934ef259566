// The miner: grouping, determinism, incremental mining, saved state, the template store and
// the LogTable integration.
#include "core/table/log_table.h"
#include "core/templates/miner_state_json.h"
#include "core/templates/table_templates.h"
#include "core/templates/template_miner.h"

#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace logscope::core;

namespace {

// A deterministic corpus of messages of a dozen shapes with varying values.
std::vector<std::string> corpus(std::size_t count) {
    static const char* users[] = {"alice", "bob",   "carol", "dave", "erin",    "frank",
                                  "grace", "heidi", "ivan",  "judy", "mallory", "oscar"};
    static const char* states[] = {"NEW", "UNASSIGNED", "ASSIGNED", "RUNNING", "SUCCEEDED"};
    std::uint64_t state = 12345;
    auto next = [&state](std::uint64_t bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % bound;
    };
    auto ip = [&] {
        return std::to_string(10 + next(200)) + "." + std::to_string(next(256)) + "." +
               std::to_string(next(256)) + "." + std::to_string(next(256));
    };
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string user = users[next(12)];
        const std::string n = std::to_string(next(100000));
        const std::string block =
            "blk_" + std::string(next(2) ? "-" : "") + std::to_string(next(1ULL << 62));
        switch (next(12)) {
        case 0:
            lines.push_back("PacketResponder " + std::to_string(next(3)) + " for block " + block +
                            " terminating");
            break;
        case 1:
            lines.push_back("Received block " + block + " of size " + n + " from /" + ip());
            break;
        case 2:
            lines.push_back("Accepted password for " + user + " from " + ip() + " port " + n +
                            " ssh2");
            break;
        case 3:
            lines.push_back("Failed password for invalid user " + user + " from " + ip() +
                            " port " + n + " ssh2");
            break;
        case 4:
            lines.push_back("session opened for user " + user +
                            " by (uid=" + std::to_string(next(2000)) + ")");
            break;
        case 5: {
            const std::size_t from = next(4);
            lines.push_back("attempt_1445144423722_0020_m_" + n +
                            "_0 TaskAttempt Transitioned from " + states[from] + " to " +
                            states[from + 1]);
            break;
        }
        case 6:
            lines.push_back("Connection timeout to database after " + n + " ms");
            break;
        case 7:
            lines.push_back("GET /api/v1/users/" + n + " completed in " +
                            std::to_string(next(900)) + "ms status 200");
            break;
        case 8:
            lines.push_back("Deleting block " + block +
                            " file /mnt/hadoop/dfs/data/current/subdir" + std::to_string(next(64)) +
                            "/" + block);
            break;
        case 9:
            lines.push_back("Cache miss ratio high (" + std::to_string(next(100)) + "%) on " +
                            user + ".cache.example.com:" + std::to_string(1000 + next(9000)));
            break;
        case 10: {
            std::string line = "BLOCK* ask " + ip() + ":50010 to delete";
            for (std::uint64_t b = 0, blocks = 1 + next(5); b < blocks; ++b)
                line += " blk_" + std::to_string(next(1ULL << 40));
            lines.push_back(line);
            break;
        }
        default:
            lines.push_back("Expiring session 0x" + std::to_string(next(1ULL << 40)) +
                            ", timeout of " + n + "ms exceeded");
            break;
        }
    }
    return lines;
}

struct Mined {
    std::vector<std::uint32_t> ids;
    std::vector<std::string> texts;
    std::string state;
};

Mined snapshot(const TemplateMiner& miner, std::vector<std::uint32_t> ids) {
    Mined mined{std::move(ids), {}, minerStateToJson(miner.exportState())};
    for (std::uint32_t id = 0; id < miner.size(); ++id)
        mined.texts.push_back(miner.text(id));
    return mined;
}

Mined mineAll(const std::vector<std::string>& lines, const MinerConfig& config = {}) {
    TemplateMiner miner(config);
    std::vector<std::uint32_t> ids;
    for (const std::string& line : lines)
        ids.push_back(miner.add(line));
    return snapshot(miner, std::move(ids));
}

void compareMined(const Mined& a, const Mined& b) {
    QCOMPARE(a.ids, b.ids);
    QCOMPARE(a.texts, b.texts);
    QCOMPARE(a.state, b.state);
}

LogRow rowWithMessage(std::string_view message) {
    LogRow row;
    row.message = message;
    return row;
}

} // namespace

class TestTemplateMiner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void groupsLinesOfOneTemplate() {
        TemplateMiner miner;
        const std::uint32_t a = miner.add("Accepted password for alice from 10.0.0.1 port 22 ssh2");
        QCOMPARE(miner.text(a), std::string("Accepted password for alice from <*> port <*> ssh2"));
        QCOMPARE(miner.add("Accepted password for bob from 10.0.0.2 port 2222 ssh2"), a);
        // The differing word became a variable; the id did not change.
        QCOMPARE(miner.text(a), std::string("Accepted password for <*> from <*> port <*> ssh2"));
        QCOMPARE(miner.count(a), std::uint64_t{2});
        QCOMPARE(miner.totalLines(), std::uint64_t{2});
        const auto values =
            miner.parameters(a, "Accepted password for carol from 1.2.3.4 port 9 ssh2");
        QCOMPARE(values.size(), std::size_t{3});
        QCOMPARE(values[0], std::string_view("carol"));
        QCOMPARE(values[1], std::string_view("1.2.3.4"));
        QCOMPARE(values[2], std::string_view("9"));
        QVERIFY(miner.parameters(a, "something else entirely").empty());
    }

    void keepsDifferentWordingApart() {
        TemplateMiner miner;
        // State names in capitals are part of the template.
        const std::uint32_t a = miner.add("task_1 Task Transitioned from NEW to SCHEDULED");
        const std::uint32_t b = miner.add("task_2 Task Transitioned from SCHEDULED to RUNNING");
        QVERIFY(a != b);
        QCOMPARE(miner.add("task_3 Task Transitioned from NEW to SCHEDULED"), a);
        // Two words in a row that differ are another message, not a variable.
        const std::uint32_t c = miner.add(
            "ciod: Error reading message prefix on socket to 1.2.3.4:5, Link has been severed");
        const std::uint32_t d = miner.add(
            "ciod: Error reading message prefix on socket to 1.2.3.4:6, Connection reset by peer");
        QVERIFY(c != d);
        // Different punctuation is a different template.
        const std::uint32_t e = miner.add("value is (42)");
        const std::uint32_t f = miner.add("value is [42]");
        QVERIFY(e != f);
        // Different numbers of pieces never share a template.
        QVERIFY(miner.add("Task done") != miner.add("Task done now"));
    }

    void isDeterministic() {
        const auto lines = corpus(20000);
        const Mined first = mineAll(lines);
        const Mined second = mineAll(lines);
        compareMined(first, second);
        QVERIFY(first.texts.size() >= 12);
        // Ids are assigned in order of first appearance and never depend on the run.
        QCOMPARE(first.ids.front(), std::uint32_t{0});
        std::uint32_t highest = 0;
        for (std::uint32_t id : first.ids) {
            QVERIFY(id <= highest + 1);
            highest = std::max(highest, id);
        }
        QVERIFY(std::find(first.texts.begin(), first.texts.end(),
                          "PacketResponder <*> for block <*> terminating") != first.texts.end());
        QVERIFY(std::find(first.texts.begin(), first.texts.end(),
                          "BLOCK* ask <*>:<*> to delete <*>") != first.texts.end());
    }

    void leafIndexChangesNothing() {
        // Many templates that share their length and leading words crowd one leaf; whether it
        // is scanned or searched through its index, the outcome must be the same.
        std::vector<std::string> lines = corpus(3000);
        std::uint64_t state = 99;
        auto word = [&state] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            std::string text = "w";
            for (std::uint64_t n = (state >> 33) % 3000; n > 0; n /= 26)
                text.push_back(static_cast<char>('a' + n % 26));
            return text;
        };
        for (int i = 0; i < 6000; ++i) {
            std::string line = "Error: ";
            for (int w = 0; w < 5; ++w) {
                line += word();
                line += w == 2 ? " 42 " : " ";
            }
            lines.push_back(line);
        }
        MinerConfig scan;
        scan.indexedLeaf = std::numeric_limits<std::size_t>::max();
        MinerConfig indexed;
        indexed.indexedLeaf = 1;
        const Mined scanned = mineAll(lines, scan);
        QVERIFY(scanned.texts.size() > 1000);
        compareMined(mineAll(lines, indexed), scanned);
        compareMined(mineAll(lines), scanned);
    }

    void incrementalEqualsOneShot_data() {
        QTest::addColumn<int>("batch");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("1000") << 1000;
        QTest::newRow("4999") << 4999;
    }
    void incrementalEqualsOneShot() {
        QFETCH(int, batch);
        const auto lines = corpus(10000);
        const Mined oneShot = mineAll(lines);
        // Feed a LogTable batch by batch, as live mode does.
        LogTable table;
        TemplateMiner miner;
        std::size_t next = 0;
        while (next < lines.size()) {
            const std::size_t end = std::min(lines.size(), next + static_cast<std::size_t>(batch));
            const std::size_t firstRow = table.size();
            for (; next < end; ++next)
                table.append(rowWithMessage(lines[next]));
            const TemplateAssignment done = assignTemplates(table, miner, firstRow);
            QCOMPARE(done.rowsMined, end - firstRow);
            QVERIFY(!done.cancelled);
        }
        std::vector<std::uint32_t> ids;
        for (std::size_t row = 0; row < table.size(); ++row)
            ids.push_back(table.templateId(row));
        compareMined(snapshot(miner, ids), oneShot);
    }

    void stateRoundTripContinuesExactly() {
        const auto lines = corpus(12000);
        const Mined oneShot = mineAll(lines);
        TemplateMiner first;
        std::vector<std::uint32_t> ids;
        for (std::size_t i = 0; i < 5000; ++i)
            ids.push_back(first.add(lines[i]));
        const std::string json = minerStateToJson(first.exportState());

        std::string error;
        const auto state = minerStateFromJson(json, error);
        QVERIFY2(state.has_value(), error.c_str());
        auto second = TemplateMiner::fromState(*state, error);
        QVERIFY2(second.has_value(), error.c_str());
        QCOMPARE(minerStateToJson(second->exportState()), json);
        QCOMPARE(second->totalLines(), std::uint64_t{5000});
        for (std::size_t i = 5000; i < lines.size(); ++i)
            ids.push_back(second->add(lines[i]));
        compareMined(snapshot(*second, ids), oneShot);

        // The same through files.
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("miner.json")).toStdString();
        QVERIFY2(saveMinerState(*second, path, error), error.c_str());
        const auto loaded = loadMinerState(path, error);
        QVERIFY2(loaded.has_value(), error.c_str());
        QCOMPARE(minerStateToJson(loaded->exportState()), oneShot.state);
    }

    void stateKeepsAnyBytes() {
        // Words that are not UTF-8 survive saving byte for byte.
        TemplateMiner miner;
        const std::string odd = "caf\xe9 \xff\xfe opened by \xc3";
        const std::uint32_t id = miner.add(odd);
        std::string error;
        const std::string json = minerStateToJson(miner.exportState());
        QVERIFY(json.find("\"hex\"") != std::string::npos);
        const auto state = minerStateFromJson(json, error);
        QVERIFY2(state.has_value(), error.c_str());
        auto loaded = TemplateMiner::fromState(*state, error);
        QVERIFY2(loaded.has_value(), error.c_str());
        QCOMPARE(loaded->text(id), miner.text(id));
        QCOMPARE(loaded->add(odd), id);
        QCOMPARE(loaded->text(id), miner.text(id));
        QCOMPARE(minerStateToJson(loaded->exportState()).size(), json.size());
    }

    void rejectsBadState_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        const QString head = QStringLiteral(
            R"({"format":"logscope-template-miner","version":1,"config":{"similarity":0.5,"prefix_tokens":2,"max_children":100},"templates":[%1]})");
        auto row = [&head](const char* name, const QString& templates, const char* message) {
            QTest::newRow(name) << head.arg(templates) << QString::fromUtf8(message);
        };
        QTest::newRow("not json") << QStringLiteral("{oops") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object")
            << QStringLiteral("[1]") << QStringLiteral("expected a JSON object");
        QTest::newRow("other format")
            << QStringLiteral(R"({"format":"something","version":1})")
            << QStringLiteral("format: expected \"logscope-template-miner\"");
        QTest::newRow("no version") << QStringLiteral(R"({"format":"logscope-template-miner"})")
                                    << QStringLiteral("missing \"version\"");
        QTest::newRow("future version")
            << QStringLiteral(R"({"format":"logscope-template-miner","version":7})")
            << QStringLiteral("version: version 7 is not supported");
        QTest::newRow("similarity not a number")
            << QStringLiteral(
                   R"({"format":"logscope-template-miner","version":1,"config":{"similarity":"high","prefix_tokens":2,"max_children":100},"templates":[]})")
            << QStringLiteral("config.similarity: expected a number");
        QTest::newRow("similarity out of range")
            << QStringLiteral(
                   R"({"format":"logscope-template-miner","version":1,"config":{"similarity":3,"prefix_tokens":2,"max_children":100},"templates":[]})")
            << QStringLiteral("config out of range");
        QTest::newRow("templates not an array")
            << QStringLiteral(
                   R"({"format":"logscope-template-miner","version":1,"config":{"similarity":0.5,"prefix_tokens":2,"max_children":100},"templates":{}})")
            << QStringLiteral("templates: expected an array");
        row("ids out of order", QStringLiteral(R"({"id":3,"count":1,"route":[],"pieces":[]})"),
            "templates[0].id: expected 0");
        row("negative count", QStringLiteral(R"({"id":0,"count":-1,"route":[],"pieces":[]})"),
            "templates[0].count: expected a whole number");
        row("text and var",
            QStringLiteral(R"({"id":0,"count":1,"route":[],"pieces":[{"text":"a","var":"num"}]})"),
            "templates[0].pieces[0]: expected exactly one of");
        row("unknown kind",
            QStringLiteral(R"({"id":0,"count":1,"route":[],"pieces":[{"var":"nmu"}]})"),
            "templates[0].pieces[0].var: unknown variable kind \"nmu\"");
        row("bad run",
            QStringLiteral(R"({"id":0,"count":1,"route":[],"pieces":[{"var":"num","run":[3,2]}]})"),
            "templates[0].pieces[0].run: expected [min, max]");
        row("bad route", QStringLiteral(R"({"id":0,"count":1,"route":[5],"pieces":[]})"),
            "templates[0].route[0]: expected a non-empty string or null");
        row("bad hex",
            QStringLiteral(R"({"id":0,"count":1,"route":[],"pieces":[{"text":{"hex":"zz"}}]})"),
            "templates[0].pieces[0].text: expected a non-empty string");
        row("route too long",
            QStringLiteral(R"({"id":0,"count":1,"route":["a","b","c"],"pieces":[]})"),
            "template 0: route longer than prefix_tokens");
    }
    void rejectsBadState() {
        QFETCH(QString, json);
        QFETCH(QString, message);
        std::string error;
        const auto state = minerStateFromJson(json.toStdString(), error);
        if (state)
            QVERIFY(!TemplateMiner::fromState(*state, error).has_value());
        QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
    }

    void loadStateNamesTheFile() {
        std::string error;
        QVERIFY(!loadMinerState("/nonexistent/dir/state.json", error).has_value());
        QVERIFY(
            QString::fromStdString(error).contains(QLatin1String("/nonexistent/dir/state.json")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"logscope-template-miner\",\"version\":1}");
        file.close();
        QVERIFY(!loadMinerState(path.toStdString(), error).has_value());
        QVERIFY(QString::fromStdString(error).contains(QLatin1String("bad.json")));
        QVERIFY(QString::fromStdString(error).contains(QLatin1String("missing \"config\"")));
    }

    void storeAnswersByIdAndTableIsAssigned() {
        LogTable table;
        for (const char* message :
             {"Connection timeout to database after 30 ms", "Login succeeded for alice",
              "Connection timeout to database after 45 ms", "Login succeeded for bob",
              "Connection timeout to database after 12 ms"})
            table.append(rowWithMessage(message));
        TemplateMiner miner;
        int progressCalls = 0;
        const TemplateAssignment done =
            assignTemplates(table, miner, 0, nullptr,
                            [&progressCalls](std::uint64_t, std::uint64_t) { ++progressCalls; });
        QVERIFY(progressCalls > 0);
        QCOMPARE(done.rowsMined, std::size_t{5});
        const TemplateStore& store = done.store;
        QCOMPARE(store.size(), std::size_t{2});
        QCOMPARE(store.totalCount(), std::uint64_t{5});
        const std::uint32_t timeout = table.templateId(0);
        QCOMPARE(table.templateId(2), timeout);
        QCOMPARE(table.templateId(4), timeout);
        QCOMPARE(store.text(timeout),
                 std::string_view("Connection timeout to database after <*> ms"));
        QCOMPARE(store.typedText(timeout),
                 std::string_view("Connection timeout to database after <NUM> ms"));
        QCOMPARE(store.count(timeout), std::uint64_t{3});
        QCOMPARE(store.text(table.templateId(1)), std::string_view("Login succeeded for <*>"));
        QCOMPARE(store.idsByCount().front(), timeout);
        // Unknown ids read as nothing.
        QVERIFY(!store.contains(kNoTemplate));
        QCOMPARE(store.text(kNoTemplate), std::string_view());
        QCOMPARE(store.count(kNoTemplate), std::uint64_t{0});

        // Live mode: new rows only; earlier ids stay.
        table.append(rowWithMessage("Login succeeded for carol"));
        const TemplateAssignment more = assignTemplates(table, miner, 5);
        QCOMPARE(more.rowsMined, std::size_t{1});
        QCOMPARE(table.templateId(5), table.templateId(1));
        QCOMPARE(table.templateId(0), timeout);
        QCOMPARE(more.store.count(table.templateId(5)), std::uint64_t{3});

        // A cancelled run leaves the rows unassigned.
        table.append(rowWithMessage("Disk full"));
        CancellationToken cancel;
        cancel.cancel();
        const TemplateAssignment stopped = assignTemplates(table, miner, 6, &cancel);
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.rowsMined, std::size_t{0});
        QCOMPARE(table.templateId(6), kNoTemplate);
    }
};

QTEST_APPLESS_MAIN(TestTemplateMiner)
#include "test_template_miner.moc"
