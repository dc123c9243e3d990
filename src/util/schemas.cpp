#include "iwg/util/schemas.hpp"

#include <algorithm>

namespace iwg {

const EmbeddedSchema* find_schema(std::string_view name) {
    const auto schemas = embedded_schemas();
    const auto it = std::find_if(schemas.begin(), schemas.end(),
                                 [name](const EmbeddedSchema& s) { return s.name == name; });
    return it == schemas.end() ? nullptr : &*it;
}

}  // namespace iwg
