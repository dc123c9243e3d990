// A hardened YAML reader for hostile input. It checks flow nesting first, then reads one
// document through yaml-cpp's event API into a small tree that keeps byte offsets. It refuses
// aliases and extra documents, and flags duplicate keys. The bytes were checked before
// (plan_text.hpp). The tree's nodes and texts live in its YamlTree's arena.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory_resource>
#include <span>
#include <string_view>
#include <vector>

#include "iwg/diag/diagnostic.hpp"
#include "iwg/input/scalar_extent.hpp"
#include "iwg/input/source.hpp"

namespace iwg {

struct YamlNode {
    enum class Kind { null, scalar, sequence, mapping };
    Kind kind = Kind::null;
    std::string_view value;  // scalars only
    bool plain = true;       // a plain (unquoted) scalar; quoted "5" stays text
    bool refused = false;    // stands for something already reported (an alias): skip it
    // A mapping that holds a key twice (E007, reported): one of the two values is lost.
    bool duplicate_key = false;
    std::size_t offset = 0;  // byte offset of the node's first character
    // Sequence items; or mapping entries as key, value, key, value, …
    std::span<const YamlNode> children;

    bool is_null() const { return kind == Kind::null; }
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_sequence() const { return kind == Kind::sequence; }
    bool is_mapping() const { return kind == Kind::mapping; }
    std::size_t entry_count() const { return children.size() / 2; }
};

std::string_view describe(YamlNode::Kind kind);  // "a mapping", "a list", …

// A parsed file: its root and the arena that holds every node and text of the tree, freed at
// once with it. A tree of many small mappings would otherwise cost a malloc and a free per
// collection and per long text (about a tenth of validate's time).
struct YamlTree {
    std::pmr::monotonic_buffer_resource arena;
    YamlNode root;
};

struct YamlLimits {
    int max_depth = 64;  // nested collections; plans need about 4
};

// Parses exactly one YAML document. Returns false (with findings) when the tree is unusable;
// findings such as duplicate keys still leave a usable tree and return true.
bool parse_yaml(const SourceFile& source, const YamlLimits& limits, YamlTree& tree,
                Diagnostics& diagnostics);

// Where a '#' is a scalar's text and not a comment, sorted: the extent of every scalar of the
// file that spans a '#' (a block scalar's from its first content line, since its header line
// may end with a real comment). Up to a syntax error, if the file has one.
std::vector<ScalarExtent> scalar_text_with_hashes(const SourceFile& source,
                                                  const YamlLimits& limits);

}  // namespace iwg
