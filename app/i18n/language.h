#pragma once

#include <QString>

namespace logscope::app {

/// Takes `--lang CODE` / `--lang=CODE` out of the arguments (so no command sees it) and
/// remembers it. Translators are then installed as soon as the application object exists:
/// the language is --lang, else the one saved in the settings, else the system locale's.
void selectLanguage(int& argc, char** argv);

/// The language in use ("de", "fr", "es", "zh_CN"; "en" when untranslated).
QString currentLanguage();

} // namespace logscope::app
