#include "iwg/publish/manifest.hpp"

#include <catch2/catch.hpp>

using namespace iwg;
using namespace iwg::publish;

TEST_CASE("the manifest reads back what it wrote", "[manifest]") {
    const SiteManifest manifest{Date{2024, 6, 1}, {"README.md", "index.html", "wg/2025/plan.ics"}};
    const std::string text = manifest_json(manifest);
    CHECK(text ==
          "{\n"
          "  \"generator\": \"iwg publish\",\n"
          "  \"version\": 1,\n"
          "  \"as_of\": \"2024-06-01\",\n"
          "  \"files\": [\n"
          "    \"README.md\",\n"
          "    \"index.html\",\n"
          "    \"wg/2025/plan.ics\"\n"
          "  ]\n"
          "}\n");
    const auto back = parse_manifest(text);
    REQUIRE(back);
    CHECK(back->as_of == manifest.as_of);
    CHECK(back->files == manifest.files);
}

TEST_CASE("a manifest that is not iwg's, or names paths outside the site, is refused",
          "[manifest]") {
    const auto with_files = [](std::string files) {
        return parse_manifest(
            R"({"generator": "iwg publish", "version": 1, "as_of": "2024-06-01", "files": )" +
            files + "}");
    };
    CHECK(with_files(R"(["index.html", "2024/plan.ics"])"));
    for (const auto* bad : {R"(["../x"])", R"(["/etc/passwd"])", R"(["a//b"])", R"(["./a"])",
                            R"(["a/.."])", R"([""])", R"(["a\\b"])", R"([1])"}) {
        INFO(bad);
        CHECK_FALSE(with_files(bad));
    }
    CHECK_FALSE(parse_manifest("{"));
    CHECK_FALSE(parse_manifest(R"({"generator": "other", "version": 1, "as_of": "2024-06-01",
                                   "files": []})"));
    CHECK_FALSE(parse_manifest(R"({"generator": "iwg publish", "version": 2,
                                   "as_of": "2024-06-01", "files": []})"));
    CHECK_FALSE(parse_manifest(R"({"generator": "iwg publish", "version": 1,
                                   "as_of": "2024-02-30", "files": []})"));
}
