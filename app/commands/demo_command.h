#pragma once

namespace logscope::app {

/// `logscope demo`: the dashboard of a built-in demo dataset; without a display it writes
/// the dashboard PNG and prints the text report.
int runDemoCommand(int argc, char** argv);

} // namespace logscope::app
