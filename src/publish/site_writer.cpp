#include "iwg/publish/site_writer.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include <fmt/format.h>

#include "iwg/util/atomic_write.hpp"

namespace iwg::publish {
namespace fs = std::filesystem;

SiteError::SiteError(std::string path, std::string reason)
    : std::runtime_error(fmt::format("{}: {}", path, reason)),
      path_(std::move(path)),
      reason_(std::move(reason)) {}

namespace {

std::optional<std::string> read_existing(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw SiteError(path.string(), "cannot read it");
    }
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::optional<std::string> blocked(const fs::path& dir, const std::string& name) {
    std::error_code ec;
    fs::path path = dir;
    const fs::path relative(name);
    for (auto part = relative.begin(); part != relative.end(); ++part) {
        path /= *part;
        const auto status = fs::symlink_status(path, ec);
        if (!fs::exists(status)) {
            return std::nullopt;
        }
        const bool last = std::next(part) == relative.end();
        if (!last && fs::is_symlink(status)) {
            return "a symbolic link where the site has a directory";
        }
        if (!last && !fs::is_directory(status)) {
            return "not a directory, where the site has one";
        }
        if (last && fs::is_directory(status)) {
            return "a directory, where the site has a file";
        }
    }
    return std::nullopt;
}

}  // namespace

Site::Site(std::string dir) : dir_(std::move(dir)) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(dir_, ec)) && !fs::is_directory(dir_, ec)) {
        throw SiteError(dir_, "not a directory");
    }
    const fs::path path = fs::path(dir_) / manifest_name;
    if (!fs::exists(fs::symlink_status(path, ec))) {
        return;
    }
    const auto text = read_existing(path);
    std::string why = "it is not a regular file";
    manifest_ = text ? parse_manifest(*text, &why) : std::nullopt;
    if (!manifest_) {
        throw SiteError(path.string(), fmt::format("not a manifest iwg publish wrote ({})", why));
    }
}

PublishResult Site::publish(const SiteContent& files, const Date& as_of,
                            const PublishHooks& hooks) {
    const fs::path dir(dir_);
    std::error_code ec;
    std::set<std::string> owned;
    if (manifest_) {
        owned.insert(manifest_->files.begin(), manifest_->files.end());
    }
    for (const auto& [name, bytes] : files) {
        if (auto why = blocked(dir, name)) {
            throw SiteError((dir / name).string(), *why);
        }
        if (owned.count(name) == 0 && fs::exists(fs::symlink_status(dir / name, ec))) {
            throw SiteError((dir / name).string(), "exists and was not written by iwg publish");
        }
    }
    if (hooks.after_checks) {
        hooks.after_checks();
    }
    PublishResult result;
    if (!fs::is_directory(dir, ec) && !fs::create_directory(dir, ec)) {
        throw SiteError(dir_, fmt::format("cannot create the directory: {}", ec.message()));
    }
    SiteManifest manifest{as_of, {}};
    try {
        for (const auto& [name, bytes] : files) {
            manifest.files.push_back(name);
            if (read_existing(dir / name) == bytes) {
                ++result.unchanged;
                continue;
            }
            fs::create_directories((dir / name).parent_path(), ec);
            write_file_atomically(dir / name, bytes);
            ++result.written;
        }
        write_file_atomically(dir / manifest_name, manifest_json(manifest));
    } catch (const WriteError& e) {
        throw SiteError(e.path().string(), e.reason());
    }
    return result;
}

}  // namespace iwg::publish
