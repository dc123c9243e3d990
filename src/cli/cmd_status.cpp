// `iwg status`: not implemented yet.
#include "common.hpp"

namespace iwg::cli {

Command add_status_command(CLI::App& /*root*/, GlobalOptions& /*global*/) {
    return {};
}

}  // namespace iwg::cli
