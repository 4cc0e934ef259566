#pragma once

namespace logscope::app {

/// `logscope [FILES...]`: opens the dashboard window.
int runGuiCommand(int argc, char** argv);

} // namespace logscope::app
