// The JSON Schemas (draft-07) for plan files, embedded at build time from schema/ in the
// repository, so the binary and the repository cannot disagree.
#pragma once

#include <span>
#include <string_view>

namespace iwg {

struct EmbeddedSchema {
    std::string_view name;  // "plan"
    std::string_view path;  // "schema/plan.schema.json", relative to the repository
    std::string_view text;  // the file's bytes
};

// Every schema, sorted by name.
std::span<const EmbeddedSchema> embedded_schemas();
// nullptr when there is no schema of that name.
const EmbeddedSchema* find_schema(std::string_view name);

}  // namespace iwg
