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
        g_current = ours->language();
        // Qt's own strings (standard dialogs and buttons) in the same language.
        auto* qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    } else {
        delete ours;
    }
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

} // namespace logscope::app

namespace {
void installTranslatorsAtStartup() {
    logscope::app::installTranslators();
}
} // namespace

// Runs right after any Q(Core/Gui)Application is constructed, whichever command created it.
Q_COREAPP_STARTUP_FUNCTION(installTranslatorsAtStartup)
