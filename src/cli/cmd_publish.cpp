// `iwg publish DIR`: the plan (or every plan of a repository) as a static site, and
// `--check`, which says whether a published site is current without writing anything.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>

#include <fmt/format.h>

#include "common.hpp"
#include "help_text.hpp"
#include "iwg/plan/checks.hpp"
#include "iwg/publish/manifest.hpp"
#include "iwg/render/site.hpp"
#include "option_checks.hpp"

namespace iwg::cli {
namespace {

namespace fs = std::filesystem;
using publish::manifest_json;
using publish::manifest_name;
using publish::parse_manifest;
using publish::SiteManifest;

struct PublishOptions {
    std::string dir;
    bool check = false;
};

// The site's files by path relative to DIR ('/'-separated), the manifest included.
using SiteFiles = std::map<std::string, std::string>;

std::string shown(const fs::path& path) {
    return sanitize_for_terminal(path.string());
}

// What is on disk at `path`: its bytes, or nullopt when there is no regular file.
std::optional<std::string> read_existing(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw UsageError{fmt::format("{}: cannot read it", shown(path))};
    }
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Why `name` cannot be written inside `dir` by a rename, if it cannot: a directory on its
// way that is a symbolic link (writing through it would write outside the site) or not a
// directory, or a directory where the file goes.
std::optional<std::string> blocked(const fs::path& dir, const std::string& name) {
    std::error_code ec;
    fs::path path = dir;
    const fs::path relative(name);
    for (auto part = relative.begin(); part != relative.end(); ++part) {
        path /= *part;
        const auto status = fs::symlink_status(path, ec);
        if (!fs::exists(status)) {
            return std::nullopt;
        }
        const bool last = std::next(part) == relative.end();
        if (!last && fs::is_symlink(status)) {
            return fmt::format(
                "{}: a symbolic link where the site has a directory; publish "
                "writes only inside {}",
                shown(path), shown(dir));
        }
        if (!last && !fs::is_directory(status)) {
            return fmt::format("{}: not a directory, where the site has one", shown(path));
        }
        if (last && fs::is_directory(status)) {
            return fmt::format("{}: a directory, where the site has a file", shown(path));
        }
    }
    return std::nullopt;
}

// The manifest a previous run left in DIR, if any. A file of that name that iwg did not
// write is refused: publish would otherwise replace or delete what its owner listed.
std::optional<SiteManifest> existing_manifest(const fs::path& dir) {
    const fs::path path = dir / manifest_name;
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec))) {
        return std::nullopt;
    }
    const auto text = read_existing(path);
    std::string why = "it is not a regular file";
    auto manifest = text ? parse_manifest(*text, &why) : std::nullopt;
    if (!manifest) {
        throw UsageError{fmt::format(
            "{}: not a manifest iwg publish wrote ({}); publish replaces only the files its own "
            "manifest lists: move the file away, or publish to another directory",
            shown(path), why)};
    }
    return manifest;
}

// A path given as DIR that exists but is not a directory.
void require_directory_or_nothing(const fs::path& dir) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(dir, ec)) && !fs::is_directory(dir, ec)) {
        throw UsageError{fmt::format("{}: not a directory", shown(dir))};
    }
}

// Where a plan's pages go: the plan's path inside the repository it was found in ("2024",
// "wg/2025"), whatever the number of plans, so that adding a year moves nothing; the site's
// root for a plan named directly.
std::string site_directory(const PlanLocation& location) {
    if (location.repository.empty()) {
        return {};
    }
    return fs::path(location.path).lexically_relative(location.repository).generic_string();
}

// "2024": the plan's path as its pages name it, the same however --plan was written.
std::string source_path(const PlanLocation& location, const std::string& directory) {
    if (!directory.empty()) {
        return directory;
    }
    const fs::path path = fs::path(location.path).lexically_normal();
    const fs::path name = path.has_filename() ? path.filename() : path.parent_path().filename();
    return name.generic_string();
}

// "../../index.html": the repository's index from a plan's directory.
std::string index_from(const std::string& directory) {
    std::string href;
    for (const auto& part : fs::path(directory)) {
        (void)part;
        href += "../";
    }
    return href + "index.html";
}

// Loads every plan and renders the site; nullopt (after printing the findings) when a plan
// has errors, so that nothing of a broken plan is published.
std::optional<SiteFiles> render_site(const GlobalOptions& global, const Date& as_of,
                                     int& exit_code) {
    const Repository repository = find_plans_of_group(global);
    require_readable(repository);
    SiteFiles files;
    std::vector<SiteEntry> entries;
    for (const PlanLocation& location : repository.plans) {
        LoadResult loaded;
        if (auto code = load_checked_plan(location, global, loaded)) {
            exit_code = *code;
            return std::nullopt;
        }
        release_sources(loaded);
        const std::string directory = site_directory(location);
        const PlanPages pages{source_path(location, directory),
                              directory.empty() ? std::string() : index_from(directory)};
        for (auto& file : plan_site_files(loaded.plan, as_of, pages)) {
            files[directory.empty() ? file.name : directory + "/" + file.name] =
                std::move(file.bytes);
        }
        entries.push_back(
            {loaded.plan.group.value, loaded.plan.title.value, loaded.plan.year.value, directory});
    }
    if (!entries.empty() && !entries.front().directory.empty()) {
        files["index.html"] = render_site_index(entries, as_of);
    }
    SiteManifest manifest{as_of, {}};
    for (const auto& [name, bytes] : files) {
        manifest.files.push_back(name);
    }
    files[std::string(manifest_name)] = manifest_json(manifest);
    return files;
}

std::string plural(std::size_t count, std::string_view word) {
    return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

int check_site(const PublishOptions& options, const GlobalOptions& global) {
    const fs::path dir(options.dir);
    require_directory_or_nothing(dir);
    std::error_code ec;
    const bool dir_exists = fs::is_directory(dir, ec);
    const auto previous = dir_exists ? existing_manifest(dir) : std::nullopt;
    // The site's own date unless --as-of says otherwise: a site is not stale because a day
    // passed.
    const Date as_of = !global.as_of.empty() || !previous ? resolve_as_of(global) : previous->as_of;
    int exit_code = exit_ok;
    const auto files = render_site(global, as_of, exit_code);
    if (!files) {
        return exit_code;
    }
    std::string report;
    std::size_t stale = 0;
    for (const auto& [name, bytes] : *files) {
        std::string state;
        if (auto why = dir_exists ? blocked(dir, name) : std::nullopt) {
            state = "in the way: " + *why;
        } else if (const auto on_disk = dir_exists ? read_existing(dir / name) : std::nullopt;
                   !on_disk) {
            state = "missing";
        } else if (*on_disk != bytes) {
            state = "differs";
        }
        if (!state.empty()) {
            report += fmt::format("{}: {}\n", shown(dir / name), state);
            ++stale;
        }
    }
    if (previous) {
        for (const auto& name : previous->files) {
            if (files->count(name) == 0 && read_existing(dir / name)) {
                report += fmt::format("{}: no longer generated\n", shown(dir / name));
                ++stale;
            }
        }
    }
    const std::size_t pages = files->size() - 1;  // the manifest aside
    // Paths hold the repository's directory names (a group's), so they are guarded as plan
    // text is in a CI log.
    if (stale == 0) {
        return write_stdout(fmt::format("{}: up to date ({} as of {})\n", shown(dir),
                                        plural(pages, "file"), format_date(as_of)),
                            OutputKind::text)
                   ? exit_ok
                   : exit_usage;
    }
    if (!write_stdout(report, OutputKind::text)) {
        return exit_usage;
    }
    print_error(global, fmt::format("{} of the site in {} {} not current; run 'iwg publish {} "
                                    "--as-of {}' with the same --plan and --group to update it",
                                    plural(stale, "file"), shown(dir), stale == 1 ? "is" : "are",
                                    shown(dir), format_date(as_of)));
    return exit_plan_errors;
}

// Removes a file an earlier run generated and this one does not, and the directories it
// leaves empty inside the site; never through a symbolic link. True when it removed one.
bool remove_generated(const fs::path& dir, const std::string& name) {
    std::error_code ec;
    fs::path path = dir / name;
    if (blocked(dir, name) || !fs::is_regular_file(fs::symlink_status(path, ec))) {
        return false;
    }
    const bool removed = fs::remove(path, ec);
    for (path = path.parent_path(); path != dir && fs::is_empty(path, ec);
         path = path.parent_path()) {
        fs::remove(path, ec);
    }
    return removed;
}

int publish_site(const PublishOptions& options, const GlobalOptions& global) {
    const fs::path dir(options.dir);
    require_directory_or_nothing(dir);
    std::error_code ec;
    const auto previous = fs::is_directory(dir, ec) ? existing_manifest(dir) : std::nullopt;
    const Date as_of = resolve_as_of(global);
    int exit_code = exit_ok;
    const auto files = render_site(global, as_of, exit_code);
    if (!files) {
        return exit_code;
    }
    std::set<std::string> owned;
    if (previous) {
        owned.insert(previous->files.begin(), previous->files.end());
    }
    // Every refusal before the first write: a refused run changes nothing.
    for (const auto& [name, bytes] : *files) {
        if (auto why = blocked(dir, name)) {
            throw UsageError{*why};
        }
        if (name != manifest_name && owned.count(name) == 0 &&
            fs::exists(fs::symlink_status(dir / name, ec))) {
            throw UsageError{fmt::format(
                "{}: exists and was not written by iwg publish; move it away or publish to "
                "another directory",
                shown(dir / name))};
        }
    }
    std::size_t written = 0;
    std::size_t removed = 0;
    try {
        if (!fs::is_directory(dir, ec) && !fs::create_directory(dir, ec)) {
            throw WriteError(WriteError::Kind::io, dir,
                             fmt::format("cannot create the directory: {}", ec.message()));
        }
        // The manifest last: a run cut short leaves the old manifest, which still owns every
        // file written so far.
        for (const auto& [name, bytes] : *files) {
            if (name == manifest_name || read_existing(dir / name) == bytes) {
                continue;
            }
            fs::create_directories((dir / name).parent_path(), ec);
            write_file_atomically(dir / name, bytes);
            ++written;
        }
        if (previous) {
            for (const auto& name : previous->files) {
                if (files->count(name) == 0 && remove_generated(dir, name)) {
                    ++removed;
                }
            }
        }
        const std::string& manifest = files->at(std::string(manifest_name));
        if (read_existing(dir / manifest_name) != manifest) {
            write_file_atomically(dir / manifest_name, manifest);
        }
    } catch (const WriteError& e) {
        throw UsageError{fmt::format("{}: {}{}", shown(e.path()), e.reason(),
                                     written > 0 ? fmt::format("; {} of the site were written "
                                                               "before, run publish again",
                                                               plural(written, "file"))
                                                 : "")};
    }
    const std::size_t pages = files->size() - 1;
    return write_stdout(fmt::format("{}: {} written, {} unchanged{} (as of {})\n", shown(dir),
                                    plural(written, "file"), pages - written,
                                    removed > 0 ? fmt::format(", {} removed", removed) : "",
                                    format_date(as_of)),
                        OutputKind::text)
               ? exit_ok
               : exit_usage;
}

}  // namespace

Command add_publish_command(CLI::App& root, GlobalOptions& global) {
    auto options = std::make_shared<PublishOptions>();
    CLI::App* app = root.add_subcommand(
        "publish",
        "Write the plan (or every plan) as a static site:\nindex.html, plan.ics, "
        "plan.json, README.md");
    app->add_option("dir", options->dir, "The site's directory (created if missing)")
        ->required()
        ->type_name("DIR")
        ->check(not_empty());
    app->add_flag("--check", options->check,
                  "Write nothing; exit 1 naming each file that is\nmissing or differs (as of "
                  "the site's date\nunless --as-of)");
    app->footer(
        "A plan named directly is published at DIR's root; the plans of a repository under\n"
        "their paths in it (DIR/2024/, DIR/wg/2025/), with DIR/index.html listing them.\n"
        "DIR/iwg-manifest.json lists what publish generated: it replaces and removes only\n"
        "those files, and refuses any other file in the way.\n\n" +
        exit_codes_section("success (with --check: the site is current)",
                           "the plan has errors, or with --check the site is\n"
                           "     not current",
                           "bad invocation, unreadable input, a file in DIR that\n"
                           "     publish did not write, or a write that failed"));
    return {app, [options, &global] {
                return options->check ? check_site(*options, global)
                                      : publish_site(*options, global);
            }};
}

}  // namespace iwg::cli
