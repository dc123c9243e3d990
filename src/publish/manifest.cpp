#include "iwg/publish/manifest.hpp"

#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "iwg/publish/site_layout.hpp"

namespace iwg::publish {

namespace {

// The deepest nesting of '[' and '{' outside strings, counted before parsing: the parser and
// the value's destructor recurse, so a deep manifest must never reach them.
bool nested_deeper_than(std::string_view text, int limit) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) {
                return true;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

bool is_sha256_hex(const nlohmann::json& value) {
    if (!value.is_string()) {
        return false;
    }
    const auto& text = value.get_ref<const std::string&>();
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// The entries of a version 2 list ("files", "replacing"), or why the first wrong one is.
tl::expected<std::vector<ManifestEntry>, std::string> read_entries(const nlohmann::json& list,
                                                                   std::string_view key) {
    if (!list.is_array()) {
        return tl::make_unexpected(fmt::format("its \"{}\" is not a list", key));
    }
    std::vector<ManifestEntry> entries;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto& entry = list[i];
        const auto path = entry.is_object() ? entry.find("path") : entry.end();
        const auto hash = entry.is_object() ? entry.find("sha256") : entry.end();
        if (path == entry.end() || hash == entry.end() || !path->is_string() ||
            !is_sha256_hex(*hash)) {
            return tl::make_unexpected(fmt::format(
                "entry {} of its \"{}\" is not an object with a \"path\" and a \"sha256\" of 64 "
                "hex digits",
                i + 1, key));
        }
        const auto& name = path->get_ref<const std::string&>();
        if (!is_generated_path(name)) {
            return tl::make_unexpected(
                fmt::format("entry {} of its \"{}\" is not a path publish generates", i + 1, key));
        }
        if (!seen.insert(name).second) {
            return tl::make_unexpected(
                fmt::format("entry {} of its \"{}\" repeats a path", i + 1, key));
        }
        entries.push_back({name, hash->get<std::string>()});
    }
    return entries;
}

nlohmann::ordered_json entries_json(const std::vector<ManifestEntry>& entries) {
    auto out = nlohmann::ordered_json::array();
    for (const auto& entry : entries) {
        out.push_back({{"path", entry.path}, {"sha256", entry.sha256}});
    }
    return out;
}

}  // namespace

std::string manifest_json(const SiteManifest& manifest) {
    nlohmann::ordered_json out = {{"generator", "iwg publish"},
                                  {"version", manifest_version},
                                  {"as_of", format_date(manifest.as_of)},
                                  {"state", manifest.complete ? "complete" : "writing"},
                                  {"files", entries_json(manifest.files)}};
    if (!manifest.complete) {
        out["replacing"] = entries_json(manifest.replacing);
    }
    return out.dump(2) + "\n";
}

tl::expected<SiteManifest, std::string> parse_manifest(std::string_view text) {
    const auto refuse = [](std::string reason) { return tl::make_unexpected(std::move(reason)); };
    if (text.size() > max_manifest_size) {
        return refuse(fmt::format("it is larger than {} MiB", max_manifest_size / (1024 * 1024)));
    }
    if (nested_deeper_than(text, max_manifest_depth)) {
        return refuse(fmt::format("it is nested deeper than {} levels", max_manifest_depth));
    }
    const auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) {
        return refuse("it is not JSON");
    }
    const auto field = [&json](std::string_view key) -> const nlohmann::json* {
        const auto it = json.find(std::string(key));
        return it == json.end() ? nullptr : &*it;
    };
    const nlohmann::json* generator = json.is_object() ? field("generator") : nullptr;
    if (generator == nullptr || !generator->is_string() ||
        generator->get_ref<const std::string&>() != "iwg publish") {
        return refuse("it does not say \"generator\": \"iwg publish\"");
    }
    // Whole numbers only: 1.9, true and "1" are not versions, nor is 2^32 + 1.
    const nlohmann::json* version = field("version");
    const bool known = version != nullptr && version->is_number_integer() &&
                       (*version == 1 || *version == manifest_version);
    if (!known) {
        return refuse(
            fmt::format("its \"version\" is not one this iwg reads (1 or {})", manifest_version));
    }
    SiteManifest manifest;
    manifest.version = version->get<int>();
    const nlohmann::json* as_of = field("as_of");
    const auto date = as_of != nullptr && as_of->is_string()
                          ? parse_date(as_of->get_ref<const std::string&>())
                          : std::nullopt;
    if (!date) {
        return refuse("its \"as_of\" is not a date (YYYY-MM-DD)");
    }
    manifest.as_of = *date;
    const nlohmann::json* files = field("files");
    if (files == nullptr || !files->is_array()) {
        return refuse("it has no list of \"files\"");
    }
    if (manifest.version == 1) {
        // An earlier iwg's: paths without hashes. Read for --check and for what it lists;
        // publish owns none of its files by it (see site_writer.hpp).
        std::set<std::string> seen;
        for (std::size_t i = 0; i < files->size(); ++i) {
            const auto& file = (*files)[i];
            if (!file.is_string() || !is_generated_path(file.get_ref<const std::string&>()) ||
                !seen.insert(file.get<std::string>()).second) {
                return refuse(fmt::format(
                    "entry {} of its \"files\" is not a path publish generates, or repeats one",
                    i + 1));
            }
            manifest.files.push_back({file.get<std::string>(), {}});
        }
        return manifest;
    }
    const nlohmann::json* state = field("state");
    if (state == nullptr || !state->is_string() || (*state != "complete" && *state != "writing")) {
        return refuse("its \"state\" is neither \"complete\" nor \"writing\"");
    }
    manifest.complete = *state == "complete";
    auto entries = read_entries(*files, "files");
    if (!entries) {
        return refuse(std::move(entries.error()));
    }
    manifest.files = std::move(*entries);
    if (!manifest.complete) {
        const nlohmann::json* replacing = field("replacing");
        if (replacing == nullptr) {
            return refuse("it has no list of \"replacing\"");
        }
        auto replaced = read_entries(*replacing, "replacing");
        if (!replaced) {
            return refuse(std::move(replaced.error()));
        }
        manifest.replacing = std::move(*replaced);
    }
    return manifest;
}

}  // namespace iwg::publish
