#include "commands/analyze_command.h"

#include "commands/command_support.h"
#include "commands/follow_monitor.h"
#include "core/analysis/evaluation/ground_truth_evaluation.h"
#include "core/formats/format_registry.h"
#include "core/formats/saved_formats.h"
#include "core/generator/scenario/duration_text.h"
#include "core/report/json_report.h"
#include "core/report/scores_csv.h"
#include "core/report/text_report.h"
#include "core/time/civil_time.h"
#include "core/util/atomic_file_writer.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <optional>

namespace logscope::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)
};
} // namespace

namespace {

bool writeFile(const QString& path, const std::string& bytes) {
    core::AtomicFileWriter file;
    if (!file.open(QFile::encodeName(path).toStdString()) || !file.write(bytes) || !file.commit()) {
        printErr(
            QStringLiteral("logscope analyze: %1\n").arg(QString::fromStdString(file.error())));
        return false;
    }
    return true;
}

// `FILE --json OUT` as the issue writes it: --json is a flag, so its file is the positional
// argument right after it, when --json follows an input (`analyze --json a b` prints the JSON
// of two inputs; `analyze a --json out.json` writes it to out.json).
void splitPositionals(const QStringList& arguments, const QStringList& positionals, bool json,
                      QStringList& inputs, QString& jsonOut) {
    inputs = positionals;
    if (!json || positionals.size() < 2)
        return;
    const qsizetype at = arguments.indexOf(QStringLiteral("--json"));
    if (at < 0 || at + 1 >= arguments.size() || !positionals.contains(arguments[at + 1]))
        return;
    bool inputBefore = false;
    for (qsizetype i = 1; i < at; ++i)
        inputBefore = inputBefore || positionals.contains(arguments[i]);
    if (inputBefore) {
        jsonOut = arguments[at + 1];
        inputs.removeOne(jsonOut);
    }
}

bool parseTime(const QString& text, std::int64_t& ns) {
    return core::parseIso8601(text.toStdString(), ns);
}

struct FollowOptions {
    const QCommandLineOption& window;
    const QCommandLineOption& runFor;
    const QCommandLineOption& fromEnd;
    const QCommandLineOption& episodes;
};

// `analyze --follow FILE`: the headless live monitor.
int runFollow(const QCommandLineParser& parser, const QStringList& inputs,
              const InputOptions& inputOptions, const core::AnalysisOptions& options,
              const FollowOptions& o) {
    if (inputs.size() != 1) {
        printErr(Tr::tr("logscope analyze: --follow takes one FILE (or - for standard input)\n"));
        return kExitUsage;
    }
    FollowMonitorSettings settings;
    settings.path = inputs.front();
    settings.options = options;
    settings.fromEnd = parser.isSet(o.fromEnd);
    settings.episodesPath = parser.value(o.episodes);
    for (const auto& [option, target] :
         {std::pair{&o.window, &settings.windowNs}, std::pair{&o.runFor, &settings.runForNs}}) {
        if (!parser.isSet(*option))
            continue;
        const auto ns = core::parseDuration(parser.value(*option).toStdString());
        if (!ns || *ns <= 0) {
            printErr(Tr::tr("logscope analyze: --%1 expects a duration such as 30s, 15m or 1h, "
                            "got '%2'\n")
                         .arg(option->names().front(), parser.value(*option)));
            return kExitUsage;
        }
        *target = *ns;
    }
    if (parser.isSet(inputOptions.format)) {
        std::string error;
        settings.format = core::resolveFormat(parser.value(inputOptions.format).toStdString(),
                                              core::SavedFormats::loadDefault(), error);
        if (!settings.format) {
            printErr(QStringLiteral("logscope analyze: --format %1\n")
                         .arg(QString::fromStdString(error)));
            return kExitUsage;
        }
    }
    // Its output is JSON lines: machine-readable, so their sentences are English (as --json).
    const EnglishScope english;
    return runFollowMonitor(settings);
}

} // namespace

int runAnalyzeCommand(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"),
        Tr::tr("Print the result as JSON (schema in the README); `--json OUT` writes it "
               "to OUT instead."));
    const QCommandLineOption scores(QStringLiteral("scores"),
                                    Tr::tr("Write line,score,is_anomaly for every line."),
                                    QStringLiteral("OUT.csv"));
    const QCommandLineOption config(
        QStringLiteral("config"),
        Tr::tr("Thresholds of the analysis as JSON (keys in the README)."), QStringLiteral("FILE"));
    const QCommandLineOption episodes(
        QStringLiteral("episodes"),
        Tr::tr("Known anomaly episodes (the generator's episodes file) to score "
               "detection against."),
        QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Tr::tr("Analyse lines at or after this ISO 8601 time."),
                                  QStringLiteral("TIME"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("Analyse lines before this ISO 8601 time."),
                                QStringLiteral("TIME"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     Tr::tr("Analyse only this service (repeatable)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption minLevel(
        QStringLiteral("min-level"),
        Tr::tr("Analyse only lines at this level or worse (e.g. WARNING)."),
        QStringLiteral("LEVEL"));
    const QCommandLineOption grep(QStringLiteral("grep"),
                                  Tr::tr("Analyse only lines whose message contains TEXT "
                                         "(case-insensitive)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption follow(
        QStringLiteral("follow"),
        Tr::tr("Follow FILE as it grows (or - for standard input) and print each "
               "incident as one JSON line the moment it is raised (live mode)."));
    const QCommandLineOption window(
        QStringLiteral("window"),
        Tr::tr("With --follow: the sliding window analysed (default 15m)."),
        QStringLiteral("DURATION"));
    const QCommandLineOption runFor(QStringLiteral("for"),
                                    Tr::tr("With --follow: stop after this long."),
                                    QStringLiteral("DURATION"));
    const QCommandLineOption fromEnd(
        QStringLiteral("from-end"),
        Tr::tr("With --follow: skip what FILE holds now, read only new lines."));
    for (const auto& option : {json, scores, config, episodes, from, to, service, minLevel, grep,
                               follow, window, runFor, fromEnd})
        parser.addOption(option);
    const InputOptions inputOptions;
    inputOptions.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        Tr::tr("Log files, folders (all their files), .gz/.zst archives, or - for "
               "standard input; several are merged by time."),
        QStringLiteral("FILE..."));
    const QStringList arguments = commandArguments(argc, argv);
    if (!parseCommandLine(parser, arguments, QStringLiteral("logscope analyze [options] FILE..."),
                          Tr::tr("Analyses a log: health score, performance, anomalies "
                                 "(Isolation Forest), error patterns, incidents with "
                                 "root causes, per-service health, recommendations.")))
        return kExitUsage;
    QStringList inputs;
    QString jsonOut;
    splitPositionals(arguments, parser.positionalArguments(), parser.isSet(json), inputs, jsonOut);
    if (inputs.isEmpty()) {
        printErr(Tr::tr("logscope analyze: expected at least one FILE (or - for standard "
                        "input)\n"));
        return kExitUsage;
    }
    core::LoadOptions loadOptions;
    if (!inputOptions.read(parser, loadOptions))
        return kExitUsage;

    core::AnalysisOptions options;
    if (parser.isSet(config)) {
        const std::string error = core::loadAnalysisOptions(
            QFile::encodeName(parser.value(config)).toStdString(), options);
        if (!error.empty()) {
            printErr(Tr::tr("logscope analyze: --config %1\n").arg(QString::fromStdString(error)));
            return kExitUsage;
        }
    }
    if (parser.isSet(follow))
        return runFollow(parser, inputs, inputOptions, options,
                         {window, runFor, fromEnd, episodes});
    if (parser.isSet(episodes)) {
        auto list = std::make_shared<std::vector<core::TruthEpisode>>();
        const std::string error =
            core::loadTruthEpisodes(QFile::encodeName(parser.value(episodes)).toStdString(), *list);
        if (!error.empty()) {
            printErr(
                Tr::tr("logscope analyze: --episodes %1\n").arg(QString::fromStdString(error)));
            return kExitFailure;
        }
        options.episodes = std::move(list);
    }
    core::ViewFilter filter;
    if (parser.isSet(from) && !parseTime(parser.value(from), filter.fromNs)) {
        printErr(Tr::tr("logscope analyze: --from expects an ISO 8601 time\n"));
        return kExitUsage;
    }
    if (parser.isSet(to) && !parseTime(parser.value(to), filter.toNs)) {
        printErr(Tr::tr("logscope analyze: --to expects an ISO 8601 time\n"));
        return kExitUsage;
    }
    for (const QString& name : parser.values(service))
        filter.services.push_back(name.toStdString());
    if (parser.isSet(minLevel)) {
        const core::Level level = core::parseLevel(parser.value(minLevel).toStdString());
        if (level == core::Level::Unknown) {
            printErr(Tr::tr("logscope analyze: --min-level expects a level such as "
                            "INFO, WARNING or ERROR\n"));
            return kExitUsage;
        }
        filter.levelMask = 0;
        for (int l = static_cast<int>(level); l < core::kLevelCount; ++l)
            filter.levelMask |= 1u << l;
    }
    filter.text = parser.value(grep).toStdString();

    // JSON is machine-readable: its sentences (descriptions, recommendations, reasons) are
    // English in every language, like its keys. A text report printed beside it is too.
    std::optional<EnglishScope> english;
    if (parser.isSet(json))
        english.emplace();
    const auto log = loadAndAnalyze(inputs, loadOptions, filter, options);
    if (!log)
        return kExitFailure;
    if (parser.isSet(inputOptions.timings))
        printTimings(log->report);
    const std::string title = inputTitle(inputs).toStdString();
    if (parser.isSet(scores) &&
        !writeFile(parser.value(scores), core::formatScoresCsv(*log->result, *log->table)))
        return kExitFailure;
    if (parser.isSet(json)) {
        const std::string doc =
            core::formatJsonReport(*log->result, &log->report,
                                   inputs.join(QLatin1Char(' ')).toStdString(), log->table.get());
        if (jsonOut.isEmpty())
            printOut(doc);
        else if (!writeFile(jsonOut, doc))
            return kExitFailure;
        else
            printOut(core::formatTextReport(*log->result, title, log->table.get()));
    } else {
        printOut(core::formatTextReport(*log->result, title, log->table.get()));
    }
    return kExitOk;
}

} // namespace logscope::app
