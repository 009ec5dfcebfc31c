#!/usr/bin/env bash
# Re-create the self-hosted Lao font files from the npm package they come from.
# Usage: scripts/vendor-fonts.sh   (needs npm; writes overrides/assets/fonts/)
set -euo pipefail
package="@fontsource/noto-sans-lao"
version="5.3.0"
weights=(400 700)

cd "$(dirname "$0")/.."
target="overrides/assets/fonts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$package@$version" >/dev/null && tar xzf ./*.tgz)
mkdir -p "$target"
for weight in "${weights[@]}"; do
  cp "$work/package/files/noto-sans-lao-lao-$weight-normal.woff2" "$target/"
done
cp "$work/package/LICENSE" "$target/OFL-noto-sans-lao.txt"
echo "$package@$version: ${weights[*]} -> $target"
