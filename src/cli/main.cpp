#include "cli.hpp"

int main(int argc, char** argv) {
    return iwg::cli::run(argc, argv);
}
