// The bad-input corpus (tests/data/bad/manifest.json): every case through the core API and
// through the command line, with the outcome the manifest expects: the exit code, the counts,
// partial results, and a message that names the file (and the line where there is one).
#include "../support/logscope_process.h"
#include "core/analysis/analysis_options.h"
#include "core/formats/log_loader.h"
#include "core/generator/scenario/scenario_loader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

using namespace logscope::core;

namespace {

const QString kBadDir = QStringLiteral(LOGSCOPE_TEST_DATA_DIR "/bad/");

QJsonArray manifestCases() {
    QFile file(kBadDir + QStringLiteral("manifest.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("cases"))
        .toArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Builds a generated input in dir and returns its path (empty when it cannot be built here).
QString generateInput(const QString& kind, const QTemporaryDir& dir) {
    if (kind == QLatin1String("huge-line")) {
        // One 50 MB line with a time and a level, and no line end.
        QByteArray line("2024-01-15 10:30:45,123 ERROR ");
        line.append(QByteArray(50 << 20, 'x'));
        const QString path = dir.filePath(QStringLiteral("huge-line.log"));
        return writeBytes(path, line) ? path : QString();
    }
    if (kind == QLatin1String("binary-junk")) {
        std::mt19937 rng(9);
        QByteArray junk(256 * 1024, '\0');
        for (char& c : junk)
            c = static_cast<char>(rng() & 0xFF);
        const QString path = dir.filePath(QStringLiteral("junk.bin"));
        return writeBytes(path, junk) ? path : QString();
    }
    if (kind == QLatin1String("empty-directory")) {
        const QString path = dir.filePath(QStringLiteral("empty-dir"));
        return QDir().mkpath(path) ? path : QString();
    }
    if (kind == QLatin1String("nested-directory")) {
        const QString path = dir.filePath(QStringLiteral("outer"));
        return QDir().mkpath(path + QStringLiteral("/inner")) ? path : QString();
    }
    if (kind == QLatin1String("unreadable")) {
        const QString path = dir.filePath(QStringLiteral("secret.log"));
        if (!writeBytes(path, "2024-01-15 10:30:45,123 INFO hidden\n") ||
            ::chmod(QFile::encodeName(path).constData(), 0) != 0)
            return {};
        // Root reads it anyway: the case cannot be built as root.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        if (fd >= 0) {
            ::close(fd);
            return {};
        }
        return path;
    }
    if (kind == QLatin1String("missing"))
        return dir.filePath(QStringLiteral("no-such-file.log"));
    return {};
}

QString describe(const QJsonObject& c) {
    return c.value(QStringLiteral("name")).toString();
}

} // namespace

class TestBadInputCorpus : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_goodLog;

    QString inputPath(const QJsonObject& c) {
        if (c.contains(QStringLiteral("file")))
            return kBadDir + c.value(QStringLiteral("file")).toString();
        return generateInput(c.value(QStringLiteral("generate")).toString(), m_dir);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(manifestCases().size() >= 20);
        m_goodLog = m_dir.filePath(QStringLiteral("good.log"));
        QVERIFY(writeBytes(m_goodLog, "2024-01-15 10:30:45,123 INFO one\n"
                                      "2024-01-15 10:30:46,123 ERROR two\n"));
    }

    void corpus_data() {
        QTest::addColumn<QJsonObject>("spec");
        for (const QJsonValue& value : manifestCases()) {
            const QJsonObject c = value.toObject();
            QTest::newRow(describe(c).toUtf8().constData()) << c;
        }
    }

    void corpus() {
        QFETCH(QJsonObject, spec);
        const QString path = inputPath(spec);
        if (path.isEmpty())
            QSKIP("this case cannot be built here (an unreadable file, when run as root)");
        const std::string stdPath = QFile::encodeName(path).toStdString();
        const QString kind = spec.value(QStringLiteral("kind")).toString();
        const QString error = spec.value(QStringLiteral("error")).toString();
        const int exitCode = spec.value(QStringLiteral("exit")).toInt();

        // The core API.
        std::string coreError;
        if (kind == QLatin1String("config")) {
            AnalysisOptions options;
            coreError = loadAnalysisOptions(stdPath, options);
        } else if (kind == QLatin1String("scenario")) {
            coreError = loadScenarioFile("", stdPath).error;
        } else {
            LoadOptions options;
            options.useSavedFormats = false;
            const LoadResult r = loadLogs({stdPath}, options);
            coreError = r.report.fatalError;
            if (error.isEmpty())
                checkLoad(spec, path, r);
        }
        if (error.isEmpty()) {
            QVERIFY2(coreError.empty(), coreError.c_str());
        } else {
            const QString message = QString::fromStdString(coreError);
            QVERIFY2(message.contains(path) && message.contains(error), coreError.c_str());
        }

        // The command line.
        cli_test::RunOptions env;
        env.extraEnvironment.insert(QStringLiteral("LOGSCOPE_FORMATS_FILE"),
                                    m_dir.filePath(QStringLiteral("formats.json")));
        cli_test::Run run;
        if (kind == QLatin1String("config"))
            run = cli_test::runLogscope({"analyze", "--config", path, m_goodLog}, env);
        else if (kind == QLatin1String("scenario"))
            run = cli_test::runLogscope({"generate", "--config", path, "--print-scenario"}, env);
        else
            run = cli_test::runLogscope({"analyze", "--json", path}, env);
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1, expected %2; stderr: %3")
                                .arg(run.exitCode)
                                .arg(exitCode)
                                .arg(QString::fromUtf8(run.err.left(2000)))));
        const QString err = QString::fromUtf8(run.err);
        if (!error.isEmpty()) {
            QVERIFY2(err.contains(path) && err.contains(error), qPrintable(err));
            return;
        }
        if (kind != QLatin1String("log"))
            return;
        QJsonParseError parseError{};
        const QJsonObject doc = QJsonDocument::fromJson(run.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString()));
        checkJson(spec, path, doc, err);
    }

private:
    void checkLoad(const QJsonObject& spec, const QString& path, const LoadResult& r) {
        QVERIFY(r.table);
        const LoadReport& report = r.report;
        auto expect = [&](const char* key, std::uint64_t actual) {
            if (spec.contains(QLatin1String(key)))
                QVERIFY2(actual ==
                             static_cast<std::uint64_t>(spec.value(QLatin1String(key)).toInteger()),
                         qPrintable(QStringLiteral("%1 = %2").arg(QLatin1String(key)).arg(actual)));
        };
        expect("lines", report.totalLines);
        expect("parsed", report.parsedLines);
        expect("bad", report.badLineCount);
        expect("rows", r.table->size());
        if (spec.contains(QStringLiteral("timed")))
            expect("timed", r.table->timeOrder().size());
        if (spec.contains(QStringLiteral("min_rows")))
            QVERIFY(r.table->size() >=
                    static_cast<std::size_t>(spec.value(QStringLiteral("min_rows")).toInt()));
        const QString warning = spec.value(QStringLiteral("warning")).toString();
        if (!warning.isEmpty()) {
            bool found = false;
            for (const std::string& w : report.warnings) {
                const QString text = QString::fromStdString(w);
                found = found || (text.contains(path) && text.contains(warning));
            }
            QVERIFY2(found, report.warnings.empty() ? "no warning" : report.warnings[0].c_str());
        }
        if (spec.contains(QStringLiteral("bad_line"))) {
            const QJsonObject bad = spec.value(QStringLiteral("bad_line")).toObject();
            QVERIFY(!report.badLines.empty());
            QCOMPARE(report.badLines[0].lineNumber,
                     static_cast<std::uint64_t>(bad.value(QStringLiteral("line")).toInt()));
            QCOMPARE(QString::fromStdString(report.badLines[0].file), path);
            QVERIFY(QString::fromStdString(report.badLines[0].reason)
                        .contains(bad.value(QStringLiteral("reason")).toString()));
        }
    }

    void checkJson(const QJsonObject& spec, const QString& path, const QJsonObject& doc,
                   const QString& err) {
        const QJsonObject input = doc.value(QStringLiteral("input")).toObject();
        auto expect = [&](const char* key, const char* field) {
            if (spec.contains(QLatin1String(key)))
                QCOMPARE(input.value(QLatin1String(field)).toInteger(),
                         spec.value(QLatin1String(key)).toInteger());
        };
        expect("lines", "lines");
        expect("parsed", "parsed_lines");
        expect("bad", "bad_lines");
        expect("rows", "parsed_lines");
        if (spec.contains(QStringLiteral("rows")))
            QCOMPARE(doc.value(QStringLiteral("total_lines")).toInteger(),
                     spec.value(QStringLiteral("rows")).toInteger());
        const QString warning = spec.value(QStringLiteral("warning")).toString();
        if (!warning.isEmpty()) {
            // On standard error and in the JSON's warnings.
            QVERIFY2(err.contains(path) && err.contains(warning), qPrintable(err));
            bool found = false;
            for (const QJsonValue& w : input.value(QStringLiteral("warnings")).toArray())
                found = found || (w.toString().contains(path) && w.toString().contains(warning));
            QVERIFY(found);
        }
        if (spec.contains(QStringLiteral("bad_line"))) {
            const int line = spec.value(QStringLiteral("bad_line"))
                                 .toObject()
                                 .value(QStringLiteral("line"))
                                 .toInt();
            const QJsonObject first =
                input.value(QStringLiteral("bad_line_samples")).toArray().at(0).toObject();
            QCOMPARE(first.value(QStringLiteral("line")).toInt(), line);
            QCOMPARE(first.value(QStringLiteral("file")).toString(), path);
            // The first bad lines are printed to standard error as FILE:LINE.
            QVERIFY2(err.contains(path + QLatin1Char(':') + QString::number(line)),
                     qPrintable(err));
        }
    }
};

QTEST_GUILESS_MAIN(TestBadInputCorpus)
#include "test_bad_input_corpus.moc"
