// The language of the command line: --lang (anywhere on the line, as --lang X or --lang=X),
// else the one saved in the settings, else the system locale; English when none is chosen.
// The sentences the analysis builds follow the language; machine-readable output (JSON, with
// those sentences in English) stays the same in every language.
#include "../support/logscope_process.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using cli_test::Run;
using cli_test::RunOptions;

Run logscope(const QStringList& arguments, const RunOptions& options = {}) {
    return cli_test::runLogscope(arguments, options);
}

// Runs with a fresh configuration directory (no saved language) unless one is given.
RunOptions isolated(const QString& configDir, const QString& locale = QStringLiteral("C.UTF-8")) {
    RunOptions options;
    options.extraEnvironment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    options.extraEnvironment.insert(QStringLiteral("LC_ALL"), locale);
    options.extraEnvironment.insert(QStringLiteral("LANG"), locale);
    options.extraEnvironment.remove(QStringLiteral("LANGUAGE"));
    return options;
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_log;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_log = path(QStringLiteral("small.jsonl"));
        const Run run = logscope({QStringLiteral("generate"), QStringLiteral("--total"),
                                  QStringLiteral("3000"), QStringLiteral("-p"), m_log},
                                 isolated(path(QStringLiteral("config"))));
        QCOMPARE(run.exitCode, 0);
    }

    void helpAndErrorsFollowLang_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("english by default")
            << QStringList{QStringLiteral("report")}
            << QStringLiteral("logscope report: expected FILE... and -o PNG");
        QTest::newRow("--lang de")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("report")}
            << QStringLiteral("DATEI... und -o PNG erwartet");
        QTest::newRow("--lang=fr after the command")
            << QStringList{QStringLiteral("report"), QStringLiteral("--lang=fr")}
            << QStringLiteral("FICHIER... et -o PNG attendus");
        QTest::newRow("es") << QStringList{QStringLiteral("demo"), QStringLiteral("--lines"),
                                           QStringLiteral("x"), QStringLiteral("--lang"),
                                           QStringLiteral("es")}
                            << QStringLiteral("--lines espera un entero positivo");
        QTest::newRow("zh_CN") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                              QStringLiteral("analyze")}
                               << QStringLiteral("至少需要一个 FILE");
    }
    void helpAndErrorsFollowLang() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = logscope(arguments, isolated(path(QStringLiteral("config"))));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    }

    void helpIsTranslatedQtPartsIncluded() {
        const Run run = logscope({QStringLiteral("report"), QStringLiteral("--help"),
                                  QStringLiteral("--lang"), QStringLiteral("de")},
                                 isolated(path(QStringLiteral("config"))));
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(QLatin1String("Aufruf: logscope report")), run.out.constData());
        QVERIFY(out.contains(QLatin1String("Zeichnet das neunteilige Dashboard")));
        QVERIFY(out.contains(QLatin1String("Zu schreibende PNG-Datei")));
        // Option names and value names stay as they are.
        QVERIFY(out.contains(QLatin1String("--theme <THEME>")));
    }

    void settingsAndSystemLocaleChooseTheLanguage() {
        // Saved in the settings (what the GUI writes)...
        const QString config = path(QStringLiteral("saved"));
        QVERIFY(QDir().mkpath(config + QStringLiteral("/LogScope")));
        QFile settings(config + QStringLiteral("/LogScope/logscope.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[ui]\nlanguage=fr\n");
        settings.close();
        Run run = logscope({QStringLiteral("report")}, isolated(config));
        QVERIFY2(run.err.contains("attendus"), run.err.constData());
        // ...which --lang overrides.
        run = logscope({QStringLiteral("report"), QStringLiteral("--lang"), QStringLiteral("es")},
                       isolated(config));
        QVERIFY2(run.err.contains("se esperaban"), run.err.constData());
        // Without either, the system locale decides.
        run = logscope({QStringLiteral("report")},
                       isolated(path(QStringLiteral("config")), QStringLiteral("de_DE.UTF-8")));
        QVERIFY2(run.err.contains("erwartet"), run.err.constData());
    }

    void reportDrawsTheDashboardInTheChosenLanguage() {
        QImage images[3];
        const QStringList languages{QStringLiteral("en"), QStringLiteral("de"),
                                    QStringLiteral("en")};
        for (int i = 0; i < 3; ++i) {
            const QString png = path(QStringLiteral("report_%1.png").arg(i));
            const Run run = logscope({QStringLiteral("report"), m_log, QStringLiteral("-o"), png,
                                      QStringLiteral("--lang"), languages[i]},
                                     isolated(path(QStringLiteral("config"))));
            QCOMPARE(run.exitCode, 0);
            QVERIFY(images[i].load(png));
        }
        // The same dashboard twice in English; German labels change the picture.
        QCOMPARE(images[0], images[2]);
        QVERIFY(images[0] != images[1]);
    }

    void analysisSentencesFollowLang() {
        // The text report (its headings and the recommendations the core builds) is in the
        // chosen language, numbers too.
        const Run de = logscope(
            {QStringLiteral("analyze"), m_log, QStringLiteral("--lang"), QStringLiteral("de")},
            isolated(path(QStringLiteral("config"))));
        QCOMPARE(de.exitCode, 0);
        const QString text = QString::fromUtf8(de.out);
        QVERIFY2(text.contains(QStringLiteral("Analysierte Zeilen:             3.000")),
                 de.out.constData());
        const QString recommendations = text.section(QStringLiteral("EMPFEHLUNGEN"), 1);
        QVERIFY2(!recommendations.isEmpty(), de.out.constData());
        bool german = false;
        for (const char* start :
             {"KRITISCHE VORFÄLLE", "LEISTUNGSABFALL", "HOHE FEHLERRATE", "HOHE ANOMALIERATE",
              "UNGESUNDER DIENST", "NEGATIVER TREND", "Das System arbeitet"})
            german = german || recommendations.contains(QString::fromUtf8(start));
        QVERIFY2(german, qPrintable(recommendations));
        const Run en =
            logscope({QStringLiteral("analyze"), m_log}, isolated(path(QStringLiteral("config"))));
        QCOMPARE(en.exitCode, 0);
        QVERIFY(QString::fromUtf8(en.out).contains(
            QStringLiteral("Total Logs Analyzed:            3,000")));
        QVERIFY(!QString::fromUtf8(en.out).contains(QStringLiteral("Das System arbeitet")));
        QVERIFY(!QString::fromUtf8(en.out).contains(QStringLiteral("HOHE ")));
    }

    void machineReadableOutputIsNotTranslated() {
        const Run en = logscope({QStringLiteral("analyze"), QStringLiteral("--json"), m_log},
                                isolated(path(QStringLiteral("config"))));
        const Run de = logscope({QStringLiteral("analyze"), QStringLiteral("--json"), m_log,
                                 QStringLiteral("--lang"), QStringLiteral("de")},
                                isolated(path(QStringLiteral("config"))));
        QCOMPARE(en.exitCode, 0);
        QCOMPARE(de.exitCode, 0);
        // Timings aside, the documents are identical.
        auto withoutTimings = [](const QByteArray& json) {
            QJsonObject o = QJsonDocument::fromJson(json).object();
            o.remove(QStringLiteral("timings_ms"));
            return o;
        };
        QVERIFY(!withoutTimings(en.out).isEmpty());
        QCOMPARE(withoutTimings(de.out), withoutTimings(en.out));
    }
};

QTEST_APPLESS_MAIN(TestLanguage)
#include "test_language.moc"
