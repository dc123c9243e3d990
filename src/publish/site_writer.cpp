#include "iwg/publish/site_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "iwg/util/sha256.hpp"

namespace iwg::publish {
namespace fs = std::filesystem;

SiteError::SiteError(std::string path, std::string reason, std::size_t written, bool unfinished)
    : std::runtime_error(fmt::format("{}: {}", path, reason)),
      path_(std::move(path)),
      reason_(std::move(reason)),
      written_(written),
      unfinished_(unfinished) {}

namespace {

// Splits a site path into its directories and its file name.
std::vector<std::string> segments_of(const std::string& path) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (auto slash = path.find('/'); slash != std::string::npos; slash = path.find('/', start)) {
        out.push_back(path.substr(start, slash - start));
        start = slash + 1;
    }
    out.push_back(path.substr(start));
    return out;
}

// A regular file's SHA-256 and identity, read in blocks through a descriptor that no link
// led to; nullopt when `name` is not a regular file (or no longer there). A file that cannot
// be read is a SiteError naming `shown_path`.
struct FileOnDisk {
    std::string sha256;
    FileIdentity identity;
};
SiteError cannot_read(const std::string& shown_path, int error) {
    return SiteError(shown_path, DirectoryError{error, "cannot read it"}.message());
}

// Why Directory::open_file failed: a link (ELOOP), not a regular file (EINVAL, ENXIO), gone
// (ENOENT): no file to read, rather than one that cannot be read.
bool is_no_regular_file(int error) {
    return error == ELOOP || error == EINVAL || error == ENXIO || error == ENOENT;
}

std::optional<FileOnDisk> read_file(const Directory& dir, const std::string& name,
                                    const std::string& shown_path) {
    const int fd = dir.open_file(name);
    if (fd < 0) {
        if (is_no_regular_file(errno)) {
            return std::nullopt;
        }
        throw cannot_read(shown_path, errno);
    }
    struct stat status {};
    if (::fstat(fd, &status) != 0) {
        const int error = errno;
        ::close(fd);
        throw cannot_read(shown_path, error);
    }
    Sha256 hash;
    std::array<char, 64 * 1024> block{};
    for (;;) {
        const ssize_t n = ::read(fd, block.data(), block.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            throw cannot_read(shown_path, error);
        }
        if (n == 0) {
            break;
        }
        hash.update(std::string_view(block.data(), static_cast<std::size_t>(n)));
    }
    ::close(fd);
    return FileOnDisk{hash.hex_digest(), identity_of(status)};
}

// The identities of a directory and of every directory above it, up to the root.
std::vector<FileIdentity> chain_up(const Directory& start) {
    std::vector<FileIdentity> chain{start.identity()};
    std::optional<Directory> current = start.open_directory("..");
    while (current) {
        const FileIdentity id = current->identity();
        if (id == chain.back()) {
            break;  // "/" is its own parent
        }
        chain.push_back(id);
        current = current->open_directory("..");
    }
    return chain;
}

// What the run reads, as identities: the plans' directories (with the directories above
// them) and every input file.
struct Guard {
    std::map<FileIdentity, std::string> plan_directories;
    std::map<FileIdentity, std::string> above_plans;  // a directory above a plan's directory
    std::set<FileIdentity> input_files;
};

Guard guard_of(const RunInputs& inputs) {
    Guard guard;
    for (const auto& path : inputs.plan_paths) {
        const auto plan = Directory::open_followed(path);
        if (!plan) {
            continue;  // a plan file: its files are guarded as input files
        }
        const auto chain = chain_up(*plan);
        guard.plan_directories.emplace(chain.front(), path);
        for (std::size_t i = 1; i < chain.size(); ++i) {
            guard.above_plans.emplace(chain[i], path);
        }
    }
    for (const auto& path : inputs.input_files) {
        struct stat status {};
        if (::stat(path.c_str(), &status) == 0) {
            guard.input_files.insert(identity_of(status));
        }
    }
    return guard;
}

// The hashes each path may have on disk for publish to own it.
struct Ownership {
    std::map<std::string, std::set<std::string>> hashes;
    std::set<std::string> unhashed;  // listed by a version 1 manifest
    bool owns(const std::string& path, const std::string& sha256) const {
        const auto it = hashes.find(path);
        return it != hashes.end() && it->second.count(sha256) > 0;
    }
};

Ownership ownership_of(const std::optional<SiteManifest>& manifest) {
    Ownership owned;
    if (!manifest) {
        return owned;
    }
    for (const auto* list : {&manifest->files, &manifest->replacing}) {
        for (const auto& entry : *list) {
            if (entry.sha256.empty()) {
                owned.unhashed.insert(entry.path);
            } else {
                owned.hashes[entry.path].insert(entry.sha256);
            }
        }
    }
    return owned;
}

std::string why_foreign(const Ownership& owned, const std::string& path) {
    if (owned.hashes.count(path) > 0) {
        return "was changed since iwg publish wrote it (its bytes are not those its manifest "
               "recorded); move it away or publish to another directory";
    }
    return owned.unhashed.count(path) > 0
               ? "exists and iwg publish cannot tell that it wrote it (the manifest, from an "
                 "earlier iwg, records no hashes); move it away or publish to another directory"
               : "exists and was not written by iwg publish; move it away or publish to another "
                 "directory";
}

}  // namespace

std::string Site::shown(const std::string& path) const {
    return (fs::path(dir_) / path).string();
}

Site::Site(std::string dir) : dir_(std::move(dir)) {
    try {
        parent_ = Directory::open_parent_of(dir_, name_);
    } catch (const DirectoryError& e) {
        if (e.error != ENOENT) {
            throw SiteError(dir_, e.message());
        }
        return;  // neither DIR nor its parent: nothing to read, and publish says so
    }
    try {
        const EntryType type = parent_.type_of(name_);
        if (type == EntryType::symlink) {
            throw SiteError(dir_,
                            "a symbolic link; publish never writes through one: name the "
                            "directory it leads to");
        }
        if (type != EntryType::none && type != EntryType::directory) {
            throw SiteError(dir_, "not a directory");
        }
        if (type == EntryType::directory) {
            root_ = std::move(*parent_.open_directory(name_));
        }
    } catch (const DirectoryError& e) {
        throw SiteError(dir_, e.error == ENOTDIR ? "not a directory" : e.message());
    }
    if (!root_.is_open()) {
        return;
    }
    const std::string manifest_path = shown(std::string(manifest_name));
    const auto refuse = [&](std::string_view why) {
        throw SiteError(manifest_path,
                        fmt::format("not a manifest iwg publish wrote ({}); publish replaces only "
                                    "the files its own manifest lists: move the file away, or "
                                    "publish to another directory",
                                    why));
    };
    const EntryType type = root_.type_of(std::string(manifest_name));
    if (type == EntryType::none) {
        return;
    }
    const int fd = type == EntryType::regular ? root_.open_file(std::string(manifest_name)) : -1;
    if (fd < 0 && type == EntryType::regular && !is_no_regular_file(errno)) {
        throw cannot_read(manifest_path, errno);
    }
    if (fd < 0) {
        refuse("it is not a regular file");
    }
    struct stat status {};
    if (::fstat(fd, &status) != 0) {
        const int error = errno;
        ::close(fd);
        throw cannot_read(manifest_path, error);
    }
    if (static_cast<std::uint64_t>(status.st_size) > max_manifest_size) {
        ::close(fd);
        refuse(fmt::format("it is larger than {} MiB", max_manifest_size / (1024 * 1024)));
    }
    // Read at most the limit and one byte, whatever the size said (it may grow meanwhile).
    std::string text(static_cast<std::size_t>(status.st_size) + 1, '\0');
    std::size_t size = 0;
    while (size < text.size()) {
        const ssize_t n = ::read(fd, text.data() + size, text.size() - size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            throw cannot_read(manifest_path, error);
        }
        if (n == 0) {
            break;
        }
        size += static_cast<std::size_t>(n);
    }
    ::close(fd);
    text.resize(size);
    auto parsed = parse_manifest(text);
    if (!parsed) {
        refuse(parsed.error());
    }
    manifest_ = std::move(*parsed);
    manifest_text_ = std::move(text);
}

namespace {

// Walks from the site's root to the directory that holds `path`, never through a link.
// `missing` is set when a directory on the way does not exist (nothing below it does);
// `blocked` says why a directory on the way is in the way.
struct Walk {
    std::vector<Directory> chain;  // the root's subdirectories on the way, opened
    std::string name;              // the file's name
    bool missing = false;
    std::optional<std::string> blocked;  // the path (relative) and why
    std::string blocked_path;
};

Walk walk_to(const Directory& root, const std::string& path) {
    Walk walk;
    const auto parts = segments_of(path);
    walk.name = parts.back();
    const Directory* at = &root;
    std::string sofar;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        sofar += (i == 0 ? "" : "/") + parts[i];
        const EntryType type = at->type_of(parts[i]);
        if (type == EntryType::none) {
            walk.missing = true;
            return walk;
        }
        if (type == EntryType::symlink) {
            walk.blocked_path = sofar;
            walk.blocked =
                "a symbolic link where the site has a directory; publish writes only "
                "inside its directory";
            return walk;
        }
        if (type != EntryType::directory) {
            walk.blocked_path = sofar;
            walk.blocked = "not a directory, where the site has one";
            return walk;
        }
        auto next = at->open_directory(parts[i]);  // never a link: swapped since, it fails
        if (!next) {
            walk.missing = true;
            return walk;
        }
        walk.chain.push_back(std::move(*next));
        at = &walk.chain.back();
    }
    return walk;
}

const Directory& holder(const Directory& root, const Walk& walk) {
    return walk.chain.empty() ? root : walk.chain.back();
}

}  // namespace

std::vector<StaleFile> Site::check(const SiteContent& files, const Date& as_of) const {
    if (auto collision = layout_collision(files)) {
        throw SiteError(dir_, *collision);
    }
    std::vector<StaleFile> stale;
    SiteManifest next{manifest_version, as_of, true, {}, {}};
    try {
        for (const auto& [path, bytes] : files) {
            const std::string sha256 = sha256_hex(bytes);
            next.files.push_back({path, sha256});
            if (!root_.is_open()) {
                stale.push_back({shown(path), "missing"});
                continue;
            }
            const Walk walk = walk_to(root_, path);
            if (walk.blocked) {
                stale.push_back(
                    {shown(path),
                     fmt::format("in the way: {}: {}", shown(walk.blocked_path), *walk.blocked)});
                continue;
            }
            const EntryType type =
                walk.missing ? EntryType::none : holder(root_, walk).type_of(walk.name);
            if (type == EntryType::none) {
                stale.push_back({shown(path), "missing"});
            } else if (type != EntryType::regular) {
                stale.push_back({shown(path), type == EntryType::directory
                                                  ? "in the way: a directory, where the site "
                                                    "has a file"
                                                  : "in the way: not a regular file"});
            } else if (const auto on_disk = read_file(holder(root_, walk), walk.name, shown(path));
                       !on_disk) {
                stale.push_back({shown(path), "in the way: not a regular file"});
            } else if (on_disk->sha256 != sha256) {
                stale.push_back({shown(path), "differs"});
            }
        }
        if (manifest_) {
            for (const auto& entry : manifest_->files) {
                if (files.count(entry.path) > 0 || !root_.is_open()) {
                    continue;
                }
                const Walk walk = walk_to(root_, entry.path);
                if (!walk.blocked && !walk.missing &&
                    holder(root_, walk).type_of(walk.name) == EntryType::regular) {
                    stale.push_back({shown(entry.path), "no longer generated"});
                }
            }
        }
    } catch (const DirectoryError& e) {
        throw SiteError(dir_, e.message());
    }
    const std::string manifest_path = shown(std::string(manifest_name));
    if (!manifest_) {
        stale.push_back({manifest_path, "missing"});
    } else if (!manifest_->complete) {
        stale.push_back({manifest_path, "unfinished: a run was cut short"});
    } else if (manifest_text_ != manifest_json(next)) {
        stale.push_back({manifest_path, "differs"});
    }
    return stale;
}

namespace {

// Refuses a directory of the site that is a plan's directory the run reads, or holds one.
void refuse_guarded(const Guard& guard, const Directory& dir, const std::string& shown_path) {
    const FileIdentity id = dir.identity();
    if (auto it = guard.plan_directories.find(id); it != guard.plan_directories.end()) {
        throw SiteError(shown_path, fmt::format("the plan directory '{}' this run reads; publish "
                                                "writes only outside the plans: publish to a "
                                                "directory of its own",
                                                it->second));
    }
    if (auto it = guard.above_plans.find(id); it != guard.above_plans.end()) {
        throw SiteError(shown_path, fmt::format("holds the plan directory '{}' this run reads; "
                                                "publish writes only outside the plans: "
                                                "publish to a directory of its own",
                                                it->second));
    }
}

}  // namespace

// What a run writes, replaces and removes, decided before the first write.
struct Site::Changes {
    Guard guard;
    std::vector<std::string> writes;       // new or replaced files, by site path
    std::vector<ManifestEntry> removals;   // with the hash that makes them publish's
    std::vector<ManifestEntry> replacing;  // every file on disk written over or removed
    SiteManifest final_manifest;
    std::size_t unchanged = 0;
    bool any() const { return !writes.empty() || !removals.empty(); }
};

Site::Changes Site::plan_changes(const SiteContent& files, const Date& as_of,
                                 const RunInputs& inputs) const {
    for (const auto& [path, bytes] : files) {
        if (!is_generated_path(path)) {
            throw SiteError(shown(path), "not a path of the site's layout");
        }
    }
    if (auto collision = layout_collision(files)) {
        throw SiteError(dir_, *collision);
    }
    if (!parent_.is_open()) {
        throw SiteError(dir_, "cannot create the directory: its parent does not exist");
    }
    Changes changes;
    changes.guard = guard_of(inputs);
    changes.final_manifest = SiteManifest{manifest_version, as_of, true, {}, {}};
    const Guard& guard = changes.guard;
    const Ownership owned = ownership_of(manifest_);

    // DIR (or, when it is new, the directory that will hold it) and every directory above
    // it: none may be a plan's directory; nor may DIR hold one.
    const Directory& base = root_.is_open() ? root_ : parent_;
    for (const FileIdentity& id : chain_up(base)) {
        if (auto it = guard.plan_directories.find(id); it != guard.plan_directories.end()) {
            throw SiteError(dir_, fmt::format("inside the plan directory '{}' this run reads; "
                                              "publish writes only outside the plans: publish "
                                              "to a directory of its own",
                                              it->second));
        }
    }
    if (root_.is_open()) {
        refuse_guarded(guard, root_, dir_);
    }

    for (const auto& [path, bytes] : files) {
        const std::string sha256 = sha256_hex(bytes);
        changes.final_manifest.files.push_back({path, sha256});
        if (!root_.is_open()) {
            changes.writes.push_back(path);
            continue;
        }
        const Walk walk = walk_to(root_, path);
        if (walk.blocked) {
            throw SiteError(shown(walk.blocked_path), *walk.blocked);
        }
        for (const Directory& dir : walk.chain) {
            refuse_guarded(guard, dir, shown(path));
        }
        const Directory& dir = holder(root_, walk);
        const EntryType type = walk.missing ? EntryType::none : dir.type_of(walk.name);
        if (type == EntryType::none) {
            changes.writes.push_back(path);
            continue;
        }
        if (type == EntryType::directory) {
            throw SiteError(shown(path), "a directory, where the site has a file");
        }
        const auto on_disk = type == EntryType::regular ? read_file(dir, walk.name, shown(path))
                                                        : std::optional<FileOnDisk>();
        if (on_disk && guard.input_files.count(on_disk->identity) > 0) {
            throw SiteError(shown(path),
                            "a file this run reads as input (a link to it); publish never "
                            "writes one");
        }
        const bool ours =
            on_disk && (owned.owns(path, on_disk->sha256) ||
                        (owned.unhashed.count(path) > 0 && on_disk->sha256 == sha256));
        if (!ours) {
            throw SiteError(shown(path), why_foreign(owned, path));
        }
        if (on_disk->sha256 == sha256) {
            ++changes.unchanged;
        } else {
            changes.writes.push_back(path);
            changes.replacing.push_back({path, on_disk->sha256});
        }
    }
    // Files an earlier run generated and this one does not: removed when they still hold what
    // publish wrote, left alone otherwise.
    if (!manifest_ || !root_.is_open()) {
        return changes;
    }
    std::set<std::string> listed;
    for (const auto* list : {&manifest_->files, &manifest_->replacing}) {
        for (const auto& entry : *list) {
            if (files.count(entry.path) > 0 || !listed.insert(entry.path).second) {
                continue;
            }
            const Walk walk = walk_to(root_, entry.path);
            if (walk.blocked || walk.missing) {
                continue;
            }
            const auto on_disk = read_file(holder(root_, walk), walk.name, shown(entry.path));
            if (on_disk && owned.owns(entry.path, on_disk->sha256) &&
                guard.input_files.count(on_disk->identity) == 0) {
                changes.removals.push_back({entry.path, on_disk->sha256});
                changes.replacing.push_back({entry.path, on_disk->sha256});
            }
        }
    }
    std::sort(changes.replacing.begin(), changes.replacing.end(),
              [](const auto& a, const auto& b) { return a.path < b.path; });
    return changes;
}

// Removes a file of the site if it still has the hash that made it publish's, then the
// directories it leaves empty, deepest first (never the site's root). True when removed.
bool Site::remove_owned(const ManifestEntry& entry) const {
    const Walk walk = walk_to(root_, entry.path);
    if (walk.blocked || walk.missing) {
        return false;
    }
    const Directory& dir = holder(root_, walk);
    const auto on_disk = read_file(dir, walk.name, shown(entry.path));
    if (!on_disk || on_disk->sha256 != entry.sha256 || !dir.remove_file(walk.name)) {
        return false;
    }
    const auto parts = segments_of(entry.path);
    for (std::size_t i = walk.chain.size(); i-- > 0;) {
        const Directory& above = i == 0 ? root_ : walk.chain[i - 1];
        if (!above.remove_empty_directory(parts[i])) {
            break;
        }
    }
    return true;
}

PublishResult Site::publish(const SiteContent& files, const Date& as_of, const RunInputs& inputs,
                            const PublishHooks& hooks) {
    // Every refusal before the first write: a refused run changes nothing.
    Changes changes;
    try {
        changes = plan_changes(files, as_of, inputs);
    } catch (const DirectoryError& e) {
        throw SiteError(dir_, e.message());
    }
    PublishResult result;
    result.unchanged = changes.unchanged;
    result.completed_cut_short = manifest_ && !manifest_->complete;
    const std::string final_text = manifest_json(changes.final_manifest);
    if (!changes.any() && manifest_text_ == final_text) {
        return result;
    }
    if (hooks.after_checks) {
        hooks.after_checks();
    }

    // The intent record first: what is about to be written, and what it replaces.
    const std::string manifest_path = shown(std::string(manifest_name));
    try {
        if (!root_.is_open()) {
            root_ = parent_.make_directory(name_);
        }
        if (changes.any()) {
            SiteManifest intent = changes.final_manifest;
            intent.complete = false;
            intent.replacing = changes.replacing;
            root_.write_file(std::string(manifest_name), manifest_json(intent));
        }
    } catch (const DirectoryError& e) {
        throw SiteError(root_.is_open() ? manifest_path : dir_, e.message());
    }
    std::string current = manifest_path;
    try {
        for (const auto& path : changes.writes) {
            current = shown(path);
            const auto parts = segments_of(path);
            std::vector<Directory> chain;
            for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
                const Directory& at = chain.empty() ? root_ : chain.back();
                chain.push_back(at.make_directory(parts[i]));
                refuse_guarded(changes.guard, chain.back(), current);
            }
            if (hooks.before_write) {
                hooks.before_write(path);
            }
            (chain.empty() ? root_ : chain.back()).write_file(parts.back(), files.at(path));
            ++result.written;
        }
        for (const auto& removal : changes.removals) {
            current = shown(removal.path);
            if (remove_owned(removal)) {
                ++result.removed;
            }
        }
        current = manifest_path;
        if (changes.any() || manifest_text_ != final_text) {
            root_.write_file(std::string(manifest_name), final_text);
        }
    } catch (const DirectoryError& e) {
        throw SiteError(current, e.message(), result.written, changes.any());
    } catch (const SiteError& e) {
        throw SiteError(e.path(), e.reason(), result.written, changes.any());
    }
    manifest_ = std::move(changes.final_manifest);
    manifest_text_ = final_text;
    return result;
}

}  // namespace iwg::publish
