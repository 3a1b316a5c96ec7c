#!/usr/bin/env bash
# CI: the standalone Linux bundle (packaging/build-linux.sh) passes the same smoke test as the wheel
# (.ci/wheel_smoke.sh), run from its tarball unpacked outside the repository, with NO Python on PATH: a clean
# environment (env -i) whose PATH is a folder holding only the few tools the checks use. It checks: the
# bundle carries every resource file unchanged, the guidance articles load and are suggested, the crisis page
# prints, an entry is added, the window opens offscreen, the desktop entry installs and starts the bundle, and
# a summary PDF is exported; and, where a private mount namespace can hide the system's fonts, that the summary
# PDF still carries text (the bundle's fonts fallback). Prints the bundle's size and its start times.
#   .ci/bundle_smoke.sh         (builds with .venv/bin/python; installs the 'bundle' extra into it if needed)
#   PYTHON=python3 .ci/bundle_smoke.sh
#   BUNDLE_TARBALL=dist/journal-app-0.1.0-linux-x86_64.tar.gz .ci/bundle_smoke.sh   (test a tarball built before)
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$REPO/.venv/bin/python}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
case "$WORK" in "$REPO"/*) echo "the smoke test must run outside the checkout, not in $WORK" >&2; exit 1 ;; esac
say() { printf '\n== %s\n' "$*"; }
fail() { printf 'bundle smoke test FAILED: %s\n' "$*" >&2; exit 1; }

TARBALL="${BUNDLE_TARBALL:-}"
if [ -z "$TARBALL" ]; then
    say "building the bundle (packaging/build-linux.sh)"
    "$PY" -c 'import PyInstaller' 2>/dev/null || "$PY" -m pip install -q --disable-pip-version-check -e "$REPO[bundle]"
    BUILD_START=$(date +%s)
    "$REPO/packaging/build-linux.sh" >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log" >&2; fail "the build did not finish"; }
    tail -2 "$WORK/build.log"
    echo "built in $(( $(date +%s) - BUILD_START )) s"
    TARBALL="$(ls "$REPO"/dist/journal-app-*-linux-*.tar.gz)"
fi
[ -f "$TARBALL" ] || fail "no tarball at $TARBALL"

say "unpacking $(basename "$TARBALL") outside the repository"
mkdir "$WORK/opt"
tar -C "$WORK/opt" -xzf "$TARBALL"
BUNDLE="$(ls -d "$WORK"/opt/journal-app-*)"
APP="$BUNDLE/journal-app"
[ -x "$APP" ] || fail "the tarball holds no journal-app program"
# every resource file is in the bundle, unchanged
missing=0
while IFS= read -r file; do
    cmp -s "$REPO/journal_app/$file" "$BUNDLE/_internal/journal_app/$file" || { echo "missing or changed: $file" >&2; missing=1; }
done < <(cd "$REPO/journal_app" && find resources store/migrations -type f ! -path '*/__pycache__/*' ! -name '*.pyc')
[ "$missing" = 0 ] || fail "the bundle lacks resource files (above)"
ARTICLES=$(find "$REPO/journal_app/resources/guidance" -maxdepth 1 -name '*.md' | wc -l)
echo "all resource files are in the bundle ($ARTICLES guidance articles); folder $(du -sm "$BUNDLE" | cut -f1) MB," \
     "tarball $(( $(stat -c %s "$TARBALL") / 1048576 )) MB"

say "a clean environment with no Python: only these tools on PATH"
mkdir "$WORK/tools" "$WORK/home" "$WORK/run"
for tool in bash cat cmp date grep head mkdir sed sleep stat timeout wc; do
    ln -s "$(command -v "$tool")" "$WORK/tools/$tool"
done
ls "$WORK/tools" | tr '\n' ' '; echo
cat >"$WORK/checks.sh" <<'CHECKS'
set -euo pipefail
fail() { printf 'bundle smoke test FAILED: %s\n' "$*" >&2; exit 1; }
for python in python3 python python3.11 python3.12 python3.13; do
    if command -v "$python" >/dev/null; then fail "$python is on PATH: the bundle must work without it"; fi
done
echo "no python on PATH ($PATH)"
cd "$HOME/../run"
START=$(date +%s%N)
V0=$(date +%s%N); "$APP" --version; V1=$(date +%s%N)
echo "journal-app --version: $(( (V1 - V0) / 1000000 )) ms"

"$APP" guidance --for "he didn't text back and I panicked" >guidance.txt
grep -q "abandonment-fear" guidance.txt || { cat guidance.txt; fail "guidance suggested nothing for a quiet phone"; }
"$APP" guidance --for "I pulled away when she got close" --json >guidance.json
grep -q '"id": "withdrawal"' guidance.json || { cat guidance.json; fail "guidance suggested nothing for pulling away"; }
echo "journal-app guidance --for ... suggests the articles (abandonment-fear, withdrawal)"

"$APP" crisis --country GB >crisis.txt
grep -q "999" crisis.txt || fail "the crisis page has no UK emergency number"
grep -q "You matter, and you don't have to get through this alone." crisis.txt \
    || fail "the crisis page's words (resources/crisis.md) were not read"
echo "journal-app crisis --country GB prints $(wc -l <crisis.txt) lines"

"$APP" init --no-passphrase
ID=$("$APP" add --title "Smoke" --trigger abandonment-fear:6 --share "Sam didn't text back and I checked my phone again.")
"$APP" list | grep -q "Smoke" || fail "the entry added ($ID) is not listed"
echo "entry $ID added and listed (SQLCipher from the bundle)"

source "$SMOKE_LIB"  # window_opens: .ci/window_opens.sh, copied beside this script
window_opens "$JOURNAL_APP_DATA_DIR" window.log || fail "the window did not open the journal and quit cleanly"
if grep -qi "cannot find font\|no fonts\|font directory" window.log; then cat window.log; fail "Qt found no fonts"; fi
echo "window opened the journal offscreen and closed it on SIGTERM"
(export JOURNAL_APP_BUNDLED_FONTS=1; window_opens "$JOURNAL_APP_DATA_DIR" fonts.log) \
    || fail "the window did not open the journal with the bundled fonts alone"
echo "and with the bundle's fonts fallback"

"$APP" --install-desktop-entry >/dev/null
grep -qx "Exec=$APP" "$XDG_DATA_HOME/applications/journal-app.desktop" || fail "the desktop entry does not start the bundle"
[ -s "$XDG_DATA_HOME/icons/hicolor/scalable/apps/journal-app.svg" ] || fail "the desktop entry's icon was not installed"
echo "journal-app --install-desktop-entry put the bundle and its icon in the (temporary) applications menu"

"$APP" export "$PWD/summary.pdf"
SIZE=$(stat -c %s summary.pdf)
[ "$(head -c 5 summary.pdf)" = "%PDF-" ] || fail "summary.pdf is not a PDF"
[ "$SIZE" -gt 2000 ] || fail "summary.pdf is only $SIZE bytes"
echo "summary PDF exported: $SIZE bytes"
ELAPSED_MS=$(( ($(date +%s%N) - START) / 1000000 ))
printf '\nthe smoke checks passed in %d.%01d s\n' $((ELAPSED_MS / 1000)) $((ELAPSED_MS % 1000 / 100))
CHECKS
cp "$REPO/.ci/window_opens.sh" "$WORK/window_opens.sh"
env -i PATH="$WORK/tools" HOME="$WORK/home" APP="$APP" QT_QPA_PLATFORM=offscreen SMOKE_LIB="$WORK/window_opens.sh" \
    JOURNAL_APP_DATA_DIR="$WORK/data/journal" XDG_DATA_HOME="$WORK/home/.local/share" \
    "$WORK/tools/bash" "$WORK/checks.sh"

say "a system with no fonts at all: the bundle's fallback draws the text"
# In a private mount namespace (where the kernel allows one without root) the system's fonts and fontconfig
# files are hidden; the summary PDF must still carry text in DejaVu (packaging/rthook_fonts.py), and without
# the fallback (FONTCONFIG_FILE set, so the hook stays out) it carries none, which shows the check can fail.
if unshare -rm true 2>/dev/null; then
    ln -s "$(command -v mount)" "$WORK/tools/mount"
    cat >"$WORK/nofonts.sh" <<'NOFONTS'
set -euo pipefail
for folder in /usr/share/fonts /usr/local/share/fonts /etc/fonts "$HOME/.fonts" "$HOME/.local/share/fonts"; do
    if [ -d "$folder" ]; then mount -t tmpfs none "$folder"; fi
done
cd "$HOME/../run"
"$APP" export "$PWD/nofonts.pdf" >/dev/null 2>nofonts.log || { cat nofonts.log; exit 1; }
grep -aq "/BaseFont /DejaVuSans" nofonts.pdf || { echo "the summary PDF has no DejaVu text" >&2; exit 1; }
FONTCONFIG_FILE=/nonexistent/fonts.conf "$APP" export "$PWD/unfonted.pdf" >/dev/null 2>&1 || true
if grep -aq "/BaseFont" unfonted.pdf 2>/dev/null; then echo "fonts were found without the fallback: nothing was tested" >&2; exit 1; fi
echo "with no system fonts the summary PDF's text is in the bundle's DejaVu (and without the fallback it has no text)"
NOFONTS
    env -i PATH="$WORK/tools" HOME="$WORK/home" APP="$APP" QT_QPA_PLATFORM=offscreen \
        JOURNAL_APP_DATA_DIR="$WORK/data/journal" XDG_CACHE_HOME="$WORK/home/.cache" \
        "$(command -v unshare)" -rm "$WORK/tools/bash" "$WORK/nofonts.sh" || fail "with no system fonts, the bundle drew no text"
else
    echo "skipped: this kernel gives no user namespaces (unshare -rm), so the system's fonts cannot be hidden here"
fi
printf '\nbundle smoke test passed: %s (folder %s MB, tarball %s MB)\n' "$(basename "$TARBALL")" \
    "$(du -sm "$BUNDLE" | cut -f1)" "$(( $(stat -c %s "$TARBALL") / 1048576 ))"
