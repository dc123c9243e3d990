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
#include "iwg/render/site.hpp"

namespace iwg::cli {
namespace {

namespace fs = std::filesystem;

struct PublishOptions {
    std::string dir;
    bool check = false;
};

// The site's files by path relative to DIR ('/'-separated), the manifest included.
using SiteFiles = std::map<std::string, std::string>;

// What is on disk at `path`: its bytes, or nullopt when there is no regular file.
std::optional<std::string> read_existing(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw UsageError{fmt::format("{}: cannot read it", sanitize_for_terminal(path.string()))};
    }
    return std::string(std::istreambuf_iterator<char>(in), {});
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
    auto manifest = text ? parse_manifest(*text) : std::nullopt;
    if (!manifest) {
        throw UsageError{fmt::format(
            "{}: not a manifest iwg publish wrote; publish keeps its own list of the files it "
            "generated there and will not replace this one",
            sanitize_for_terminal(path.string()))};
    }
    return manifest;
}

// Where a plan's pages go: the plan's path inside the repository ("2024", "wg/2025"), or the
// site's root for a single plan.
std::string site_directory(const PlanLocation& location, bool single) {
    if (single || location.repository.empty()) {
        return {};
    }
    return fs::path(location.path).lexically_relative(location.repository).generic_string();
}

// Loads every plan and renders the site; nullopt (after printing the findings) when a plan
// has errors, so that nothing of a broken plan is published.
std::optional<SiteFiles> render_site(const GlobalOptions& global, const Date& as_of,
                                     int& exit_code) {
    const Repository repository = find_plans_of_group(global);
    require_readable(repository);
    const bool single = repository.plans.size() == 1;
    SiteFiles files;
    std::vector<SiteEntry> entries;
    for (const PlanLocation& location : repository.plans) {
        LoadResult loaded;
        if (auto code = load_checked_plan(location, global, loaded)) {
            exit_code = *code;
            return std::nullopt;
        }
        const std::string directory = site_directory(location, single);
        for (auto& file : plan_site_files(loaded.plan, as_of)) {
            files[directory.empty() ? file.name : directory + "/" + file.name] =
                std::move(file.bytes);
        }
        entries.push_back(
            {loaded.plan.group.value, loaded.plan.title.value, loaded.plan.year.value, directory});
    }
    if (!single) {
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
        const auto on_disk = dir_exists ? read_existing(dir / name) : std::nullopt;
        if (!on_disk || *on_disk != bytes) {
            report += fmt::format("{}: {}\n", sanitize_for_terminal((dir / name).string()),
                                  on_disk ? "differs" : "missing");
            ++stale;
        }
    }
    if (previous) {
        for (const auto& name : previous->files) {
            if (files->count(name) == 0 && read_existing(dir / name)) {
                report += fmt::format("{}: no longer generated\n",
                                      sanitize_for_terminal((dir / name).string()));
                ++stale;
            }
        }
    }
    if (stale == 0) {
        return write_stdout(
                   fmt::format("{}: up to date ({} as of {})\n", sanitize_for_terminal(options.dir),
                               plural(files->size(), "file"), format_date(as_of)),
                   OutputKind::text)
                   ? exit_ok
                   : exit_usage;
    }
    // Paths hold the repository's directory names (a group's), so they are guarded as plan
    // text is in a CI log.
    if (!write_stdout(report, OutputKind::text)) {
        return exit_usage;
    }
    print_error(global, fmt::format("{} of the site in {} {} not current; run 'iwg publish {}'",
                                    plural(stale, "file"), sanitize_for_terminal(options.dir),
                                    stale == 1 ? "is" : "are", sanitize_for_terminal(options.dir)));
    return exit_plan_errors;
}

// Removes a file an earlier run generated and this one does not, and the directories it
// leaves empty inside the site.
void remove_generated(const fs::path& dir, const std::string& name) {
    std::error_code ec;
    fs::path path = dir / name;
    if (!fs::is_regular_file(fs::symlink_status(path, ec))) {
        return;
    }
    fs::remove(path, ec);
    for (path = path.parent_path(); path != dir && fs::is_empty(path, ec);
         path = path.parent_path()) {
        fs::remove(path, ec);
    }
}

int publish_site(const PublishOptions& options, const GlobalOptions& global) {
    const fs::path dir(options.dir);
    std::error_code ec;
    if (fs::exists(fs::symlink_status(dir, ec)) && !fs::is_directory(dir, ec)) {
        throw UsageError{fmt::format("{}: not a directory", sanitize_for_terminal(options.dir))};
    }
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
        if (name != manifest_name && owned.count(name) == 0 &&
            fs::exists(fs::symlink_status(dir / name, ec))) {
            throw UsageError{fmt::format(
                "{}: exists and was not written by iwg publish; move it away or publish to "
                "another directory",
                sanitize_for_terminal((dir / name).string()))};
        }
    }
    std::size_t written = 0;
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
                if (files->count(name) == 0) {
                    remove_generated(dir, name);
                }
            }
        }
        const std::string& manifest = files->at(std::string(manifest_name));
        if (read_existing(dir / manifest_name) != manifest) {
            write_file_atomically(dir / manifest_name, manifest);
        }
    } catch (const WriteError& e) {
        throw UsageError{
            fmt::format("{}: {}", sanitize_for_terminal(e.path().string()), e.reason())};
    }
    return write_stdout(fmt::format("{}: {} written, {} unchanged (as of {})\n",
                                    sanitize_for_terminal(options.dir), plural(written, "file"),
                                    files->size() - 1 - written, format_date(as_of)),
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
    app->add_option("DIR", options->dir, "The site's directory (created if missing)")
        ->required()
        ->type_name("DIR");
    app->add_flag("--check", options->check,
                  "Write nothing; exit 1 naming each file that is\nmissing or differs (as of "
                  "the site's date\nunless --as-of)");
    app->footer(exit_codes_section("success (with --check: the site is current)",
                                   "the plan has errors, or with --check the site is\n"
                                   "     not current",
                                   "a file in DIR that publish did not write, or DIR cannot\n"
                                   "     be written"));
    return {app, [options, &global] {
                return options->check ? check_site(*options, global)
                                      : publish_site(*options, global);
            }};
}

}  // namespace iwg::cli
