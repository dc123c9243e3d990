// Writing a site: what `iwg publish` may write, replace, remove and complete in its directory.
// The command line renders the files and says what happened; this module decides what may be
// touched, and touches it only through directories held open (util/directory.hpp), so that
// no directory swapped for a symbolic link during a run can redirect a write or a delete.
//
// The rules (docs/security.md, "Writing files"):
// - DIR is never a symbolic link; it is resolved as the system resolves it ("lnk/.." is the
//   parent of the link's target), and every check and write goes through that one directory.
// - Only paths of the layout (site_layout.hpp) are written or removed: never a *.yaml/*.yml
//   file, never a file this run reads, never inside, above or below a plan directory it reads.
// - A file on disk is publish's to replace or remove only while its bytes have a SHA-256 its
//   manifest recorded for that path. A version 1 manifest (an earlier iwg's) records none: its
//   files are kept when they already hold what this run writes, refused otherwise.
// - The manifest is written first as an intent record (state "writing", with the hashes of
//   what is about to be written and of what it replaces), then the files, then the manifest
//   in its final state: a run cut short is completed by the next one.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "iwg/publish/manifest.hpp"
#include "iwg/publish/site_layout.hpp"
#include "iwg/util/calendar.hpp"
#include "iwg/util/directory.hpp"

namespace iwg::publish {

// Why publish refuses, or could not finish: `path` as the user would name it (DIR joined with
// the site path), `reason` in lower-case words without the path. `written` counts the files
// written before a failure; `unfinished` says the manifest records the run as cut short.
class SiteError : public std::runtime_error {
  public:
    SiteError(std::string path, std::string reason, std::size_t written = 0,
              bool unfinished = false);
    const std::string& path() const { return path_; }
    const std::string& reason() const { return reason_; }
    std::size_t written() const { return written_; }
    bool unfinished() const { return unfinished_; }

  private:
    std::string path_;
    std::string reason_;
    std::size_t written_;
    bool unfinished_;
};

// What the run reads: publish never writes or removes these files, nor anything inside, above
// or below these plans' directories.
struct RunInputs {
    std::vector<std::string> plan_paths;   // the plans (directories, or files named directly)
    std::vector<std::string> input_files;  // every file the plans were read from
};

// Test hooks: `after_checks` runs once every refusal was checked and before the first write;
// `before_write` before each file is written (it may throw, as a full disk would).
struct PublishHooks {
    std::function<void()> after_checks;
    std::function<void(const std::string& path)> before_write;
};

struct PublishResult {
    std::size_t written = 0;
    std::size_t unchanged = 0;
    std::size_t removed = 0;
    bool completed_cut_short = false;  // the manifest recorded a run that had not finished
};

// A file of the site that `--check` finds out of date: its path (DIR joined) and why.
struct StaleFile {
    std::string path;
    std::string state;  // "missing", "differs", "no longer generated", "in the way: …", …
};

// The site's directory, opened once, before rendering: DIR, its manifest.
class Site {
  public:
    // Throws SiteError for a DIR that is a symbolic link or not a directory, or a manifest
    // that is not iwg's.
    explicit Site(std::string dir);
    const std::string& dir() const { return dir_; }
    bool exists() const { return root_.is_open(); }
    const std::optional<SiteManifest>& manifest() const { return manifest_; }

    // Writes `files` and the manifest. Every refusal is checked before the first write
    // (SiteError, nothing written); a failure after it is a SiteError saying what was written.
    PublishResult publish(const SiteContent& files, const Date& as_of, const RunInputs& inputs,
                          const PublishHooks& hooks = {});

    // What publish would change, without writing: every file that is missing, differs, is in
    // the way or is no longer generated, the manifest included.
    std::vector<StaleFile> check(const SiteContent& files, const Date& as_of) const;

  private:
    struct Changes;  // what a run writes, replaces and removes (site_writer.cpp)
    Changes plan_changes(const SiteContent& files, const Date& as_of,
                         const RunInputs& inputs) const;
    bool remove_owned(const ManifestEntry& entry) const;
    std::string shown(const std::string& path) const;

    std::string dir_;
    Directory parent_;  // holds DIR (closed when DIR's parent is missing)
    std::string name_;  // DIR's name in parent_
    Directory root_;    // DIR, when it exists
    std::optional<SiteManifest> manifest_;
    std::string manifest_text_;
};

}  // namespace iwg::publish
