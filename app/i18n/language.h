#pragma once

#include <QString>

class QTranslator;

namespace logscope::app {

/// Takes `--lang CODE` / `--lang=CODE` out of the arguments (so no command sees it) and
/// remembers it. Translators are then installed as soon as the application object exists:
/// the language is --lang, else the one saved in the settings, else the system locale's.
void selectLanguage(int& argc, char** argv);

/// The language in use ("de", "fr", "es", "zh_CN"; "en" when untranslated).
QString currentLanguage();

/// While it lives, text is English with C-locale numbers: the sentences the core builds
/// (incident descriptions, recommendations, ...) go into machine-readable output (JSON), which
/// is the same in every language.
class EnglishScope {
public:
    EnglishScope();
    ~EnglishScope();
    EnglishScope(const EnglishScope&) = delete;
    EnglishScope& operator=(const EnglishScope&) = delete;

private:
    QTranslator* m_english = nullptr;
};

} // namespace logscope::app
