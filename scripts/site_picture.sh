#!/bin/sh
# Takes docs/images/year-at-a-glance.png, the README's picture of `iwg publish`: the shipped
# plan's site as of 2024-09-02, in headless Chromium (Debian's `chromium`). Screenshots depend
# on the fonts installed, so no test compares it; take it again when the page changes.
# Usage: scripts/site_picture.sh BUILD_DIR   (from the repository's root)
set -eu
iwg="${1:?usage: scripts/site_picture.sh BUILD_DIR}/iwg"
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
"$iwg" --plan plans/2024 publish "$site/site" --as-of 2024-09-02 >/dev/null
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=860,1000 \
  --screenshot="$site/shot.png" "file://$site/site/index.html" 2>/dev/null
mv "$site/shot.png" docs/images/year-at-a-glance.png
echo "wrote docs/images/year-at-a-glance.png"
