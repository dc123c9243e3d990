#include "iwg/publish/site_writer.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "scratch.hpp"

using namespace iwg;
using namespace iwg::publish;
namespace fs = std::filesystem;

namespace {

using test::Scratch;

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Every file under `dir` with its bytes, by relative path.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (!entry.is_directory()) {
            files[fs::relative(entry.path(), dir).generic_string()] =
                entry.is_symlink() ? "-> " + fs::read_symlink(entry.path()).string()
                                   : read(entry.path());
        }
    }
    return files;
}

const Date as_of{2024, 6, 1};

SiteContent repository_site(const std::string& stamp) {
    return {{"index.html", "index " + stamp},
            {"2024/index.html", "page " + stamp},
            {"2024/plan.ics", "ics " + stamp},
            {"2024/plan.json", "json " + stamp},
            {"2024/README.md", "readme " + stamp}};
}

}  // namespace

TEST_CASE("a directory of the site swapped for a link after the checks leads no write outside",
          "[site_writer]") {
    Scratch scratch;
    const fs::path site = scratch.path() / "site";
    Site(site.string()).publish(repository_site("1"), as_of);
    const fs::path outside = scratch.path() / "outside";
    fs::create_directory(outside);
    scratch.write("outside/index.html", "theirs");
    const auto before = snapshot(outside);
    // The attacker moves the site's 2024 away and puts a link to `outside` in its place.
    PublishHooks hooks;
    hooks.after_checks = [&] {
        fs::rename(site / "2024", scratch.path() / "moved");
        fs::create_directory_symlink(outside, site / "2024");
    };
    try {
        Site(site.string()).publish(repository_site("2"), as_of, hooks);
    } catch (const SiteError&) {
        // Refusing is fine; writing outside is not.
    }
    CHECK(snapshot(outside) == before);
}
