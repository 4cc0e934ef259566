#include "core/generator/scenario/scenario_loader.h"

#include <QFile>

namespace logscope::core {

// The profiles are resources/profiles/*.json, compiled into the binary as the Qt resource
// :/logscope/profiles/ (see resources/CMakeLists.txt), so the executable needs no data files.
std::vector<std::string> builtinProfileNames() {
    return {"microservices", "web", "metrics", "basic"};
}

std::optional<std::string> builtinProfileJson(std::string_view name) {
    for (const std::string& known : builtinProfileNames()) {
        if (known != name)
            continue;
        QFile file(QStringLiteral(":/logscope/profiles/") + QString::fromStdString(known) +
                   QStringLiteral(".json"));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return file.readAll().toStdString();
    }
    return std::nullopt;
}

} // namespace logscope::core
