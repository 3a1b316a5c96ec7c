#!/usr/bin/env bash
# CI: built artefacts are tested, not the checkout. Builds the sdist and the wheel from a clean copy of the
# sources, checks the wheel carries every file of journal_app/resources, installs the wheel into a fresh venv
# outside the repository and, from a folder outside it, with a temporary data folder and Qt offscreen, checks:
# every guidance article loads, the crisis page prints, an entry is added, the window opens, the desktop entry
# installs and a summary PDF is exported. Prints the wheel's size and how long the smoke test took.
#   .ci/wheel_smoke.sh            (uses .venv/bin/python to build: the 'build' and 'setuptools' test extras)
#   PYTHON=python3 .ci/wheel_smoke.sh
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$REPO/.venv/bin/python}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
case "$WORK" in "$REPO"/*) echo "the smoke test must run outside the checkout, not in $WORK" >&2; exit 1 ;; esac
say() { printf '\n== %s\n' "$*"; }
fail() { printf 'wheel smoke test FAILED: %s\n' "$*" >&2; exit 1; }

say "building the sdist and the wheel (from a clean copy, so no stale egg-info can add files)"
mkdir "$WORK/src" "$WORK/dist"
tar -C "$REPO" -cf - --exclude=./.venv --exclude=./.git --exclude='*.egg-info' --exclude=./build --exclude=./dist \
    --exclude='__pycache__' --exclude=./.hypothesis --exclude=./tmp . | tar -C "$WORK/src" -xf -
# sdist first, then the wheel from the unpacked sdist: what the sdist forgets, the wheel lacks too
"$PY" -m build --no-isolation --outdir "$WORK/dist" "$WORK/src" >"$WORK/build.log" 2>&1 \
    || { tail -40 "$WORK/build.log" >&2; fail "the build did not finish"; }
WHEEL="$(ls "$WORK"/dist/*.whl)"
SDIST="$(ls "$WORK"/dist/*.tar.gz)"
ls -l "$WORK"/dist

say "checking the wheel and the sdist carry every resource"
(cd "$REPO/journal_app/resources" && find . -type f ! -path '*/__pycache__/*' | sed 's|^\./|journal_app/resources/|' | sort) >"$WORK/needed"
[ -s "$WORK/needed" ] || fail "journal_app/resources is empty"
"$PY" - "$WHEEL" "$SDIST" "$WORK/needed" <<'EOF'
import sys, tarfile, zipfile
wheel, sdist, needed = sys.argv[1:]
needed = open(needed).read().split()
in_wheel = set(zipfile.ZipFile(wheel).namelist())
with tarfile.open(sdist) as tar:
    in_sdist = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
for what, listing in (("wheel", in_wheel), ("sdist", in_sdist)):
    missing = [n for n in needed if n not in listing]
    if missing:
        sys.exit(f"the {what} lacks {len(missing)} resource file(s): {missing}")
print(f"all {len(needed)} resource files are in the wheel and the sdist")
EOF

say "installing the wheel into a fresh venv outside the repository"
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q --disable-pip-version-check "$WHEEL" >"$WORK/pip.log" 2>&1 \
    || { grep -v '^WARNING: Location' "$WORK/pip.log" | tail -20 >&2; fail "the wheel did not install"; }
APP="$WORK/venv/bin/journal-app"
VPY="$WORK/venv/bin/python"

say "smoke test, run from $WORK/run with a temporary data folder"
mkdir "$WORK/run" "$WORK/data"
cd "$WORK/run"
export QT_QPA_PLATFORM=offscreen JOURNAL_APP_DATA_DIR="$WORK/data/journal" HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share"
unset JOURNAL_APP_RESOURCES PYTHONPATH
mkdir -p "$HOME"
START=$(date +%s%N)

# the installed package reads its own resources, not the checkout's; every article loads, no problems
ARTICLES=$(grep -c '^journal_app/resources/guidance/[^/]*\.md$' "$WORK/needed")  # the English articles (translations sit in language folders)
"$VPY" - "$REPO" "$ARTICLES" <<'EOF'
import sys
from pathlib import Path
import journal_app
from journal_app.services.guidance import Library
from journal_app.core.paths import resources_dir
repo, articles = Path(sys.argv[1]).resolve(), int(sys.argv[2])
package = Path(journal_app.__file__).resolve()
assert repo not in package.parents, f"journal_app was imported from the checkout: {package}"
folder = resources_dir().resolve()
assert folder == package.parent / "resources", folder
library = Library.load()
assert not library.problems, library.problems
assert len(library.articles()) == articles, (len(library.articles()), articles)
for article in library.articles():
    assert article.markdown().strip(), article.id
assert "You matter" in library.crisis_markdown() and library.about_markdown().strip()
assert (folder / "help" / "guide.md").read_text(encoding="utf-8").strip()
print(f"{articles} guidance articles load from {folder}")
from journal_app.core import i18n
assert i18n.set_language("de") == "de", "German is not shipped in the wheel"
german = Library.load()
assert not german.problems and len(german.articles()) == articles, (german.problems, len(german.articles()))
assert all(a.markdown().strip() for a in german.articles()) and "TheraFocus" in german.about_markdown()
print(f"and in German: {len(german.articles())} articles")
EOF
"$APP" guidance --for "he didn't text back and I panicked" >"$WORK/guidance.txt"
grep -q "abandonment-fear" "$WORK/guidance.txt" || { cat "$WORK/guidance.txt"; fail "guidance suggested nothing for a quiet phone"; }
echo "journal-app guidance --for ... suggests: $(grep -c '^[0-9]*\. ' "$WORK/guidance.txt") article(s)"

"$APP" crisis --country GB >"$WORK/crisis.txt"
grep -q "999" "$WORK/crisis.txt" || fail "the crisis page has no UK emergency number"
grep -q "You matter, and you don't have to get through this alone." "$WORK/crisis.txt" \
    || fail "the crisis page's words (resources/crisis.md) were not read"
echo "journal-app crisis --country GB prints $(wc -l <"$WORK/crisis.txt") lines"

"$APP" init --no-passphrase
ID=$("$APP" add --title "Smoke" --trigger abandonment-fear:6 --share "Sam didn't text back and I checked my phone again.")
"$APP" list | grep -q "Smoke" || fail "the entry added ($ID) is not listed"
echo "entry $ID added and listed"

# shellcheck source=.ci/window_opens.sh
source "$REPO/.ci/window_opens.sh"
window_opens "$JOURNAL_APP_DATA_DIR" "$WORK/window.log" || fail "the window did not open the journal and quit cleanly"
echo "window opened the journal offscreen and closed it on SIGTERM"

"$APP" --install-desktop-entry >/dev/null
grep -qx "Exec=$APP" "$XDG_DATA_HOME/applications/journal-app.desktop" || fail "the desktop entry does not start this copy"
[ -s "$XDG_DATA_HOME/icons/hicolor/scalable/apps/journal-app.svg" ] || fail "the desktop entry's icon was not installed"
echo "journal-app --install-desktop-entry put the app and its icon in the (temporary) applications menu"

"$APP" export "$WORK/run/summary.pdf"
SIZE=$(stat -c %s "$WORK/run/summary.pdf")
[ "$(head -c 5 "$WORK/run/summary.pdf")" = "%PDF-" ] || fail "summary.pdf is not a PDF"
[ "$SIZE" -gt 2000 ] || fail "summary.pdf is only $SIZE bytes"
echo "summary PDF exported: $SIZE bytes"

ELAPSED_MS=$(( ($(date +%s%N) - START) / 1000000 ))
printf '\nwheel smoke test passed: wheel %s (%s KB), smoke test %d.%01d s\n' "$(basename "$WHEEL")" \
    "$(( $(stat -c %s "$WHEEL") / 1024 ))" $((ELAPSED_MS / 1000)) $((ELAPSED_MS % 1000 / 100))
