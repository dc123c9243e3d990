#include "iwg/util/version.hpp"

#include <array>

#include <fmt/format.h>

namespace iwg {

std::string version_line() {
    const std::string_view revision = build_revision();
    return revision.empty() ? fmt::format("iwg {}", version())
                            : fmt::format("iwg {} ({})", version(), revision);
}

std::span<const int> plan_format_versions() {
    static constexpr std::array formats{1};
    return formats;
}

}  // namespace iwg
