#pragma once

namespace logscope::app {

/// `logscope formats [list | save NAME FORMAT | remove NAME | detect FILE...]`: the input
/// formats LogScope reads, the user's saved ones, and which one a file is detected as.
int runFormatsCommand(int argc, char** argv);

} // namespace logscope::app
