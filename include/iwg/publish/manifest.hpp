// The manifest `iwg publish` keeps in the site: what it generated, so that `--check` can
// compare and the next run replaces only these files.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/util/calendar.hpp"

namespace iwg::publish {

struct SiteManifest {
    Date as_of;
    std::vector<std::string> files;  // paths relative to the site, '/'-separated, sorted
};
inline constexpr std::string_view manifest_name = "iwg-manifest.json";
std::string manifest_json(const SiteManifest& manifest);
// Nullopt when the text is not a manifest iwg wrote; `why` then says what is wrong with it.
std::optional<SiteManifest> parse_manifest(std::string_view text, std::string* why = nullptr);

}  // namespace iwg::publish
