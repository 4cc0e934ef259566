#pragma once

namespace logscope::app {

/// `logscope templates FILE [--format F] [--lines OUT.csv] [--templates OUT.csv] ...`: mines the
/// message templates of a log file, prints the most frequent ones and writes CSV files.
int runTemplatesCommand(int argc, char** argv);

} // namespace logscope::app
