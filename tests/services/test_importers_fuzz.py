"""Property tests for every importer: entries of odd Unicode written in each format come back exactly, and
damaged files either import cleanly or are refused with InvalidInput, leaving the journal untouched."""

from __future__ import annotations

import io
import os
import shutil
import uuid as uuidlib
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from journal_app.core.errors import InvalidInput
from journal_app.core.timeutil import to_local
from journal_app.models.values import REPAIR, RESPONSES, EntryForm
from journal_app.services.exporting.json_backup import write_backup
from journal_app.services.importing import apply
from journal_app.services.importing.jrnl import _BRACKETED
from journal_app.services.journal import Journal
from tests.services.import_files import (
    all_entries,
    csv_bytes,
    dayone_entry,
    dayone_json,
    dayone_zip,
    escape_markdown,
    jrnl_json,
    jrnl_txt,
    snapshot,
    summary_entry,
)
from tests.services.test_importers import JRNL, _dayone_entries

FUZZ = settings(max_examples=int(os.environ.get("IMPORT_FUZZ_EXAMPLES", "25")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
PIECES = ("😢", "👩‍❤️‍👨", "🏳️‍🌈", "مرحبا", "שלום", "e\u0301", "漢字", "𝕏", "\u200d", "\u2028", "\ufeff",
          "\u00a0", "\x00", "\x1c", "\t", '"', "\\", "'", "#", "@x", "*", "[", "]", "-", "=", ";", ",",
          "word", " ", "\ue000")
CHARS = st.characters(exclude_categories=["Cs"])
TEXT = st.lists(st.one_of(CHARS, st.sampled_from(PIECES)), max_size=12).map("".join)
LINE = TEXT.map(lambda t: t.replace("\r", "").replace("\n", " "))
WHEN = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2150, 12, 31),
                    timezones=st.just(UTC)).map(lambda d: d.replace(second=0, microsecond=0))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template") / "journal"
    Journal.open(folder, create=True).close()
    return folder


class Fresh:
    """A new journal per example, copied from a template (creating one each time is slower)."""

    def __init__(self, template, tmp_path_factory):
        self.template, self.factory = template, tmp_path_factory

    def __call__(self, seeded: bool = False) -> Journal:
        folder = self.factory.mktemp("j") / "journal"
        shutil.copytree(self.template, folder)
        journal = Journal.open(folder)
        if seeded:
            journal.save(EntryForm(occurred_at=datetime(2026, 1, 5, tzinfo=UTC), title="Mine", body="Kept."))
        return journal


@pytest.fixture
def fresh(template, tmp_path_factory):
    return Fresh(template, tmp_path_factory)


def expected_once(items, key):
    """The items an import keeps: the first of each key (minute, title, text)."""
    seen, out = set(), []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            out.append(item)
    return out


def wall(moment: datetime) -> datetime:
    return to_local(moment).replace(tzinfo=None)


def imported(journal, path, fmt):
    preview = apply.preview(journal, path, fmt)
    result = apply.run_import(journal, preview)
    return preview, result, all_entries(journal)


# -- valid files come back exactly ----------------------------------------------------------------------
@FUZZ
@given(st.lists(st.tuples(WHEN, LINE, st.lists(LINE, max_size=4)), min_size=1, max_size=6), st.booleans())
def test_jrnl_txt_round_trip(fresh, tmp_path_factory, raw, brackets):
    entries = []
    for when, title, lines in raw:
        title = title.strip()
        title = title + "." if title == "*" or title.endswith(" *") else title
        body = "\n".join(lines).strip()
        assume(not any(_BRACKETED.fullmatch(line) for line in body.split("\n")))
        entries.append((wall(when), title, body))
    keep = expected_once([e for e in entries if e[1] or e[2]], key=lambda e: e)
    path = tmp_path_factory.mktemp("f") / "journal.txt"
    path.write_text(jrnl_txt(entries, brackets=brackets), encoding="utf-8")
    with fresh() as journal:
        _, result, got = imported(journal, path, "auto" if brackets else "jrnl-txt")
        assert result.added == len(keep)
        assert sorted((wall(g.occurred_at), g.title, g.body) for g in got) == sorted(keep)


@FUZZ
@given(st.lists(st.tuples(WHEN, TEXT, TEXT), min_size=1, max_size=6))
def test_jrnl_json_round_trip(fresh, tmp_path_factory, raw):
    entries = [(wall(when), title.strip(), body.strip()) for when, title, body in raw]
    keep = expected_once([e for e in entries if e[1].strip() or e[2].strip()], key=lambda e: e)
    path = tmp_path_factory.mktemp("f") / "export.json"
    path.write_text(jrnl_json(entries), encoding="utf-8")
    with fresh() as journal:
        _, result, got = imported(journal, path, "auto")
        assert result.added == len(keep)
        assert sorted((wall(g.occurred_at), g.title, g.body) for g in got) == sorted(keep)


TAGS = st.lists(st.sampled_from(["withdrawal", "Sam", "late night", "ünï cödé", "#x"]), unique=True,
                max_size=3)


@FUZZ
@given(st.lists(st.tuples(st.uuids(), WHEN, LINE, TEXT, TAGS), min_size=1, max_size=5,
                unique_by=lambda e: e[0]), st.booleans())
def test_dayone_round_trip(fresh, tmp_path_factory, raw, zipped):
    items, expected = [], []
    for uid, when, title, body, tags in raw:
        title, body = title.strip(), body.lstrip("\r\n")
        text = (f"# {escape_markdown(title)}\n\n" if title else "") + escape_markdown(body)
        items.append(dayone_entry(uid.hex.upper(), when, text, tags))
        unmapped = [t for t in tags if t != "withdrawal"]
        if unmapped:
            body += ("\n\n" if body.strip() else "") + "Tags: " + ", ".join(unmapped)
        if title.strip() or body.strip() or tags:
            expected.append((str(uid), when, title, body, "withdrawal" in tags))
    folder = tmp_path_factory.mktemp("f")
    if zipped:
        path = dayone_zip(folder / "export.zip", {"Journal.json": dayone_json(items)})
    else:
        path = folder / "Journal.json"
        path.write_text(dayone_json(items), encoding="utf-8")
    keep = expected_once(expected, key=lambda e: (e[1], e[2], e[3]))
    with fresh() as journal:
        _, result, got = imported(journal, path, "auto")
        assert result.added == len(keep)
        assert sorted((g.uuid, g.occurred_at, g.title, g.body, bool(g.triggers)) for g in got) == sorted(keep)


NAMES = ["Abandonment fear", "Withdrawal", "Jealousy", "Criticism 🔥", "غيرة"]
PEOPLE = ["Sam", "Zoë", "שרה", "Ann-Marie O'Neil", "李雷"]


@FUZZ
@given(st.lists(st.tuples(
    WHEN, st.one_of(st.none(), st.tuples(LINE, TEXT)),
    st.dictionaries(st.sampled_from(NAMES), st.one_of(st.none(), st.integers(0, 10)), max_size=3),
    st.lists(st.sampled_from(PEOPLE), unique=True, max_size=2),
    st.lists(st.sampled_from(RESPONSES), unique=True, max_size=2),
    st.one_of(st.none(), st.sampled_from(REPAIR)), st.booleans()), min_size=1, max_size=5), st.booleans())
def test_csv_round_trip(fresh, tmp_path_factory, raw, bom):
    rows, expected = [], []
    for i, (when, words, levels, people, did, repair, shared) in enumerate(raw):
        title, body = (words[0].strip(), words[1]) if words else (None, None)
        assume(not (title or "").startswith("'") and not (body or "").startswith("'"))
        rows.append(summary_entry(i, to_local(when), title, body, triggers=levels.items(), people=people,
                                  responses=[label for _, label, _ in did], repair=repair and repair[1],
                                  shared=shared))
        if (title or "").strip() or (body or "").strip() or levels or people or did or repair:
            # CSV times are local and zone-less, like jrnl's: the hour repeated when clocks go back reads
            # as one wall-clock time, so compare wall clocks
            expected.append((wall(when), title or "", body or "", sorted(levels.items()), sorted(people),
                             tuple(key for key, _, _ in did), repair and repair[0], shared))
    keep = expected_once(expected, key=lambda e: e[:3])
    path = tmp_path_factory.mktemp("f") / "entries.csv"
    path.write_bytes(csv_bytes(rows, bom=bom))
    with fresh() as journal:
        _, result, got = imported(journal, path, "auto")
        assert result.added == len(keep)
        assert sorted((wall(g.occurred_at), g.title, g.body, sorted((c.name, c.intensity) for c in g.triggers),
                       sorted(p.name for p in g.people), g.responses, g.repair, g.shared)
                      for g in got) == sorted(keep)


# -- damaged files: a clean import or a clear refusal, never half of it ---------------------------------
def _backup_bytes(fresh) -> bytes:
    with fresh() as journal:
        for when, title, body, *_ in JRNL:
            journal.save(EntryForm(occurred_at=when.astimezone(), title=title, body=body))
        stream = io.BytesIO()
        write_backup(journal, stream)
        return stream.getvalue()


def _samples(fresh, folder) -> dict[str, tuple[str, bytes]]:
    zipped = dayone_zip(folder / "sample.zip", {"Journal.json": dayone_json(_dayone_entries())}).read_bytes()
    csv_rows = [summary_entry(1, datetime(2026, 3, 1, 21, 30).astimezone(), "Title", "Body, \"quoted\"",
                              triggers=[("Withdrawal", 3), ("Jealousy", None)], people=["Sam"],
                              responses=["Went quiet or shut down"], repair="Partly", shared=True),
                summary_entry(2, datetime(2026, 3, 2, 8, 0).astimezone(), "", "=formula", people=["Zoë"])]
    return {
        "jrnl-txt": ("journal.txt", jrnl_txt(JRNL).encode()),
        "jrnl-json": ("export.json", jrnl_json(JRNL, uuids=[uuidlib.UUID(int=i).hex for i in range(3)])
                      .encode()),
        "dayone-json": ("Journal.json", dayone_json(_dayone_entries()).encode()),
        "dayone-zip": ("export.zip", zipped),
        "csv": ("entries.csv", csv_bytes(csv_rows, bom=True)),
        "json": ("backup.json", _backup_bytes(fresh)),
    }


@st.composite
def damage(draw, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, max(0, len(out) - 1)))
        kind = draw(st.sampled_from(["flip", "delete", "insert", "cut", "duplicate"]))
        if kind == "flip" and out:
            out[at] = draw(st.integers(0, 255))
        elif kind == "delete":
            del out[at:at + draw(st.integers(1, 8))]
        elif kind == "insert":
            out[at:at] = draw(st.one_of(st.binary(min_size=1, max_size=6), st.sampled_from(
                [b"\n", b"\"", b"{", b"]", b",", b"\r\n[2026-02-30 10:00] x\n", b"\xc3", b"\xed\xa0\x80",
                 b"\\ud800", b"\x00", b"9" * 30, b"[" * 40])))
        elif kind == "cut":
            del out[at:]
        else:
            out[at:at] = out[at:at + draw(st.integers(1, 200))]
    return bytes(out)


@pytest.mark.parametrize("kind", ["jrnl-txt", "jrnl-json", "dayone-json", "dayone-zip", "csv", "json"])
def test_damaged_files_import_cleanly_or_not_at_all(fresh, tmp_path_factory, kind):
    name, original = _samples(fresh, tmp_path_factory.mktemp("s"))[kind]
    fmt = "dayone-json" if kind == "dayone-zip" else kind

    @FUZZ
    @given(data=damage(original), auto=st.booleans())
    def check(data, auto):
        path = tmp_path_factory.mktemp("f") / name
        path.write_bytes(data)
        with fresh(seeded=kind != "json") as journal:
            before = snapshot(journal)
            try:
                preview = apply.preview(journal, path, "auto" if auto else fmt)
                result = apply.run_import(journal, preview)
            except InvalidInput as exc:
                assert snapshot(journal) == before, str(exc)
                return
            assert snapshot(journal)[0] == before[0] + result.added
            if kind != "json":
                assert result.added == preview.to_add

    check()
