#pragma once

namespace logscope::app {

/// `logscope analyze FILE`: prints the text (or JSON) report of a log.
int runAnalyzeCommand(int argc, char** argv);

} // namespace logscope::app
