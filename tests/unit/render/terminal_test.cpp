#include "iwg/render/terminal.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>

using namespace iwg;

TEST_CASE("colour follows --color, NO_COLOR and CLICOLOR_FORCE", "[terminal]") {
    ::unsetenv("CLICOLOR_FORCE");
    ::unsetenv("NO_COLOR");
    CHECK(use_color(ColorMode::always, -1));
    CHECK_FALSE(use_color(ColorMode::never, -1));
    CHECK_FALSE(use_color(ColorMode::auto_, -1));  // not a terminal
    ::setenv("CLICOLOR_FORCE", "1", 1);
    CHECK(use_color(ColorMode::auto_, -1));
    CHECK_FALSE(use_color(ColorMode::never, -1));
    ::setenv("NO_COLOR", "1", 1);
    CHECK_FALSE(use_color(ColorMode::auto_, -1));  // NO_COLOR wins over CLICOLOR_FORCE
    CHECK(use_color(ColorMode::always, -1));
    ::unsetenv("NO_COLOR");
    ::setenv("CLICOLOR_FORCE", "0", 1);
    CHECK_FALSE(use_color(ColorMode::auto_, -1));
    ::unsetenv("CLICOLOR_FORCE");
}

TEST_CASE("output is 80 columns wide when not on a terminal", "[terminal]") {
    CHECK(output_width(-1) == 80);
}
