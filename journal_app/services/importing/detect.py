"""Which kind of file this is, for `--format auto`: by what its first bytes hold, then by the ending of its
name; a clear message when it cannot tell."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg
from journal_app.services.importing.model import NOTHING_IMPORTED
from journal_app.services.importing.reading import read_bytes

FORMATS = ("jrnl-json", "jrnl-txt", "dayone-json", "csv", "json")
# shown through translate("import", ...)
FORMAT_NAMES = {"jrnl-json": QT_TRANSLATE_NOOP("import", "jrnl JSON export"),
                "jrnl-txt": QT_TRANSLATE_NOOP("import", "jrnl journal file"),
                "dayone-json": QT_TRANSLATE_NOOP("import", "Day One export"),
                "csv": QT_TRANSLATE_NOOP("import", "CSV export from this app"),
                "json": QT_TRANSLATE_NOOP("import", "backup from this app")}
BY_ENDING = {".txt": "jrnl-txt", ".jrnl": "jrnl-txt", ".csv": "csv", ".zip": "dayone-json"}
SNIFF_BYTES = 1 << 16
_ENTRY_LINE = re.compile(r"\[?\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}")
_OURS = re.compile(r'"format"\s*:\s*"relationship-patterns-journal"')
_DAY_ONE = re.compile(r'"(?:creationDate|metadata)"\s*:')
_JRNL = re.compile(r'\{\s*"tags"\s*:|"entries"\s*:')  # jrnl writes its tag counts first


def _sniff(head: bytes) -> str | None:
    if head.startswith(b"PK\x03\x04"):
        return "dayone-json"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("utf-8-sig", errors="replace")
    text = text.lstrip()
    if text.startswith("{"):
        if _OURS.search(text):
            return "json"
        if _DAY_ONE.search(text):
            return "dayone-json"
        if _JRNL.search(text):
            return "jrnl-json"
        return None
    if _is_csv_export(text):
        return "csv"
    if _ENTRY_LINE.match(text):
        return "jrnl-txt"
    return None


def _is_csv_export(text: str) -> bool:
    """Starts like this app's CSV export, in any shipped language ("Date,Time,Title,Text," / "Datum,Uhrzeit,…";
    cells a spreadsheet could run are written with a quote first)."""
    from journal_app.services.importing.csv_import import header_starts

    plain = ",".join(cell[1:] if cell.startswith("'") else cell for cell in text[:200].split(",")[:5])
    return plain.startswith(header_starts())


def detect_format(path: Path | str) -> str:
    """One of FORMATS; InvalidInput when the file is missing or empty, or when neither its start nor its name
    says which kind of file it is."""
    path = Path(path)
    head = read_bytes(path, SNIFF_BYTES)
    if not head.strip():
        raise InvalidInput(msg("import", "{file} is empty. {nothing_imported}",
                               file=path.name, nothing_imported=NOTHING_IMPORTED))
    found = _sniff(head) or BY_ENDING.get(path.suffix.lower())
    if found is None:
        raise InvalidInput(
            msg("import", "Which kind of file is {file}? It does not look like one this app can import; if it is, "
                "give --format jrnl-json, jrnl-txt, dayone-json, csv or json. {nothing_imported}",
                file=path.name, nothing_imported=NOTHING_IMPORTED))
    return found
