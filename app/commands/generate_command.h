#pragma once

namespace logscope::app {

/// `logscope generate`: writes synthetic logs (every seed's data, labelled anomaly episodes)
/// in simulated time or streamed on the wall clock.
int runGenerateCommand(int argc, char** argv);

} // namespace logscope::app
