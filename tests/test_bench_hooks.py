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
