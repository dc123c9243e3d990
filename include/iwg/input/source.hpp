// Source files and positions. Every value the loader produces keeps where it came from.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/diag/location.hpp"

namespace iwg {

// Where a plan value is: 8 bytes where a Location takes 32 and a path, since a plan holds one
// per value and few are ever shown. `file` indexes the plan's files (Plan::files); line and
// column are worked out only when a finding is made (Plan::locate).
struct Span {
    // A plan reads at most LoadOptions::max_files files, far fewer than this.
    static constexpr std::uint16_t no_file = UINT16_MAX;

    std::uint32_t offset = 0;      // byte offset of the value's first character (files < 4 GiB)
    std::uint16_t file = no_file;  // no_file: no position (a default, not read from a file)
    // The value's length in code points when it ends on its first line and is shorter than
    // 65 536 code points, else 0 (end unknown).
    std::uint16_t columns = 0;

    bool known() const { return file != no_file; }
    friend bool operator==(const Span&, const Span&) = default;
};

// The text of one plan file, with a line index for positions and source snippets.
class SourceFile {
  public:
    // Indexes the lines (and the long lines' columns) at once: a plain value that threads may
    // share.
    SourceFile(std::string path, std::string text);

    const std::string& path() const { return path_; }
    const std::string& text() const { return text_; }

    // The 1-based line `line` without its line terminator; empty when out of range.
    std::string_view line_text(int line) const;
    int line_count() const { return static_cast<int>(line_starts_.size()); }

    // Byte offset -> 1-based line and code-point column.
    Position position_at(std::size_t offset) const;
    // 0-based line and 0-based byte column (yaml-cpp's Mark) -> Position.
    Position position_from_mark(int line0, int byte_column0) const;

    Location location_at(std::size_t offset) const { return {path_, position_at(offset), {}}; }
    // A span of this file as findings show it.
    Location locate(const Span& span) const;

    // Byte index, within line_text(line), where the character at `column` starts.
    std::size_t byte_in_line(int line, int column) const;

  private:
    // A line of this many bytes or more keeps the column at every so many bytes, so that a
    // column on one long line (a 1 MiB file can be one line) counts at most this many bytes:
    // a finding per value of such a line costs linear time, not quadratic.
    static constexpr std::size_t checkpoint_stride = 4096;
    struct LongLine {
        std::size_t line;          // 0-based
        std::vector<int> columns;  // columns[k]: the column of the character at or after byte
                                   // k * checkpoint_stride of the line
    };
    const std::vector<int>& checkpoints(std::size_t line_index) const;

    std::string path_;
    std::string text_;
    std::vector<std::uint32_t> line_starts_;  // byte offset of each line (files < 4 GiB)
    std::vector<LongLine> long_lines_;        // by line
};

// Looks up a file's text by its path (for snippets, budgets); may return nullptr.
using SourceLookup = std::function<const SourceFile*(const std::string& path)>;

// Number of code points in a UTF-8 string (invalid bytes count as one each).
int count_code_points(std::string_view text);

}  // namespace iwg
