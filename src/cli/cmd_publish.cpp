// `iwg publish DIR`: the plan (or every plan of a repository) as a static site, and
// `--check`, which says whether a published site is current without writing anything. What
// may be written, replaced and removed is publish/site_writer's; this file has the options,
// the rendering and the messages.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include <fmt/format.h>

#include "common.hpp"
#include "help_text.hpp"
#include "iwg/plan/checks.hpp"
#include "iwg/publish/site_writer.hpp"
#include "iwg/render/site.hpp"
#include "iwg/render/validation.hpp"
#include "iwg/report/validation.hpp"
#include "option_checks.hpp"

namespace iwg::cli {
namespace {

namespace fs = std::filesystem;
using publish::RunInputs;
using publish::Site;
using publish::SiteContent;
using publish::SiteError;

struct PublishOptions {
    std::string dir;
    bool check = false;
};

std::string shown(std::string_view path) {
    return sanitize_for_terminal(path);
}

UsageError usage_error(const SiteError& e) {
    return UsageError{fmt::format("{}: {}", shown(e.path()), shown(e.reason()))};
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

// The repository's layout checked as validate checks it (the layout's findings, then every
// plan and the checks across plans: E302 two plans for one year, E303, …): with an error,
// prints the errors as validate would and returns its exit code; nothing is published.
std::optional<int> refuse_layout_errors(const Repository& repository, const GlobalOptions& global) {
    const bool layout_error =
        std::any_of(repository.findings.items().begin(), repository.findings.items().end(),
                    [](const Diagnostic& d) { return d.severity == Severity::error; });
    // One plan alone is checked as it is loaded; the checks across plans need them all.
    if (!layout_error && repository.plans.size() <= 1) {
        return std::nullopt;
    }
    const auto plans = check_repository(repository, load_options(global),
                                        std::max(1U, std::thread::hardware_concurrency()));
    ValidationReport report = build_plans_validation_report(plans, repository.findings);
    if (report.errors == 0) {
        return std::nullopt;
    }
    std::erase_if(report.diagnostics,
                  [](const Diagnostic& d) { return d.accepted || d.severity != Severity::error; });
    // Errors only, and the summary counts what is printed.
    report.warnings = 0;
    for (auto& plan : report.plans) {
        plan.warnings = 0;
    }
    write_stderr(
        render_validation_text(report, source_lookup(plans), stderr_text_style(global), true));
    Diagnostics all;
    for (const auto& d : report.diagnostics) {
        all.items().push_back(d);
    }
    return exit_code_for(all, false);
}

struct RenderedSite {
    SiteContent files;
    RunInputs inputs;
};

// Loads every plan and renders the site; the exit code (after printing the findings) when the
// layout or a plan has errors, so that nothing of a broken repository is published.
tl::expected<RenderedSite, int> render_site(const GlobalOptions& global, const Date& as_of) {
    const Repository repository = find_plans_of_group(global);
    require_readable(repository);
    if (auto code = refuse_layout_errors(repository, global)) {
        return tl::make_unexpected(*code);
    }
    RenderedSite site;
    std::vector<SiteEntry> entries;
    const auto add = [&site](std::string path, std::string bytes) {
        if (auto collision =
                publish::add_generated(site.files, std::move(path), std::move(bytes))) {
            throw UsageError{shown(*collision)};
        }
    };
    for (const PlanLocation& location : repository.plans) {
        auto loaded = load_checked_plan(location, global);
        if (!loaded) {
            return tl::make_unexpected(loaded.error());
        }
        site.inputs.plan_paths.push_back(location.path);
        site.inputs.input_files.insert(site.inputs.input_files.end(), loaded->plan.files.begin(),
                                       loaded->plan.files.end());
        const std::string directory = site_directory(location);
        const PlanPages pages{source_path(location, directory),
                              directory.empty() ? std::string() : index_from(directory)};
        for (auto& file : plan_site_files(loaded->plan, as_of, pages)) {
            add(directory.empty() ? file.name : directory + "/" + file.name, std::move(file.bytes));
        }
        entries.push_back({loaded->plan.group.value, loaded->plan.title.value,
                           loaded->plan.year.value, directory});
    }
    if (!entries.empty() && !entries.front().directory.empty()) {
        add(std::string(repository_index_name), render_site_index(entries, as_of));
    }
    // Named as the repository has it: the directory to rename.
    if (auto directory = publish::colliding_directory(site.files)) {
        std::string in_repository = *directory;
        for (const PlanLocation& location : repository.plans) {
            if (site_directory(location).starts_with(*directory + "/")) {
                in_repository = (fs::path(location.repository) / *directory).string();
                break;
            }
        }
        throw UsageError{fmt::format(
            "{}: a directory of plans named like a file publish generates ({}); rename the "
            "directory",
            shown(in_repository), shown(*directory))};
    }
    return site;
}

std::string plural(std::size_t count, std::string_view word) {
    return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

Site open_site(const std::string& dir) {
    try {
        return Site(dir);
    } catch (const SiteError& e) {
        throw usage_error(e);
    }
}

int check_site(const PublishOptions& options, const GlobalOptions& global) {
    const Site site = open_site(options.dir);
    // The site's own date unless --as-of says otherwise: a site is not stale because a day
    // passed.
    const Date as_of =
        !global.as_of.empty() || !site.manifest() ? resolve_as_of(global) : site.manifest()->as_of;
    const auto rendered = render_site(global, as_of);
    if (!rendered) {
        return rendered.error();
    }
    std::vector<publish::StaleFile> stale;
    try {
        stale = site.check(rendered->files, as_of);
    } catch (const SiteError& e) {
        throw usage_error(e);
    }
    // Paths hold the repository's directory names (a group's), so they are guarded as plan
    // text is in a CI log.
    if (stale.empty()) {
        return write_stdout(fmt::format("{}: up to date ({} as of {})\n", shown(options.dir),
                                        plural(rendered->files.size(), "file"), format_date(as_of)),
                            OutputKind::text)
                   ? exit_ok
                   : exit_usage;
    }
    std::string report;
    for (const auto& file : stale) {
        report += fmt::format("{}: {}\n", shown(file.path), shown(file.state));
    }
    if (!write_stdout(report, OutputKind::text)) {
        return exit_usage;
    }
    print_error(global, fmt::format("{} of the site in {} {} not current; run 'iwg publish {} "
                                    "--as-of {}' with the same --plan and --group to update it",
                                    plural(stale.size(), "file"), shown(options.dir),
                                    stale.size() == 1 ? "is" : "are", shown(options.dir),
                                    format_date(as_of)));
    return exit_plan_errors;
}

int publish_site(const PublishOptions& options, const GlobalOptions& global) {
    Site site = open_site(options.dir);
    const Date as_of = resolve_as_of(global);
    const auto rendered = render_site(global, as_of);
    if (!rendered) {
        return rendered.error();
    }
    publish::PublishResult result;
    try {
        result = site.publish(rendered->files, as_of, rendered->inputs);
    } catch (const SiteError& e) {
        if (!e.unfinished()) {
            throw UsageError{fmt::format("{}: {}; nothing of the site was changed", shown(e.path()),
                                         shown(e.reason()))};
        }
        throw UsageError{fmt::format(
            "{}: {}; {} of the site {} written before it, and the manifest records the run as "
            "unfinished: run publish again to complete it",
            shown(e.path()), shown(e.reason()), plural(e.written(), "file"),
            e.written() == 1 ? "was" : "were")};
    }
    const std::size_t pages = rendered->files.size();
    return write_stdout(
               fmt::format(
                   "{}: {} written, {} unchanged{} (as of {}){}\n", shown(options.dir),
                   plural(result.written, "file"), pages - result.written,
                   result.removed > 0 ? fmt::format(", {} removed", result.removed) : "",
                   format_date(as_of),
                   result.completed_cut_short ? "; a run cut short before is complete" : ""),
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
        "DIR/iwg-manifest.json records each generated file's SHA-256: publish\n"
        "replaces or removes a file only while it holds those bytes, and refuses\n"
        "any other file in the way. It writes through DIR only (never a link, never\n"
        "among the plans it reads), records what it will write first, so that the\n"
        "next run completes a run cut short, and refuses a repository whose layout\n"
        "has errors, as validate reports them.\n\n" +
        exit_codes_section("success (with --check: the site is current)",
                           "the plans or their layout have errors, or with\n"
                           "     --check the site is not current",
                           "bad invocation, unreadable input, a file in DIR that\n"
                           "     publish did not write, or a write that failed"));
    return {app, [options, &global] {
                return options->check ? check_site(*options, global)
                                      : publish_site(*options, global);
            }};
}

}  // namespace iwg::cli
