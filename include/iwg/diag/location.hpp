// Where a finding is: a file as the user named it, and 1-based positions in it.
#pragma once

#include <compare>
#include <string>

namespace iwg {

// 1-based line and column; column counts Unicode code points, as a reader sees them.
// line == 0 means "no position" (a finding about a whole file or the whole plan).
struct Position {
    int line = 0;
    int column = 0;

    bool known() const { return line > 0; }
    friend bool operator==(const Position&, const Position&) = default;
    friend auto operator<=>(const Position&, const Position&) = default;
};

struct Location {
    std::string file;  // the path as the user named it, e.g. "plans/2024/meetings.yaml"
    Position start;
    Position end;  // exclusive; unknown when !end.known()

    friend bool operator==(const Location&, const Location&) = default;
};

}  // namespace iwg
