// The static site `iwg publish` writes: per plan index.html (the document with the year at a
// glance and the goals' coverage), plan.ics, plan.json and README.md; an index page for a
// repository of plans; and the manifest that records what was generated.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/plan/plan.hpp"
#include "iwg/report/year_glance.hpp"
#include "iwg/util/atomic_write.hpp"
#include "iwg/util/calendar.hpp"

namespace iwg {

// The year at a glance and the coverage view, an HTML <section> each, every fact in words.
std::string render_year_glance_html(const YearGlance& glance);

// Where a plan's pages stand in the site.
struct PlanPages {
    // The plan's path as the pages name it (plan.json's plan.path): relative to the
    // repository, so that the bytes do not depend on how --plan was spelt or where it lives.
    std::string source_path;
    std::string index_href;  // the repository's index page from these pages; empty: none
};

// The names of a plan's pages in its directory of the site, in the order plan_site_files
// gives them, and of the repository's index page at the site's root: the layout publish
// derives what it may write from (publish/site_layout.hpp).
inline constexpr std::array<std::string_view, 4> plan_page_names = {"index.html", "plan.ics",
                                                                    "plan.json", "README.md"};
inline constexpr std::string_view repository_index_name = "index.html";
inline constexpr std::array<std::string_view, 1> repository_page_names = {repository_index_name};

// The files of one plan's pages (names relative to the plan's directory of the site).
std::vector<GeneratedFile> plan_site_files(const Plan& plan, const Date& as_of,
                                           const PlanPages& pages);

// One line of a repository's index page.
struct SiteEntry {
    std::string group;  // as the plan says
    std::string title;
    int year = 0;
    std::string directory;  // the plan's pages, relative to the index ("2024", "wg/2025")
};
// index.html of a repository of plans: its plans by group, then year, each with its link.
std::string render_site_index(const std::vector<SiteEntry>& entries, const Date& as_of);

}  // namespace iwg
