#!/usr/bin/env bash
# Command one: install what is missing, build iwg, and show May's agenda of the shipped plan.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

iwg_install "${IWG_BUILD_PACKAGES[@]}"
iwg_build "$IWG_ROOT/build/release" -DCMAKE_BUILD_TYPE=Release -DIWG_BUILD_TESTS=OFF
cd "$IWG_ROOT"
echo "==> build/release/iwg agenda --month may"
exec "$IWG_ROOT/build/release/iwg" agenda --month may
