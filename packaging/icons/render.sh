#!/usr/bin/env bash
# Renders the app icon from its one source, assets/icon.svg, into everything the installers and the window use:
#   assets/icon-16.png ... assets/icon-1024.png   (Linux .deb/.rpm use icon-256.png)
#   assets/icon.ico                                (Windows .msi and launcher: 16-256 px)
#   assets/icon.icns                               (macOS .dmg/.app: 16-1024 px)
#   src/main/resources/dev/skillfleet/desktop/icons/icon-{16..256}.png   (the window's icon, inside the jar)
# The results are committed, so building never needs a renderer; run this again after editing icon.svg:
#   bash packaging/icons/render.sh
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg) and a JDK 17+.
# ImageMagick's built-in SVG renderer is not used: it draws the background gradient black.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "rsvg-convert is not installed. Install librsvg (Debian/Ubuntu: apt-get install librsvg2-bin;" \
       "Fedora: dnf install librsvg2-tools; macOS: brew install librsvg) and run this again." >&2
  exit 1
fi

svg=assets/icon.svg
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Each size is rendered from the vector source, not scaled down from a big bitmap, so small sizes stay sharp.
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --format png --output "$out/icon-$size.png" "$svg"
done

java=java
if [[ -n "${JAVA_HOME:-}" ]]; then java="$JAVA_HOME/bin/java"; fi
# Packs the PNGs into icon.ico and icon.icns (checks every size first; writes nothing if one is wrong).
"$java" packaging/icons/IconSet.java "$out"

# Only now, with every file made, replace the committed ones.
cp "$out"/icon-*.png "$out"/icon.ico "$out"/icon.icns assets/
resources=src/main/resources/dev/skillfleet/desktop/icons
mkdir -p "$resources"
for size in 16 24 32 48 64 128 256; do
  cp "$out/icon-$size.png" "$resources/icon-$size.png"
done
echo "Icons written to assets/ and $resources/"
