#include "iwg/publish/site_layout.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "iwg/render/site.hpp"

using namespace iwg;
using namespace iwg::publish;

namespace {

SiteContent plan_site(const std::string& directory) {
    SiteContent files;
    for (const auto name : plan_page_names) {
        files[directory + "/" + std::string(name)] = "x";
    }
    return files;
}

}  // namespace

TEST_CASE("a directory named like a generated file collides", "[site_layout]") {
    SiteContent files = plan_site("2024");
    files["index.html"] = "index";
    files.merge(plan_site("index.html/2024"));
    CHECK(layout_collision(files) ==
          "index.html: a directory of plans has the name of a file publish generates there; "
          "rename the directory in the repository");
    CHECK(layout_collision(plan_site("iwg-manifest.json/2024")).has_value());
    SiteContent fine = plan_site("2024");
    fine.merge(plan_site("wg/2025"));
    fine["index.html"] = "index";
    CHECK_FALSE(layout_collision(fine));
}

TEST_CASE("a path generated twice, or outside the layout, is not added", "[site_layout]") {
    SiteContent content;
    CHECK_FALSE(add_generated(content, "index.html", "a"));
    CHECK(add_generated(content, "index.html", "b") ==
          "index.html: two of the site's files would have this path (a plan's pages over "
          "another's, or over the repository's index)");
    CHECK(content.at("index.html") == "a");
    CHECK(add_generated(content, "2024/goals.yaml", "x").has_value());
    CHECK(add_generated(content, ".hidden/2024/plan.ics", "x").has_value());
    CHECK(add_generated(content, "iwg-manifest.json", "x").has_value());
}

TEST_CASE("the layout's paths", "[site_layout]") {
    for (const auto name : plan_page_names) {
        CHECK_FALSE((name.ends_with(".yaml") || name.ends_with(".yml")));
        CHECK(is_layout_path(name));
        CHECK(is_layout_path("wg/2025/" + std::string(name)));
    }
    for (const auto* path : {"index.html", "iwg-manifest.json", "plan.ics", "README.md",
                             "2024/plan.json", "wg/2025/index.html"}) {
        INFO(path);
        CHECK(is_layout_path(path));
    }
    for (const auto* path : {"goals.yaml", "2024/plan.yaml", "2024/x.yml", "../index.html",
                             "/index.html", "a//plan.ics", "./plan.ics", "2024/iwg-manifest.json",
                             ".git/index.html", "2024/other.html", "a\\b/plan.ics", ""}) {
        INFO(path);
        CHECK_FALSE(is_layout_path(path));
    }
}
