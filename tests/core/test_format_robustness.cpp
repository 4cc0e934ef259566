// Bad input is data, never a crash: every format's parser and extra-field decoder, and the
// timestamp reader, are fed every prefix of every fixture line and seeded random mutations of
// them. (The fuzzers of issue 9 go further; this keeps the basics in the ordinary suite.)
#include "core/formats/format_registry.h"
#include "core/formats/json_array_format.h"
#include "core/formats/logparser_log_format.h"
#include "core/time/timestamp_parser.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <random>

using namespace logscope::core;

namespace {

std::vector<std::string> fixtureLines() {
    std::vector<std::string> lines;
    const QDir dir(QStringLiteral(LOGSCOPE_TEST_DATA_DIR "/formats"));
    for (const QString& name : dir.entryList({"*.log", "*.jsonl", "*.json"}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : file.readAll().split('\n'))
            lines.emplace_back(line.constData(), static_cast<std::size_t>(line.size()));
    }
    return lines;
}

std::vector<std::shared_ptr<const LogFormat>> allFormats() {
    std::vector<std::shared_ptr<const LogFormat>> formats = builtinFormats();
    std::string error;
    for (const char* spec : {"<Date> <Time> <Level> <Component>: <Content>",
                             "<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>",
                             "<Label> <Timestamp> <Date> <Node> <Time> <Type> <Level> <Content>"})
        formats.push_back(resolveFormat(spec, SavedFormats(), error));
    return formats;
}

} // namespace

class TestFormatRobustness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyPrefixAndMutationIsSafe() {
        const std::vector<std::string> lines = fixtureLines();
        QVERIFY(lines.size() > 50);
        std::mt19937 rng(20240115);
        std::vector<std::string> inputs;
        for (const std::string& line : lines) {
            for (std::size_t cut = 0; cut <= line.size(); ++cut)
                inputs.push_back(line.substr(0, cut));
            for (int i = 0; i < 20; ++i) {
                std::string mutated = line;
                const int edits = 1 + static_cast<int>(rng() % 4);
                for (int e = 0; e < edits && !mutated.empty(); ++e) {
                    const std::size_t at = rng() % mutated.size();
                    switch (rng() % 3) {
                    case 0:
                        mutated[at] = static_cast<char>(rng() % 256);
                        break;
                    case 1:
                        mutated.erase(at, 1 + rng() % 8);
                        break;
                    default:
                        mutated.insert(at, 1, "[]{}\"\\<>:= \t\0"[rng() % 13]);
                        break;
                    }
                }
                inputs.push_back(std::move(mutated));
            }
        }
        std::size_t parsed = 0;
        for (const auto& format : allFormats()) {
            QVERIFY(format);
            const auto parser = format->createParser();
            const auto decoder = format->decoder();
            for (const std::string& input : inputs) {
                LogRow row;
                std::string error;
                const LineStatus status = parser->parse(input, input.size(), row, error);
                if (status == LineStatus::Bad) {
                    QVERIFY(!error.empty());
                } else {
                    ++parsed;
                    // Views the parser hands back lie in the line or are its own, readable.
                    volatile std::size_t sum = 0;
                    for (const char c : row.message)
                        sum = sum + static_cast<unsigned char>(c);
                }
                if (decoder)
                    (void)decoder->extraFields(input);
                ParsedTime t;
                (void)parseTimestampPrefix(input, t);
                if (t.length > input.size())
                    QFAIL("a timestamp longer than its text");
            }
        }
        QVERIFY(parsed > 0);
    }

    void truncatedArraysAreSafe() {
        QFile file(QStringLiteral(LOGSCOPE_TEST_DATA_DIR "/formats/json-array.seed004.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string doc = file.readAll().toStdString();
        for (std::size_t cut = 0; cut <= doc.size(); ++cut) {
            JsonArraySplitter splitter(std::string_view(doc).substr(0, cut));
            if (!splitter.start())
                continue;
            std::string_view element;
            std::uint64_t line = 0;
            int count = 0;
            while (splitter.next(element, line)) {
                QVERIFY(element.data() >= doc.data() &&
                        element.data() + element.size() <= doc.data() + cut);
                ++count;
            }
            QVERIFY(count <= 5);
            if (cut < doc.size() - 2)
                QVERIFY(!splitter.error().empty());
        }
    }
};

QTEST_APPLESS_MAIN(TestFormatRobustness)
#include "test_format_robustness.moc"
