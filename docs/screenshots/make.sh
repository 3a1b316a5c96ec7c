#!/usr/bin/env bash
# Re-make the README screenshots: a demo journal with a dozen varied entries, shown in a real X window.
#   docs/screenshots/make.sh [PYTHON]     (needs xvfb, xdotool, scrot: apt-get install xvfb xdotool scrot)
set -euo pipefail
cd "$(dirname "$0")/../.."
py=${1:-.venv/bin/python}
out=docs/screenshots
demo=$(mktemp -d)/journal
passphrase="lantern-orbit-pickle-umbrella"
config=$(mktemp -d)  # the app's settings for these shots only (theme, onboarding seen, …)
export XDG_CONFIG_HOME=$config
set_theme() { mkdir -p "$config/journal-app"; printf '[display]\ntheme=%s\n' "$1" >"$config/journal-app/settings.conf"; }
JOURNAL_APP_PASSPHRASE=$passphrase "$py" bench/demo_journal.py "$demo"

fifo=$(mktemp -u); mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$fifo" 2>/dev/null &
xpid=$!
read -r num <"$fifo"; rm -f "$fifo"
export DISPLAY=:$num QT_QPA_PLATFORM=xcb
apid=""
cleanup() { [ -n "$apid" ] && kill "$apid" 2>/dev/null; kill "$xpid" 2>/dev/null || true; }
trap cleanup EXIT

start_app() {
  local dir=${1:-$demo}
  "$py" -m journal_app --data-dir "$dir" >/tmp/journal-shot.log 2>&1 &
  apid=$!
  for _ in $(seq 1 100); do xdotool search --onlyvisible --pid "$apid" >/dev/null 2>&1 && break; sleep 0.1; done
  sleep 1.5
  win=$(xdotool search --onlyvisible --pid "$apid" | tail -1)
  xdotool windowactivate --sync "$win" 2>/dev/null || true
  sleep 0.5
}
stop_app() {  # quit as a person would (Ctrl+Q saves first), then make sure it is gone
  xdotool key ctrl+q 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$apid" 2>/dev/null || break; sleep 0.1; done
  kill "$apid" 2>/dev/null || true; wait "$apid" 2>/dev/null || true; apid=""
}
grab() { sleep 0.8; scrot --overwrite "$out/$1"; echo "$out/$1"; }

unlock() {
  xdotool type --delay 10 "$passphrase"
  xdotool key Return
  for _ in $(seq 1 50); do sleep 0.2; [ "$(xdotool search --onlyvisible --pid "$apid" | wc -l)" = 1 ] && break; done
  sleep 1
  win=$(xdotool search --onlyvisible --pid "$apid" | tail -1)
  xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800 windowactivate --sync "$win" 2>/dev/null || true
  sleep 0.5
}

start_app "$(mktemp -d)/new-journal"      # first run: the welcome
xdotool type --delay 10 "$passphrase"
grab_window() { sleep 0.8; w=$(xdotool search --onlyvisible --pid "$apid" | tail -1); eval "$(xdotool getwindowgeometry --shell "$w")"; scrot --overwrite -a "$X,$Y,$WIDTH,$HEIGHT" "$out/$1"; echo "$out/$1"; }
grab_window welcome.png
stop_app

start_app
grab_window unlock.png
unlock
xdotool mousemove 150 260 click 1          # open the third entry in the list
grab main-window.png
xdotool key ctrl+n
sleep 0.3
xdotool type --delay 20 "She said she needed space tonight. My stomach dropped."
xdotool mousemove 400 557 click 1          # tick the first trigger
xdotool mousemove 548 557 click 1 key ctrl+a type 7   # and rate it
xdotool mousemove 618 555 click 1          # what I did: sought reassurance
grab new-entry.png
stop_app

start_app
unlock
xdotool mousemove 190 64 click 1
xdotool type --delay 30 "called"
sleep 0.6
xdotool mousemove 150 150 click 1
grab search.png
stop_app

start_app
unlock
xdotool mousemove 348 33 click 1           # the Patterns view
sleep 2
grab patterns.png
stop_app

# the dashboard on a realistic year of entries (plain journal: no unlock)
year=$(mktemp -d)/year
"$py" -c 'import sys; sys.path.insert(0, "."); from pathlib import Path; from tests.builders import realistic_journal; realistic_journal(Path(sys.argv[1]), days=365)' "$year"
start_app "$year"
win=$(xdotool search --onlyvisible --pid "$apid" | tail -1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800
xdotool mousemove 800 400 click 1; sleep 0.3   # focus (no window manager: keys go under the pointer)
xdotool key ctrl+shift+p; sleep 2
xdotool key Down Down; sleep 2               # Last 12 months
grab patterns-year.png
xdotool key Tab Tab Tab Tab Right Right; sleep 2   # the "What I did" tab
grab patterns-what-i-did.png
stop_app

# guidance: the panel beside a new entry with a trigger ticked, and the library (F1)
start_app "$year"
win=$(xdotool search --onlyvisible --pid "$apid" | tail -1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800; sleep 0.5
xdotool mousemove 40 33 click 1; sleep 0.8    # New entry
xdotool mousemove 700 300 click 1; sleep 0.3
xdotool type --delay 15 "He didn't text back all evening. I kept checking my phone and felt like he was going to leave me."
xdotool mousemove 379 557 click 1; sleep 1.2  # tick Abandonment fear
grab guidance-panel.png
xdotool key F1; sleep 1.5
grab guidance-library.png
stop_app

# the crisis page from the Help menu (Alt+H, C), for the country of an en_GB locale
LANG=en_GB.UTF-8 start_app "$year"
xdotool mousemove 800 400 click 1; sleep 0.3
xdotool key alt+h c; sleep 1
grab_window crisis.png
stop_app

# first run, after the welcome: getting started (which triggers to track), then the people page
start_app "$(mktemp -d)/first-run"
xdotool type --delay 10 "$passphrase"; xdotool key Tab; xdotool type --delay 10 "$passphrase"; xdotool key Return
sleep 4
grab_window onboarding.png
xdotool key alt+n; sleep 0.6
grab_window onboarding-people.png
kill "$apid" 2>/dev/null; wait "$apid" 2>/dev/null; apid=""

# the calendar, quick capture and settings on the realistic year, in the light theme
# (without a window manager the keys go to the window under the pointer: a click first gives it the focus)
set_theme light
start_app "$year"
win=$(xdotool search --onlyvisible --pid "$apid" | tail -1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800; sleep 0.5
xdotool mousemove 800 400 click 1; sleep 0.3
xdotool key ctrl+shift+c; sleep 1.2
grab calendar.png
xdotool mousemove 150 250 click 1; sleep 0.5     # open an entry, then jot a moment beside it
xdotool key ctrl+shift+n; sleep 0.8
xdotool type --delay 15 "Sam went quiet after dinner and I felt it in my stomach."
xdotool key Tab; xdotool type --delay 15 "I wanted to ask if we were okay, and I waited instead."
grab quick-capture.png
kill "$apid" 2>/dev/null; wait "$apid" 2>/dev/null; apid=""

start_app "$year"
win=$(xdotool search --onlyvisible --pid "$apid" | tail -1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800; sleep 0.5
xdotool mousemove 800 400 click 1; sleep 0.3
xdotool key ctrl+comma; sleep 1
grab settings.png
xdotool key Escape; sleep 0.3
stop_app

# the main window in the dark theme, an entry open
set_theme dark
start_app "$year"
win=$(xdotool search --onlyvisible --pid "$apid" | tail -1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800; sleep 0.5
xdotool mousemove 150 440 click 1; sleep 1
grab main-window-dark.png
stop_app
set_theme system
