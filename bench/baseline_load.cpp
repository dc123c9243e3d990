// The benchmark baseline: what a naive loader does with yaml-cpp (YAML::LoadFile, then a walk
// over every node). iwg's hardened loader is measured against it in the same run.
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <exception>
#include <string>

#include "plan_files.hpp"

namespace {
std::size_t count_nodes(const YAML::Node& node) {
    std::size_t count = 1;
    if (node.IsSequence() || node.IsMap()) {
        for (const auto& child : node) {
            if (node.IsMap()) {
                count += count_nodes(child.first) + count_nodes(child.second);
            } else {
                count += count_nodes(child);
            }
        }
    }
    return count;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: iwg_bench_baseline FILE.yaml|PLAN_DIRECTORY\n");
        return 2;
    }
    try {
        std::size_t nodes = 0;
        for (const std::string& file : plan_files(argv[1])) {
            nodes += count_nodes(YAML::LoadFile(file));
        }
        std::printf("%zu nodes\n", nodes);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
