// The translations: every .ts entry is finished with matching placeholders (each plural form
// too), each compiled language translates the main window (menus with unique accelerators) and
// the sentences the analysis builds (side panels), counts take the language's plural forms
// (English's from logscope_en.ts), numbers follow the language's locale, and 1280×800
// screenshots of the window in each language (LOGSCOPE_RENDER_DIR) show whether longer labels
// fit.
#include "support/fixture.h"
#include "ui/dialogs/export_png_dialog.h"
#include "ui/format/display_format.h"
#include "ui/format/display_names.h"
#include "ui/lists/anomaly_list.h"
#include "ui/lists/card_delegate.h"
#include "ui/lists/incident_list.h"
#include "ui/model/dashboard_model.h"
#include "ui/windows/main_window.h"

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>
#include <map>
#include <set>

using namespace logscope;

namespace {

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                             QStringLiteral("zh_CN")};

// Sorted placeholders ("1", "2", "n") of a text.
QStringList placeholders(const QString& text) {
    static const QRegularExpression kPlaceholder(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = kPlaceholder.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    return found;
}

// The accelerator letter of a menu text ("&Datei" -> "d"), empty when it has none.
QString accelerator(const QString& text) {
    const int at = QString(text).replace(QStringLiteral("&&"), QStringLiteral("__")).indexOf('&');
    return at >= 0 && at + 1 < text.size() ? text.mid(at + 1, 1).toLower() : QString();
}

// Every menu's accelerators are unique (else Alt+letter picks the wrong item).
void checkAccelerators(QMenu* menu, const QString& language) {
    std::set<QString> used;
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        const QString key = accelerator(a->text());
        if (!key.isEmpty())
            QVERIFY2(used.insert(key).second,
                     qPrintable(QStringLiteral("%1: accelerator %2 twice in menu %3 (%4)")
                                    .arg(language, key, menu->title(), a->text())));
        if (a->menu() != nullptr)
            checkAccelerators(a->menu(), language);
    }
}

class Translation {
public:
    explicit Translation(const QString& language) : m_locale(language) {
        m_loaded = m_translator.load(QStringLiteral(LOGSCOPE_QM_DIR "/logscope_") + language);
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(m_locale);
    }
    ~Translation() {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    Translation(const Translation&) = delete;
    Translation& operator=(const Translation&) = delete;
    bool loaded() const { return m_loaded; }

private:
    QLocale m_locale;
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_translations"));
        QSettings().clear();
    }

    void everyEntryIsTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("minEntries");
        for (const QString& language : kLanguages)
            QTest::newRow(qPrintable(language)) << language << 400;
        // English holds only the plural forms ("%1 line" / "%1 lines").
        QTest::newRow("en") << QStringLiteral("en") << 30;
    }
    void everyEntryIsTranslated() {
        QFETCH(QString, language);
        QFETCH(int, minEntries);
        QFile file(
            QStringLiteral(LOGSCOPE_SOURCE_DIR "/translations/logscope_%1.ts").arg(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        bool numerus = false;
        int entries = 0;
        QStringList problems;
        const auto check = [&](const QString& form) {
            QStringList expected = placeholders(source);
            QStringList got = placeholders(form);
            if (numerus) { // a plural form may leave %n out ("eine Zeile")
                expected.removeAll(QStringLiteral("n"));
                got.removeAll(QStringLiteral("n"));
            }
            if (form.trimmed().isEmpty())
                problems << QStringLiteral("[%1] %2: empty form").arg(context, source);
            else if (expected != got)
                problems << QStringLiteral("[%1] %2: placeholders differ in %3")
                                .arg(context, source, form);
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++entries;
            } else if (xml.name() == QLatin1String("translation")) {
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                    problems << QStringLiteral("[%1] %2: unfinished").arg(context, source);
                if (!numerus)
                    check(xml.readElementText());
            } else if (xml.name() == QLatin1String("numerusform")) {
                check(xml.readElementText());
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(entries >= minEntries, qPrintable(QString::number(entries)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void pluralFormsInEnglishAndGerman() {
        // The summary's first part: "<b>1</b> line", "<b>2</b> lines", ...
        const auto lines = [](std::uint64_t n) {
            core::AnalysisResult result;
            result.totalLines = n;
            return ui::summarizeResult(result).section(QStringLiteral(" · "), 0, 0);
        };
        QCOMPARE(lines(2), QStringLiteral("<b>2</b> lines")); // no translator: the source text
        {
            Translation english(QStringLiteral("en"));
            QVERIFY(english.loaded());
            QCOMPARE(lines(1), QStringLiteral("<b>1</b> line"));
            QCOMPARE(lines(2), QStringLiteral("<b>2</b> lines"));
        }
        Translation german(QStringLiteral("de"));
        QVERIFY(german.loaded());
        QCOMPARE(lines(1), QStringLiteral("<b>1</b> Zeile"));
        QCOMPARE(lines(2), QStringLiteral("<b>2</b> Zeilen"));
    }

    void theSidePanelsShowTheAnalysisInTheLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }
    void theSidePanelsShowTheAnalysisInTheLanguage() {
        // The incident recommendations and anomaly explanations are built by the analysis
        // (in a worker thread) and shown as they are: in the installed language.
        QFETCH(QString, language);
        Translation translation(language);
        QVERIFY(translation.loaded());
        ui::MainWindow window;
        QSignalSpy loaded(window.model(), &ui::DashboardModel::logChanged);
        window.openBuffer(test::generatedLines(20'000), QStringLiteral("Demo"));
        QVERIFY(loaded.wait(60'000));
        const bool german = language == QLatin1String("de");
        QVERIFY(window.incidentList()->count() > 0);
        for (int i = 0; i < window.incidentList()->count(); ++i) {
            const QString recommendation =
                window.incidentList()->item(i)->data(ui::CardDelegate::MutedDetailRole).toString();
            // Every German recommendation addresses the reader ("Prüfen Sie ...").
            QVERIFY2(recommendation.contains(QStringLiteral("Sie ")) == german,
                     qPrintable(recommendation));
        }
        QVERIFY(window.anomalyList()->count() > 0);
        const QString why =
            window.anomalyList()->item(0)->data(ui::CardDelegate::MutedDetailRole).toString();
        QVERIFY2(why.contains(QStringLiteral("error rate")) != german, qPrintable(why));
    }

    void englishAcceleratorsAreUnique() {
        ui::MainWindow window;
        for (QAction* menu : window.menuBar()->actions()) {
            QVERIFY(menu->menu() != nullptr);
            checkAccelerators(menu->menu(), QStringLiteral("en"));
        }
    }

    // Two actions on one key sequence make Qt ignore the key ("ambiguous shortcut").
    void keyboardShortcutsAreUnique() {
        ui::MainWindow window;
        std::map<QString, QString> owner;
        for (QAction* a : window.findChildren<QAction*>()) {
            for (const QKeySequence& key : a->shortcuts()) {
                const QString text = key.toString();
                const auto [it, added] = owner.emplace(text, a->text());
                QVERIFY2(
                    added || it->second == a->text(),
                    qPrintable(
                        QStringLiteral("%1 is both %2 and %3").arg(text, it->second, a->text())));
            }
        }
    }

    void theMainWindowSpeaksEachLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("count");
        QTest::newRow("de") << "de"
                            << "&Datei"
                            << "&Farbschema"
                            << "100.800";
        QTest::newRow("fr") << "fr"
                            << "&Fichier"
                            << "&Thème" << QStringLiteral("100\u202f800");
        QTest::newRow("es") << "es"
                            << "&Archivo"
                            << "&Tema"
                            << "100.800";
        QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("文件(&F)")
                               << QStringLiteral("主题(&T)") << "100,800";
    }
    void theMainWindowSpeaksEachLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, theme);
        QFETCH(QString, count);
        Translation translation(language);
        QVERIFY2(translation.loaded(), LOGSCOPE_QM_DIR);
        ui::MainWindow window;
        const QList<QAction*> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        QCOMPARE(menus.first()->text(), file);
        bool foundTheme = false;
        for (QAction* menu : menus) {
            QVERIFY(menu->menu() != nullptr);
            checkAccelerators(menu->menu(), language);
            for (QAction* a : menu->menu()->actions())
                foundTheme = foundTheme || a->text() == theme;
        }
        QVERIFY(foundTheme);
        // Menu-bar accelerators are unique too.
        std::set<QString> top;
        for (QAction* menu : menus)
            QVERIFY(top.insert(accelerator(menu->text())).second);
        // Names the core gives in English, numbers in the language's format.
        QVERIFY(ui::severityDisplayName(core::Severity::High) != QLatin1String("HIGH"));
        QCOMPARE(ui::formatCount(100'800), count);
        // Tooltips and toolbar buttons drop the "(&X)" accelerator form of Chinese menus.
        QVERIFY(!window.action(QStringLiteral("open"))->toolTip().contains(QLatin1Char('&')));
        QVERIFY2(!window.action(QStringLiteral("back"))->iconText().contains(QLatin1Char('(')),
                 qPrintable(window.action(QStringLiteral("back"))->iconText()));
    }

    void theLanguageMenuSavesTheChoice() {
        QSettings().remove(QStringLiteral("ui/language"));
        ui::MainWindow window;
        auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu != nullptr);
        QAction* german = nullptr;
        for (QAction* a : menu->actions()) {
            if (a->data().toString() == QLatin1String("de"))
                german = a;
            // Nothing saved: "System default" is the checked one.
            QCOMPARE(a->isChecked(), a->data().toString().isEmpty());
        }
        QVERIFY(german != nullptr);
        german->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        menu->actions().first()->trigger();
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }

    void untranslatedNumbersKeepTheirSeparators() {
        // The "C" locale (no language chosen) shows counts as US English does.
        QLocale::setDefault(QLocale::c());
        QCOMPARE(ui::formatCount(100'800), QStringLiteral("100,800"));
        QCOMPARE(ui::formatMs(1234.94), QStringLiteral("1,234.9 ms"));
        QCOMPARE(ui::severityDisplayName(core::Severity::High), QStringLiteral("HIGH"));
    }

    void windowFitsAt1280x800_data() {
        QTest::addColumn<QString>("language");
        for (const QString& language : QStringList{QStringLiteral("en")} + kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void windowFitsAt1280x800() {
        QFETCH(QString, language);
        Translation translation(language);
        QVERIFY(translation.loaded() || language == QLatin1String("en"));
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy loaded(window.model(), &ui::DashboardModel::logChanged);
        window.openBuffer(test::generatedLines(20'000), QStringLiteral("Demo"));
        QVERIFY(loaded.wait(60'000));
        QTest::qWait(200);
        // The toolbar's buttons and filter bar fit without an overflow menu.
        auto* bar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(bar != nullptr);
        QVERIFY2(bar->sizeHint().width() <= window.width(),
                 qPrintable(QString::number(bar->sizeHint().width())));
        const QString dir = qEnvironmentVariable("LOGSCOPE_RENDER_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(window.grab().save(
                QDir(dir).filePath(QStringLiteral("main_window_%1.png").arg(language))));
            ui::ExportPngDialog dialog(ui::PngExportSettings{}, window.size(), &window);
            dialog.adjustSize();
            QVERIFY(dialog.grab().save(
                QDir(dir).filePath(QStringLiteral("export_dialog_%1.png").arg(language))));
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
