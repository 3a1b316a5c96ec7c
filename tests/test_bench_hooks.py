"""Benchmark hooks live in bench/, not in the app (issue 16): no module of journal_app reads a benchmark
switch; the benchmark's driver installs its own hook through journal_app.app.startup_watchers."""

from pathlib import Path

import journal_app

PACKAGE = Path(journal_app.__file__).resolve().parent


def test_no_module_in_the_app_mentions_the_old_benchmark_switch():
    mentions = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
                if "JOURNAL_APP_BENCH" in path.read_text(encoding="utf-8")]
    assert mentions == []
    assert len(list(PACKAGE.rglob("*.py"))) > 50  # the walk found the package's modules


def test_the_driver_hooks_in_through_the_documented_watchers():
    driver = (PACKAGE.parent / "bench" / "driver.py").read_text(encoding="utf-8")
    assert "startup_watchers.append" in driver
    from journal_app import app

    assert app.startup_watchers == []  # the app itself adds none


def _sampler_module():
    import importlib
    import sys

    bench = str(PACKAGE.parent / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    return importlib.import_module("stall_sampler")


def test_the_stall_sampler_names_what_the_ui_thread_ran_during_a_gap():
    """bench/stall_sampler.py (driver.py --sample-stalls): the stacks sampled inside a gap over the threshold
    are kept under the action under way, with the collections that ran in it."""
    import gc
    import threading
    import time

    sampler_module = _sampler_module()
    sampler = sampler_module.StallSampler(threading.get_ident(), threshold_ms=20).start()
    try:
        time.sleep(0.05)  # some samples before the gap

        def hold_the_ui_thread():
            end = time.perf_counter() + 0.3
            while time.perf_counter() < end:
                sum(range(1000))

        started = time.perf_counter()
        hold_the_ui_thread()
        cycles = [[] for _ in range(200_000)]
        for cycle in cycles:
            cycle.append(cycle)  # garbage only the collector frees: the collection takes a few ms
        del cycles, cycle
        gc.collect()
        ended = time.perf_counter()
        sampler.gap(ended - 0.005, ended, "a short gap")  # under the threshold: not kept
        sampler.gap(started, ended, "a long gap")
    finally:
        sampler.stop()
    report = sampler.report()
    assert list(report) == ["a long gap"]
    part = report["a long gap"]
    assert part["samples"] >= 1
    assert any("hold_the_ui_thread" in line for _ms, stack in part["ui_stacks"] for line in stack)
    assert any(gen == 2 and who == "UI" for _ms, gen, who in part["collections"])
    assert "== a long gap" in sampler.text()


def test_the_sampler_reads_faulthandlers_dump():
    sampler_module = _sampler_module()
    dump = (
        "Thread 0x00000000000000ff (most recent call first):\n"
        f'  File "{PACKAGE}/ui/common/preload.py", line 12 in inner\n'
        '  File "/usr/lib/python3.11/threading.py", line 982 in run\n'
        "\n"
        "Current thread 0x0000000000000010 (most recent call first):\n"
        '  File "/somewhere/else.py", line 3 in main\n'
    )
    stacks = sampler_module.parse_dump(dump)
    assert stacks[0xFF] == ("python3.11/threading.py:982 run", "journal_app/ui/common/preload.py:12 inner")
    assert stacks[0x10] == ("/somewhere/else.py:3 main",)


def test_the_driver_can_sample_stalls_and_run_parts_of_the_session():
    driver = (PACKAGE.parent / "bench" / "driver.py").read_text(encoding="utf-8")
    assert '"--sample-stalls"' in driver and "StallSampler(" in driver
    assert 'PARTS = ("scroll", "patterns", "export", "backup", "lock")' in driver


def test_the_watchdog_keeps_each_actions_worst_gaps_with_when_and_what_ran(qapp):
    import importlib
    import sys

    bench = str(PACKAGE.parent / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    driver = importlib.import_module("driver")
    watchdog = driver.Watchdog()
    try:
        watchdog.mark("an action")
        start = watchdog.since
        for at, ms in ((0.1, 5), (0.2, 120), (0.3, 7), (0.4, 60), (0.5, 300), (0.6, 6)):
            watchdog.last = start + at
            watchdog.gap(start + at + ms / 1000)
        report = watchdog.report()["an action"]
    finally:
        watchdog.timer.stop()
    assert report["longest_ms"] == 300
    assert [w[0] for w in report["worst"]] == [300, 120, 60]
    assert [w[1] for w in report["worst"]] == [0.5, 0.2, 0.4]  # seconds into the action
    assert all(w[2].startswith("operations ") for w in report["worst"])
