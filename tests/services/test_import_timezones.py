"""Duplicates do not depend on this machine's time zone: the same jrnl journal imported as its JSON export under
TZ=UTC, again under TZ=Europe/Berlin, and as its text file under TZ=America/New_York adds each entry once
(real processes, as a person would run them). The source's zone can be given (--source-timezone), and an
entry's instant then follows it whatever the machine's zone."""

from __future__ import annotations

import json
import os
import random
import time
from datetime import UTC, datetime, timedelta

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.services.importing import apply
from journal_app.services.journal import Journal
from tests.cli.conftest import run_in_process, run_subprocess
from tests.services.import_files import jrnl_json, jrnl_txt

N = int(os.environ.get("JOURNAL_APP_TZ_IMPORT_ENTRIES", "403"))


def _journal_entries(n: int = N):
    """`n` jrnl entries (naive wall-clock times, some in the hour a DST change repeats or skips)."""
    rng = random.Random(14)
    start = datetime(2024, 1, 1, 8, 0)
    out = []
    for i in range(n):
        when = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 900))
        if i % 50 == 0:
            when = datetime(2025, 3, 30, 2, 30) if i % 100 == 0 else datetime(2025, 10, 26, 2, 30)
            when += timedelta(minutes=i // 50)
        out.append((when, f"Entry {i} @work" if i % 3 else f"Entry {i}.", f"Words of entry {i}.\nSecond line."))
    return out


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("jrnl")
    entries = _journal_entries()
    (folder / "export.json").write_text(jrnl_json(entries), "utf-8")
    (folder / "journal.txt").write_text(jrnl_txt(entries), "utf-8")
    return folder


def _count(data_dir) -> int:
    with Journal.open(data_dir) as journal:
        return journal.entry_count()


def test_three_zones_in_three_processes_add_each_entry_once(tmp_path, files):
    data_dir = str(tmp_path / "journal")
    assert run_subprocess(["--data-dir", data_dir, "init", "--no-passphrase"]).code == 0
    runs = (("UTC", "export.json"), ("Europe/Berlin", "export.json"), ("America/New_York", "journal.txt"))
    outputs = []
    for zone, name in runs:
        result = run_subprocess(["--data-dir", data_dir, "import", str(files / name)], env_extra={"TZ": zone})
        assert result.code == 0, result.err
        outputs.append(result.out.splitlines()[-1])
    assert outputs[0] == f"Imported {N:,} entries."
    assert outputs[1:] == [f"Imported 0 entries ({N:,} already in the journal were skipped)."] * 2
    assert _count(data_dir) == N


@pytest.fixture
def zone(monkeypatch):
    """Set this process's time zone (restored afterwards; tests/conftest.py sets Europe/Berlin)."""

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def test_the_same_in_process_under_many_zones(journal, files, zone):
    for name in ("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"):
        zone(name)
        for source in ("export.json", "journal.txt"):
            apply.run_import(journal, apply.preview(journal, files / source))
    assert journal.entry_count() == N


def test_the_source_zone_decides_the_instant_not_the_machine(journal, tmp_path, zone):
    path = tmp_path / "journal.txt"
    path.write_text(jrnl_txt([(datetime(2026, 3, 14, 21, 30), "In Tokyo", "Words.")]), "utf-8")
    zone("America/New_York")
    shown = apply.preview(journal, path, source_zone="Asia/Tokyo")
    assert shown.has_zones is False and shown.source_zone == "Asia/Tokyo"
    assert shown.first == datetime(2026, 3, 14, 12, 30, tzinfo=UTC)
    apply.run_import(journal, shown)
    assert journal.page().rows[0].occurred_at == datetime(2026, 3, 14, 12, 30, tzinfo=UTC)
    zone("UTC")  # the same file again, told another zone: still the same entry
    again = apply.preview(journal, path, source_zone="Europe/Berlin")
    assert (again.duplicates, again.to_add) == (1, 0)


def test_zoned_formats_say_so_and_unknown_zones_are_refused(journal, tmp_path):
    path = tmp_path / "journal.txt"
    path.write_text(jrnl_txt([(datetime(2026, 3, 14, 21, 30), "t", "b")]), "utf-8")
    with pytest.raises(InvalidInput, match="'Mars/Olympus' is not a time zone this computer knows"):
        apply.preview(journal, path, source_zone="Mars/Olympus")
    day_one = tmp_path / "Journal.json"
    day_one.write_text(json.dumps({"metadata": {}, "entries": [
        {"uuid": "0F8FAD5BD9CB469FA16570867728950E", "creationDate": "2026-03-14T20:30:00Z", "text": "x"}]}))
    assert apply.preview(journal, day_one).has_zones is True


def test_the_cli_option(tmp_path, capsys, monkeypatch, zone):
    path = tmp_path / "journal.txt"
    path.write_text(jrnl_txt([(datetime(2026, 3, 14, 21, 30), "In Tokyo", "Words.")]), "utf-8")
    data_dir = str(tmp_path / "j")

    def run(*argv):
        return run_in_process(capsys, ["--data-dir", data_dir, *argv], None, monkeypatch)

    assert run("init", "--no-passphrase").code == 0
    run("import", str(path), "--source-timezone", "Nowhere/Special").assert_one_line_error(
        2, "'Nowhere/Special' is not a time zone this computer knows", "Nothing was imported.")
    dry = run("import", str(path), "--dry-run")
    assert "Its times have no time zone; they are read in this computer's time zone" in dry.out
    result = run("import", str(path), "--source-timezone", "Asia/Tokyo")
    assert result.code == 0, result.err
    assert "they are read in Asia/Tokyo time." in result.out
    zone("UTC")
    listed = run("list", "--json").json()
    assert listed[0]["occurred_at"] == "2026-03-14T12:30:00+00:00"
