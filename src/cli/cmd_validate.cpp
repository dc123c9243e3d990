// `iwg validate`: every finding about one or more plans, in a format for people or for CI.
#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common.hpp"
#include "help_text.hpp"
#include "iwg/plan/checks.hpp"
#include "iwg/report/validation.hpp"
#include "option_checks.hpp"

namespace iwg::cli {
namespace {

struct ValidateOptions {
    std::vector<std::string> paths;
    ValidationFormat format = ValidationFormat::text;
    bool strict = false;
    bool quiet = false;
};

// A file in a directory that holds a plan.yaml (itself included) is one part of that
// directory's plan: validate the whole plan. Any other path stands for itself.
std::string plan_containing(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        return path;
    }
    const fs::path file(path);
    const fs::path directory = file.has_parent_path() ? file.parent_path() : fs::path(".");
    for (const auto* name : {"plan.yaml", "plan.yml"}) {
        if (fs::is_regular_file(directory / name, ec)) {
            return file.has_parent_path() ? directory.string() : std::string(".");
        }
    }
    return path;
}

// The text of every file read, for source lines in findings and fingerprints.
SourceLookup source_lookup(const std::vector<LoadResult>& loaded) {
    return [&loaded](const std::string& file) -> const SourceFile* {
        for (const auto& result : loaded) {
            if (const SourceFile* source = result.find_source(file)) {
                return source;
            }
        }
        return nullptr;
    };
}

int run_validate(const ValidateOptions& options, const GlobalOptions& global) {
    std::vector<std::string> paths;
    for (const auto& path : options.paths) {
        // Hooks pass the files a change touched; each belongs to its directory's plan.
        const std::string plan = plan_containing(path);
        if (std::find(paths.begin(), paths.end(), plan) == paths.end()) {
            paths.push_back(plan);
        }
    }
    if (paths.empty()) {
        paths.push_back(discover_plan(global, resolve_as_of(global)));
    }

    std::vector<LoadResult> loaded;
    std::vector<std::string> files;
    Diagnostics all;
    for (const auto& path : paths) {
        const LoadResult& result =
            loaded.emplace_back(load_and_check_plan(path, load_options(global)));
        files.insert(files.end(), result.plan.files.begin(), result.plan.files.end());
        all.append(result.diagnostics);
    }
    const int code = exit_code_for(all, options.strict);
    const ValidationReport report = build_validation_report(std::move(files), std::move(all));

    std::string out;
    switch (options.format) {
        case ValidationFormat::json:
            out = render_validation_json(report);
            break;
        case ValidationFormat::github:
            out = render_validation_github(report);
            break;
        case ValidationFormat::sarif:
            out = render_validation_sarif(report, source_lookup(loaded));
            break;
        case ValidationFormat::text:
            out = render_validation_text(report, source_lookup(loaded), stdout_text_style(global),
                                         !options.quiet);
            break;
    }
    if (!write_stdout(out)) {
        return exit_usage;
    }
    return code;
}

}  // namespace

Command add_validate_command(CLI::App& root, GlobalOptions& global) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* app = root.add_subcommand("validate", "Check plans and report every finding");
    app->add_option("paths", options->paths,
                    "Plan directories or files (default: --plan,\n"
                    "$IWG_PLAN, then ./plans)")
        ->type_name("PATH");
    add_enum_option(*app, "-f,--format", options->format,
                    "Output: text (default), json, github (workflow\ncommands) or sarif")
        ->type_name("FORMAT");
    app->add_flag("--strict", options->strict, "Exit 1 on warnings too");
    app->add_flag("-q,--quiet", options->quiet, "Text format: no summary line");
    app->footer("Rules and their ids: docs/validation.md.\n\n" +
                exit_codes_section("no errors (and no warnings, under --strict)",
                                   "errors, or warnings under --strict"));
    return {app, [options, &global] { return run_validate(*options, global); }};
}

}  // namespace iwg::cli
