#include "iwg/render/site.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "iwg/render/html.hpp"
#include "iwg/render/ics.hpp"
#include "iwg/render/markdown.hpp"
#include "iwg/render/report_json.hpp"
#include "iwg/report/plan_document.hpp"
#include "iwg/report/when_text.hpp"
#include "iwg/util/link.hpp"

namespace iwg {

namespace {

// The symbol beside each state's word: a second cue next to colour, never the only one.
std::string_view state_symbol(const GlanceRow& row) {
    if (!row.state) {
        return "?";  // a row without a month: not judged
    }
    switch (*row.state) {
        case RowState::held:
            return "\u2713";  // ✓
        case RowState::cancelled:
            return "\u2717";  // ✗
        case RowState::upcoming:
            return "\u25cb";  // ○
        case RowState::stale:
            return "!";
    }
    return "";
}

// "state-held", "state-unscheduled": a class name for the row's state word.
std::string_view state_class(const GlanceRow& row) {
    return row.state ? to_string(*row.state) : "unscheduled";
}

// "meet.example.org": where a link goes, so that a reader sees it before following it.
std::string_view link_host(std::string_view url) {
    url.remove_prefix(std::min(url.find("//") + 2, url.size()));
    return url.substr(0, url.find_first_of("/?#"));
}

std::string row_html(const GlanceRow& row) {
    const MeetingView& m = row.meeting;
    const bool is_break = m.kind == MeetingKind::break_;
    std::string out = fmt::format(
        "<div class=\"row kind-{} state-{}\">\n<p class=\"meta\">"
        "<span class=\"kind\">{}</span>",
        to_string(m.kind), is_break ? "break" : state_class(row), to_string(m.kind));
    if (!is_break) {  // a break's kind says it all
        out += fmt::format(
            " \u00b7 <span class=\"state\"><span aria-hidden=\"true\">{}</span> "
            "{}</span>",
            state_symbol(row), state_word(row));
    }
    out += fmt::format("</p>\n<p class=\"topic\">{}</p>\n", escape_html(m.topic));
    if (!m.alternative.empty()) {
        out += fmt::format("<p class=\"alternative\">Or {}</p>\n", escape_html(m.alternative));
    }
    if (m.date) {
        out += fmt::format("<p class=\"when\">{}</p>\n",
                           escape_html(format_when(m, WhenDetail::brief)));
    }
    // The one link plan text may give: a meeting's https: address (checked again here), not
    // for a row that will not take place.
    if (m.link && !link_problem(*m.link) && m.status != MeetingStatus::cancelled && !is_break) {
        out += fmt::format("<p class=\"join\"><a href=\"{}\">Join ({})</a></p>\n",
                           escape_html(*m.link), escape_html(link_host(*m.link)));
    }
    if (m.location) {
        out += fmt::format("<p class=\"where\">{}</p>\n", escape_html(*m.location));
    }
    return out + "</div>\n";
}

std::string month_list(const std::vector<int>& months) {
    std::string out;
    for (int month : months) {
        out += fmt::format("{}{}", out.empty() ? "" : ", ", month_name(month));
    }
    return out;
}

// A relative path as a URL path: each byte but unreserved characters and '/' as %XX.
std::string percent_encode_path(std::string_view path) {
    std::string out;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
            c == '/') {
            out += c;
        } else {
            out += fmt::format("%{:02X}", byte);
        }
    }
    return out;
}

// The layout of the year at a glance and the coverage view; the page's stylesheet keeps
// colours, the words carry the meaning.
constexpr std::string_view glance_css = R"css(
.glance { break-inside: avoid; }
.year {
  list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 0.5rem;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
}
.month { border: 1px solid var(--border); border-radius: 0.375rem; padding: 0.5rem; }
.month h3 { margin: 0 0 0.25rem; font-size: 1em; }
.unscheduled { list-style: none; padding: 0; }
.unscheduled > li { border: 1px dashed var(--border); border-radius: 0.375rem; padding: 0.5rem;
  margin-bottom: 0.5rem; }
.contents { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; }
.row p { margin: 0; }
.month .row + .row { border-top: 1px dotted var(--border); margin-top: 0.375rem;
  padding-top: 0.375rem; }
.meta { font-size: 0.875em; }
.kind { text-transform: capitalize; }
.state-held .state { color: var(--good); }
.state-stale .state { color: var(--warn); font-weight: 600; }
.state-cancelled .state, .state-cancelled .topic { color: var(--muted); }
.state-cancelled .topic { text-decoration: line-through; }
.month.empty, .month.break { border-style: dashed; color: var(--muted); }
.kind-survey, .kind-event { border-left: 4px solid var(--link); padding-left: 0.5rem; }
.alternative, .when, .where, .join { font-size: 0.875em; color: var(--muted); }
.gaps li { color: var(--warn); }
@media print {
  nav { display: none; }
  .year { grid-template-columns: repeat(4, 1fr); gap: 0.25rem; }
  .glance { font-size: 8.5pt; }
  .month { padding: 0.25rem; }
}
)css";

// Into `out`. Its words go through the document's blocks (write_html_block), as the reports'
// do; the markup around them (the grid of months, the rows' cards) is the page's own.
void write_year_glance_html(const YearGlance& glance, std::string& out) {
    out += "<section class=\"glance\" aria-labelledby=\"year-at-a-glance\">\n";
    write_html_block(
        doc::Heading{2, fmt::format("{} at a glance", glance.plan.year), "year-at-a-glance"}, out);
    write_html_block(
        doc::Paragraph{fmt::format(
            "Each month shows its topic, its kind and its state as of {}: \u2713 held, "
            "\u2717 cancelled, \u25cb upcoming, ! stale (past and still planned or confirmed){}; "
            "a break says so.",
            format_date(glance.as_of),
            glance.unscheduled.empty() ? "" : ", ? no month yet (listed after the year)")},
        out);
    out += "<ol class=\"year\">\n";
    for (const GlanceMonth& month : glance.months) {
        const bool is_break =
            !month.rows.empty() && std::all_of(month.rows.begin(), month.rows.end(),
                                               [](const GlanceRow& r) { return !r.state; });
        out += fmt::format("<li class=\"month{}\">\n", month.rows.empty() ? " empty"
                                                       : is_break         ? " break"
                                                                          : "");
        write_html_block(doc::Heading{3, std::string(month_name(month.month))}, out);
        if (month.rows.empty()) {
            write_html_block(doc::Paragraph{"Nothing planned."}, out);
        }
        for (const GlanceRow& row : month.rows) {
            out += row_html(row);
        }
        out += "</li>\n";
    }
    out += "</ol>\n";
    if (!glance.unscheduled.empty()) {
        write_html_block(doc::Heading{3, "Not yet in a month"}, out);
        out += "<ul class=\"unscheduled\">\n";
        for (const GlanceRow& row : glance.unscheduled) {
            out += "<li>" + row_html(row) + "</li>\n";
        }
        out += "</ul>\n";
    }

    out += "</section>\n<section class=\"coverage\" aria-labelledby=\"goal-coverage\">\n";
    write_html_block(doc::Heading{2, "Goal coverage", "goal-coverage"}, out);
    if (glance.goals.empty()) {
        write_html_block(doc::Paragraph{"The plan has no goals."}, out);
    } else {
        write_html_block(
            doc::Paragraph{fmt::format(
                "For each goal, the actions that serve it and the months whose meetings touch "
                "it (by naming the goal or an action that serves it).{}",
                glance.ids_editorial || glance.served_by_editorial || glance.meetings_editorial
                    ? fmt::format(" {} marks what the plan's maintainers added to the source "
                                  "document.",
                                  editorial_mark)
                    : "")},
            out);
        const auto marked = [&](std::string_view header, bool editorial) {
            return fmt::format("{}{}", header, editorial ? editorial_mark : "");
        };
        doc::Table coverage{{marked("Id", glance.ids_editorial), "Goal",
                             marked("Served by", glance.served_by_editorial),
                             marked("Meetings in", glance.meetings_editorial)},
                            {},
                            true};
        for (const GoalCoverage& goal : glance.goals) {
            coverage.rows.push_back({goal.id, goal.text,
                                     goal.actions.empty()
                                         ? "no action"
                                         : fmt::format("{}", fmt::join(goal.actions, ", ")),
                                     goal.months.empty() ? "no meeting" : month_list(goal.months)});
        }
        write_html_block(coverage, out);
    }
    if (glance.gaps.empty()) {
        write_html_block(doc::Paragraph{"No gaps: every goal is served by an action and touched by "
                                        "a meeting, and every quarter has a meeting."},
                         out);
    } else {
        write_html_block(doc::Paragraph{"Gaps:"}, out);
        out += "<ul class=\"gaps\">\n";
        for (const auto& gap : glance.gaps) {
            out += fmt::format("<li>{}</li>\n", escape_html(gap));
        }
        out += "</ul>\n";
    }
    out += "</section>\n";
}

}  // namespace

std::string render_year_glance_html(const YearGlance& glance) {
    std::string out;
    write_year_glance_html(glance, out);
    return out;
}

std::vector<GeneratedFile> plan_site_files(const Plan& plan, const Date& as_of,
                                           const PlanPages& pages) {
    PlanDocument document = build_plan_document(plan);
    document.plan.path = pages.source_path;
    const std::string contents = fmt::format(
        "<nav aria-label=\"Contents\"><ul class=\"contents\">\n"
        "<li><a href=\"#year-at-a-glance\">Year at a glance</a></li>\n"
        "<li><a href=\"#goal-coverage\">Goal coverage</a></li>\n"
        "<li><a href=\"#plan\">{}</a></li>\n"
        "<li><a href=\"plan.ics\">Calendar (iCalendar)</a></li>\n"
        "<li><a href=\"plan.json\">Data (JSON)</a></li>\n{}"
        "</ul></nav>\n",
        escape_html(plan.title.value),
        pages.index_href.empty() ? std::string()
                                 : fmt::format("<li><a href=\"{}\">All plans</a></li>\n",
                                               escape_html(percent_encode_path(pages.index_href))));
    // The group's name (the layout's first heading) first, then the contents, the year at a
    // glance and the coverage (h2 each), then the document from its title (h2) on.
    const doc::Document layout = layout_plan_document(document);
    std::string body;
    std::size_t next = 0;
    const auto* first =
        layout.blocks.empty() ? nullptr : std::get_if<doc::Heading>(&layout.blocks[0]);
    if (first != nullptr && first->level <= 2) {  // as page_title reads it
        write_html_block(layout.blocks.front(), body);
        next = 1;
    }
    body += contents;
    write_year_glance_html(build_year_glance(plan, as_of), body);
    body += "<div id=\"plan\">\n";
    for (; next < layout.blocks.size(); ++next) {
        write_html_block(layout.blocks[next], body);
    }
    body += "</div>\n";
    HtmlPage page;
    page.title = page_title(layout);
    page.body = std::move(body);
    page.extra_css = std::string(glance_css);
    std::string index = render_html_page(page);
    std::string readme = render_markdown(layout);

    const int year = plan.year.value;
    const AgendaReport calendar =
        build_agenda(plan, YearMonth{year, 1}, YearMonth{year, 12}, false);
    std::vector<GeneratedFile> files;
    files.push_back({std::string(plan_page_names[0]), std::move(index)});
    files.push_back({std::string(plan_page_names[1]), render_ics(calendar, as_of)});
    files.push_back({std::string(plan_page_names[2]), render_document_json(document)});
    files.push_back({std::string(plan_page_names[3]), std::move(readme)});
    return files;
}

std::string render_site_index(const std::vector<SiteEntry>& entries, const Date& as_of) {
    std::map<std::string, std::vector<const SiteEntry*>> by_group;
    for (const SiteEntry& entry : entries) {
        by_group[entry.group].push_back(&entry);
    }
    std::string body;
    write_html_block(doc::Heading{1, "Action plans"}, body);
    write_html_block(
        doc::Paragraph{fmt::format("{} plan{} of {} group{}, published as of {}.", entries.size(),
                                   entries.size() == 1 ? "" : "s", by_group.size(),
                                   by_group.size() == 1 ? "" : "s", format_date(as_of))},
        body);
    for (auto& [group, plans] : by_group) {
        std::sort(plans.begin(), plans.end(), [](const SiteEntry* a, const SiteEntry* b) {
            return std::tie(b->year, a->directory) < std::tie(a->year, b->directory);
        });
        write_html_block(doc::Heading{2, group}, body);
        body += "<ul>\n";
        for (const SiteEntry* plan : plans) {
            body += fmt::format("<li><a href=\"{}/index.html\">{}: {}</a></li>\n",
                                escape_html(percent_encode_path(plan->directory)), plan->year,
                                escape_html(plan->title));
        }
        body += "</ul>\n";
    }
    HtmlPage page;
    page.title = "Action plans";
    page.body = std::move(body);
    return render_html_page(page);
}

}  // namespace iwg
