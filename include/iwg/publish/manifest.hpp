// The manifest `iwg publish` keeps in its site (DIR/iwg-manifest.json): each file it generated
// with the SHA-256 of its bytes, so that `--check` can compare and a later run replaces or
// removes a file only while it holds the bytes publish wrote. Written first as an intent
// record (state "writing"), so that a run cut short can be completed by the next.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "iwg/util/calendar.hpp"

namespace iwg::publish {

struct ManifestEntry {
    std::string path;    // relative to the site, '/'-separated, a path of the layout
    std::string sha256;  // 64 lower-case hex digits; empty in a version 1 manifest

    friend bool operator==(const ManifestEntry&, const ManifestEntry&) = default;
};

struct SiteManifest {
    int version = 2;  // 1: written by an earlier iwg, without hashes (read, never written)
    Date as_of;
    // False in an intent record: the run that wrote it had not finished.
    bool complete = true;
    std::vector<ManifestEntry> files;  // what the site holds once the run is complete; sorted
    // In an intent record: the files on disk that the run replaces or removes, with the
    // hashes they had, so that the next run still owns them.
    std::vector<ManifestEntry> replacing;
};

inline constexpr std::string_view manifest_name = "iwg-manifest.json";
inline constexpr int manifest_version = 2;
// A manifest is read only up to these bounds: it is input, and could come from anyone.
inline constexpr std::size_t max_manifest_size = 4 * 1024 * 1024;
inline constexpr int max_manifest_depth = 4;  // the object, a list, an entry, its values

std::string manifest_json(const SiteManifest& manifest);

// The manifest, or what is wrong (without quoting the text): not JSON, nested too deep,
// larger than max_manifest_size, not iwg's, a version this iwg does not read, a value of the
// wrong type, a path that is not one publish generates.
tl::expected<SiteManifest, std::string> parse_manifest(std::string_view text);

}  // namespace iwg::publish
