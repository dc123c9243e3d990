#include "iwg/publish/site_layout.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "iwg/publish/manifest.hpp"
#include "iwg/render/site.hpp"

namespace iwg::publish {

namespace {

// A directory of the site: a plain name, not hidden (publish's own temporary files start
// with '.'), no separator or NUL.
bool is_directory_name(std::string_view name) {
    return !name.empty() && name != "." && name != ".." && !name.starts_with('.') &&
           name.find_first_of(std::string_view("/\\\0", 3)) == std::string_view::npos;
}

bool is_yaml_name(std::string_view name) {
    return name.ends_with(".yaml") || name.ends_with(".yml");
}

template <class Names>
bool is_one_of(const Names& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

bool is_layout_path(std::string_view path) {
    const auto slash = path.rfind('/');
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    if (is_yaml_name(name)) {
        return false;
    }
    if (slash == std::string_view::npos) {
        return name == manifest_name || is_one_of(repository_page_names, name) ||
               is_one_of(plan_page_names, name);
    }
    if (!is_one_of(plan_page_names, name)) {
        return false;
    }
    std::string_view directories = path.substr(0, slash);
    if (directories.empty()) {
        return false;  // an absolute path
    }
    while (!directories.empty()) {
        const auto next = directories.find('/');
        if (!is_directory_name(directories.substr(0, next))) {
            return false;
        }
        directories =
            next == std::string_view::npos ? std::string_view() : directories.substr(next + 1);
        if (next != std::string_view::npos && directories.empty()) {
            return false;  // a trailing '/'
        }
    }
    return true;
}

bool is_generated_path(std::string_view path) {
    return path != manifest_name && is_layout_path(path);
}

std::optional<std::string> add_generated(SiteContent& content, std::string path,
                                         std::string bytes) {
    if (!is_generated_path(path)) {
        return fmt::format(
            "{}: not a path of the site's layout (a plan's directory that is hidden or has a "
            "name publish cannot use)",
            path);
    }
    if (!content.emplace(path, std::move(bytes)).second) {
        return fmt::format(
            "{}: two of the site's files would have this path (a plan's pages over another's, "
            "or over the repository's index)",
            path);
    }
    return std::nullopt;
}

std::optional<std::string> colliding_directory(const SiteContent& content) {
    for (const auto& [path, bytes] : content) {
        for (auto slash = path.find('/'); slash != std::string::npos;
             slash = path.find('/', slash + 1)) {
            std::string directory = path.substr(0, slash);
            if (content.count(directory) > 0 || directory == manifest_name) {
                return directory;
            }
        }
    }
    return std::nullopt;
}

std::optional<std::string> layout_collision(const SiteContent& content) {
    if (auto directory = colliding_directory(content)) {
        return fmt::format(
            "{}: a directory of plans has the name of a file publish generates there; rename "
            "the directory in the repository",
            *directory);
    }
    return std::nullopt;
}

}  // namespace iwg::publish
