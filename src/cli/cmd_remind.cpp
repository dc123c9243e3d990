// `iwg remind`: not implemented yet.
#include "common.hpp"

namespace iwg::cli {

Command add_remind_command(CLI::App& /*root*/, GlobalOptions& /*global*/) {
    return {};
}

}  // namespace iwg::cli
