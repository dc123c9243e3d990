# Shared by scripts/try.sh and scripts/check.sh: install what is missing, then build.
# Debian 12 (bookworm), as root. Sourced, not run.
set -euo pipefail

IWG_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What the build needs, and what the tests need on top.
IWG_BUILD_PACKAGES=(g++ cmake ninja-build git ca-certificates
  libyaml-cpp-dev libcli11-dev libfmt-dev nlohmann-json3-dev libhowardhinnant-date-dev
  libexpected-dev tzdata)
IWG_TEST_PACKAGES=(catch2 python3 python3-jsonschema python3-icalendar python3-vobject python3-yaml
  python3-markdown python3-html5lib cmark-gfm chromium poppler-utils clang-format
  clang libclang-rt-14-dev zsh fish groff-base man-db dpkg-dev file)

# Installs the packages that are not installed yet; touches apt only when needed.
iwg_install() {
  local missing=()
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "iwg: these Debian packages are missing: ${missing[*]}" >&2
    echo "iwg: run this script as root, or install them with apt-get first" >&2
    exit 2
  fi
  echo "==> installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# iwg_build DIR [cmake options…]: configure (once) and build with Ninja.
iwg_build() {
  local dir=$1
  shift
  echo "==> building in ${dir#"$IWG_ROOT"/}"
  cmake -S "$IWG_ROOT" -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir"
}
