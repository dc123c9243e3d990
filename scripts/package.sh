#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, builds iwg (Release) and runs
# `cpack -G DEB`, whose dependencies dpkg-shlibdeps computes. Prints the package's path.
# Install it with its dependencies: apt install ./build/package/iwg_<version>_<arch>.deb
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

iwg_install "${IWG_BUILD_PACKAGES[@]}" dpkg-dev file
# The package installs under /usr (CPACK_PACKAGING_INSTALL_PREFIX): the binary is built for
# that prefix too, so that `iwg init` names the schema where the package puts it.
iwg_build "$IWG_ROOT/build/package" -DCMAKE_BUILD_TYPE=Release -DIWG_BUILD_TESTS=OFF \
  -DIWG_WERROR=ON -DCMAKE_INSTALL_PREFIX=/usr
cd "$IWG_ROOT/build/package"
rm -f ./*.deb
echo "==> cpack -G DEB"
cpack -G DEB >/dev/null
ls "$IWG_ROOT"/build/package/*.deb
