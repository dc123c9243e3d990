// Where a finding is: a file as the user named it, and 1-based positions in it.
#pragma once

#include <compare>
#include <memory>
#include <string>
#include <string_view>

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

// A file's path as the user named it, e.g. "plans/2024/meetings.yaml". Copies share one
// string: a large plan has hundreds of thousands of located values, and a path in each of
// them was megabytes.
class FileName {
  public:
    FileName() = default;
    FileName(std::string path) : path_(std::make_shared<const std::string>(std::move(path))) {}
    FileName(const char* path) : FileName(std::string(path)) {}

    const std::string& str() const { return path_ ? *path_ : empty_path(); }
    operator const std::string&() const { return str(); }
    operator std::string_view() const { return str(); }

    friend bool operator==(const FileName& a, std::string_view b) { return a.str() == b; }
    friend std::strong_ordering operator<=>(const FileName& a, const FileName& b) {
        return a.str() <=> b.str();
    }

  private:
    static const std::string& empty_path() {
        static const std::string empty;
        return empty;
    }
    std::shared_ptr<const std::string> path_;  // null when empty
};

struct Location {
    FileName file;
    Position start;
    Position end;  // exclusive; unknown when !end.known()

    friend bool operator==(const Location&, const Location&) = default;
};

}  // namespace iwg
