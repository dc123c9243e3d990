// Writing a site: what `iwg publish` may write, replace, remove and complete in its directory.
// The command line renders the files and says what happened; this module decides what may be
// touched and touches it.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "iwg/publish/manifest.hpp"
#include "iwg/util/calendar.hpp"

namespace iwg::publish {

// The files one run generates, by path relative to the site ('/'-separated), the manifest
// aside.
using SiteContent = std::map<std::string, std::string>;

// Why publish refuses, or could not finish: `path` as the user would name it (DIR joined with
// the site path), `reason` in lower-case words without the path.
class SiteError : public std::runtime_error {
  public:
    SiteError(std::string path, std::string reason);
    const std::string& path() const { return path_; }
    const std::string& reason() const { return reason_; }

  private:
    std::string path_;
    std::string reason_;
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
};

// The site's directory as found before rendering: whether it exists, and its manifest.
class Site {
  public:
    // Throws SiteError for a DIR that is not a directory or a manifest that is not iwg's.
    explicit Site(std::string dir);
    const std::string& dir() const { return dir_; }
    const std::optional<SiteManifest>& manifest() const { return manifest_; }

    // Writes `files` and the manifest, replacing and removing only what the manifest owns.
    // Throws SiteError before the first write for a refusal; after it, for a failed write.
    PublishResult publish(const SiteContent& files, const Date& as_of,
                          const PublishHooks& hooks = {});

  private:
    std::string dir_;
    std::optional<SiteManifest> manifest_;
};

}  // namespace iwg::publish
