"""The therapist summary as Markdown, plus the small text pieces every summary renderer shares (dates, trigger
levels, changes). The person's words go in as written; only what could change the document's structure is
defused (body lines are quoted, table cells escape "|", list items escape a leading block marker)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from journal_app.core import i18n
from journal_app.core.i18n import QT_TRANSLATE_NOOP, ntrans, trans, translate
from journal_app.models.analytics_values import TriggerTotals
from journal_app.models.cycle_report import CycleReport
from journal_app.services.exporting.summary import Summary, SummaryEntry, TriggerLevel

if TYPE_CHECKING:
    from journal_app.services.exporting.cycle_tables import Table

# marked for translators (context "export"); shown through translate("export", ...)
WORDS_PRIVATE = QT_TRANSLATE_NOOP("export", "(Words kept private.)")
NOT_RATED = QT_TRANSLATE_NOOP("export", "not rated")
_BLOCK_START = re.compile(r"^(?:[#>+*=`~|-]|\d+(?=[.)]))")  # a block marker at the start of a list item
_HEADING_LINE = re.compile(r"^( {0,3})(#|=+ *$|-+ *$)")  # "# heading", or a setext underline (=== / ---)


# -- shared text pieces --------------------------------------------------------------------------------------
def day_text(day: date) -> str:
    """3 Mar 2026 in English, 03.03.2026 in German (the summary's language, not the computer's locale)."""
    return i18n.short_date(day)


def when_text(moment: datetime) -> str:
    """Tue 3 Mar 2026, 21:40"""
    return trans("export", "{weekday} {date}, {time}", weekday=i18n.weekday_name(moment.weekday(), short=True),
                 date=day_text(moment.date()), time=f"{moment:%H:%M}")


def prepared_text(summary: Summary) -> str:
    return trans("export", "Prepared on {date}", date=day_text(summary.prepared_on))


def level_text(level: TriggerLevel) -> str:
    """Abandonment fear 7, or Withdrawal (not rated)."""
    if level.intensity is None:
        return f"{level.name} ({translate('export', NOT_RATED)})"
    return f"{level.name} {level.intensity}"


def change_text(totals: TriggerTotals) -> str:
    """up 2, down 5 or same; "–" when there is no comparison (nothing earlier to compare with)."""
    if totals.previous_count is None:
        return "–"
    diff = totals.count - totals.previous_count
    if diff == 0:
        return trans("export", "same")
    return trans("export", "up {n}", n=diff) if diff > 0 else trans("export", "down {n}", n=-diff)


def previous_cell(totals: TriggerTotals) -> str:
    """The count in the period before, or "–" when that period is not compared."""
    return "–" if totals.previous_count is None else str(totals.previous_count)


def entries_text(summary: Summary) -> str:
    """How many entries each period's numbers rest on: "20 entries in this period; 8 in the 4 weeks before."
    or, without a comparison, "3 entries in this period; nothing earlier to compare with." """
    n = summary.entries_in_range
    if summary.previous_entries is None:
        return ntrans("export", "%n entry(s) in this period; nothing earlier to compare with.", n)
    return ntrans("export", "%n entry(s) in this period; {previous} in {before}.", n,
                  previous=summary.previous_entries, before=summary.previous_text)


def entry_heading(entry: SummaryEntry) -> str:
    """The date and time, then the title when it is shown and not empty."""
    title = one_line(entry.title or "")
    return f"{when_text(entry.occurred_at)} — {title}" if title else when_text(entry.occurred_at)


def entry_facts(entry: SummaryEntry) -> list[tuple[str, str]]:
    """(label, text) for each detail the entry has: triggers, people, what I did, repair."""
    facts = []
    if entry.triggers:
        facts.append((trans("export", "Triggers"), ", ".join(level_text(t) for t in entry.triggers)))
    if entry.people:
        facts.append((trans("export", "With"), ", ".join(entry.people)))
    if entry.responses:
        facts.append((trans("export", "What I did"), "; ".join(entry.responses)))
    if entry.repair:
        facts.append((trans("export", "Repair"), entry.repair))
    if entry.beliefs:
        facts.append((trans("export", "What I told myself"), "; ".join(entry.beliefs)))
    if entry.kinder:
        facts.append((trans("export", "A kinder thought"), " / ".join(entry.kinder)))
    if entry.moves:
        facts.append((trans("export", "What they did"), "; ".join(entry.moves)))
    if entry.repaired:
        facts.append((trans("export", "Came back together"), entry.repaired))
    return facts


# The charts' words that speak to the person on screen ("What you did"), said in their first person in the summary
# (the chart's words, as charts/responses.py marks them -> the summary's, context "export")
SUMMARY_CHART_WORDS = {
    "What you did in triggered moments": QT_TRANSLATE_NOOP("export", "What I did in triggered moments"),
    "{title}, {per}, {start} to {end}: {moments}, what you did noted in {recorded}. Moments of each kind: "
    "{responses}. Named a need directly in {named} of {recorded} ({named_share}); repaired fully or partly "
    "{repaired} of {answered} that needed it ({repaired_share}).": QT_TRANSLATE_NOOP(
        "export", "{title}, {per}, {start} to {end}: {moments}, what I did noted in {recorded}. Moments of each "
                  "kind: {responses}. Named a need directly in {named} of {recorded} ({named_share}); repaired fully "
                  "or partly {repaired} of {answered} that needed it ({repaired_share})."),
}


def summary_chart_words(text: str) -> str:
    """A chart's `translate` in the summary: its words in the current language, in the person's first person."""
    mine = SUMMARY_CHART_WORDS.get(text)
    return translate("export", mine) if mine is not None else translate("Charts", text)


def chart_alternatives(summary: Summary) -> list[tuple[str, str]]:
    """(chart key, text alternative) for each chart the person chose, when there is a report to draw."""
    if summary.report is None or not summary.charts:
        return []
    from journal_app.charts import LIGHT, build  # matplotlib: only when charts are wanted

    return [(key, build(summary.report, key, LIGHT, summary_chart_words)[1]) for key in summary.charts]


def one_line(text: str) -> str:
    return " ".join(text.split())


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- Markdown ------------------------------------------------------------------------------------------------
def render_markdown(summary: Summary, alternatives: Sequence[tuple[str, str]] | None = None) -> str:
    """The whole summary as one Markdown document. `alternatives`: chart_alternatives(summary) when the caller
    already has them (the Export dialog keeps them between previews), so no chart is built again."""
    out = [f"# {_item(summary.title)}", "", _item(summary.range_text), "", prepared_text(summary) + ".", ""]
    if summary.counts_text:
        out += [_item(summary.counts_text), ""]
    if summary.totals:
        out += [f"## {trans('export', 'In numbers')}", ""]
        out += [f"| {trans('export', 'Trigger')} | {trans('export', 'This period')} | "
                f"{_cell(capitalised(summary.previous_text))} | {trans('export', 'Change')} |",
                "| --- | ---: | ---: | --- |"]
        out += [f"| {_cell(t.name)} | {t.count} | {previous_cell(t)} | {change_text(t)} |"
                for t in summary.totals]
        out += ["", entries_text(summary), ""]
    if summary.insights:
        out += [f"## {trans('export', 'What stands out')}", "", *(f"- {_item(s)}" for s in summary.insights), ""]
    if summary.note.strip():
        out += [f"## {trans('export', 'A note from me')}", "", *_quoted(summary.note), ""]
    if summary.questions:
        bring_up = trans("export", "Things I'd like to bring up")
        out += [f"## {bring_up}", "",
                *(f"- {_item(q)}" for q in summary.questions), ""]
    if summary.cycle is not None:
        out += _cycle(summary.cycle)
    charts = chart_alternatives(summary) if alternatives is None else alternatives
    if charts:
        out += [f"## {trans('export', 'Charts')}", "", *(f"- {_item(alt)}" for _, alt in charts), ""]
    if summary.entries:
        out += [f"## {trans('export', 'Entries')}", ""]
        for entry in summary.entries:
            out += _entry(entry)
    out += ["---", "", f"*{summary.footer}*", ""]
    return "\n".join(out)


def _cycle(cycle: CycleReport) -> list[str]:
    """The cycle: its sentences, the chains that came back with each person, how true each belief felt over time,
    and time to repair (the tables of cycle_tables.py, which the PDF draws too)."""
    from journal_app.services.exporting import cycle_tables

    out = [f"## {trans('export', 'The cycle')}", "", *(f"- {_item(s)}" for s in cycle.sentences), ""]
    tables = [*cycle_tables.chain_tables(cycle), cycle_tables.belief_table(cycle), cycle_tables.repair_table(cycle)]
    for table in tables:
        if table is not None:
            out += _table(table, level="###")
    return out


def _table(table: Table, level: str) -> list[str]:
    """A heading and a Markdown table, number columns right-aligned."""
    return [f"{level} {_heading(table.title)}", "", "| " + " | ".join(_cell(h) for h in table.head) + " |",
            "| " + " | ".join("---:" if n else "---" for n in table.numeric) + " |",
            *("| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows), ""]


def _entry(entry: SummaryEntry) -> list[str]:
    lines = [f"### {_heading(entry_heading(entry))}", ""]
    facts = entry_facts(entry)
    if facts:
        lines += [f"- {label}: {_item(text)}" for label, text in facts] + [""]
    if entry.text_hidden:
        lines += [translate("export", WORDS_PRIVATE), ""]
    elif entry.body and entry.body.strip():
        lines += [*_quoted(entry.body), ""]
    return lines


def _quoted(text: str) -> list[str]:
    """Every line as a blockquote line, so nothing in it reaches the document's own structure; a line that
    would still be a heading inside the quote ("# ...", or a === / --- underline) gets its marker escaped."""
    lines = (_HEADING_LINE.sub(r"\1\\\2", line) for line in text.strip("\n").splitlines())
    return [f"> {line}".rstrip() for line in lines]


def _item(text: str) -> str:
    """One line of inline text that cannot start a block of its own (heading, quote, list, fence)."""
    text = one_line(text)
    marker = _BLOCK_START.match(text)
    if marker is None:
        return text
    if marker.group().isdigit():  # "1. " starts an ordered list: escape the dot, not the digit
        return marker.group() + "\\" + text[marker.end():]
    return "\\" + text


def _heading(text: str) -> str:
    """Heading text whose trailing '#' is not read as a closing sequence."""
    text = one_line(text)
    return text[:-1] + "\\#" if text.endswith("#") else text


def _cell(text: str) -> str:
    return one_line(text).replace("\\", "\\\\").replace("|", "\\|")
