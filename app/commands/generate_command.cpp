#include "commands/generate_command.h"

#include "commands/command_support.h"
#include "core/generator/inject_spec.h"
#include "core/generator/output/generate_run.h"
#include "core/generator/scenario/duration_text.h"
#include "core/generator/scenario/scenario_loader.h"
#include "core/time/civil_time.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <chrono>
#include <csignal>
#include <optional>

namespace logscope::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
};
} // namespace

namespace {

core::CancellationToken g_stop;

extern "C" void onStopSignal(int) {
    g_stop.cancel();
}

// SIGINT / SIGTERM only raise the flag; the run finishes the batch in hand, flushes it and
// writes the episodes file, so no record is ever cut short. SA_RESTART keeps writes whole.
void installStopHandlers() {
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

QString option(const char* text) {
    return QString::fromLatin1(text);
}

struct UsageError {
    QString message;
};

template <typename T> T fail(const QString& message) {
    throw UsageError{message};
}

std::uint64_t unsignedValue(const QCommandLineParser& parser, const QCommandLineOption& o,
                            std::uint64_t min) {
    bool ok = false;
    const std::uint64_t v = parser.value(o).toULongLong(&ok);
    if (!ok || v < min) {
        // Explicit context: lupdate loses Tr's inside this function (std:: in its signature).
        const QString message =
            min == 0 ? QCoreApplication::translate("GenerateCommand",
                                                   "--%1 expects a non-negative integer, got '%2'")
                     : QCoreApplication::translate("GenerateCommand",
                                                   "--%1 expects a positive integer, got '%2'");
        return fail<std::uint64_t>(message.arg(o.names().last(), parser.value(o)));
    }
    return v;
}

double doubleValue(const QCommandLineParser& parser, const QCommandLineOption& o, double min,
                   double max) {
    bool ok = false;
    const double v = parser.value(o).toDouble(&ok);
    if (!ok || !(v > min) || v > max)
        return fail<double>(Tr::tr("--%1 expects a number above %2 and at most %3, got "
                                   "'%4'")
                                .arg(o.names().last())
                                .arg(min)
                                .arg(max)
                                .arg(parser.value(o)));
    return v;
}

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string local(const QString& text) {
    return QFile::encodeName(text).toStdString();
}

} // namespace

int runGenerateCommand(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption config({option("c"), option("config")},
                                    Tr::tr("Scenario JSON merged onto the profile (any part may "
                                           "be overridden; see README)."),
                                    option("FILE"));
    const QCommandLineOption profile(
        option("profile"),
        Tr::tr("Built-in profile: microservices (default), web, metrics or basic."),
        option("NAME"));
    const QCommandLineOption total({option("n"), option("total")},
                                   Tr::tr("Lines to generate; 0 streams without end "
                                          "(default: the profile's, 100800 for microservices)."),
                                   option("N"));
    const QCommandLineOption batch({option("b"), option("batch-size")},
                                   Tr::tr("Lines per batch: one random-anomaly draw per batch "
                                          "(default 100)."),
                                   option("N"));
    const QCommandLineOption output({option("o"), option("output")},
                                    Tr::tr("stdout, file or both (default: file with -p, else "
                                           "stdout)."),
                                    option("WHERE"));
    const QCommandLineOption format({option("f"), option("format")},
                                    Tr::tr("json (default), text (seed 002), nginx (combined "
                                           "access log) or syslog (RFC 5424)."),
                                    option("FORMAT"), option("json"));
    const QCommandLineOption outputPath({option("p"), option("output-path")},
                                        Tr::tr("Output file (episodes go to FILE.episodes.json)."),
                                        option("FILE"));
    const QCommandLineOption anomalyRate({option("a"), option("anomaly-rate")},
                                         Tr::tr("Chance of a random anomaly episode per batch, "
                                                "0 to 1."),
                                         option("P"));
    const QCommandLineOption noLabels(option("no-labels"),
                                      Tr::tr("Leave the _labels ground truth out of the lines."));
    const QCommandLineOption interval({option("i"), option("interval")},
                                      Tr::tr("Stream on the wall clock, writing every S seconds "
                                             "(stop with Ctrl+C)."),
                                      option("S"));
    const QCommandLineOption seed(option("seed"),
                                  Tr::tr("Random seed: the same seed and scenario give the same "
                                         "output byte for byte (default 42)."),
                                  option("N"), option("42"));
    const QCommandLineOption start(
        option("start"), Tr::tr("First simulated time (ISO 8601) or 'now'."), option("TIME"));
    const QCommandLineOption duration(option("duration"),
                                      Tr::tr("Simulated span (e.g. 7d, 12h, 90m); when streaming, "
                                             "how long to run."),
                                      option("D"));
    const QCommandLineOption rate(option("rate"),
                                  Tr::tr("Lines per second: the density of simulated time, or "
                                         "the streaming pace."),
                                  option("R"));
    const QCommandLineOption rotateSize(option("rotate-size"),
                                        Tr::tr("Rotate the output file at this size (e.g. 10M); "
                                               "parts are FILE.1, FILE.2, ..."),
                                        option("SIZE"));
    const QCommandLineOption inject(option("inject"),
                                    Tr::tr("Inject an episode: TYPE@OFFSET[:DURATION][,key=value] "
                                           "(e.g. error_spike@20s:60s); repeatable."),
                                    option("SPEC"));
    const QCommandLineOption episodes(option("episodes"),
                                      Tr::tr("Where to write the episodes file (default "
                                             "FILE.episodes.json beside -p)."),
                                      option("FILE"));
    const QCommandLineOption printScenario(option("print-scenario"),
                                           Tr::tr("Print the effective scenario JSON and exit."));
    parser.addOptions({config, profile, total, batch, output, format, outputPath, anomalyRate,
                       noLabels, interval, seed, start, duration, rate, rotateSize, inject,
                       episodes, printScenario});
    if (!parseCommandLine(parser, commandArguments(argc, argv),
                          option("logscope generate [options]"),
                          Tr::tr("Writes synthetic logs with labelled anomaly episodes: "
                                 "profiles microservices (seed 003), web (seed 002), metrics "
                                 "(seed 001) and basic (seed 000).")))
        return kExitUsage;

    try {
        const std::string profileName = parser.isSet(profile) ? local(parser.value(profile)) : "";
        const core::ScenarioLoad load =
            parser.isSet(config) ? core::loadScenarioFile(profileName, local(parser.value(config)))
                                 : core::loadScenario(profileName);
        if (!load.ok()) {
            printErr(
                QStringLiteral("logscope generate: %1\n").arg(QString::fromStdString(load.error)));
            const bool unreadable = load.error.find(": cannot open") != std::string::npos;
            return unreadable ? kExitFailure : kExitUsage;
        }
        if (parser.isSet(printScenario)) {
            printOut(load.scenario->effectiveJson + "\n");
            return kExitOk;
        }
        const auto fmt = core::parseOutputFormat(local(parser.value(format)));
        if (!fmt)
            throw UsageError{Tr::tr("--format expects json, text, nginx or syslog, got "
                                    "'%1'")
                                 .arg(parser.value(format))};
        if (const std::string problem = core::outputFormatProblem(*fmt, *load.scenario);
            !problem.empty())
            throw UsageError{QString::fromStdString(problem)};

        core::GeneratorRequest request;
        request.seed = unsignedValue(parser, seed, 0);
        if (parser.isSet(total))
            request.total = unsignedValue(parser, total, 0);
        if (parser.isSet(batch))
            request.batchSize = unsignedValue(parser, batch, 1);
        if (parser.isSet(anomalyRate)) {
            bool ok = false;
            const double p = parser.value(anomalyRate).toDouble(&ok);
            if (!ok || p < 0.0 || p > 1.0)
                throw UsageError{Tr::tr("--anomaly-rate expects a number from 0 to 1, "
                                        "got '%1'")
                                     .arg(parser.value(anomalyRate))};
            request.anomalyProbability = p;
        }
        if (parser.isSet(interval))
            request.intervalSeconds = doubleValue(parser, interval, 0.0, 3600.0);
        if (parser.isSet(rate))
            request.rate = doubleValue(parser, rate, 0.0, 1e8);
        if (parser.isSet(duration)) {
            const auto d = core::parseDuration(local(parser.value(duration)));
            if (!d || *d <= 0)
                throw UsageError{Tr::tr("--duration expects a duration such as 7d, "
                                        "12h or 90s, got '%1'")
                                     .arg(parser.value(duration))};
            request.durationNs = *d;
        }
        if (parser.isSet(start)) {
            std::int64_t ns = 0;
            if (parser.value(start) == QLatin1String("now"))
                ns = nowNs();
            else if (!core::parseIso8601(local(parser.value(start)), ns))
                throw UsageError{Tr::tr("--start expects an ISO 8601 time or 'now', "
                                        "got '%1'")
                                     .arg(parser.value(start))};
            request.startNs = ns;
        }
        const bool streaming = parser.isSet(interval) || (request.total && *request.total == 0);
        request.clock =
            streaming ? core::GeneratorClock::WallClock : core::GeneratorClock::Simulated;
        const core::SettingsResolution settings =
            core::resolveGeneratorSettings(*load.scenario, request, nowNs());
        if (!settings.ok())
            throw UsageError{QString::fromStdString(settings.error)};

        core::GenerateOutput out;
        out.format = *fmt;
        out.labels = !parser.isSet(noLabels);
        const QString where = parser.isSet(output)
                                  ? parser.value(output)
                                  : (parser.isSet(outputPath) ? option("file") : option("stdout"));
        if (where != QLatin1String("stdout") && where != QLatin1String("file") &&
            where != QLatin1String("both"))
            throw UsageError{Tr::tr("--output expects stdout, file or both, got '%1'").arg(where)};
        if (where != QLatin1String("stdout")) {
            if (!parser.isSet(outputPath))
                throw UsageError{Tr::tr("--output %1 needs -p/--output-path FILE").arg(where)};
            out.path = local(parser.value(outputPath));
        }
        out.toStdout = where != QLatin1String("file");
        if (parser.isSet(rotateSize)) {
            const auto bytes = core::parseByteSize(local(parser.value(rotateSize)));
            if (!bytes)
                throw UsageError{Tr::tr("--rotate-size expects a size such as 1048576, "
                                        "64K, 10M or 1G, got '%1'")
                                     .arg(parser.value(rotateSize))};
            if (out.path.empty())
                throw UsageError{Tr::tr("--rotate-size needs an output file (-p FILE)")};
            out.rotateBytes = *bytes;
        }
        if (parser.isSet(episodes))
            out.episodesPath = local(parser.value(episodes));

        core::LogGenerator generator(load.scenario, settings.settings);
        const core::GeneratorSettings& s = settings.settings;
        for (const QString& text : parser.values(inject)) {
            std::string error;
            auto spec = core::parseInjectSpec(local(text), error);
            if (!spec)
                throw UsageError{
                    QStringLiteral("--inject %1: %2").arg(text, QString::fromStdString(error))};
            spec->request.atNs = s.startNs + spec->offsetNs;
            const std::string type = spec->request.type;
            const core::InjectResult injected = generator.inject(type, spec->request);
            if (!injected.ok())
                throw UsageError{QStringLiteral("--inject %1: %2")
                                     .arg(text, QString::fromStdString(injected.error))};
            if (s.clock == core::GeneratorClock::Simulated && spec->offsetNs >= s.durationNs)
                printErr(
                    Tr::tr("logscope generate: warning: --inject %1 starts after the "
                           "run ends (%2)\n")
                        .arg(text, QString::fromStdString(core::formatDuration(s.durationNs))));
        }

        installStopHandlers();
        const core::GenerateSummary summary = core::runGenerate(generator, out, &g_stop);
        if (!summary.ok()) {
            printErr(QStringLiteral("logscope generate: %1\n")
                         .arg(QString::fromStdString(summary.error)));
            return kExitFailure;
        }
        if (!out.path.empty() || summary.interrupted) {
            const QLocale locale(QLocale::English);
            QString text = QStringLiteral("logscope generate: %1 lines")
                               .arg(locale.toString(static_cast<qulonglong>(summary.lines)));
            if (!out.path.empty())
                text += QStringLiteral(" to %1").arg(parser.value(outputPath)) +
                        (summary.files > 1 ? QStringLiteral(" (%1 files)").arg(summary.files)
                                           : QString());
            if (!summary.episodesPath.empty())
                text += QStringLiteral(", %1 episodes in %2")
                            .arg(summary.episodes)
                            .arg(QString::fromStdString(summary.episodesPath));
            if (summary.interrupted)
                text += option(" (stopped by signal)");
            printErr(text + QLatin1Char('\n'));
        }
        // A simulated run cut short is incomplete; a stream is meant to be stopped.
        return summary.interrupted && s.clock == core::GeneratorClock::Simulated ? kExitFailure
                                                                                 : kExitOk;
    } catch (const UsageError& error) {
        printErr(QStringLiteral("logscope generate: %1\n").arg(error.message));
        return kExitUsage;
    }
}

} // namespace logscope::app
