#include "iwg/publish/manifest.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace iwg::publish {

namespace {

// A path a manifest may list: relative, '/'-separated, no empty, "." or ".." segment, so
// that a tampered manifest cannot make publish touch anything outside its directory.
bool is_site_path(std::string_view path) {
    if (path.empty() || path.find('\\') != std::string_view::npos ||
        path.find('\0') != std::string_view::npos) {
        return false;
    }
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        end = end == std::string_view::npos ? path.size() : end;
        const std::string_view segment = path.substr(start, end - start);
        if (segment.empty() || segment == "." || segment == "..") {
            return false;
        }
        start = end + 1;
    }
    return true;
}

}  // namespace

std::string manifest_json(const SiteManifest& manifest) {
    nlohmann::ordered_json out = {{"generator", "iwg publish"},
                                  {"version", 1},
                                  {"as_of", format_date(manifest.as_of)},
                                  {"files", manifest.files}};
    return out.dump(2) + "\n";
}

std::optional<SiteManifest> parse_manifest(std::string_view text, std::string* why) {
    const auto refuse = [why](std::string reason) -> std::optional<SiteManifest> {
        if (why != nullptr) {
            *why = std::move(reason);
        }
        return std::nullopt;
    };
    const auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) {
        return refuse("it is not JSON");
    }
    if (!json.is_object() || json.value("generator", "") != "iwg publish") {
        return refuse("it does not say \"generator\": \"iwg publish\"");
    }
    if (json.value("version", 0) != 1) {
        return refuse("its version is not 1");
    }
    SiteManifest manifest;
    const auto as_of = json.contains("as_of") && json["as_of"].is_string()
                           ? parse_date(json["as_of"].get<std::string>())
                           : std::nullopt;
    if (!as_of) {
        return refuse("its as_of is not a date");
    }
    manifest.as_of = *as_of;
    if (!json.contains("files") || !json["files"].is_array()) {
        return refuse("it has no list of files");
    }
    for (const auto& file : json["files"]) {
        if (!file.is_string() || !is_site_path(file.get<std::string>())) {
            return refuse(fmt::format("it lists {}, which is not a path inside the site",
                                      file.dump(-1, ' ', true)));
        }
        manifest.files.push_back(file.get<std::string>());
    }
    return manifest;
}

}  // namespace iwg::publish
