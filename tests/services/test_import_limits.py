"""Import limits: a zip that inflates far beyond its size is refused early, in a few megabytes of memory (also
when its directory lies about the sizes); a FIFO, a device or a folder is refused at once, never waited on;
old Mac line endings read as lines; a jrnl file cut off at the end is imported with a warning that names the
entry to check; and a record outside the journal's limits is named in the preview (nothing is imported)."""

from __future__ import annotations

import os
import re
import struct
import threading
import time
import tracemalloc
import zipfile
from datetime import UTC, datetime

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.services.importing import apply, reading
from journal_app.services.importing.json_restore import read_backup_preview, restore_backup
from tests.cli.conftest import run_in_process
from tests.services.import_files import all_entries, dayone_entry, dayone_json, jrnl_json, jrnl_txt
from tests.services.test_importers import JRNL

PIECE = 1 << 20


def _bomb(path, inflated: int, name: str = "Journal.json"):
    """A zip whose Journal.json inflates to `inflated` bytes of spaces after a '{' (valid JSON, and
    compressed about a thousand times)."""
    with (zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
          archive.open(name, "w", force_zip64=True) as member):
        member.write(b"{")
        for _ in range(inflated // PIECE):
            member.write(b" " * PIECE)
    return path


def _refused_quickly(call, *needles, seconds: float = 10.0):
    """`call()` raises InvalidInput containing the needles; returns (seconds taken, peak bytes allocated)."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(InvalidInput) as caught:
            call()
        took = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    for needle in needles:
        assert needle in str(caught.value), str(caught.value)
    assert took < seconds
    return took, peak


# -- zips that inflate too far -------------------------------------------------------------------------------
def test_a_zip_bomb_is_refused_from_its_directory(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 8 * PIECE)
    bomb = _bomb(tmp_path / "bomb.zip", 64 * PIECE)
    assert bomb.stat().st_size < 200_000
    _took, peak = _refused_quickly(lambda: apply.load(bomb), "bomb.zip holds more than 8 MB")
    assert peak < 4 * PIECE, peak


def _lie_about_sizes(path, size: int) -> None:
    """Rewrite the zip's central directory so its one member claims `size` bytes inflated (zip64 extra)."""
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x01\x02")
    name_len, extra_len = struct.unpack_from("<HH", data, at + 28)
    extra = at + 46 + name_len
    end = extra + extra_len
    while extra < end:
        tag, length = struct.unpack_from("<HH", data, extra)
        if tag == 1:  # zip64: uncompressed size first
            struct.pack_into("<Q", data, extra + 4, size)
            break
        extra += 4 + length
    else:
        struct.pack_into("<I", data, at + 24, size)
    path.write_bytes(bytes(data))


def test_a_zip_that_lies_about_its_sizes_is_still_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 8 * PIECE)
    bomb = _bomb(tmp_path / "liar.zip", 64 * PIECE)
    _lie_about_sizes(bomb, 1000)
    with zipfile.ZipFile(bomb) as archive:
        assert archive.infolist()[0].file_size == 1000
    _took, peak = _refused_quickly(lambda: apply.load(bomb, "dayone-json"), "liar.zip")
    assert peak < 4 * PIECE, peak


def test_read_capped_stops_at_the_budget_whatever_the_stream_says():
    class Endless:
        def read(self, n):
            return b"x" * n

    with pytest.raises(InvalidInput, match="holds more than 256 MB"):
        reading.read_capped(Endless(), "endless.json", budget=3 * PIECE)


def test_a_real_zip_within_the_limit_imports(tmp_path, journal):
    path = tmp_path / "Export.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", dayone_json([dayone_entry(
            "0F8FAD5BD9CB469FA16570867728950E", datetime(2026, 3, 14, 20, 30, tzinfo=UTC), "Hello")]))
    assert apply.run_import(journal, apply.preview(journal, path)).added == 1


# -- not a regular file --------------------------------------------------------------------------------------
def _finishes(call, seconds: float = 10.0):
    """Run `call` in a thread; it must finish (not hang) within `seconds`. Returns what it raised."""
    outcome = []

    def target():
        try:
            call()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the import waited on the pipe"
    return outcome[0]


@pytest.mark.parametrize("fmt", ["auto", "jrnl-txt", "jrnl-json", "dayone-json", "csv", "json"])
def test_a_fifo_is_refused_at_once(tmp_path, fmt):
    fifo = tmp_path / "journal.txt"
    os.mkfifo(fifo)
    error = _finishes(lambda: apply.load(fifo, fmt))
    assert isinstance(error, InvalidInput) and "is a pipe (FIFO), not a file" in str(error), error


def test_a_fifo_backup_is_refused_at_once(tmp_path, journal):
    fifo = tmp_path / "backup.json"
    os.mkfifo(fifo)
    for call in (lambda: read_backup_preview(fifo), lambda: restore_backup(journal, fifo)):
        error = _finishes(call)
        assert isinstance(error, InvalidInput) and "Nothing was changed." in str(error), error


def test_a_device_and_a_folder_are_refused(tmp_path):
    for path, needle in (("/dev/zero", "/dev/zero is a device, not a file"), (str(tmp_path), "is a folder")):
        error = _finishes(lambda path=path: apply.load(path, "jrnl-txt"))
        assert isinstance(error, InvalidInput) and needle in str(error), error


def test_the_cli_refuses_a_fifo_with_exit_2(tmp_path, capsys, monkeypatch):
    fifo = tmp_path / "journal.txt"
    os.mkfifo(fifo)
    data_dir = str(tmp_path / "j")
    assert run_in_process(capsys, ["--data-dir", data_dir, "init", "--no-passphrase"]).code == 0
    result = _finishes_value(lambda: run_in_process(capsys, ["--data-dir", data_dir, "import", str(fifo)]))
    result.assert_one_line_error(2, "is a pipe (FIFO), not a file", "Nothing was imported.")


def _finishes_value(call, seconds: float = 10.0):
    got = []
    error = _finishes(lambda: got.append(call()), seconds)
    if error is not None:
        raise error
    return got[0]


# -- line endings and cut-off files --------------------------------------------------------------------------
def test_cr_only_line_endings_read_as_lines(tmp_path, journal):
    text = jrnl_txt(JRNL)
    lf, cr = tmp_path / "lf.txt", tmp_path / "cr.txt"
    lf.write_text(text, "utf-8")
    cr.write_bytes(text.replace("\n", "\r").encode("utf-8"))
    want = [(e.occurred_at, e.title, e.body) for e in apply.load(lf).entries]
    loaded = apply.load(cr)
    assert len(want) == 3 and [(e.occurred_at, e.title, e.body) for e in loaded.entries] == want
    shown = apply.preview(journal, loaded)
    assert any("old Mac way (CR only)" in p for p in shown.problems), shown.problems
    assert not apply.preview(journal, lf).problems
    assert apply.run_import(journal, shown).added == 3


def test_a_cut_off_jrnl_file_is_imported_with_a_warning(tmp_path, journal):
    text = jrnl_txt(JRNL)
    cut = tmp_path / "cut.txt"
    cut.write_text(text[:-12], "utf-8")  # an interrupted copy: the last entry loses its end
    lines = text[:-12].split("\n")
    last_line = max(n for n, line in enumerate(lines, 1) if line.startswith("["))
    shown = apply.preview(journal, cut)
    warning = next(p for p in shown.problems if "cut off" in p)
    assert "does not end with a line break" in warning and f"(line {last_line})" in warning, warning
    result = apply.run_import(journal, shown)
    assert result.added == 3 and "cut off" in result.summary()
    whole = tmp_path / "whole.txt"
    whole.write_text(text, "utf-8")
    assert not [p for p in apply.preview(journal, whole).problems if "cut off" in p]


def test_the_cli_shows_the_cut_off_warning(tmp_path, capsys, monkeypatch):
    cut = tmp_path / "cut.txt"
    cut.write_text(jrnl_txt(JRNL)[:-12], "utf-8")
    data_dir = str(tmp_path / "j")
    assert run_in_process(capsys, ["--data-dir", data_dir, "init", "--no-passphrase"]).code == 0
    result = run_in_process(capsys, ["--data-dir", data_dir, "import", str(cut)])
    assert result.code == 0, result.err
    assert "may have been cut off" in result.out and result.out.count("cut off") == 2  # preview and result


# -- a record outside the limits is named in the preview -----------------------------------------------------
@pytest.mark.parametrize(("text", "needle"), [
    ("[0001-01-01 10:00] Year one\nx\n", "the date 0001-01-01 is outside the dates this journal holds"),
    ("[2026-03-14 21:30] Fine\n" + "b" * 1_000_001 + "\n", "the text is 1,000,001 characters long"),
])
def test_a_bad_record_is_named_in_the_preview(tmp_path, journal, text, needle):
    path = tmp_path / "bad.txt"
    path.write_text(text, "utf-8")
    with pytest.raises(InvalidInput) as caught:
        apply.preview(journal, path)
    assert needle in str(caught.value) and str(caught.value).endswith("Nothing was imported.")
    assert str(caught.value).startswith("bad.txt, line 1: ")
    assert all_entries(journal) == []


def test_a_bad_uuid_in_a_source_is_named(tmp_path, journal):
    path = tmp_path / "export.json"
    path.write_text(jrnl_json(JRNL[:1], uuids=["not-a-uuid"]), "utf-8")
    with pytest.raises(InvalidInput, match=re.escape("export.json, entry 1: the uuid 'not-a-uuid' is not a UUID")):
        apply.preview(journal, path)
