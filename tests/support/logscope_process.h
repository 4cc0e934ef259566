#pragma once

// Runs the logscope executable the way a user would, for the command-line tests. (Its own
// namespace: these tests name their helper function logscope().)

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cli_test {

/// What a run of logscope did.
struct Run {
    int exitCode = -1; ///< -1 when it crashed or did not finish
    QByteArray out;
    QByteArray err;
};

/// How to run it: always without a display (the headless paths), optionally in a directory,
/// with bytes on standard input and extra environment variables.
struct RunOptions {
    QString workingDirectory;
    QByteArray input;
    QProcessEnvironment extraEnvironment;
};

/// Runs `logscope arguments...` (LOGSCOPE_BINARY) and waits up to two minutes.
inline Run runLogscope(const QStringList& arguments, const RunOptions& options = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(options.extraEnvironment);
    process.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    process.start(QStringLiteral(LOGSCOPE_BINARY), arguments);
    process.waitForStarted();
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    process.waitForFinished(120'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace cli_test
