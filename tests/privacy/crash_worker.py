"""Helper for test_crash_safety.py: journal operations that the test kills with SIGKILL at random moments.

It starts once per lane, imports the app, and then serves: for each JSON line on stdin
    {"dir": ..., "op": "passphrase" | "backup", "current": ..., "other": ...}
(passphrases on stdin, never in the process list) it forks a child that opens the journal, prints
"ready <pid>", and loops forever: changing the passphrase back and forth between the two, or making backups,
printing "done <seconds> <index of the passphrase now in use>" after each. The test kills that child; the
server reaps it, prints "reaped <status>" and waits for the next line. Forking from an already-imported
process keeps each trial cheap (no interpreter start, no imports), while the work that gets killed is the
app's own code in its own process."""

from __future__ import annotations

import json
import os
import sys
import time
import traceback


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def _loop(cfg: dict) -> None:
    from journal_app.services import backup, security
    from journal_app.services.journal import Journal

    keys = [cfg["current"], cfg["other"]]
    now = 0
    journal = Journal.open(cfg["dir"], passphrase=keys[now])
    _say(f"ready {os.getpid()}")
    while True:
        started = time.perf_counter()
        if cfg["op"] == "passphrase":
            security.change_passphrase(journal, keys[1 - now])
            now = 1 - now
        else:
            backup.make_backup(journal)
        _say(f"done {time.perf_counter() - started:.4f} {now}")


def main() -> None:
    import journal_app.services.backup
    import journal_app.services.security  # noqa: F401

    _say("serving")
    for line in sys.stdin:
        cfg = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                _loop(cfg)
            except BaseException:
                traceback.print_exc()
                _say("failed")
            finally:
                os._exit(1)
        _pid, status = os.waitpid(pid, 0)
        _say(f"reaped {status}")


if __name__ == "__main__":
    main()
