// The sentences the core builds (incident descriptions, recommendations, anomaly explanations,
// load problems) follow the installed translator, with the locale's numbers and plural forms;
// without a translator they are the English they always were.
#include "analysis_fixtures.h"
#include "core/analysis/analyzer.h"
#include "core/formats/load_report.h"
#include "core/util/localized_text.h"
#include "live_test_support.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace logscope::core;
using namespace logscope::test;

namespace {

const std::int64_t kStart = at(2024, 10, 27, 14, 30);

// Two days of calm generated traffic with a database error spike and injection attempts on
// the API gateway.
LogTable incidentTable() {
    const std::int64_t day = kNanosPerDay;
    return generatedTable(
        1, 28'800,
        {{"error_spike", kStart + day + 3 * kNanosPerHour, 20 * kNanosPerMinute, {"database"}},
         {"injection", kStart + day + 8 * kNanosPerHour, 5 * kNanosPerMinute, {"api-gateway"}}},
        2 * day);
}

const Incident* find(const AnalysisResult& r, IncidentType type) {
    for (const Incident& in : r.incidents)
        if (in.type == type)
            return &in;
    for (const Incident& in : r.incidents)
        qWarning("found: %s %s", incidentTypeName(in.type), in.description.c_str());
    return nullptr;
}

bool startsWith(const std::string& text, const char* prefix) {
    return text.rfind(prefix, 0) == 0;
}

bool contains(const std::string& text, const char* part) {
    return text.find(part) != std::string::npos;
}

// Live mode: a calm stream at 1,000 lines/s for a minute, then an episode of type; the
// incidents raised within 30 s.
std::vector<RaisedIncident> liveIncidents(const char* type) {
    return runLiveEpisode(type, 60, 30)->incidents;
}

const RaisedIncident* findLive(const std::vector<RaisedIncident>& incidents, IncidentType type) {
    for (const RaisedIncident& r : incidents)
        if (r.incident.type == type)
            return &r;
    for (const RaisedIncident& r : incidents)
        qWarning("found: %s %s", incidentTypeName(r.incident.type), r.incident.description.c_str());
    return nullptr;
}

// Installs logscope_<language>.qm (and the language's number format) for its lifetime.
class Language {
public:
    explicit Language(const QString& language) {
        m_loaded = m_translator.load(QStringLiteral(LOGSCOPE_QM_DIR "/logscope_") + language);
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language));
    }
    ~Language() {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;
    [[nodiscard]] bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace

class TestCoreTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void englishByDefault() {
        const LogTable table = incidentTable();
        const auto r = analyze(table);
        const Incident* errors = find(*r, IncidentType::HighErrorRate);
        QVERIFY(errors);
        QVERIFY2(
            startsWith(errors->description, "Error rate of database reached ") &&
                contains(errors->description, "% in a 10-minute window (threshold 30.0%, usual "),
            errors->description.c_str());
        QVERIFY2(startsWith(errors->recommendation, "Investigate database: "),
                 errors->recommendation.c_str());
        const Incident* attack = find(*r, IncidentType::SecurityThreat);
        QVERIFY(attack);
        QVERIFY(attack->injection);
        QVERIFY2(startsWith(attack->description, "Injection attempts: ") &&
                     contains(attack->description, " to api-gateway carried SQL, script or "
                                                   "path-traversal payloads"),
                 attack->description.c_str());
        QVERIFY2(startsWith(attack->recommendation, "Block the source of the injection attempts"),
                 attack->recommendation.c_str());
        QVERIFY(!r->topAnomalies.empty());
        QVERIFY(!r->recommendations.empty());
        QCOMPARE(listedBadLineReason("no timestamp at the start of the line"),
                 std::string("no timestamp at the start of the line"));
    }

    void germanWhenTheGermanTranslatorIsInstalled() {
        const LogTable table = incidentTable();
        const Language german(QStringLiteral("de"));
        QVERIFY2(german.loaded(), LOGSCOPE_QM_DIR);
        const auto r = analyze(table);
        const Incident* errors = find(*r, IncidentType::HighErrorRate);
        QVERIFY(errors);
        // German words and German numbers ("30,0 %"); the enum names stay English.
        QVERIFY2(startsWith(errors->description, "Fehlerrate von database erreichte ") &&
                     contains(errors->description,
                              " % in einem 10-Minuten-Fenster (Schwelle 30,0 %, üblich "),
                 errors->description.c_str());
        QVERIFY2(startsWith(errors->recommendation, "Untersuchen Sie database:"),
                 errors->recommendation.c_str());
        QCOMPARE(std::string(incidentTypeName(errors->type)), std::string("High Error Rate"));
        const Incident* attack = find(*r, IncidentType::SecurityThreat);
        QVERIFY(attack);
        QVERIFY2(startsWith(attack->description, "Injektionsversuche: ") &&
                     contains(attack->description, " an api-gateway enthielt"),
                 attack->description.c_str());
        QVERIFY2(startsWith(attack->recommendation, "Blockieren Sie die Quelle"),
                 attack->recommendation.c_str());
        for (const std::string& line : r->recommendations)
            QVERIFY2(line.find("System operating") == std::string::npos &&
                         line.find("HIGH ") == std::string::npos,
                     line.c_str());
        for (const ScoredLine& line : r->topAnomalies)
            QVERIFY2(line.explanation.find("template seen") == std::string::npos &&
                         line.explanation.find("no single feature") == std::string::npos,
                     line.explanation.c_str());
        QCOMPARE(
            QString::fromStdString(listedBadLineReason("no timestamp at the start of the line")),
            QStringLiteral("kein Zeitstempel am Zeilenanfang"));
        QCOMPARE(QString::fromStdString(listedBadLineReason("invalid JSON: TAPE_ERROR")),
                 QStringLiteral("ungültiges JSON: TAPE_ERROR"));
    }

    // Live incidents are built by their own rules: they follow the translator as well, and a
    // live injection is recognised as one (its recommendation) without reading the sentence.
    void liveIncidentsFollowTheTranslator() {
        const auto english = liveIncidents("error_spike");
        const RaisedIncident* spike = findLive(english, IncidentType::HighErrorRate);
        QVERIFY(spike);
        QVERIFY2(startsWith(spike->incident.description, "Error rate of ") &&
                     contains(spike->incident.description, "-second window (threshold 30.0%"),
                 spike->incident.description.c_str());
        // The recommendation names the template that drove the errors, as the batch one does.
        QVERIFY2(!spike->incident.rootCauseTemplate.empty() &&
                     !contains(spike->incident.recommendation, "(no template)"),
                 spike->incident.recommendation.c_str());
        const auto attacks = liveIncidents("sql_injection");
        const RaisedIncident* attack = findLive(attacks, IncidentType::SecurityThreat);
        QVERIFY(attack);
        QVERIFY(attack->incident.injection);
        QVERIFY2(startsWith(attack->incident.recommendation,
                            "Block the source of the injection attempts"),
                 attack->incident.recommendation.c_str());
        const Language german(QStringLiteral("de"));
        QVERIFY(german.loaded());
        const auto deutsch = liveIncidents("error_spike");
        const RaisedIncident* fehler = findLive(deutsch, IncidentType::HighErrorRate);
        QVERIFY(fehler);
        QVERIFY2(startsWith(fehler->incident.description, "Fehlerrate von ") &&
                     contains(fehler->incident.description, "-Sekunden-Fenster (Schwelle 30,0 %"),
                 fehler->incident.description.c_str());
    }

    void pluralsInEnglishAndGerman() {
        QCOMPARE(minutesText(10), QStringLiteral("10 minutes")); // no translator: the source
        {
            const Language english(QStringLiteral("en"));
            QVERIFY(english.loaded());
            QCOMPARE(minutesText(1), QStringLiteral("1 minute"));
            QCOMPARE(minutesText(10), QStringLiteral("10 minutes"));
        }
        const Language german(QStringLiteral("de"));
        QCOMPARE(minutesText(1), QStringLiteral("1 Minute"));
        QCOMPARE(minutesText(10), QStringLiteral("10 Minuten"));
        QCOMPARE(localPercent(0.125), QStringLiteral("12,5 %"));
        QCOMPARE(localNumber(12345.0), QStringLiteral("12345"));
    }

    void englishAgainWhenTheTranslatorIsRemoved() {
        const LogTable table = incidentTable();
        { const Language german(QStringLiteral("de")); }
        const auto r = analyze(table);
        const Incident* errors = find(*r, IncidentType::HighErrorRate);
        QVERIFY(errors);
        QVERIFY2(startsWith(errors->description, "Error rate of database reached ") &&
                     contains(errors->description, "% in a 10-minute window (threshold 30.0%"),
                 errors->description.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCoreTranslations)
#include "test_core_translations.moc"
