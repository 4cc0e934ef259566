#include "commands/analyze_command.h"
#include "commands/demo_command.h"
#include "commands/formats_command.h"
#include "commands/generate_command.h"
#include "commands/gui_command.h"
#include "commands/report_command.h"
#include "commands/templates_command.h"
#include "i18n/language.h"

#include <string_view>

int main(int argc, char** argv) {
    using namespace logscope::app;
    selectLanguage(argc, argv);
    const std::string_view command = argc > 1 ? argv[1] : "";
    if (command == "generate")
        return runGenerateCommand(argc, argv);
    if (command == "analyze")
        return runAnalyzeCommand(argc, argv);
    if (command == "report")
        return runReportCommand(argc, argv);
    if (command == "demo")
        return runDemoCommand(argc, argv);
    if (command == "templates")
        return runTemplatesCommand(argc, argv);
    if (command == "formats")
        return runFormatsCommand(argc, argv);
    return runGuiCommand(argc, argv);
}
