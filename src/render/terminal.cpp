#include "iwg/render/terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace iwg {

bool use_color(ColorMode mode, int fd) {
    switch (mode) {
        case ColorMode::always:
            return true;
        case ColorMode::never:
            return false;
        case ColorMode::auto_:
            break;
    }
    // NO_COLOR is the user's wish and wins over CLICOLOR_FORCE; only --color always beats it.
    if (const char* no_color = std::getenv("NO_COLOR"); no_color != nullptr && *no_color != '\0') {
        return false;
    }
    if (const char* force = std::getenv("CLICOLOR_FORCE");
        force != nullptr && *force != '\0' && std::strcmp(force, "0") != 0) {
        return true;
    }
    if (const char* term = std::getenv("TERM"); term != nullptr && std::strcmp(term, "dumb") == 0) {
        return false;
    }
    return isatty(fd) == 1;
}

int output_width(int fd) {
    constexpr int default_width = 80;
    if (isatty(fd) != 1) {
        return default_width;  // files and pipes get the same bytes on every machine
    }
    winsize size{};
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) {
        return default_width;
    }
    return std::clamp(static_cast<int>(size.ws_col), 40, 100);
}

}  // namespace iwg
