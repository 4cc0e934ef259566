#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace logscope::core {

/// The templates of each service's recent symptom lines (errors, 5xx answers, resource and
/// failed-login lines), so that a live incident can name the message that drove it, as a
/// batch incident names its root-cause template. Bounded: the last kKept lines per service.
class ServiceSymptoms {
public:
    static constexpr std::size_t kKept = 128;

    /// Notes a symptom line of service with its template.
    void note(std::uint16_t service, std::uint32_t templateId);
    /// The most frequent template among the service's recent symptom lines (none when it had
    /// none); ties go to the most recent.
    [[nodiscard]] std::optional<std::uint32_t> leading(std::uint16_t service) const;

private:
    struct Ring {
        std::vector<std::uint32_t> templates; ///< up to kKept, overwritten in a circle
        std::size_t next = 0;
    };
    std::vector<Ring> m_rings; ///< per service index
};

} // namespace logscope::core
