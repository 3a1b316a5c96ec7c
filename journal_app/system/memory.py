"""The window's memory allocator (issue 17, flat memory). Qt-free; does something only with glibc's malloc (Linux).

glibc gives a thread that allocates while another holds the main arena an arena of its own (up to eight per core),
and memory freed in one arena is reused only by the threads allocating from it. The window's workers (a page of
entries, a year of rollups, a chart drawn by matplotlib, the Export preview, a backup) each grew their own, so
the process kept the high-water mark of each, side by side. Measured over the benchmark's scripted session on
36,500 encrypted entries (bench/driver.py --session, peak VmHWM): 260 MB with glibc's default, 249 MB with two
arenas, 234 MB with one. The threads run Python and take turns holding its GIL, so they seldom allocate at the
same moment: sharing one arena costs no time the stall watchdog can see.

`one_arena()` is called once, first thing when the window starts (app.run), before any worker thread exists.
`MALLOC_ARENA_MAX` in the environment, if set, wins (glibc reads it itself)."""

from __future__ import annotations

import ctypes
import os
import sys

M_ARENA_MAX = -8  # glibc's malloc.h
ARENAS = 1


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        # the process's own symbols, libc's among them (ctypes.util.find_library would cost the window's start
        # ~20 ms: it imports subprocess and may run ldconfig)
        libc = ctypes.CDLL(None)
    except OSError:
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "gnu_get_libc_version") else None


def one_arena(arenas: int = ARENAS) -> bool:
    """Limit malloc to `arenas` arenas for the rest of the process; True when it was set (glibc only, and not
    when MALLOC_ARENA_MAX is set in the environment)."""
    if "MALLOC_ARENA_MAX" in os.environ:
        return False
    libc = _libc()
    if libc is None:
        return False
    return bool(libc.mallopt(M_ARENA_MAX, arenas))
