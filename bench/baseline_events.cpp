// The benchmark baseline for parsing: yaml-cpp's event parser with a handler that only counts
// events (no tree, no strings kept). iwg reads plans through the same event API, so its time
// over this is what loading, checking and reporting cost on top of the parse itself.
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <cstdio>
#include <exception>
#include <fstream>
#include <string>

#include "plan_files.hpp"

namespace {

class CountingHandler : public YAML::EventHandler {
  public:
    std::size_t events = 0;

    void OnDocumentStart(const YAML::Mark&) override { ++events; }
    void OnDocumentEnd() override { ++events; }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {
        ++events;
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override { ++events; }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnMapEnd() override { ++events; }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: iwg_bench_events FILE.yaml|PLAN_DIRECTORY\n");
        return 2;
    }
    try {
        CountingHandler handler;
        for (const std::string& file : plan_files(argv[1])) {
            std::ifstream in(file, std::ios::binary);
            YAML::Parser parser(in);
            while (parser.HandleNextDocument(handler)) {
            }
        }
        std::printf("%zu events\n", handler.events);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
