// Loading a plan: a directory of YAML files (or one file) -> Plan + every finding.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "iwg/diag/diagnostic.hpp"
#include "iwg/input/file_reader.hpp"
#include "iwg/input/source.hpp"
#include "iwg/input/yaml_reader.hpp"
#include "iwg/plan/allow.hpp"
#include "iwg/plan/plan.hpp"

namespace iwg {

// All of a plan's files together: four files at the per-file limit. Checked before reading
// (the files' sizes), and again as they are read.
inline constexpr std::uint64_t default_max_plan_size = 4 * default_max_file_size;

struct LoadOptions {
    ReadLimits read;
    YamlLimits yaml;
    std::uint64_t max_plan_size = default_max_plan_size;
    // Plan files in one plan (a directory's *.yaml): a plan has a few. Each file costs an open
    // and a SourceFile whatever its size, and its index must fit a Span.
    std::size_t max_files = 1000;
};

struct LoadResult {
    Plan plan;  // as much as could be decoded; trust it only when !has_errors()
    Diagnostics diagnostics;
    // Allows of rules made across plans (W301) that wait for check_repository: left by
    // check_loaded_plan, neither used nor reported.
    std::vector<AllowComment> waiting_allows;

    bool has_errors() const { return diagnostics.error_count() > 0; }

    // The text of every file read (the plan's sources), for source snippets in messages.
    // add_source adds a file to the plan and returns its index (its spans' file).
    std::uint16_t add_source(std::shared_ptr<const SourceFile> source);
    const SourceFile* find_source(const std::string& path) const;  // nullptr if not read
    const std::vector<std::shared_ptr<const SourceFile>>& sources() const { return plan.sources; }

  private:
    // path -> source, filled by add_source: plans may have thousands of files.
    std::unordered_map<std::string, const SourceFile*> sources_by_path_;
};

// A file a plan directory is read from: *.yaml or *.yml, not hidden.
bool is_plan_file_name(std::string_view name);

// Reads and decodes a plan. Never throws for bad input; every problem is a finding.
LoadResult load_plan(const std::string& path, const LoadOptions& options = {});

// A plan file's text already in memory, under the name findings give it.
struct PlanFileText {
    std::string path;
    std::string text;
};

// load_plan for files already read, in this order (`path` is the plan's root, as load_plan's).
// The size limit is the file reader's and is not applied here. For the fuzz targets.
LoadResult load_plan_texts(const std::string& path, const std::vector<PlanFileText>& files,
                           const LoadOptions& options = {});

// Adds one parsed file to `plan` (files, sources) and decodes it. Exposed for tests.
void decode_plan_file(std::shared_ptr<const SourceFile> source, const YamlNode& root, Plan& plan,
                      Diagnostics& diagnostics);

}  // namespace iwg
