#!/usr/bin/env bash
# Sourced by .ci/wheel_smoke.sh and (inside its bare environment) .ci/bundle_smoke.sh; needs $APP, kill,
# wait, sleep and cat.

# The window opens the journal and quits cleanly on SIGTERM: started as a person would (no test switch in the
# app), it holds the journal open (SQLite's -shm file appears beside journal.db), keeps running, and on SIGTERM
# closes it (the -shm file goes) and exits 0. $1: the journal folder, $2: the log file.
window_opens() {
    local folder=$1 log=$2 pid i
    "$APP" 2>"$log" &
    pid=$!
    for ((i = 0; i < 240; i++)); do
        [ -e "$folder/journal.db-shm" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    [ -e "$folder/journal.db-shm" ] || { kill -TERM "$pid" 2>/dev/null; cat "$log"; return 1; }
    sleep 2  # the journal is on screen and its start-up work (health check, daily backup) runs
    kill -0 "$pid" 2>/dev/null || { cat "$log"; return 1; }
    kill -TERM "$pid"
    wait "$pid" || { cat "$log"; return 1; }
    [ ! -e "$folder/journal.db-shm" ] || { cat "$log"; return 1; }
}
