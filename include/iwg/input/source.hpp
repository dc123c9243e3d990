// Source files and positions. Every value the loader produces keeps where it came from.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "iwg/diag/location.hpp"

namespace iwg {

// Where a plan value is, kept small (8 bytes where a Location takes 32): a large plan holds
// hundreds of thousands, and few are ever shown. `file` indexes the plan's files (Plan::files);
// line and column are worked out only when a finding is made (Plan::locate).
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
    SourceFile(std::string path, std::string text);

    const std::string& path() const { return path_.str(); }
    const FileName& file_name() const { return path_; }
    const std::string& text() const { return text_; }

    // The 1-based line `line` without its line terminator; empty when out of range.
    std::string_view line_text(int line) const;
    int line_count() const;

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
    // Lines longer than this get a column checkpoint every so many bytes (built with the
    // line index), so that any lookup on a 16 MB one-line file counts at most this many bytes.
    static constexpr std::size_t checkpoint_stride = 4096;
    const std::vector<int>& checkpoints(std::size_t line_index) const;
    // The line index is sparse, so that it stays small beside the text: it marks a line's
    // start after every line_stride lines, after every checkpoint_stride bytes, and at every
    // line of checkpoint_stride bytes or more (which the next mark then ends). A lookup reads
    // on from the mark before it through fewer than line_stride short lines.
    static constexpr std::size_t line_stride = 64;
    struct LineMark {
        std::uint32_t line;    // 0-based
        std::uint32_t offset;  // where it starts (files are below 4 GiB: ReadLimits)
    };
    // Builds the index on first use: a plan without findings never needs it.
    void index_lines() const;
    std::size_t line_start(std::size_t line_index) const;  // 0-based line, indexed

    FileName path_;
    std::string text_;
    // Built once, by whichever thread first asks (call_once): a SourceFile is shared.
    mutable std::once_flag indexed_;
    mutable std::vector<LineMark> marks_;
    mutable std::size_t line_count_ = 0;
    mutable std::unordered_map<std::size_t, std::vector<int>> checkpoints_;  // line -> columns
};

// Looks up a file's text by its path (for snippets, budgets); may return nullptr.
using SourceLookup = std::function<const SourceFile*(const std::string& path)>;

// Number of code points in a UTF-8 string (invalid bytes count as one each).
int count_code_points(std::string_view text);

}  // namespace iwg
