#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <cstring>

namespace logscope::app {
namespace {

QString g_requested; // from --lang
QString g_current = QStringLiteral("en");
QTranslator* g_ours = nullptr; // the language's translator (English plurals at least)
QTranslator* g_qt = nullptr;   // Qt's own strings
QLocale g_locale;

void installTranslators() {
    QString language = g_requested;
    if (language.isEmpty()) {
        const QSettings settings(QStringLiteral("LogScope"), QStringLiteral("logscope"));
        language = settings.value(QStringLiteral("ui/language")).toString();
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(locale, QStringLiteral("logscope"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        g_ours = ours;
        g_current = ours->language();
        // Qt's own strings (standard dialogs and buttons) in the same language.
        auto* qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            g_qt = qt;
        } else
            delete qt;
    } else if (ours->load(QStringLiteral("logscope_en"), QStringLiteral(":/i18n"))) {
        // A language without a translation reads English, with English plural forms.
        QCoreApplication::installTranslator(ours);
        g_ours = ours;
    } else {
        delete ours;
    }
    g_locale = locale;
    QLocale::setDefault(locale);
}

} // namespace

void selectLanguage(int& argc, char** argv) {
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            g_requested = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            g_requested = QString::fromLocal8Bit(argv[i] + 7);
        } else {
            argv[out++] = argv[i];
        }
    }
    argc = out;
    argv[argc] = nullptr;
}

QString currentLanguage() {
    return g_current;
}

EnglishScope::EnglishScope() {
    for (QTranslator* t : {g_ours, g_qt})
        if (t != nullptr)
            QCoreApplication::removeTranslator(t);
    m_english = new QTranslator;
    if (m_english->load(QStringLiteral("logscope_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_english);
    QLocale::setDefault(QLocale::c());
}

EnglishScope::~EnglishScope() {
    QCoreApplication::removeTranslator(m_english);
    delete m_english;
    for (QTranslator* t : {g_ours, g_qt})
        if (t != nullptr)
            QCoreApplication::installTranslator(t);
    QLocale::setDefault(g_locale);
}

} // namespace logscope::app

namespace {
void installTranslatorsAtStartup() {
    logscope::app::installTranslators();
}
} // namespace

// Runs right after any Q(Core/Gui)Application is constructed, whichever command created it.
Q_COREAPP_STARTUP_FUNCTION(installTranslatorsAtStartup)
