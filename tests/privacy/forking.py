"""The parent side of the crash tests' helper processes (crash_worker.py, save_worker.py): a process that
forks one child per trial and reports when the child is reaped; the test kills the child at a random moment."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class ForkingWorker:
    def __init__(self, script: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            encoding="utf-8", cwd=str(ROOT),
        )
        assert self.proc.stdout.readline().strip() == "serving"

    def start(self, cfg: dict) -> int:
        """Fork a child doing `cfg`'s work; returns its pid once it is ready."""
        self.proc.stdin.write(json.dumps(cfg) + "\n")
        self.proc.stdin.flush()
        parts = self.proc.stdout.readline().split()
        assert parts and parts[0] == "ready", f"the child did not start: {parts}"
        return int(parts[1])

    def kill(self, pid: int) -> list[str]:
        """SIGKILL the child; returns what it printed after 'ready'."""
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:  # it already died: the lines below say why
            pass
        lines = []
        while True:
            line = self.proc.stdout.readline()
            assert line, "the helper went away"
            # A child killed halfway through printing leaves a line without its newline, and the helper's
            # "reaped" follows on the same line: that unfinished line was never said, so it is dropped
            # (waiting for a "reaped" line of its own would wait forever).
            _unfinished, found, status = line.partition("reaped ")
            if found:
                status = int(status.split()[0])
                assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, lines
                return lines
            lines.append(line.strip())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()
