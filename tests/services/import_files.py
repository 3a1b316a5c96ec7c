"""Writers for the files other journals export (jrnl, Day One) and this app's CSV, as the importer tests need
them; and a checksum of everything a journal holds, to prove an import changed nothing."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

from journal_app.models.analytics_values import DateRange
from journal_app.models.values import EntryFilter
from journal_app.services.exporting.csv_export import render_csv
from journal_app.services.exporting.summary import Summary, SummaryEntry, TriggerLevel

TABLES = ("entry", "trigger", "person", "entry_trigger", "entry_person", "entry_response", "trigger_guidance")


def jrnl_txt(entries, *, brackets: bool = True, time_format: str = "%Y-%m-%d %H:%M") -> str:
    """A jrnl journal file: entries are (local naive datetime, title, body, starred)."""
    out = []
    for when, title, body, *starred in entries:
        stamp = when.strftime(time_format)
        head = f"[{stamp}] {title}" if brackets else f"{stamp} {title}"
        if starred and starred[0]:
            head += " *"
        out.append(head + ("\n" + body if body else "") + "\n")
    return "\n".join(out)


def jrnl_json(entries, uuids=None) -> str:
    """`jrnl --export json`: entries are (local naive datetime, title, body)."""
    items = []
    for i, (when, title, body, *_rest) in enumerate(entries):
        tags = sorted({t.lower() for t in re.findall(r"(?<!\S)([#@][-+*#/\w]+)", title + " " + body)})
        item = {"title": title, "body": body, "date": when.strftime("%Y-%m-%d"),
                "time": when.strftime("%H:%M"), "tags": tags, "starred": False}
        if uuids:
            item["uuid"] = uuids[i]
        items.append(item)
    counts: dict[str, int] = {}
    for item in items:
        for tag in item["tags"]:
            counts[tag] = counts.get(tag, 0) + 1
    return json.dumps({"tags": counts, "entries": items}, indent=2, ensure_ascii=False)


def escape_markdown(text: str) -> str:
    """As Day One writes text: every ASCII punctuation character escaped with a backslash."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", text)


def dayone_entry(uuid: str, created: datetime, text: str, tags=(), zone: str = "Europe/Berlin") -> dict:
    stamp = created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"uuid": uuid, "creationDate": stamp, "modifiedDate": stamp, "timeZone": zone, "text": text,
            "richText": "{}", "tags": list(tags), "starred": False, "duration": 0,
            "creationDevice": "iPhone", "location": {"localityName": "Berlin"}}


def dayone_json(entries: list[dict]) -> str:
    return json.dumps({"metadata": {"version": "1.0"}, "entries": entries}, indent=2, ensure_ascii=False)


def dayone_zip(path: Path, journals: dict[str, str], extra: dict[str, bytes] | None = None) -> Path:
    """A Day One export zip: {name in the zip: JSON text}, plus other files (photos)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in journals.items():
            archive.writestr(name, text.encode("utf-8"))
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def csv_bytes(entries: list[SummaryEntry], *, bom: bool = False) -> bytes:
    """This app's CSV export of these entries (through the real renderer)."""
    day = date(2026, 1, 1)
    summary = Summary(title="t", range=DateRange(day, day), range_text="", prepared_on=day,
                      entries_in_range=0, totals=(), previous_text="", insights=(), charts=(), report=None,
                      entries=tuple(entries), questions=(), note="")
    return render_csv(summary, bom=bom)


def summary_entry(i: int, when: datetime, title, body, triggers=(), people=(), responses=(), repair=None,
                  shared=False) -> SummaryEntry:
    return SummaryEntry(id=i, occurred_at=when, title=title, body=body,
                        triggers=tuple(TriggerLevel(n, "#000000", v) for n, v in triggers),
                        people=tuple(people), responses=tuple(responses), repair=repair, shared=shared)


def snapshot(journal) -> tuple[int, str]:
    """(entries, checksum of every row of every table and the schema, search index included)."""
    digest = hashlib.sha256()
    with journal.reading() as conn:
        count = conn.exec_driver_sql("SELECT count(*) FROM entry").scalar_one()
        for table in TABLES:
            for row in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY rowid"):
                digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
        for row in conn.exec_driver_sql("SELECT type, name, sql FROM sqlite_master ORDER BY name"):
            digest.update(repr(tuple(row)).encode())
        for row in conn.exec_driver_sql("SELECT rowid FROM entry_fts ORDER BY rowid"):
            digest.update(repr(tuple(row)).encode())
        conn.exec_driver_sql("INSERT INTO entry_fts(entry_fts) VALUES ('integrity-check')")
    return count, digest.hexdigest()


def all_entries(journal):
    """Every entry (not in the Trash), oldest first, in full."""
    rows, cursor = [], None
    while True:
        page = journal.page(EntryFilter(), cursor, 500)
        rows += page.rows
        cursor = page.next_cursor
        if cursor is None:
            break
    return [journal.get(r.id) for r in sorted(rows, key=lambda r: (r.occurred_at, r.id))]
