// Bytes -> a plan -> every report in every format, and validate in every format.
//
// The input is one plan file; lines "#---file---" split it into a plan of several files
// (the last one is plan.yaml). The files are decoded in memory (load_plan_texts), checked as
// every command checks them, and the outputs are checked against properties.hpp.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/plan/checks.hpp"
#include "iwg/plan/loader.hpp"
#include "iwg/plan/repository.hpp"
#include "iwg/render/html.hpp"
#include "iwg/render/ics.hpp"
#include "iwg/render/markdown.hpp"
#include "iwg/render/reminder_format.hpp"
#include "iwg/render/report_json.hpp"
#include "iwg/render/site.hpp"
#include "iwg/render/template.hpp"
#include "iwg/render/text.hpp"
#include "iwg/render/validation.hpp"
#include "iwg/report/agenda.hpp"
#include "iwg/report/plan_document.hpp"
#include "iwg/report/remind.hpp"
#include "iwg/report/status.hpp"
#include "iwg/report/summary.hpp"
#include "iwg/report/validation.hpp"
#include "properties.hpp"

namespace {

using namespace iwg;
using fuzz::check_github_lines;
using fuzz::check_ics_lines;
using fuzz::check_json;
using fuzz::check_plain_text;

constexpr std::string_view file_marker = "\n#---file---\n";
constexpr std::size_t max_files = 8;

std::vector<PlanFileText> split_files(std::string_view input) {
    std::vector<std::string_view> parts;
    while (parts.size() + 1 < max_files) {
        const std::size_t at = input.find(file_marker);
        if (at == std::string_view::npos) {
            break;
        }
        parts.push_back(input.substr(0, at + 1));
        input.remove_prefix(at + file_marker.size());
    }
    parts.push_back(input);
    std::vector<PlanFileText> files;
    if (parts.size() == 1) {
        files.push_back({"fuzz.yaml", std::string(parts[0])});
        return files;
    }
    // Named so that load_plan's sorted order is this order, the last one plan.yaml.
    for (std::size_t i = 0; i < parts.size(); ++i) {
        files.push_back({i + 1 == parts.size() ? "plans/2024/plan.yaml"
                                               : "plans/2024/a" + std::to_string(i) + ".yaml",
                         std::string(parts[i])});
    }
    return files;
}

// The output budget (docs/reports.md): at most 32 bytes per byte of plan, plus 64 KiB, for
// every report in every built-in format.
std::size_t plan_size = 0;

const std::string& within_budget(const std::string& out, std::string_view where) {
    if (out.size() > 32 * plan_size + 64 * 1024) {
        fuzz::violation("output over the budget (32 x the plan + 64 KiB)", where, out);
    }
    return out;
}

// A layout in every format the command line writes it in.
void check_layout(const doc::Document& document, std::string_view where) {
    const std::string text = render_text(document, TextStyle{false, 80});
    check_plain_text(within_budget(text, where), where);
    check_plain_text(render_text(document, TextStyle{false, 24}), where);
    (void)render_text(document, TextStyle{true, 80});  // colour is ours: only must not crash
    const std::string markdown = render_markdown(document);
    check_plain_text(within_budget(markdown, where), where);
    const std::string html = render_html_document(document);
    fuzz::check_html(within_budget(html, where), where);
}

// SARIF carries the whole rule catalogue, and rendering and parsing it costs two thirds of a
// run: it is checked for one input length in four (the fuzzer varies lengths freely).
void check_validation(const LoadResult& loaded, const PlanLocation& location, bool sarif) {
    CheckedPlan checked;
    checked.location = location;
    checked.files = loaded.plan.files;
    checked.diagnostics = loaded.diagnostics;
    checked.sources = loaded.sources();
    checked.group = keep_located(loaded.plan, loaded.plan.group);
    checked.year = keep_located(loaded.plan, loaded.plan.year);
    const SourceLookup lookup = [&loaded](const std::string& file) {
        return loaded.find_source(file);
    };
    // One plan, and a repository of three plans that read the same files (three times the
    // findings, no more input): every format within the run's budget, 32 bytes per byte of the
    // files read and their names, plus 64 KiB, however many findings there are.
    std::vector<CheckedPlan> repository{checked};
    for (const char* group : {"plans/a/2024", "plans/b/2024"}) {
        repository.push_back(checked);
        repository.back().location.path = group;
    }
    std::size_t names = 0;
    for (const auto& file : checked.files) {
        names += file.size();
    }
    const std::size_t budget = 32 * (plan_size + names) + 64 * 1024;
    for (const std::size_t plans : {std::size_t{1}, repository.size()}) {
        ValidationReport report = build_plans_validation_report(
            {repository.begin(), repository.begin() + static_cast<std::ptrdiff_t>(plans)},
            Diagnostics{});
        report.output_budget = validation_output_budget(report.files, lookup);
        const auto within = [budget](const std::string& out, std::string_view where) {
            if (out.size() > budget) {
                fuzz::violation("validate's output over its budget", where, out);
            }
            return out;
        };
        check_plain_text(
            within(render_validation_text(report, lookup, TextStyle{false, 80}, true), "text"),
            "validate --format text");
        (void)within(render_validation_text(report, lookup, TextStyle{true, 30}, true), "colour");
        check_json(within(render_validation_json(report), "json"), "validate --format json");
        check_github_lines(within(render_validation_github(report), "github"),
                           "validate --format github");
        if (sarif) {
            check_json(within(render_validation_sarif(report, lookup), "sarif"),
                       "validate --format sarif");
        }
    }
}

// Custom templates that repeat what they can: a long list prefix before a multi-line value,
// every placeholder many times. Each renders within its budget or is refused.
const std::vector<std::string>& hostile_templates() {
    static const std::vector<std::string> templates = [] {
        std::string prefixed;
        std::string every;
        for (int i = 0; i < 64; ++i) {
            prefixed += std::string(200, '-') + " {notes}{goals}{actions}\n";
            every +=
                "> {group}{title}{topic}{alternative}{when}{elsewhere}{link}{location}"
                "{speakers}{goals}{actions}{notes}\n";
        }
        return std::vector<std::string>{prefixed, every};
    }();
    return templates;
}

void check_reminder(const ReminderSelection& selection) {
    const auto* reminder = std::get_if<Reminder>(&selection);
    if (reminder == nullptr) {
        return;
    }
    (void)explain(*reminder);  // plan text: the command line sanitizes it to print
    check_json(within_budget(render_reminder_json(*reminder), "remind"), "remind --template json");
    const TemplateValues values = reminder_values(*reminder);
    for (const auto name :
         {BuiltinTemplateName::text, BuiltinTemplateName::markdown, BuiltinTemplateName::email}) {
        const BuiltinTemplate builtin = builtin_template(name);
        auto parsed = parse_template(builtin.source, reminder_placeholder_names());
        const std::string out = render_template(parsed.value(), values, builtin.format);
        check_plain_text(within_budget(out, "remind"), "remind --template (built-in)");
    }
    for (const auto& source : hostile_templates()) {
        auto parsed = parse_template(source, reminder_placeholder_names());
        for (const auto format :
             {TemplateFormat::text, TemplateFormat::markdown, TemplateFormat::email}) {
            const std::size_t budget = template_output_budget(plan_size, source.size());
            const auto out = render_template_within(parsed.value(), values, format, budget);
            if (out && out->size() > budget) {
                fuzz::violation("a custom template's output over its budget", "remind", *out);
            }
        }
    }
}

void check_reports(const Plan& plan) {
    const int year = plan.year.value;
    const AgendaReport all = build_agenda(plan, YearMonth{year, 1}, YearMonth{year, 12}, true);
    check_layout(layout_agenda(all), "agenda --all");
    check_json(within_budget(render_agenda_json(all), "report"), "agenda --all --format json");
    const Date as_of{year, 6, 15};
    check_ics_lines(within_budget(render_ics(all, as_of), "report"), "agenda --all --format ics");
    const AgendaReport year_range =
        build_agenda(plan, YearMonth{year, 1}, YearMonth{year, 12}, false);
    check_ics_lines(render_ics(year_range, as_of), "agenda --from 1 --to 12 --format ics");

    const SummaryReport summary = build_summary(plan);
    check_layout(layout_summary(summary), "summary");
    check_json(within_budget(render_summary_json(summary), "report"), "summary --format json");
    const PlansOverview overview{as_of, {plan_line(plan, as_of)}};
    check_layout(layout_plans_overview(overview), "summary --all");
    check_json(within_budget(render_plans_overview_json(overview), "report"),
               "summary --all --format json");

    for (const Date when : {as_of, Date{2024, 6, 15}}) {
        const StatusReport status = build_status(plan, when);
        check_layout(layout_status(status), "status");
        check_json(within_budget(render_status_json(status), "report"), "status --format json");
    }

    const PlanDocument document = build_plan_document(plan);
    check_layout(layout_plan_document(document), "document");
    check_json(within_budget(render_document_json(document), "report"), "document --format json");
    for (const auto& file : plan_site_files(plan, as_of, PlanPages{"2024", "../index.html"})) {
        const std::string where = "publish: " + file.name;
        within_budget(file.bytes, where);
        if (file.name.ends_with(".html")) {
            fuzz::check_html(file.bytes, where);
        } else if (file.name.ends_with(".json")) {
            check_json(file.bytes, where);
        } else if (file.name.ends_with(".ics")) {
            check_ics_lines(file.bytes, where);
        } else {
            check_plain_text(file.bytes, where);
        }
    }

    for (int month = 1; month <= 12; ++month) {
        check_reminder(select_for_month(plan, YearMonth{year, month}, as_of));
    }
    for (const int days : {0, 7, 40}) {
        check_reminder(select_within(plan, as_of, days));
        check_reminder(select_within(plan, Date{year, 1, 28}, days));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    plan_size = size;
    const std::vector<PlanFileText> files = split_files(input);
    const std::string root = files.size() == 1 ? files[0].path : "plans/2024";
    LoadResult loaded = load_plan_texts(root, files, LoadOptions{});
    const PlanLocation location{root, "", files.size() == 1 ? std::nullopt : std::optional{2024},
                                files.size() == 1 ? "" : "plans", files.size() == 1 ? "" : "plans"};
    check_plan_at(loaded, location);
    check_validation(loaded, location, size % 4 == 0);
    // Reports run as the commands run them: only on a plan without errors.
    if (loaded.diagnostics.error_count() == 0) {
        check_reports(loaded.plan);
    }
    return 0;
}
