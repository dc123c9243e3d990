// `iwg schema`: prints the JSON Schema for plan files, for editors and other validators.
#include <memory>
#include <string>

#include <fmt/format.h>

#include "common.hpp"
#include "help_text.hpp"
#include "iwg/util/schemas.hpp"

namespace iwg::cli {
namespace {

struct SchemaOptions {
    std::string name = "plan";
    bool list = false;
};

int run_schema(const SchemaOptions& options) {
    if (options.list) {
        std::string out;
        for (const auto& schema : embedded_schemas()) {
            out += fmt::format("{}  {}\n", schema.name, schema.path);
        }
        return write_stdout(out, OutputKind::trusted) ? exit_ok : exit_usage;
    }
    const EmbeddedSchema* schema = find_schema(options.name);
    if (schema == nullptr) {
        std::string names;
        for (const auto& s : embedded_schemas()) {
            names += (names.empty() ? "" : ", ") + std::string(s.name);
        }
        throw UsageError{fmt::format("no schema named '{}'; schemas: {}",
                                     sanitize_for_terminal(options.name), names)};
    }
    return write_stdout(schema->text, OutputKind::trusted) ? exit_ok : exit_usage;
}

}  // namespace

Command add_schema_command(CLI::App& root, GlobalOptions& /*global*/) {
    auto options = std::make_shared<SchemaOptions>();
    CLI::App* app = root.add_subcommand("schema", "Print the JSON Schema for plan files");
    auto* name =
        app->add_option("name", options->name, "Which schema (default: plan)")->type_name("NAME");
    app->add_flag("--list", options->list, "List the schemas by name and path")->excludes(name);
    app->footer(
        "The schema (JSON Schema draft-07) is the one in schema/ of the repository.\n"
        "Editors with the YAML language server use it through a first line such as\n"
        "  # yaml-language-server: $schema=../../schema/plan.schema.json\n\n" +
        exit_codes_section("success", "", "bad invocation, e.g. no schema of that name"));
    return {app, [options] { return run_schema(*options); }};
}

}  // namespace iwg::cli
