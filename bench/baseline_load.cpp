// The benchmark baseline: what a naive loader does with yaml-cpp (YAML::LoadFile, then a walk
// over every node). iwg's hardened loader is measured against it in the same run.
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <exception>

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
        std::fprintf(stderr, "usage: iwg_bench_baseline FILE.yaml\n");
        return 2;
    }
    try {
        std::printf("%zu nodes\n", count_nodes(YAML::LoadFile(argv[1])));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
