"""The benchmark's driver: runs the real app (journal_app.app.run) in this process, with the benchmark's own
hook installed through journal_app.app.startup_watchers (the app itself reads no benchmark switch).

    python bench/driver.py DIR [--passphrase P]                       start-up timings, then quit
    python bench/driver.py DIR --session [--passphrase P] [--out F]   the scripted session under the watchdog

Start-up: prints "window shown: N ms at T" and "journal listed: N ms at T" on stderr (T: the wall clock, which
bench/measure.py compares with the moment it spawned this process) and closes the window once the newest
entries are listed. An encrypted journal's passphrase is typed into the unlock dialog when it appears.

Session (issue 17's stall watchdog): a heartbeat timer ticks every BEAT_MS on the UI thread; the gap between
two ticks is how long the event loop could not answer. A script then does what a person would, one action at
a time (unlock; scroll the list to the end; type a search word letter by letter; every Patterns tab with every
range, "All time" included; the Export dialog: open, type a note, change options, preview; back up now; lock
and unlock) and every gap is counted against the action under way. Writes JSON (to --out, else stdout): per
action the longest gap, its 99th percentile, how long it took and the resident memory after it, and its worst
gaps with when they came (seconds into the action) and what ran in the background then; the first
opens of the Patterns view and the Export dialog; the process's peak RSS. --tracemalloc adds the Python
allocations that grew most between the first page and the end (slower: not for the timing rows).
--sample-stalls [MS] samples the UI thread's stack from a side thread (bench/stall_sampler.py) and prints,
per action, what it ran during every gap over MS (50 by default); also in the JSON as "stall_samples". It
also works without --session (the start-up's gaps). Sampling costs a little: not for the timing rows.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # before anything else is imported, as for `python -m journal_app`

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BEAT_MS = 5  # the heartbeat; a gap is measured from one tick to the next (so at least BEAT_MS)
SETTLE_MS = 400  # after an action's visible result: its stragglers (a chart drawn, a list repainted) count too
TYPE_MS = 120  # between two key presses: a quick typist
PRELOADING = [True]  # False with --no-preload
SCROLL_SECONDS = 180  # scrolling to the end stops there (reported: rows_listed, scrolled_to_the_end)
SEARCH_WORD = "quiet"
NOTE = "Things to bring up: the phone evening."


def stamp(what: str) -> None:
    print(f"{what}: {1000 * (time.perf_counter() - STARTED):.0f} ms at {time.time():.4f} cpu "
          f"{1000 * time.process_time():.0f}", file=sys.stderr, flush=True)


def resident_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_mb()


def peak_mb() -> float:
    """This process's own peak (VmHWM). Not getrusage's ru_maxrss: Linux carries that over from the parent
    across fork and exec, so it would report the benchmark runner's memory when that was bigger."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))] if ordered else 0.0


WORST = 3  # the longest gaps of each action are kept with when they came and what ran in the background


def background() -> str:
    """What runs beside the UI thread now, in a few words: the operations under way and the preloads alive."""
    import threading

    operations = sys.modules.get("journal_app.ui.common.operations")  # (not imported here before the app does)
    running = sorted(t.name for t in threading.enumerate() if t.name.startswith("journal-preload") and t.is_alive())
    under_way = len(operations._running) if operations is not None else 0
    return f"operations {under_way}" + "".join(f", {name}" for name in running)


class Watchdog:
    """The heartbeat: records every gap between ticks under the label of the action under way, and calls
    `on_beat` (the script) on each tick."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.label = "before the first paint"
        self.gaps: dict[str, list[float]] = {}
        self.spans: dict[str, float] = {}
        self.memory: dict[str, float] = {}
        self.on_beat = lambda: None
        self.sampler = None  # a bench.stall_sampler.StallSampler with --sample-stalls
        # per label, its WORST longest gaps: (ms, seconds into the action, what ran in the background then)
        self.worst: dict[str, list[tuple[float, float, str]]] = {}
        self.last = self.since = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.beat)
        self.timer.start(BEAT_MS)

    def beat(self) -> None:
        now = time.perf_counter()
        self.gap(now)
        self.on_beat()

    def gap(self, now: float) -> None:
        ms = (now - self.last) * 1000
        self.gaps.setdefault(self.label, []).append(ms)
        worst = self.worst.setdefault(self.label, [])
        if len(worst) < WORST or ms > worst[-1][0]:
            worst.append((round(ms, 1), round(self.last - self.since, 2), background()))
            worst.sort(reverse=True)
            del worst[WORST:]
        if self.sampler is not None:
            self.sampler.gap(self.last, now, self.label)
        self.last = now

    def mark(self, label: str) -> None:
        """From now on gaps count against `label` (the time since the last tick still counts against the old)."""
        now = time.perf_counter()
        self.gap(now)
        self.spans[self.label] = self.spans.get(self.label, 0.0) + (now - self.since) * 1000
        self.memory[self.label] = resident_mb()
        self.label, self.since = label, now

    def report(self) -> dict[str, dict[str, float]]:
        self.mark("(end)")
        return {label: {"longest_ms": round(max(g), 1), "p99_ms": round(percentile(g, 99), 1), "beats": len(g),
                        "took_ms": round(self.spans.get(label, 0.0), 1),
                        "rss_after_mb": round(self.memory.get(label, 0.0), 1),
                        "worst": [list(w) for w in self.worst.get(label, [])]}
                for label, g in self.gaps.items() if g}


class StartupOnly:
    """The watchdog's stand-in for a start-up timing run (neither --session nor --sample-stalls), whose gaps
    nobody reads: nothing of the benchmark's own runs before the first paint that the bare window it is
    compared with does not run (the heartbeat's precise timer loads Qt's namespace, ~12 ms, and wakes Python
    every BEAT_MS). Only with a passphrase to type is there a timer, a coarse one, looking for the unlock dialog."""

    sampler = None

    def __init__(self, passphrase: bool) -> None:
        self.on_beat = lambda: None
        self.timer = None
        if passphrase:
            from PySide6.QtCore import QTimer

            self.timer = QTimer()
            self.timer.timeout.connect(self.beat)
            self.timer.start(BEAT_MS)

    def beat(self) -> None:
        self.on_beat()

    def mark(self, label: str) -> None:
        if label == "window shown → journal listed" and self.timer is not None:
            self.timer.stop()  # (the unlock dialog came and went before the window)


class Script:
    """Runs a generator one step per heartbeat: it yields a predicate, and resumes once that is true (or
    its deadline passed, which is noted)."""

    def __init__(self, steps, done, on_step=lambda: None) -> None:
        self.steps, self.done, self.on_step = steps, done, on_step
        self.wait = None
        self.timeouts: list[str] = []
        self.error = ""

    def tick(self) -> None:
        try:
            if self.wait is not None and not self.wait():
                return
            self.on_step()
            self.wait = next(self.steps)
        except StopIteration:
            self.stop()
        except Exception:
            import traceback

            self.error = traceback.format_exc()
            self.stop()

    def stop(self) -> None:
        self.wait = lambda: False
        self.done()


def until(script: Script, ready, seconds: float, what: str):
    deadline = time.perf_counter() + seconds

    def check() -> bool:
        if ready():
            return True
        if time.perf_counter() > deadline:
            script.timeouts.append(what)
            return True
        return False

    return check


def pause(ms: float):
    deadline = time.perf_counter() + ms / 1000
    return lambda: time.perf_counter() >= deadline


def idle() -> bool:
    """No request of the operations layer is under way."""
    from journal_app.ui.common import operations

    return not operations._running


def still_here(window) -> None:
    """A person going through the session is using the app: its idle lock does not close the journal under
    the script (a step made by a call, not by a key press, is activity too; at 365,000 entries under load the
    Patterns part alone can outlast the default 5 minutes)."""
    from journal_app.ui.privacy.lock_controller import LockController

    controller = window.findChild(LockController)
    if controller is not None:
        controller.idle.touch()


def fill_unlock(app, passphrase: str, watchdog: Watchdog, label: str) -> bool:
    """Type the passphrase into a visible unlock dialog and press Unlock; True when there was one."""
    from journal_app.ui.privacy.unlock_dialog import UnlockDialog

    for widget in app.topLevelWidgets() + [w for top in app.topLevelWidgets()
                                            for w in top.findChildren(UnlockDialog)]:
        if isinstance(widget, UnlockDialog) and widget.isVisible() and not widget.journal:
            widget.passphrase.setText(passphrase)
            watchdog.mark(label)
            widget.try_unlock()
            return True
    return False


def type_into(widget, text: str):
    """Key presses into `widget`, one letter every TYPE_MS (yields the pauses). Through its window, as a
    person's key presses arrive (the idle lock watches the windows' input)."""
    from PySide6.QtTest import QTest

    widget.setFocus()
    window = widget.window().windowHandle()
    for letter in text:
        if window is not None and widget.hasFocus():
            QTest.keyClick(window, letter)
        else:
            QTest.keyClicks(widget, letter)
        yield pause(TYPE_MS)


def scroll_and_search(window, script: Script, watchdog: Watchdog, result: dict):
    from journal_app.ui.entries.entry_list_model import ROW_ROLE

    view, model = window.list_view, window.model
    watchdog.mark("scroll the list to the end")
    bar = view.verticalScrollBar()

    def last_row_shown() -> bool:
        """The list's last entry is read (not a page still on its way) and the view is at its bottom."""
        last = model.rowCount() - 1
        return (last >= 0 and not model.loading and not model.canFetchMore() and bar.value() == bar.maximum()
                and model.index(last, 0).data(ROW_ROLE) is not None)

    def at_end() -> bool:
        bar.setValue(bar.maximum())  # dragged to the bottom: the view asks the model for the rows shown there
        return last_row_shown()

    # a cap: a list that grows a page at a time could take long, and a person would search instead
    deadline = time.perf_counter() + SCROLL_SECONDS
    yield lambda: at_end() or time.perf_counter() > deadline
    result["rows_listed"] = model.rowCount()
    result["scrolled_to_the_end"] = last_row_shown()
    result["scroll_to_the_end_ms"] = round((time.perf_counter() - deadline + SCROLL_SECONDS) * 1000, 1)
    yield pause(SETTLE_MS)
    watchdog.mark(f"search: type '{SEARCH_WORD}' letter by letter")
    yield from type_into(window.search_bar.search, SEARCH_WORD)
    yield until(script, lambda: model.filter.text == SEARCH_WORD and idle(), 30, "search results")
    yield pause(SETTLE_MS)
    result["search_rows"] = model.rowCount()
    watchdog.mark("search: clear")
    window.search_bar.search.clear()
    yield until(script, lambda: not model.filter.text and idle(), 30, "search cleared")
    yield pause(SETTLE_MS)


def patterns(window, script: Script, watchdog: Watchdog, result: dict):
    watchdog.mark("Patterns: first open")
    opened = time.perf_counter()
    window.show_patterns(True)
    def shown():
        return window.patterns is not None and window.patterns.report is not None
    yield until(script, lambda: shown() and not window.patterns.loading, 60, "Patterns first open")
    result["first_patterns_open_ms"] = round((time.perf_counter() - opened) * 1000, 1)
    yield pause(SETTLE_MS)
    view = window.patterns
    tabs = [view.tabs.tabData(i) for i in range(view.tabs.count())]
    ranges = [(i, view.range.itemData(i), view.range.itemText(i)) for i in range(view.range.count())
              if view.range.itemData(i) != "custom" and view.range.model().item(i).isEnabled()]
    result["patterns"] = {}
    for index, key, label in ranges:
        watchdog.mark(f"Patterns: {label}, every tab")
        started = time.perf_counter()
        view.range.setCurrentIndex(index)
        yield until(script, lambda: not view.loading, 120, f"Patterns {key}")
        result["patterns"][key] = round((time.perf_counter() - started) * 1000, 1)  # the report and first chart
        for tab in tabs:
            view.show_chart(tab)
            yield until(script, lambda: not view.loading, 120, f"Patterns {key} {tab}")
            yield pause(50)
        yield pause(SETTLE_MS)
    view.range.setCurrentIndex(next(i for i, key, _ in ranges if key == "last-4-weeks"))
    yield until(script, lambda: not view.loading, 120, "Patterns back to 4 weeks")
    window.show_patterns(False)
    yield pause(SETTLE_MS)


def export(window, script: Script, watchdog: Watchdog, result: dict):
    watchdog.mark("Export: open the dialog and its first preview")
    started = time.perf_counter()
    window.therapy.show_export()  # it opens once what it reads first is read on a worker
    yield until(script, lambda: window.therapy.export_dialog is not None, 60, "Export dialog")
    dialog = window.therapy.export_dialog
    yield lambda: True  # the next beat: the dialog has been painted
    result["export_open_ms"] = round((time.perf_counter() - started) * 1000, 1)
    yield until(script, lambda: not dialog.preview_pending, 120, "Export first preview")
    result["export_first_preview_ms"] = round((time.perf_counter() - started) * 1000, 1)
    yield pause(SETTLE_MS)
    watchdog.mark("Export: type a note")
    yield from type_into(dialog.note, NOTE)
    yield until(script, lambda: not dialog.preview_pending, 120, "Export preview after the note")
    yield pause(SETTLE_MS)
    watchdog.mark("Export: change options and preview")
    for box in (dialog.numbers, dialog.insights, dialog.entries_box):
        box.click()
        yield until(script, lambda: not dialog.preview_pending, 120, "Export preview after an option")
        box.click()
        yield until(script, lambda: not dialog.preview_pending, 120, "Export preview after an option")
    for index in [*range(dialog.format.count()), 0]:
        dialog.format.setCurrentIndex(index)
        yield until(script, lambda: not dialog.preview_pending, 120, "Export preview after a format")
        yield pause(100)
    yield pause(SETTLE_MS)
    dialog.close()
    yield pause(SETTLE_MS)


def backups(window, script: Script, watchdog: Watchdog):
    from PySide6.QtCore import QTimer

    from journal_app.ui.privacy.backups_dialog import BackupsDialog
    from journal_app.ui.shell.window_actions import show_backups

    watchdog.mark("Backups: open the dialog")
    QTimer.singleShot(0, lambda: show_backups(window))  # modal: it runs its own loop, the heartbeat goes on
    def found():
        return next((d for d in window.findChildren(BackupsDialog) if d.isVisible()), None)
    yield until(script, lambda: found() is not None, 30, "Backups dialog")
    dialog = found()
    yield pause(SETTLE_MS)
    watchdog.mark("Backups: back up now")
    dialog.back_up_now()
    yield until(script, lambda: not dialog.busy, 600, "back up now")
    yield pause(SETTLE_MS)
    dialog.reject()
    yield pause(SETTLE_MS)


def lock_unlock(app, window, script: Script, watchdog: Watchdog, passphrase: str):
    watchdog.mark("lock")
    window.lockRequested.emit()
    yield until(script, lambda: window.journal is None, 30, "lock")
    yield pause(SETTLE_MS)
    yield until(script, lambda: fill_unlock(app, passphrase, watchdog, "unlock (after locking)"), 30, "unlock")
    yield until(script, lambda: window.journal is not None and window.model.rowCount() > 0 and idle(), 120,
                "unlocked and listed")
    yield pause(SETTLE_MS)


PARTS = ("scroll", "patterns", "export", "backup", "lock")  # the session's parts, in order (--parts)
EXTRA_PARTS = ("editing",)  # only when named in --parts: typing and saving (bench/editing_part.py)


def session(app, window, script: Script, watchdog: Watchdog, passphrase: str | None, result: dict,
            parts: tuple[str, ...] = PARTS):
    """The scripted session, one action after another (see the module's notes); `parts` leaves some out."""
    from journal_app.ui.common import preload

    watchdog.mark("after listing: daily backup, health check, preload")
    preloaded = lambda: not PRELOADING[0] or (preload._started and not preload._started[0].is_alive())
    yield until(script, lambda: idle() and preloaded(), 600, "start-up work")
    yield pause(SETTLE_MS)
    result["rss_after_start_mb"] = round(resident_mb(), 1)
    if "scroll" in parts:
        yield from scroll_and_search(window, script, watchdog, result)
    if "patterns" in parts:
        yield from patterns(window, script, watchdog, result)
    if "export" in parts:
        yield from export(window, script, watchdog, result)
    if "backup" in parts:
        yield from backups(window, script, watchdog)
    if "editing" in parts:
        from editing_part import editing

        yield from editing(window, script, watchdog, sys.modules[__name__])
    if "lock" in parts and passphrase:
        yield from lock_unlock(app, window, script, watchdog, passphrase)


def allocations_grown(before, after, top: int = 15) -> list[str]:
    return [str(stat) for stat in after.compare_to(before, "lineno")[:top]]


def stall_samples(watchdog: Watchdog) -> dict | None:
    """With --sample-stalls: what the UI thread ran during the gaps, printed on stderr; None without."""
    sampler = watchdog.sampler
    if sampler is None:
        return None
    watchdog.mark("(end)")
    sampler.stop()
    print(sampler.text(), file=sys.stderr, flush=True)
    return sampler.report()


def start_up_args(argv: list[str]):
    """The start-up timing runs' command lines, `DIR` or `DIR --passphrase P`, read without argparse: importing
    it and parsing costs ~5 ms, which would count against the app's start (as `journal-app` with no command
    does not load its parser before the window: journal_app/__main__.py). None for any other command line."""
    from types import SimpleNamespace

    if len(argv) == 1 or (len(argv) == 3 and argv[1] == "--passphrase"):
        if argv[0].startswith("-"):
            return None
        return SimpleNamespace(journal=Path(argv[0]), passphrase=argv[2] if len(argv) == 3 else None,
                               session=False, out=None, tracemalloc=False, sample_stalls=None, parts=",".join(PARTS),
                               no_preload=False)
    return None


def parse_args():
    quick = start_up_args(sys.argv[1:])
    if quick is not None:
        return quick
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("journal", type=Path)
    parser.add_argument("--passphrase", help="typed into the unlock dialog (an encrypted journal)")
    parser.add_argument("--session", action="store_true", help="run the scripted session under the watchdog")
    parser.add_argument("--out", type=Path, help="where the session's JSON goes (default: stdout)")
    parser.add_argument("--tracemalloc", action="store_true", help="also list the allocations that grew most")
    parser.add_argument("--sample-stalls", nargs="?", type=float, const=50.0, metavar="MS",
                        help="sample the UI thread's stack and print what ran during gaps over MS (default 50)")
    parser.add_argument("--parts", default=",".join(PARTS),
                        help=f"the session's parts to run, of {','.join(PARTS + EXTRA_PARTS)} "
                             f"(default: {','.join(PARTS)}; the rows need those)")
    parser.add_argument("--no-preload", action="store_true",
                        help="as before issue 17: nothing is loaded in the background after the first paint")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    if args.no_preload:
        from journal_app.ui.common import preload

        preload.preload_after_paint = lambda *_args, **_kw: None
        PRELOADING[0] = False
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start(1)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    qapp = QApplication(sys.argv[:1])
    from journal_app import app as journal_app

    watchdog = Watchdog() if args.session or args.sample_stalls is not None else StartupOnly(bool(args.passphrase))
    if args.sample_stalls is not None:
        import threading

        from stall_sampler import StallSampler

        watchdog.sampler = StallSampler(threading.get_ident(), threshold_ms=args.sample_stalls).start()
    result: dict = {"journal": str(args.journal), "beat_ms": BEAT_MS}
    pending_unlock = [bool(args.passphrase)]
    snapshots: list = []
    scripts: list[Script] = []

    def startup_beat() -> None:
        if pending_unlock[0] and fill_unlock(qapp, args.passphrase, watchdog, "unlock (start)"):
            pending_unlock[0] = False

    watchdog.on_beat = startup_beat

    def finish(window) -> None:
        if args.tracemalloc:
            snapshots.append(tracemalloc.take_snapshot())
        window.close()

    def watcher(stage: str, window) -> None:
        stamp(stage)
        if stage == "window shown":
            watchdog.mark("window shown → journal listed")
            return
        if not args.session:
            QTimer.singleShot(0, window.close)
            return
        result["rss_listed_mb"] = round(resident_mb(), 1)
        if args.tracemalloc:
            snapshots.append(tracemalloc.take_snapshot())
        script = Script(None, lambda: finish(window), lambda: still_here(window))
        parts = tuple(part.strip() for part in args.parts.split(",") if part.strip())
        script.steps = session(qapp, window, script, watchdog, args.passphrase, result, parts)
        result["timeouts"] = script.timeouts
        scripts.append(script)
        watchdog.on_beat = script.tick

    journal_app.startup_watchers.append(watcher)
    code = journal_app.run(args.journal)
    sampled = stall_samples(watchdog)
    if not args.session:
        print(f"peak memory: {peak_mb():.1f} MB", file=sys.stderr)
        sys.exit(code)
    result.update(exit_code=code, actions=watchdog.report(), peak_rss_mb=round(peak_mb(), 1),
                  error=scripts[0].error if scripts else "the journal was never listed")
    if sampled is not None:
        result["stall_samples"] = sampled
    if len(snapshots) == 2:
        result["grown"] = allocations_grown(*snapshots)
    import json

    text = json.dumps(result, indent=2, ensure_ascii=False)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    sys.exit(code)


if __name__ == "__main__":
    main()
