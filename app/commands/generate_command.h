#pragma once

namespace logscope::app {

/// `logscope generate`: writes synthetic logs.
int runGenerateCommand(int argc, char** argv);

} // namespace logscope::app
