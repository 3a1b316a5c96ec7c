#!/usr/bin/env bash
# The standalone Linux bundle: a one-folder PyInstaller build of the app and its tarball.
#   packaging/build-linux.sh                  (uses .venv/bin/python, which needs the 'bundle' extra:
#                                              .venv/bin/pip install -e '.[bundle]')
#   PYTHON=/path/to/python packaging/build-linux.sh
# Makes dist/journal-app/ (run dist/journal-app/journal-app: the window, or any CLI command) and
# dist/journal-app-<version>-linux-x86_64.tar.gz. Fails when a resource of journal_app/resources is missing
# from the bundle. Build work files go to build/bundle/.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$REPO/.venv/bin/python}"
cd "$REPO"
fail() { printf 'bundle build FAILED: %s\n' "$*" >&2; exit 1; }

command -v objdump >/dev/null || fail "PyInstaller needs binutils (objdump, readelf): sudo apt-get install binutils"
"$PY" -c 'import PyInstaller' 2>/dev/null || fail "PyInstaller is not installed for $PY: pip install -e '.[bundle]'"
VERSION="$("$PY" -c 'import journal_app; print(journal_app.__version__)')"
ARCH="$(uname -m)"
NAME="journal-app-$VERSION-linux-$ARCH"
DIST="$REPO/dist"
OUT="$DIST/journal-app"

rm -rf "$OUT" "$DIST/$NAME.tar.gz"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$REPO/build/bundle" \
    "$REPO/packaging/journal-app.spec"

# every file of journal_app/resources, and every migration script, is in the bundle
INTERNAL="$OUT/_internal"
missing=0
while IFS= read -r file; do
    [ -f "$INTERNAL/journal_app/$file" ] || { echo "missing from the bundle: journal_app/$file" >&2; missing=1; }
done < <(cd "$REPO/journal_app" && find resources store/migrations -type f ! -path '*/__pycache__/*' ! -name '*.pyc')
[ "$missing" = 0 ] || fail "the bundle lacks resource files (see above)"
for plugin in platforms/libqoffscreen.so platforms/libqxcb.so imageformats/libqsvg.so iconengines/libqsvgicon.so; do
    [ -f "$INTERNAL/PySide6/Qt/plugins/$plugin" ] || fail "the bundle lacks Qt's plugin $plugin"
done
ls "$INTERNAL"/sqlcipher3/_sqlite3*.so >/dev/null 2>&1 || fail "the bundle lacks SQLCipher (sqlcipher3/_sqlite3*.so)"
[ -f "$INTERNAL/fonts/ttf/DejaVuSans.ttf" ] || fail "the bundle lacks its fallback fonts"
[ -d "$INTERNAL/matplotlib/mpl-data" ] || fail "the bundle lacks matplotlib's data"

# every library in the bundle finds what it needs: in the bundle, or from the base system (libc, libGL...); none
# needs a library the spec dropped (DROPPED_LIBS in journal-app.spec)
find "$INTERNAL" -name '*.so*' \( -type f -o -type l \) -printf '%f\n' | sort -u >"$REPO/build/bundle/have"
find "$INTERNAL" -name '*.so*' -type f -exec readelf -d {} + 2>/dev/null | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' \
    | sort -u | comm -23 - "$REPO/build/bundle/have" >"$REPO/build/bundle/from-system"
if grep -E '^lib(atk-1\.0|cairo|cairo-gobject|gdk_pixbuf-2\.0|pango|pangocairo|pangoft2|pixman-1|thai|datrie|fribidi|graphite2|harfbuzz|Qt6EglFS)' \
        "$REPO/build/bundle/from-system"; then
    fail "a library in the bundle needs one the spec dropped (above)"
fi
echo "taken from the system: $(tr '\n' ' ' <"$REPO/build/bundle/from-system")"

tar -C "$DIST" --transform "s|^journal-app|$NAME|" -czf "$DIST/$NAME.tar.gz" journal-app
printf 'bundle: %s (%s MB), tarball: %s (%s MB)\n' "$OUT" "$(du -sm "$OUT" | cut -f1)" \
    "$DIST/$NAME.tar.gz" "$(( $(stat -c %s "$DIST/$NAME.tar.gz") / 1048576 ))"
