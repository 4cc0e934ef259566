#include "commands/templates_command.h"

#include "commands/command_support.h"
#include "core/formats/log_loader.h"
#include "core/formats/logparser_format.h"
#include "core/templates/csv.h"
#include "core/templates/miner_state_json.h"
#include "core/templates/raw_line_reader.h"
#include "core/templates/table_templates.h"
#include "core/templates/template_miner.h"
#include "core/util/atomic_file_writer.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <numeric>

namespace logscope::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TemplatesCommand)
};
} // namespace

namespace {

constexpr std::size_t kListedUnmatched = 5;

// The lines mined from the input, in file order.
struct MinedLines {
    std::vector<std::uint64_t> lineNumbers; // 1-based, in the file
    std::vector<std::uint32_t> ids;
    std::uint64_t linesRead = 0;
    std::uint64_t blankLines = 0;
    std::uint64_t unmatchedLines = 0;
    std::vector<std::uint64_t> unmatchedSamples; // the first few line numbers
};

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

// Raw lines split by a logparser format; the <Content> field is mined, a line that does not
// fit the format is mined whole.
bool mineRawLines(const std::string& path, const std::string& formatText,
                  core::TemplateMiner& miner, MinedLines& mined, QString& error, bool& usage) {
    std::string detail;
    const auto format = core::LogparserFormat::compile(formatText, detail);
    if (!format) {
        error = QStringLiteral("--format: %1").arg(fromStd(detail));
        usage = true;
        return false;
    }
    core::RawLineReader reader;
    if (!reader.read(path, detail)) {
        error = fromStd(detail);
        return false;
    }
    core::LogparserFormat::Matcher matcher(format);
    std::vector<std::string_view> fields;
    const auto content = static_cast<std::size_t>(format->contentIndex());
    mined.linesRead = reader.lines().size();
    for (std::size_t i = 0; i < reader.lines().size(); ++i) {
        const std::string_view line = reader.lines()[i];
        if (line.find_first_not_of(" \t\r\n\v\f") == std::string_view::npos) {
            ++mined.blankLines;
            continue;
        }
        std::string_view message = line;
        if (matcher.match(line, fields)) {
            message = fields[content];
        } else {
            ++mined.unmatchedLines;
            if (mined.unmatchedSamples.size() < kListedUnmatched)
                mined.unmatchedSamples.push_back(i + 1);
        }
        mined.lineNumbers.push_back(i + 1);
        mined.ids.push_back(miner.add(message));
    }
    return true;
}

// JSON lines through the common loader; the message column is mined.
bool mineLoadedLog(const std::string& path, core::TemplateMiner& miner, MinedLines& mined,
                   QString& error) {
    core::LoadResult loaded = core::loadLogFile(path);
    if (loaded.report.failed()) {
        error = fromStd(loaded.report.fatalError) +
                Tr::tr(" (for a text log, give its line format with --format)");
        return false;
    }
    if (loaded.report.badLineCount > 0) {
        printErr(Tr::tr("logscope templates: %1 of %2 lines could not be read and are "
                        "not mined\n",
                        nullptr, core::pluralArgument(loaded.report.totalLines))
                     .arg(loaded.report.badLineCount)
                     .arg(loaded.report.totalLines));
        for (std::size_t i = 0; i < std::min<std::size_t>(loaded.report.badLines.size(), 5); ++i)
            printErr(Tr::tr("  line %1: %2\n")
                         .arg(loaded.report.badLines[i].lineNumber)
                         .arg(fromStd(loaded.report.badLines[i].reason)));
    }
    core::LogTable& table = *loaded.table;
    core::assignTemplates(table, miner);
    mined.linesRead = loaded.report.totalLines;
    for (std::size_t row = 0; row < table.size(); ++row) {
        mined.lineNumbers.push_back(table.lineNumber(row));
        mined.ids.push_back(table.templateId(row));
    }
    return true;
}

// Streams CSV text to a file in large chunks.
class CsvFile {
public:
    bool open(const QString& path) {
        m_path = path;
        return m_file.open(QFile::encodeName(path).toStdString());
    }
    bool flushIfFull() { return m_buffer.size() < (1U << 20) || flush(); }
    bool flush() {
        const bool ok = m_file.write(m_buffer);
        m_buffer.clear();
        return ok;
    }
    bool commit() { return flush() && m_file.commit(); }
    [[nodiscard]] QString error() const { return fromStd(m_file.error()); }
    std::string& buffer() { return m_buffer; }

private:
    QString m_path;
    core::AtomicFileWriter m_file;
    std::string m_buffer;
};

bool writeLinesCsv(const QString& path, const MinedLines& mined,
                   const std::vector<std::string>& texts, QString& error) {
    CsvFile file;
    bool ok = file.open(path);
    if (ok) {
        file.buffer() += "line,template_id,template\n";
        for (std::size_t i = 0; i < mined.ids.size() && ok; ++i) {
            std::string& out = file.buffer();
            out += std::to_string(mined.lineNumbers[i]);
            out += ',';
            out += std::to_string(mined.ids[i]);
            out += ',';
            core::appendCsvField(out, texts[mined.ids[i]]);
            out += '\n';
            ok = file.flushIfFull();
        }
        ok = ok && file.commit();
    }
    if (!ok)
        error = file.error();
    return ok;
}

bool writeTemplatesCsv(const QString& path, const std::vector<std::uint32_t>& ids,
                       const std::vector<std::uint64_t>& counts,
                       const std::vector<std::string>& texts, QString& error) {
    CsvFile file;
    bool ok = file.open(path);
    if (ok) {
        file.buffer() += "template_id,template,count\n";
        for (std::uint32_t id : ids) {
            std::string& out = file.buffer();
            out += std::to_string(id);
            out += ',';
            core::appendCsvField(out, texts[id]);
            out += ',';
            out += std::to_string(counts[id]);
            out += '\n';
        }
        ok = file.commit();
    }
    if (!ok)
        error = file.error();
    return ok;
}

QString counted(std::uint64_t n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

std::string describeInput(const QString& file, const MinedLines& mined, std::size_t templates,
                          const QString& format) {
    QString text = QStringLiteral("%1: %2 mined into %3")
                       .arg(file, counted(mined.ids.size(), "line", "lines"),
                            counted(templates, "template", "templates"));
    if (mined.blankLines > 0)
        text += QStringLiteral(" (%1 skipped)")
                    .arg(counted(mined.blankLines, "blank line", "blank lines"));
    text += QLatin1Char('\n');
    if (!format.isEmpty()) {
        text += QStringLiteral("format: %1\n").arg(format);
        if (mined.unmatchedLines > 0) {
            QStringList samples;
            for (std::uint64_t line : mined.unmatchedSamples)
                samples << QString::number(line);
            text +=
                QStringLiteral("%1 the format and %2 mined whole (first: line %3)\n")
                    .arg(counted(mined.unmatchedLines, "line did not match", "lines did not match"),
                         QLatin1String(mined.unmatchedLines == 1 ? "was" : "were"),
                         samples.join(QStringLiteral(", ")));
        } else {
            text += QStringLiteral("every line matched the format\n");
        }
    }
    return text.toStdString();
}

std::string topListing(const std::vector<std::uint32_t>& byCount,
                       const std::vector<std::uint64_t>& counts,
                       const std::vector<std::string>& texts, std::size_t total, std::size_t top) {
    std::string out = "\nTOP TEMPLATES\n";
    char row[96];
    std::snprintf(row, sizeof row, "%10s %7s %6s  %s\n", "lines", "share", "id", "template");
    out += row;
    const std::size_t shown = top == 0 ? byCount.size() : std::min(top, byCount.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const std::uint32_t id = byCount[i];
        const double share =
            total > 0 ? 100.0 * static_cast<double>(counts[id]) / static_cast<double>(total) : 0.0;
        std::snprintf(row, sizeof row, "%10llu %6.2f%% %6u  ",
                      static_cast<unsigned long long>(counts[id]), share, id);
        out += row;
        out += texts[id];
        out += '\n';
    }
    if (shown < byCount.size())
        out += "... " + std::to_string(byCount.size() - shown) +
               " more (all of them: --top 0, or --templates OUT.csv)\n";
    return out;
}

} // namespace

int runTemplatesCommand(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption format(
        {QStringLiteral("f"), QStringLiteral("format")},
        Tr::tr("Line format in logparser syntax, e.g. '<Date> <Time> <Level> "
               "<Component>: <Content>'; the <Content> field is mined. Without it the "
               "file is read as JSON lines and their message is mined."),
        QStringLiteral("F"));
    const QCommandLineOption lines(QStringLiteral("lines"),
                                   Tr::tr("Write line,template_id,template per mined "
                                          "line (CSV, lines numbered from 1)."),
                                   QStringLiteral("OUT.csv"));
    const QCommandLineOption templates(
        QStringLiteral("templates"), Tr::tr("Write template_id,template,count per template (CSV)."),
        QStringLiteral("OUT.csv"));
    const QCommandLineOption top(QStringLiteral("top"),
                                 Tr::tr("Templates to list on stdout (default 20, 0 = "
                                        "all)."),
                                 QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption typed(QStringLiteral("typed"),
                                   Tr::tr("Show variables by kind (<NUM>, <IP>, <PATH>, "
                                          "...) instead of <*>."));
    const QCommandLineOption loadState(QStringLiteral("load-state"),
                                       Tr::tr("Continue from a miner state saved by --save-state."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption saveState(
        QStringLiteral("save-state"),
        Tr::tr("Save the miner's state (JSON) after mining, to continue later."),
        QStringLiteral("FILE"));
    parser.addOptions({format, lines, templates, top, typed, loadState, saveState});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The log file."));
    if (!parseCommandLine(parser, commandArguments(argc, argv),
                          QStringLiteral("logscope templates [options] FILE"),
                          Tr::tr("Mines the message templates of a log file (variables "
                                 "such as numbers, ids, IPs and paths become <*>),\n"
                                 "lists the most frequent ones and writes them as "
                                 "CSV.")))
        return kExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printErr(Tr::tr("logscope templates: expected one FILE, got %1\n").arg(files.size()));
        return kExitUsage;
    }
    bool ok = false;
    const std::size_t topCount = parser.value(top).toULongLong(&ok);
    if (!ok) {
        printErr(Tr::tr("logscope templates: --top expects a non-negative integer, got "
                        "'%1'\n")
                     .arg(parser.value(top)));
        return kExitUsage;
    }

    core::TemplateMiner miner;
    std::string detail;
    if (parser.isSet(loadState)) {
        auto loaded =
            core::loadMinerState(QFile::encodeName(parser.value(loadState)).toStdString(), detail);
        if (!loaded) {
            printErr(QStringLiteral("logscope templates: %1\n").arg(fromStd(detail)));
            return kExitFailure;
        }
        miner = std::move(*loaded);
    }

    MinedLines mined;
    QString error;
    bool usage = false;
    const std::string path = QFile::encodeName(files.first()).toStdString();
    const bool mineOk =
        parser.isSet(format)
            ? mineRawLines(path, parser.value(format).toStdString(), miner, mined, error, usage)
            : mineLoadedLog(path, miner, mined, error);
    if (!mineOk) {
        printErr(QStringLiteral("logscope templates: %1\n").arg(error));
        return usage ? kExitUsage : kExitFailure;
    }

    // Texts and counts of the templates this input holds (a loaded state may know more).
    const bool typedText = parser.isSet(typed);
    std::vector<std::string> texts(miner.size());
    std::vector<std::uint64_t> counts(miner.size(), 0);
    for (std::uint32_t id : mined.ids)
        ++counts[id];
    std::vector<std::uint32_t> present;
    for (std::uint32_t id = 0; id < miner.size(); ++id) {
        if (counts[id] == 0)
            continue;
        texts[id] = typedText ? miner.typedText(id) : miner.text(id);
        present.push_back(id);
    }
    std::vector<std::uint32_t> byCount = present;
    std::stable_sort(byCount.begin(), byCount.end(),
                     [&counts](std::uint32_t a, std::uint32_t b) { return counts[a] > counts[b]; });

    printOut(describeInput(files.first(), mined, present.size(),
                           parser.isSet(format) ? parser.value(format) : QString()));
    printOut(topListing(byCount, counts, texts, mined.ids.size(), topCount));

    if (parser.isSet(lines)) {
        if (!writeLinesCsv(parser.value(lines), mined, texts, error)) {
            printErr(QStringLiteral("logscope templates: %1\n").arg(error));
            return kExitFailure;
        }
        printOut("\nwrote " + parser.value(lines).toStdString() + " (" +
                 std::to_string(mined.ids.size()) + " lines)\n");
    }
    if (parser.isSet(templates)) {
        if (!writeTemplatesCsv(parser.value(templates), present, counts, texts, error)) {
            printErr(QStringLiteral("logscope templates: %1\n").arg(error));
            return kExitFailure;
        }
        printOut("wrote " + parser.value(templates).toStdString() + " (" +
                 std::to_string(present.size()) + " templates)\n");
    }
    if (parser.isSet(saveState)) {
        if (!core::saveMinerState(miner, QFile::encodeName(parser.value(saveState)).toStdString(),
                                  detail)) {
            printErr(QStringLiteral("logscope templates: %1\n").arg(fromStd(detail)));
            return kExitFailure;
        }
        printOut("saved miner state to " + parser.value(saveState).toStdString() + " (" +
                 std::to_string(miner.size()) + " templates)\n");
    }
    return kExitOk;
}

} // namespace logscope::app
