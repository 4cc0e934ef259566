#pragma once

#include <string>
#include <vector>

namespace logscope::core {

/// A format string the user saved under a name.
struct SavedFormat {
    std::string name;
    std::string format; ///< logparser syntax: `<Date> <Time> <Level> <Content>`
};

/// The user's named formats, kept as a small JSON file (`{"formats": [{"name": ..., "format":
/// ...}]}`) in the user's configuration folder. Saved formats can be chosen by name with
/// --format and take part in detection.
class SavedFormats {
public:
    /// Reads the default file (a missing file is an empty list).
    static SavedFormats loadDefault();
    /// Reads path; a missing file is an empty list, a broken one sets error().
    static SavedFormats load(const std::string& path);
    /// `<config>/logscope/formats.json` (QStandardPaths' generic config location, e.g.
    /// ~/.config); LOGSCOPE_FORMATS_FILE overrides it.
    static std::string defaultPath();

    [[nodiscard]] const std::vector<SavedFormat>& formats() const noexcept { return m_formats; }
    /// The format saved under name, or nullptr.
    [[nodiscard]] const SavedFormat* find(const std::string& name) const;
    /// Adds or replaces a format after checking that the name is usable and the format compiles;
    /// false with error set otherwise.
    bool put(const std::string& name, const std::string& format, std::string& error);
    /// Removes a format; false when there is none by that name.
    bool remove(const std::string& name);
    /// Writes the file (creating its folder); false with error set on failure.
    bool save(std::string& error) const;
    /// Why the file could not be read ("" when it could).
    [[nodiscard]] const std::string& error() const noexcept { return m_error; }
    /// The file this list is read from and written to.
    [[nodiscard]] const std::string& path() const noexcept { return m_path; }

private:
    std::string m_path;
    std::vector<SavedFormat> m_formats;
    std::string m_error;
};

} // namespace logscope::core
