// The command line: parses arguments with CLI11 and runs one subcommand.
#pragma once

namespace iwg::cli {

// Runs iwg with the given arguments and returns the process exit code.
int run(int argc, char** argv);

}  // namespace iwg::cli
