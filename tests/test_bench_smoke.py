"""The benchmark suite runs end to end on a tiny journal (it checks that bench/run.py works, not how fast
anything is)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parents[1] / "bench" / "run.py"
OPERATIONS = (
    "first_window", "start_to_entries", "unlock_to_entries", "search", "filter_trigger", "filter_person",
    "filter_date_range", "dashboard_default", "dashboard_10_years", "save_p50", "save_p95",
    "export_pdf_3_months", "export_pdf_3_months_all", "export_json_full",
    "memory_opened", "memory_dashboard", "memory_window",
    "cli_add", "cli_list_limit", "cli_list_trigger", "cli_list_search", "cli_export_json",
    "first_open_patterns", "first_open_export", "memory_session", "cycle_12_months", "cycle_10_years",
    "cycle_all_time",
)
STALLS = ("unlock (start)", "scroll the list to the end", "search: type 'quiet' letter by letter",
          "Patterns: first open", "Patterns: All time, every tab", "Export: type a note",
          "Export: change options and preview", "Backups: back up now", "lock", "unlock (after locking)")


@pytest.mark.slow
def test_bench_runs_end_to_end_and_reports_every_operation(tmp_path):
    out = tmp_path / "r.json"
    done = subprocess.run(
        [sys.executable, str(RUN), "--sizes", "200", "--session-sizes", "200", "--runs", "1", "--cache",
         str(tmp_path / "cache"), "--json", str(out), "--quick"],
        env={k: v for k, v in os.environ.items() if k != "JOURNAL_BENCH_BIG"}, capture_output=True, text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(out.read_text())
    assert report["journals"]["200"]["entries"] > 0
    for op in OPERATIONS:
        row = report["results"][op]["200"]
        assert row["ours"] > 0, op
    for op in ("first_window", "search", "unlock_to_entries"):
        row = report["results"][op]["200"]
        assert row["reference"] > 0 and row["ratio"] > 0, op
    assert report["results"]["search"]["200"]["plain"] > 0  # the plain journal beside the encrypted one
    assert report["results"]["cli_add"]["200"]["plain_only"]
    for action in STALLS:  # the watchdog saw every scripted action
        row = report["results"][f"stall: {action}"]["200"]
        assert row["ours"] > 0 and row["p99_ms"] > 0 and row["target"] == "<= 100 ms", action
    assert "first_window" in done.stdout and "target" in done.stdout  # the table was printed
