#include "core/formats/saved_formats.h"

#include "core/formats/format_registry.h"
#include "core/formats/logparser_format.h"
#include "core/util/atomic_file_writer.h"
#include "core/util/json_depth.h"

#include <QDir>
#include <QStandardPaths>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

namespace logscope::core {

std::string SavedFormats::defaultPath() {
    if (const QByteArray overridden = qgetenv("LOGSCOPE_FORMATS_FILE"); !overridden.isEmpty())
        return overridden.toStdString();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(base).filePath(QStringLiteral("logscope/formats.json")).toStdString();
}

SavedFormats SavedFormats::loadDefault() {
    return load(defaultPath());
}

SavedFormats SavedFormats::load(const std::string& path) {
    SavedFormats saved;
    saved.m_path = path;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return saved;
    try {
        const std::string text(std::istreambuf_iterator<char>(in), {});
        if (std::string problem = jsonDepthProblem(text); !problem.empty()) {
            saved.m_error = path + ": not a saved-formats file: " + problem;
            return saved;
        }
        const nlohmann::json doc = nlohmann::json::parse(text);
        for (const auto& entry : doc.at("formats")) {
            saved.m_formats.push_back(
                {entry.at("name").get<std::string>(), entry.at("format").get<std::string>()});
        }
    } catch (const std::exception& e) {
        saved.m_formats.clear();
        saved.m_error = path + ": not a saved-formats file: " + e.what();
    }
    return saved;
}

const SavedFormat* SavedFormats::find(const std::string& name) const {
    for (const SavedFormat& format : m_formats) {
        if (format.name == name)
            return &format;
    }
    return nullptr;
}

bool SavedFormats::put(const std::string& name, const std::string& format, std::string& error) {
    const bool nameOk = !name.empty() && name.size() <= 64 &&
                        name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX"
                                               "YZ0123456789_.-") == std::string::npos;
    if (!nameOk) {
        error = "a format name is 1 to 64 letters, digits, '_', '.' or '-', got '" + name + "'";
        return false;
    }
    if (findBuiltinFormat(name)) {
        error = "'" + name + "' is a built-in format's name; choose another";
        return false;
    }
    if (!LogparserFormat::compile(format, error))
        return false;
    for (SavedFormat& existing : m_formats) {
        if (existing.name == name) {
            existing.format = format;
            return true;
        }
    }
    m_formats.push_back({name, format});
    return true;
}

bool SavedFormats::remove(const std::string& name) {
    const auto before = m_formats.size();
    std::erase_if(m_formats, [&name](const SavedFormat& f) { return f.name == name; });
    return m_formats.size() != before;
}

bool SavedFormats::save(std::string& error) const {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(m_path).parent_path(), ec);
    nlohmann::ordered_json doc;
    auto& list = doc["formats"] = nlohmann::ordered_json::array();
    for (const SavedFormat& format : m_formats)
        list.push_back({{"name", format.name}, {"format", format.format}});
    AtomicFileWriter writer;
    if (!writer.open(m_path) || !writer.write(doc.dump(2) + "\n") || !writer.commit()) {
        error = writer.error();
        return false;
    }
    return true;
}

} // namespace logscope::core
