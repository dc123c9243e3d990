// The paths `iwg publish` generates, as one list: the pages of each plan in its directory of
// the site, the repository's pages at the root, and the manifest. What publish may write,
// replace or remove, and which names from the repository collide, is derived from it; a new
// generated file is added here (and rendered in render/site).
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace iwg::publish {

// The files one run generates, by path relative to the site ('/'-separated), the manifest
// aside.
using SiteContent = std::map<std::string, std::string>;

// A path publish may generate: a repository page or the manifest at the root, or a plan's
// page under its directories (each a plain name that does not start with '.'). Never a
// *.yaml or *.yml file.
bool is_layout_path(std::string_view path);
// A path of the layout other than the manifest: what a generated file and an entry of the
// manifest may be (the manifest never lists itself).
bool is_generated_path(std::string_view path);

// Adds a generated file; a path generated twice (two plans' pages in one directory, a plan's
// page over the repository's index) or outside the layout is a collision: the message names
// the path.
std::optional<std::string> add_generated(SiteContent& content, std::string path, std::string bytes);

// A directory of the site whose name is also a generated file's ("index.html/2024/..." beside
// "index.html", a group directory named like the manifest): the directory's site path.
std::optional<std::string> colliding_directory(const SiteContent& content);
// The same, as a message that names the directory.
std::optional<std::string> layout_collision(const SiteContent& content);

}  // namespace iwg::publish
