#include "iwg/publish/manifest.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "iwg/util/sha256.hpp"

using namespace iwg;
using namespace iwg::publish;

namespace {

std::string why_refused(const std::string& text) {
    const auto parsed = parse_manifest(text);
    REQUIRE_FALSE(parsed);
    return parsed.error();
}

std::string with(const std::string& version, const std::string& rest) {
    return R"({"generator": "iwg publish", "version": )" + version +
           R"(, "as_of": "2024-06-01", )" + rest + "}";
}

const std::string hash = sha256_hex("x");

}  // namespace

TEST_CASE("the manifest reads back what it wrote", "[manifest]") {
    const SiteManifest manifest{
        2, Date{2024, 6, 1}, true, {{"README.md", hash}, {"wg/2025/plan.ics", hash}}, {}};
    const std::string text = manifest_json(manifest);
    CHECK(text ==
          "{\n"
          "  \"generator\": \"iwg publish\",\n"
          "  \"version\": 2,\n"
          "  \"as_of\": \"2024-06-01\",\n"
          "  \"state\": \"complete\",\n"
          "  \"files\": [\n"
          "    {\n"
          "      \"path\": \"README.md\",\n"
          "      \"sha256\": \"" +
              hash +
              "\"\n"
              "    },\n"
              "    {\n"
              "      \"path\": \"wg/2025/plan.ics\",\n"
              "      \"sha256\": \"" +
              hash +
              "\"\n"
              "    }\n"
              "  ]\n"
              "}\n");
    const auto back = parse_manifest(text);
    REQUIRE(back);
    CHECK(back->as_of == manifest.as_of);
    CHECK(back->complete);
    CHECK(back->files == manifest.files);

    SiteManifest intent = manifest;
    intent.complete = false;
    intent.replacing = {{"plan.json", sha256_hex("old")}};
    const auto intent_back = parse_manifest(manifest_json(intent));
    REQUIRE(intent_back);
    CHECK_FALSE(intent_back->complete);
    CHECK(intent_back->replacing == intent.replacing);
}

TEST_CASE("a version 1 manifest is read, without hashes", "[manifest]") {
    const auto old = parse_manifest(with("1", R"("files": ["index.html", "2024/plan.ics"])"));
    REQUIRE(old);
    CHECK(old->version == 1);
    CHECK(old->files == std::vector<ManifestEntry>{{"index.html", ""}, {"2024/plan.ics", ""}});
    for (const auto* bad :
         {R"(["../x"])", R"(["/etc/passwd"])", R"(["a//plan.ics"])", R"(["./plan.ics"])",
          R"(["goals.yaml"])", R"([""])", R"(["a\\b/plan.ics"])", R"([1])", R"([".x/plan.ics"])"}) {
        INFO(bad);
        CHECK(why_refused(with("1", std::string(R"("files": )") + bad)) ==
              "entry 1 of its \"files\" is not a path publish generates, or repeats one");
    }
    CHECK(why_refused(with("1", R"("files": ["plan.ics", "plan.ics"])")) ==
          "entry 2 of its \"files\" is not a path publish generates, or repeats one");
}

TEST_CASE("a manifest that is not iwg's, or not one this iwg reads, is refused in words",
          "[manifest]") {
    const std::string files = R"("state": "complete", "files": [])";
    CHECK(why_refused("{") == "it is not JSON");
    CHECK(why_refused("[]") == "it does not say \"generator\": \"iwg publish\"");
    CHECK(why_refused(R"({"generator": 5, "version": 2})") ==
          "it does not say \"generator\": \"iwg publish\"");
    for (const auto* version : {"\"1\"", "\"2\"", "1.9", "2.0", "true", "4294967297", "4294967298",
                                "-1", "3", "null", "[2]"}) {
        INFO(version);
        CHECK(why_refused(with(version, files)) ==
              "its \"version\" is not one this iwg reads (1 or 2)");
    }
    CHECK(why_refused(R"({"generator": "iwg publish", "version": 2, "as_of": "2024-02-30",)" +
                      files + "}") == "its \"as_of\" is not a date (YYYY-MM-DD)");
    CHECK(why_refused(R"({"generator": "iwg publish", "version": 2, "as_of": "2024-06-01",
                         "state": "done", "files": []})") ==
          "its \"state\" is neither \"complete\" nor \"writing\"");
    CHECK(why_refused(with("2", R"("state": "writing", "files": [])")) ==
          "it has no list of \"replacing\"");
    CHECK(why_refused(with("2", R"("state": "complete", "files": {})")) ==
          "it has no list of \"files\"");
    for (const auto* entry :
         {R"("plan.ics")", R"({"path": "plan.ics"})", R"({"path": 1, "sha256": "x"})",
          R"({"path": "plan.ics", "sha256": "ABC"})"}) {
        INFO(entry);
        CHECK(why_refused(
                  with("2", std::string(R"("state": "complete", "files": [)") + entry + "]")) ==
              "entry 1 of its \"files\" is not an object with a \"path\" and a \"sha256\" of 64 "
              "hex digits");
    }
    CHECK(why_refused(with("2", R"("state": "complete", "files": [{"path": "goals.yaml",
                              "sha256": ")" +
                                    hash + "\"}]")) ==
          "entry 1 of its \"files\" is not a path publish generates");
    // The manifest itself is no file it lists: --check called it "no longer generated", and
    // a run would remove it, the intent record, among old files.
    for (const auto* state : {"complete", "writing"}) {
        INFO(state);
        CHECK(why_refused(with("2", std::string(R"("state": ")") + state +
                                        R"(", "replacing": [], "files": [{"path": )"
                                        R"("iwg-manifest.json", "sha256": ")" +
                                        hash + "\"}]")) ==
              "entry 1 of its \"files\" is not a path publish generates");
    }
    CHECK(why_refused(with("1", R"("files": ["iwg-manifest.json"])")) ==
          "entry 1 of its \"files\" is not a path publish generates, or repeats one");
}

TEST_CASE("a manifest is bounded in size and depth, and never quoted", "[manifest]") {
    // 100000 nested lists: refused before parsing, and the message quotes none of it.
    const std::string deep = with("2", R"("state": "complete", "files": )" +
                                           std::string(100000, '[') + std::string(100000, ']'));
    CHECK(why_refused(deep) == "it is nested deeper than 4 levels");
    // Brackets inside strings do not count.
    CHECK(parse_manifest(with("2", R"("state": "complete", "x": "[[[[[[[[", "files": [])")));
    const std::string large(max_manifest_size + 1, ' ');
    CHECK(why_refused(large) == "it is larger than 4 MiB");
}
