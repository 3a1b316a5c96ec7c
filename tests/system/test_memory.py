"""Issue 17 (flat memory): the window limits glibc's malloc to one arena before any worker thread starts, so
memory freed by one worker is reused by the next instead of each thread keeping its own high-water mark."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from journal_app.system import memory

pytestmark = pytest.mark.skipif(memory._libc() is None, reason="glibc's malloc only")

# threads that each allocate and free big blocks of their own; glibc's malloc_stats() then lists its arenas
_SCRIPT = """
import sys, threading, ctypes
from journal_app.system import memory
if sys.argv[1] == "one":
    assert memory.one_arena()
def work():
    for _ in range(50):
        blocks = [bytearray(64 * 1024) for _ in range(20)]
        del blocks
threads = [threading.Thread(target=work) for _ in range(6)]
for t in threads: t.start()
for t in threads: t.join()
ctypes.CDLL("libc.so.6").malloc_stats()
"""


def _arenas(how: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, how], env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    return sum(line.startswith("Arena ") for line in done.stderr.splitlines())


def test_one_arena_for_every_thread():
    assert _arenas("default") > 1  # glibc on its own gives the threads arenas of their own
    assert _arenas("one") == 1


def test_the_environment_wins(monkeypatch):
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert memory.one_arena() is False


def test_the_window_sets_it_before_anything_else():
    import inspect

    from journal_app import app

    source = inspect.getsource(app.run)
    assert source.index("memory.one_arena()") < source.index("_run(data_dir)")
