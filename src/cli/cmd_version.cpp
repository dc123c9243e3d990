// `iwg version`: the version, the git revision it was built from, and for scripts the
// format versions it reads and writes.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "common.hpp"
#include "help_text.hpp"
#include "iwg/render/reminder_format.hpp"
#include "iwg/render/report_json.hpp"
#include "iwg/render/validation.hpp"
#include "iwg/report/validation.hpp"
#include "iwg/util/version.hpp"

namespace iwg::cli {
namespace {

struct VersionOptions {
    bool json = false;
};

std::string version_json() {
    const std::string_view revision = build_revision();
    nlohmann::ordered_json doc{
        {"iwg_version", 1},
        {"version", version()},
        {"revision",
         revision.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(revision)},
        {"plan_formats", plan_format_versions()},
        {"json_outputs",
         {{"reports", report_json_version},
          {"validate", validation_json_version},
          {"remind", reminder_json_version}}},
    };
    return doc.dump(2) + "\n";
}

}  // namespace

Command add_version_command(CLI::App& root, GlobalOptions& /*global*/) {
    auto options = std::make_shared<VersionOptions>();
    CLI::App* app = root.add_subcommand("version", "Print the version (also: iwg --version)");
    app->add_flag("--json", options->json,
                  "Version, revision, plan formats and JSON output\nversions, as JSON");
    app->footer(exit_codes_section("success", "", "bad invocation"));
    return {app, [options] {
                return write_stdout(options->json ? version_json() : version_line() + "\n")
                           ? exit_ok
                           : exit_usage;
            }};
}

}  // namespace iwg::cli
