#include "iwg/input/yaml_reader.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <istream>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <streambuf>
#include <unordered_map>

#include <fmt/format.h>

#include "iwg/diag/rules.hpp"

namespace iwg {

std::string_view describe(YamlNode::Kind kind) {
    switch (kind) {
        case YamlNode::Kind::null:
            return "nothing";
        case YamlNode::Kind::scalar:
            return "a text";
        case YamlNode::Kind::sequence:
            return "a list";
        case YamlNode::Kind::mapping:
            return "a mapping";
    }
    return "nothing";
}

// --- Parsing YAML --------------------------------------------------------------------------

namespace {

// Flow collections ([ and {) nest without indentation, and yaml-cpp 0.7's scanner holds
// hundreds of bytes per open bracket before the parser sees any. Count them first.
// Quotes and comments are skipped line by line; an overcount only matters past the limit.
// Returns false when too deep; `unclosed` gets the offset of the last bracket never closed.
bool check_flow_depth(const SourceFile& source, int max_depth, Diagnostics& diagnostics,
                      std::optional<std::size_t>& unclosed) {
    // Backstop for whatever the quote tracking below misreads: brackets counted with no
    // regard for quotes or comments. No real plan has a thousand unclosed ones.
    constexpr int max_raw_depth = 1000;
    // Only these bytes change what the scan knows; it steps over all others in a tight loop,
    // which stops at the string's terminating NUL at the latest.
    static constexpr std::array<bool, 256> marks = [] {
        std::array<bool, 256> table{};
        for (const char c : std::string_view("[]{}\n\"'#\\\0", 10)) {
            table[static_cast<unsigned char>(c)] = true;
        }
        return table;
    }();
    const std::string& text = source.text();
    const char* const data = text.data();
    const std::size_t size = text.size();
    std::vector<std::size_t> open;
    int raw_depth = 0;
    char quote = 0;
    bool comment = false;
    for (std::size_t i = 0; i < size; ++i) {
        while (!marks[static_cast<unsigned char>(data[i])]) {
            ++i;
        }
        if (i >= size) {
            break;
        }
        const char c = data[i];
        // The byte before: where it is read (outside quotes and comments), it is the last one
        // the scan stepped on or over (an escape's second byte is always inside quotes).
        const char previous = i == 0 ? '\n' : data[i - 1];
        if (c == '[' || c == '{') {
            if (++raw_depth > max_raw_depth) {
                diagnostics.add(rules::too_deep, source.location_at(i),
                                fmt::format("more than {} unclosed brackets", max_raw_depth));
                return false;
            }
        } else if ((c == ']' || c == '}') && raw_depth > 0) {
            --raw_depth;
        }
        if (c == '\n') {
            quote = 0;
            comment = false;
        } else if (comment) {
        } else if (quote != 0) {
            if (c == '\\' && quote == '"' && i + 1 < size && data[i + 1] != '\n') {
                ++i;
            } else if (c == quote) {
                quote = 0;
            }
        } else if (c == '#' && (previous == ' ' || previous == '\t' || previous == '\n')) {
            comment = true;
        } else if ((c == '"' || c == '\'') && std::strchr(" \t\n[{,", previous) != nullptr) {
            // A quote opens a scalar only where a token starts ("-'" is a plain word).
            quote = c;
        } else if (c == '[' || c == '{') {
            open.push_back(i);
            if (static_cast<int>(open.size()) > max_depth) {
                diagnostics.add(
                    rules::too_deep, source.location_at(i),
                    fmt::format("collections nested more than {} levels deep", max_depth));
                return false;
            }
        } else if ((c == ']' || c == '}') && !open.empty()) {
            open.pop_back();
        }
    }
    if (!open.empty()) {
        unclosed = open.back();
    }
    return true;
}

// The file's text as a stream, read in place: an istringstream would copy the whole file.
class TextStreamBuffer : public std::streambuf {
  public:
    explicit TextStreamBuffer(const std::string& text) {
        char* begin = const_cast<char*>(text.data());  // a get area only: never written
        setg(begin, begin, begin + text.size());
    }
};

struct DepthExceeded {
    YAML::Mark mark;
};

// Builds the YamlNode tree from yaml-cpp events, in `arena`.
class TreeBuilder : public YAML::EventHandler {
  public:
    TreeBuilder(const SourceFile& source, const YamlLimits& limits, Diagnostics& diagnostics,
                std::pmr::memory_resource& arena)
        : source_(source), limits_(limits), diagnostics_(diagnostics), arena_(arena) {}

    YamlNode root() const { return root_; }
    int alias_count() const { return aliases_; }
    std::size_t furthest_offset() const { return furthest_; }

    void OnDocumentStart(const YAML::Mark& mark) override { see(mark); }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
        see(mark);
        YamlNode& node = new_leaf();
        node.offset = offset_of(mark);
        leaf_done(node);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        see(mark);
        // A billion-laughs file holds thousands: name the first few, count the rest.
        constexpr int max_reported = 5;
        if (++aliases_ <= max_reported) {
            diagnostics_.add(rules::alias, location_of(mark),
                             "aliases (*name) are not supported in plan files",
                             "write the value out instead of referring to an anchor");
        }
        YamlNode& node = new_leaf();
        node.refused = true;
        node.offset = offset_of(mark);
        leaf_done(node);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  const std::string& value) override {
        see(mark);
        YamlNode& node = new_leaf();
        node.kind = YamlNode::Kind::scalar;
        node.value = keep(value);
        node.plain = tag.size() == 1 && tag[0] == '?';  // yaml-cpp: plain "?", quoted "!"
        node.offset = offset_of(mark);
        leaf_done(node);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        open(mark, YamlNode::Kind::sequence);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        open(mark, YamlNode::Kind::mapping);
    }
    void OnMapEnd() override { close(); }

  private:
    struct Frame {
        YamlNode node;
        std::size_t first = 0;  // where its children start in pending_
        // Mappings of many keys: key -> offset of its first occurrence. A mapping's first keys
        // are looked up in its children instead, without allocating.
        std::unique_ptr<std::unordered_map<std::string_view, std::size_t>> keys;
    };
    static constexpr std::size_t searched_keys = 16;

    // A node without children (null, alias, scalar), made where it goes: after its parent's
    // pending children, or in leaf_ for the root. leaf_done() finishes it.
    YamlNode& new_leaf() {
        if (!stack_.empty()) {
            return pending_.emplace_back();
        }
        leaf_ = YamlNode{};
        return leaf_;
    }
    void leaf_done(YamlNode& node) {
        if (&node == &leaf_) {
            add(leaf_);
        } else {
            added(stack_.back());
        }
    }

    // The offset of the first key before the mapping's last, which is the scalar `key`, with
    // the same text; none when it is the first of its name.
    std::optional<std::size_t> earlier_key(Frame& frame, const YamlNode& key) {
        const std::span<const YamlNode> entries = children_of(frame);
        const std::size_t before = entries.size() - 1;
        if (!frame.keys && before / 2 < searched_keys) {
            for (std::size_t i = 0; i < before; i += 2) {
                if (entries[i].is_scalar() && entries[i].value == key.value) {
                    return entries[i].offset;
                }
            }
            return std::nullopt;
        }
        if (!frame.keys) {
            frame.keys = std::make_unique<std::unordered_map<std::string_view, std::size_t>>();
            for (std::size_t i = 0; i < before; i += 2) {
                if (entries[i].is_scalar()) {
                    frame.keys->emplace(entries[i].value, entries[i].offset);
                }
            }
        }
        const auto [it, inserted] = frame.keys->emplace(key.value, key.offset);
        if (inserted) {
            return std::nullopt;
        }
        return it->second;
    }

    std::size_t offset_of(const YAML::Mark& mark) const {
        return mark.pos < 0 ? 0 : static_cast<std::size_t>(mark.pos);
    }
    Location location_of(const YAML::Mark& mark) const {
        return source_.location_at(offset_of(mark));
    }
    void see(const YAML::Mark& mark) { furthest_ = std::max(furthest_, offset_of(mark)); }

    void open(const YAML::Mark& mark, YamlNode::Kind kind) {
        see(mark);
        if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
            throw DepthExceeded{mark};
        }
        Frame& frame = stack_.emplace_back();
        frame.node.kind = kind;
        frame.node.offset = offset_of(mark);
        frame.first = pending_.size();
    }

    // The children of an open collection, so far.
    std::span<const YamlNode> children_of(const Frame& frame) const {
        return std::span<const YamlNode>(pending_).subspan(frame.first);
    }

    // A scalar's text, copied into the arena.
    std::string_view keep(const std::string& text) {
        if (text.empty()) {
            return {};
        }
        char* copy = static_cast<char*>(arena_.allocate(text.size(), 1));
        std::memcpy(copy, text.data(), text.size());
        return {copy, text.size()};
    }

    // A collection's children wait in pending_ until it closes and then move to the arena at
    // their exact number, once.
    void close() {
        const Frame& frame = stack_.back();
        YamlNode node = frame.node;
        const std::span<const YamlNode> children = children_of(frame);
        if (!children.empty()) {
            auto* copy =
                static_cast<YamlNode*>(arena_.allocate(children.size_bytes(), alignof(YamlNode)));
            std::uninitialized_copy(children.begin(), children.end(), copy);
            node.children = {copy, children.size()};
        }
        pending_.resize(frame.first);
        stack_.pop_back();
        add(node);
    }

    void add(const YamlNode& node) {
        if (stack_.empty()) {
            root_ = node;
            return;
        }
        pending_.push_back(node);
        added(stack_.back());
    }

    // The node at the end of the parent's children was just added: a key is checked.
    void added(Frame& parent) {
        const YamlNode& node = pending_.back();
        const bool is_key =
            parent.node.kind == YamlNode::Kind::mapping && children_of(parent).size() % 2 == 1;
        if (is_key && node.is_scalar()) {
            const std::optional<std::size_t> first = earlier_key(parent, node);
            if (first) {
                parent.node.duplicate_key = true;
                Location where = source_.location_at(node.offset);
                if (node.plain) {
                    where.end = where.start;
                    where.end.column += count_code_points(node.value);
                }
                Diagnostic& d = diagnostics_.add(
                    rules::duplicate_key, where, fmt::format("duplicate key '{}'", node.value),
                    fmt::format("remove one of the two '{}' entries", node.value));
                d.related = source_.location_at(*first);
                d.related_message = "first defined";
            }
        }
    }

    const SourceFile& source_;
    const YamlLimits& limits_;
    Diagnostics& diagnostics_;
    std::pmr::memory_resource& arena_;
    std::vector<Frame> stack_;
    std::vector<YamlNode> pending_;  // the open collections' children (see close())
    YamlNode leaf_;                  // see new_leaf()
    YamlNode root_;
    std::size_t furthest_ = 0;
    int aliases_ = 0;
};

// Sees whether a second document follows, without building it.
class FirstEventProbe : public YAML::EventHandler {
  public:
    struct Seen {
        YAML::Mark mark;
    };
    void OnDocumentStart(const YAML::Mark& mark) override { throw Seen{mark}; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

// yaml-cpp's messages name the parser's state; say what the writer most likely did.
// `column` is yaml-cpp's 0-based byte column of the error on `line`.
std::string syntax_hint(const std::string& what, std::string_view line, std::size_t column) {
    const std::string_view indentation = line.substr(0, line.find_first_not_of(" \t"));
    if (indentation.find('\t') != std::string_view::npos) {
        return "indent with spaces; YAML does not allow tabs in indentation";
    }
    // An unexpected ':' after a value ("topic: Data: x") wants quotes; after the line's first
    // key ("      topic: x", indented deeper than its neighbours) it wants indentation.
    if (what.find("illegal map value") != std::string::npos &&
        line.substr(0, std::min(column, line.size())).find(": ") == std::string_view::npos) {
        return "check the indentation: this key is indented deeper than the keys above it";
    }
    static constexpr std::pair<std::string_view, std::string_view> hints[] = {
        {"illegal map value",
         "a text that contains ': ' must be quoted, e.g. topic: \"Data: what next?\""},
        {"end of map not found",
         "check the indentation: the keys of one mapping start in the same column"},
        {"end of sequence not found",
         "check the indentation: the items of one list start in the same column"},
        {"illegal block entry",
         "a '- ' item here does not line up with the list above; check the indentation"},
        {"illegal EOF in scalar", "a quoted text is not closed; add the closing quote"},
        {"unknown escape character",
         "in double quotes a backslash starts an escape: write \\\\ or use single quotes"},
        {"tab", "indent with spaces; YAML does not allow tabs in indentation"},
    };
    for (const auto& [needle, hint] : hints) {
        if (what.find(needle) != std::string::npos) {
            return std::string(hint);
        }
    }
    return {};
}

std::string syntax_message(const std::string& what) {
    if (what.empty()) {
        return "YAML syntax error";
    }
    return "YAML syntax error: " + what;
}

}  // namespace

namespace {

// Each scalar's extent, from its start mark and style (scalar_extent); collections tell
// whether a scalar is inside a flow collection.
class ExtentCollector : public YAML::EventHandler {
  public:
    explicit ExtentCollector(std::string_view text) : text_(text) {}
    std::vector<ScalarExtent> take() { return std::move(extents_); }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  const std::string&) override {
        std::size_t begin = 0;
        const ScalarStyle style =
            scalar_style_at(text_, static_cast<std::size_t>(std::max(mark.pos, 0)), begin);
        ScalarExtent extent = scalar_extent(text_, begin, style, flow_depth_ > 0);
        if (style == ScalarStyle::literal || style == ScalarStyle::folded) {
            extent.begin = std::min(text_.find('\n', extent.begin), extent.end);
        }
        if (text_.substr(extent.begin, extent.end - extent.begin).find('#') !=
            std::string_view::npos) {
            extents_.push_back(extent);
        }
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value style) override {
        open(style);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value style) override {
        open(style);
    }
    void OnMapEnd() override { close(); }

  private:
    void open(YAML::EmitterStyle::value style) {
        flows_.push_back(style == YAML::EmitterStyle::Flow);
        flow_depth_ += flows_.back() ? 1 : 0;
    }
    void close() {
        if (!flows_.empty()) {
            flow_depth_ -= flows_.back() ? 1 : 0;
            flows_.pop_back();
        }
    }

    std::string_view text_;
    std::vector<ScalarExtent> extents_;
    std::vector<bool> flows_;
    int flow_depth_ = 0;
};

}  // namespace

std::vector<ScalarExtent> scalar_text_with_hashes(const SourceFile& source,
                                                  const YamlLimits& limits) {
    // Nesting is counted first, as parse_yaml does: yaml-cpp recurses.
    Diagnostics ignored;
    std::optional<std::size_t> unclosed;
    if (!check_flow_depth(source, limits.max_depth, ignored, unclosed)) {
        return {};
    }
    TextStreamBuffer buffer(source.text());
    std::istream stream(&buffer);
    ExtentCollector collector(source.text());
    try {
        YAML::Parser parser(stream);
        (void)parser.HandleNextDocument(collector);
    } catch (const YAML::Exception&) {
        // What was read before the error stands.
    }
    std::vector<ScalarExtent> extents = collector.take();
    std::sort(extents.begin(), extents.end(),
              [](const ScalarExtent& a, const ScalarExtent& b) { return a.begin < b.begin; });
    return extents;
}

bool parse_yaml(const SourceFile& source, const YamlLimits& limits, YamlTree& tree,
                Diagnostics& diagnostics) {
    std::optional<std::size_t> unclosed;
    if (!check_flow_depth(source, limits.max_depth, diagnostics, unclosed)) {
        return false;
    }
    TextStreamBuffer buffer(source.text());
    std::istream stream(&buffer);
    TreeBuilder builder(source, limits, diagnostics, tree.arena);
    try {
        YAML::Parser parser(stream);
        if (!parser.HandleNextDocument(builder)) {
            tree.root = YamlNode{};  // an empty file
            return true;
        }
        // Never loop over documents: yaml-cpp 0.7 can return the same empty document forever.
        FirstEventProbe probe;
        try {
            (void)parser.HandleNextDocument(probe);
        } catch (const FirstEventProbe::Seen& seen) {
            const auto offset = static_cast<std::size_t>(std::max(seen.mark.pos, 0));
            if (offset > builder.furthest_offset()) {
                diagnostics.add(rules::multiple_documents, source.location_at(offset),
                                "a second YAML document starts here; a plan file holds one");
            } else {
                // No progress: the parser is stuck on a character it cannot start a node with.
                const std::size_t at = std::min(offset, source.text().size());
                const std::string character =
                    at < source.text().size() ? std::string(1, source.text()[at]) : "end";
                diagnostics.add(rules::yaml_syntax, source.location_at(at),
                                fmt::format("YAML syntax error: unexpected '{}'", character));
            }
            return false;
        }
        if (builder.alias_count() > 5) {
            diagnostics.add(
                rules::alias, Location{source.path(), {}, {}},
                fmt::format("{} more aliases in this file not shown", builder.alias_count() - 5));
        }
        tree.root = builder.root();
        return true;
    } catch (const DepthExceeded& e) {
        diagnostics.add(
            rules::too_deep,
            Location{source.path(), source.position_from_mark(e.mark.line, e.mark.column), {}},
            fmt::format("collections nested more than {} levels deep", limits.max_depth));
    } catch (const YAML::Exception& e) {
        // yaml-cpp notices an unclosed flow collection only at the end of the file; point at
        // the bracket instead.
        if (unclosed && e.msg.find("flow not found") != std::string::npos) {
            const char bracket = source.text()[*unclosed];
            diagnostics.add(rules::yaml_syntax, source.location_at(*unclosed),
                            fmt::format("YAML syntax error: '{}' is never closed", bracket),
                            fmt::format("add the missing '{}'", bracket == '[' ? ']' : '}'));
        } else {
            diagnostics.add(
                rules::yaml_syntax,
                Location{source.path(), source.position_from_mark(e.mark.line, e.mark.column), {}},
                syntax_message(e.msg),
                syntax_hint(e.msg, source.line_text(e.mark.line + 1),
                            static_cast<std::size_t>(std::max(e.mark.column, 0))));
        }
    }
    return false;
}

}  // namespace iwg
