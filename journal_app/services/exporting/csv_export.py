"""The therapist summary's entries as CSV, one row per entry and one column per trigger, for a spreadsheet; the
cycle's columns (what I told myself, a kinder thought, what they did, when we came back together) come last.
Cells a spreadsheet would run as a formula are prefixed with a single quote."""

from __future__ import annotations

import csv
import io

from journal_app.core.i18n import trans, translate
from journal_app.services.exporting.markdown import NOT_RATED
from journal_app.services.exporting.summary import Summary, SummaryEntry

BOM = b"\xef\xbb\xbf"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(summary: Summary, bom: bool = False) -> bytes:
    """UTF-8 CSV with a header row; `bom` adds a byte order mark so spreadsheets read it as UTF-8."""
    triggers = _trigger_columns(summary)
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    header = (trans("export", "Date"), trans("export", "Time"), trans("export", "Title"), trans("export", "Text"),
              *triggers, trans("export", "People"), trans("export", "What I did"), trans("export", "Repair"),
              trans("export", "Shared"), *cycle_columns())
    writer.writerow([_safe(cell) for cell in header])
    for entry in summary.entries:
        writer.writerow([_safe(cell) for cell in _row(entry, triggers)])
    data = stream.getvalue().encode("utf-8")
    return BOM + data if bom else data


def _trigger_columns(summary: Summary) -> list[str]:
    """Names of the triggers on any entry: in the order of the numbers table, then as they first appear."""
    used: dict[str, None] = {}
    for entry in summary.entries:
        used.update((level.name, None) for level in entry.triggers)
    ordered = [t.name for t in summary.totals if t.name in used]
    return ordered + [name for name in used if name not in ordered]


def _row(entry: SummaryEntry, triggers: list[str]) -> list[str]:
    levels = {level.name: level.intensity for level in entry.triggers}
    cells = []
    for name in triggers:
        if name not in levels:
            cells.append("")
        else:
            cells.append(translate("export", NOT_RATED) if levels[name] is None else str(levels[name]))
    return [
        entry.occurred_at.date().isoformat(),
        f"{entry.occurred_at:%H:%M}",
        entry.title or "",
        entry.body or "",
        *cells,
        "; ".join(entry.people),
        "; ".join(entry.responses),
        entry.repair or "",
        trans("export", "yes") if entry.shared else trans("export", "no"),
        "; ".join(entry.beliefs),
        " / ".join(entry.kinder),
        "; ".join(entry.moves),
        entry.repaired or "",
    ]


def cycle_columns() -> tuple[str, ...]:
    """The cycle's columns, after "Shared" (importing/csv_import.py reads a file with or without them)."""
    return (trans("export", "What I told myself"), trans("export", "A kinder thought"),
            trans("export", "What they did"), trans("export", "Came back together"))


def _safe(cell: str) -> str:
    """The cell as text a spreadsheet shows, never runs."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
