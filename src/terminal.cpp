#include "iwg/terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "iwg/source.hpp"
#include "iwg/utf8.hpp"

namespace iwg {
std::string sanitize_for_terminal(std::string_view text, bool keep_newlines) {
    std::string out;
    out.reserve(text.size());
    char buffer[16];
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        if (length == 0) {
            std::snprintf(buffer, sizeof buffer, "\\x%02x",
                          static_cast<unsigned>(static_cast<unsigned char>(text[i])));
            out += buffer;
            ++i;
            continue;
        }
        if (cp == '\n' && keep_newlines) {
            out += '\n';
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\t') {
            out += '\t';
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(cp));
            out += buffer;
        } else if (is_layout_control(cp) || is_invisible(cp)) {
            std::snprintf(buffer, sizeof buffer, "<U+%04X>", static_cast<unsigned>(cp));
            out += buffer;
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

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

int display_width(std::string_view text) {
    return count_code_points(text);
}

}  // namespace iwg
