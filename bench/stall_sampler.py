"""What the UI thread was doing during a stall: a side thread samples every thread's Python stack (read by
faulthandler) every few milliseconds into a short ring buffer; when the stall watchdog
(bench/driver.py --sample-stalls) sees a gap over THRESHOLD_MS it hands the gap's start and end here, and the
samples taken inside it are kept under the action under way. `report()` then gives, per action, the hottest
functions of the UI thread (inclusive time: a function counts once per sample it is anywhere on the stack),
its hottest whole stacks, and what the other threads ran meanwhile (a worker running Python holds the GIL,
so the UI thread waits for it even when its own stack looks idle).

A UI-thread stack whose innermost frame is the event loop itself (app.exec) means Qt was working with no
Python on the stack: painting, laying out, or waiting for the GIL. Python's garbage collector holds the GIL
for a whole collection, so the collections that ran inside a gap are listed too (ms, generation, thread). The
sampler itself takes the GIL for a moment per sample: a run with it is for finding causes, not for timing.

    sampler = StallSampler(threading.get_ident()); sampler.start()
    ... sampler.gap(started, ended, "action")   # perf_counter seconds, from the watchdog
    sampler.stop(); print(sampler.text())
"""

from __future__ import annotations

import collections
import faulthandler
import re
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INTERVAL_S = 0.002  # between two samples
KEEP_S = 30.0  # how far back the ring buffer reaches (a gap longer than that keeps only its end)
THRESHOLD_MS = 50.0  # gaps over this are sampled
DEPTH = 14  # frames kept per stack (innermost last)
TOP = 8  # lines per list in the report


def short(path: str) -> str:
    """A file's path, short: inside the project from its root, else from site-packages or the standard library."""
    for marker in (str(ROOT) + "/", "site-packages/", "/lib/python3."):
        if marker in path:
            path = path.split(marker, 1)[1]
            return "python3." + path if marker.startswith("/lib/") else path
    return path


FRAME_LINE = re.compile(r'^  File "(.*)", line (\d+) in (.*)$')


def parse_dump(text: str, depth: int = DEPTH) -> dict[int, tuple[str, ...]]:
    """faulthandler's dump of every thread: {thread id: its stack as 'path:line function', innermost last, at
    most `depth` frames}."""
    stacks: dict[int, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith(("Thread 0x", "Current thread 0x")):
            ident = int(line.split("0x", 1)[1].split(" ", 1)[0], 16)
            current = stacks.setdefault(ident, [])
            continue
        match = FRAME_LINE.match(line)
        if match and current is not None and len(current) < depth:
            current.append(f"{short(match.group(1))}:{match.group(2)} {match.group(3)}")
    return {ident: tuple(reversed(frames)) for ident, frames in stacks.items()}


def function_of(line: str) -> str:
    """'path:line function' without the line: the function, wherever in it the sample fell."""
    path, _, rest = line.partition(":")
    return f"{path} {rest.partition(' ')[2]}"


class StallSampler:
    def __init__(self, ui_thread: int, interval_s: float = INTERVAL_S, threshold_ms: float = THRESHOLD_MS) -> None:
        self.ui_thread = ui_thread
        self.interval_s = interval_s
        self.threshold_ms = threshold_ms
        # (perf_counter, {thread id: stack}) for the last KEEP_S seconds
        self.samples: collections.deque = collections.deque(maxlen=max(1, int(KEEP_S / interval_s)))
        # per action: (ms, the samples inside the gap, the threads' names then)
        self.gaps: dict[str, list[tuple[float, list[dict[int, tuple[str, ...]]], dict[int, str]]]] = {}
        self.gc_in_gaps: dict[str, list[tuple[float, int, str]]] = {}  # (ms inside the gap, generation, thread)
        # (start, end, generation, thread) of each garbage collection over 1 ms, the last KEEP_S seconds
        self.collections: collections.deque = collections.deque(maxlen=4096)
        self._collecting: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def start(self) -> StallSampler:
        import gc

        gc.callbacks.append(self._on_collection)
        self._thread.start()
        return self

    def stop(self) -> None:
        import gc

        if self._on_collection in gc.callbacks:
            gc.callbacks.remove(self._on_collection)
        self._stop.set()
        self._thread.join(1.0)

    def _on_collection(self, phase: str, info: dict) -> None:
        ident = threading.get_ident()
        now = time.perf_counter()
        if phase == "start":
            self._collecting[ident] = now
            return
        started = self._collecting.pop(ident, None)
        if started is not None and now - started > 0.001:
            self.collections.append((started, now, info.get("generation"), ident))

    def _run(self) -> None:
        """Every interval: all threads' stacks, read by faulthandler. It reads the interpreter's own frames while
        holding the GIL, and makes no frame objects: walking f_back from another thread, as
        sys._current_frames() invites, crashes Python 3.11 now and then (CPython issue 99110)."""
        me = threading.get_ident()
        with tempfile.TemporaryFile() as out:
            while not self._stop.wait(self.interval_s):
                out.seek(0)
                out.truncate()
                faulthandler.dump_traceback(out, all_threads=True)
                now = time.perf_counter()
                out.seek(0)
                stacks = parse_dump(out.read().decode("utf-8", "replace"))
                stacks.pop(me, None)
                self.samples.append((now, stacks))

    def gap(self, started: float, ended: float, label: str) -> None:
        """The watchdog saw no tick from `started` to `ended` (perf_counter seconds) during `label`."""
        ms = (ended - started) * 1000
        if ms < self.threshold_ms:
            return
        # the threads' names as they are now (an ident is reused once its thread ends; a pool thread Python
        # never named is shown by its ident)
        names = {thread.ident: thread.name for thread in threading.enumerate() if thread.ident is not None}
        inside = [stacks for t, stacks in list(self.samples) if started <= t <= ended]
        collected = [(round((min(b, ended) - max(a, started)) * 1000, 1), gen,
                      "UI" if ident == self.ui_thread else names.get(ident, str(ident)))
                     for a, b, gen, ident in list(self.collections) if a < ended and b > started]
        self.gaps.setdefault(label, []).append((ms, inside, names))
        self.gc_in_gaps.setdefault(label, []).extend(collected)

    # -- the report ---------------------------------------------------------------------------------
    def report(self) -> dict[str, dict]:
        """Per action: its gaps over the threshold, the UI thread's hottest functions and stacks, and the
        other threads' hottest stacks (ms are samples × the mean sampling period inside the gaps)."""
        out: dict[str, dict] = {}
        for label, gaps in self.gaps.items():
            total_ms = sum(ms for ms, _, _ in gaps)
            count = sum(len(s) for _, s, _ in gaps)
            per_sample = total_ms / count if count else 0.0
            functions: Counter[str] = Counter()
            stacks: Counter[tuple[str, ...]] = Counter()
            others: Counter[tuple[str, tuple[str, ...]]] = Counter()
            for _ms, samples, names in gaps:
                for stacks_now in samples:
                    ui = stacks_now.get(self.ui_thread, ())
                    stacks[ui[-6:]] += 1
                    functions.update({function_of(line) for line in ui})
                    for ident, stack in stacks_now.items():
                        if ident != self.ui_thread and stack and not _waiting(stack):
                            others[(names.get(ident, str(ident)), stack[-4:])] += 1
            out[label] = {
                "gaps_ms": sorted((round(ms, 1) for ms, _, _ in gaps), reverse=True),
                "samples": count,
                "ui_functions": [(round(n * per_sample, 1), f) for f, n in functions.most_common(TOP * 3)
                                 if _ours(f)][:TOP],
                "ui_stacks": [(round(n * per_sample, 1), list(s)) for s, n in stacks.most_common(TOP)],
                "other_threads": [(round(n * per_sample, 1), name, list(s))
                                  for (name, s), n in others.most_common(TOP)],
                "collections": sorted(self.gc_in_gaps.get(label, []), reverse=True)[:TOP],
            }
        return out

    def text(self) -> str:
        lines = []
        for label, part in self.report().items():
            lines.append(f"== {label}: gaps {part['gaps_ms']} ms, {part['samples']} samples")
            lines.append("  UI thread, inclusive ms by function (project code):")
            lines += [f"    {ms:7.1f}  {f}" for ms, f in part["ui_functions"]]
            lines.append("  UI thread, hottest stacks (innermost last):")
            for ms, stack in part["ui_stacks"]:
                lines.append(f"    {ms:7.1f}  " + "\n             ".join(stack or ["(no Python frame)"]))
            if part["collections"]:
                lines.append("  garbage collections inside the gaps (ms, generation, thread): "
                             + ", ".join(f"{ms} gen{gen} {who}" for ms, gen, who in part["collections"]))
            if part["other_threads"]:
                lines.append("  other threads running Python meanwhile:")
                for ms, name, stack in part["other_threads"]:
                    lines.append(f"    {ms:7.1f}  [{name}] " + " <- ".join(reversed(stack)))
        return "\n".join(lines)


def _ours(function: str) -> bool:
    return function.startswith(("journal_app/", "bench/"))


def _waiting(stack: tuple[str, ...]) -> bool:
    """A thread parked in a wait (the pool's idle workers, a sleeping timer): not running anything."""
    last = stack[-1] if stack else ""
    return any(f" {name}" in last for name in ("wait", "_wait_for_tstate_lock", "sleep", "select", "_worker"))
