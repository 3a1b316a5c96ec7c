"""The therapist summary as Markdown, plus the small text pieces every summary renderer shares (dates, trigger
levels, changes). The person's words go in as written; only what could change the document's structure is
defused (body lines are quoted, table cells escape "|", list items escape a leading block marker)."""

from __future__ import annotations

import re
from datetime import date, datetime

from journal_app.models.analytics_values import TriggerTotals
from journal_app.services.exporting.summary import Summary, SummaryEntry, TriggerLevel

WORDS_PRIVATE = "(Words kept private.)"
NOT_RATED = "not rated"
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_BLOCK_START = re.compile(r"^(?:[#>+*=`~|-]|\d+(?=[.)]))")  # a block marker at the start of a list item
_HEADING_LINE = re.compile(r"^( {0,3})(#|=+ *$|-+ *$)")  # "# heading", or a setext underline (=== / ---)


# -- shared text pieces --------------------------------------------------------------------------------------
def day_text(day: date) -> str:
    """3 Mar 2026 (English month names, whatever the locale)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def when_text(moment: datetime) -> str:
    """Tue 3 Mar 2026, 21:40"""
    return f"{_DAYS[moment.weekday()]} {day_text(moment.date())}, {moment:%H:%M}"


def prepared_text(summary: Summary) -> str:
    return f"Prepared on {day_text(summary.prepared_on)}"


def level_text(level: TriggerLevel) -> str:
    """Abandonment fear 7, or Withdrawal (not rated)."""
    return f"{level.name} ({NOT_RATED})" if level.intensity is None else f"{level.name} {level.intensity}"


def change_text(totals: TriggerTotals) -> str:
    """up 2, down 5 or same; "–" when there is no comparison (nothing earlier to compare with)."""
    if totals.previous_count is None:
        return "–"
    diff = totals.count - totals.previous_count
    return "same" if diff == 0 else f"up {diff}" if diff > 0 else f"down {-diff}"


def previous_cell(totals: TriggerTotals) -> str:
    """The count in the period before, or "–" when that period is not compared."""
    return "–" if totals.previous_count is None else str(totals.previous_count)


def entries_text(summary: Summary) -> str:
    """How many entries each period's numbers rest on: "20 entries in this period; 8 in the 4 weeks before."
    or, without a comparison, "3 entries in this period; nothing earlier to compare with." """
    n = summary.entries_in_range
    head = f"{n} {'entry' if n == 1 else 'entries'} in this period"
    if summary.previous_entries is None:
        return f"{head}; nothing earlier to compare with."
    return f"{head}; {summary.previous_entries} in {summary.previous_text}."


def entry_heading(entry: SummaryEntry) -> str:
    """The date and time, then the title when it is shown and not empty."""
    title = one_line(entry.title or "")
    return f"{when_text(entry.occurred_at)} — {title}" if title else when_text(entry.occurred_at)


def entry_facts(entry: SummaryEntry) -> list[tuple[str, str]]:
    """(label, text) for each detail the entry has: triggers, people, what I did, repair."""
    facts = []
    if entry.triggers:
        facts.append(("Triggers", ", ".join(level_text(t) for t in entry.triggers)))
    if entry.people:
        facts.append(("With", ", ".join(entry.people)))
    if entry.responses:
        facts.append(("What I did", "; ".join(entry.responses)))
    if entry.repair:
        facts.append(("Repair", entry.repair))
    return facts


def chart_alternatives(summary: Summary) -> list[tuple[str, str]]:
    """(chart key, text alternative) for each chart the person chose, when there is a report to draw."""
    if summary.report is None or not summary.charts:
        return []
    from journal_app.charts import build  # matplotlib: only when charts are wanted

    return [(key, build(summary.report, key)[1]) for key in summary.charts]


def one_line(text: str) -> str:
    return " ".join(text.split())


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- Markdown ------------------------------------------------------------------------------------------------
def render_markdown(summary: Summary) -> str:
    """The whole summary as one Markdown document."""
    out = [f"# {_item(summary.title)}", "", _item(summary.range_text), "", prepared_text(summary) + ".", ""]
    if summary.counts_text:
        out += [_item(summary.counts_text), ""]
    if summary.totals:
        out += ["## In numbers", ""]
        out += [f"| Trigger | This period | {_cell(capitalised(summary.previous_text))} | Change |",
                "| --- | ---: | ---: | --- |"]
        out += [f"| {_cell(t.name)} | {t.count} | {previous_cell(t)} | {change_text(t)} |"
                for t in summary.totals]
        out += ["", entries_text(summary), ""]
    if summary.insights:
        out += ["## What stands out", "", *(f"- {_item(s)}" for s in summary.insights), ""]
    if summary.note.strip():
        out += ["## A note from me", "", *_quoted(summary.note), ""]
    if summary.questions:
        out += ["## Things I'd like to bring up", "", *(f"- {_item(q)}" for q in summary.questions), ""]
    charts = chart_alternatives(summary)
    if charts:
        out += ["## Charts", "", *(f"- {_item(alt)}" for _, alt in charts), ""]
    if summary.entries:
        out += ["## Entries", ""]
        for entry in summary.entries:
            out += _entry(entry)
    out += ["---", "", f"*{summary.footer}*", ""]
    return "\n".join(out)


def _entry(entry: SummaryEntry) -> list[str]:
    lines = [f"### {_heading(entry_heading(entry))}", ""]
    facts = entry_facts(entry)
    if facts:
        lines += [f"- {label}: {_item(text)}" for label, text in facts] + [""]
    if entry.text_hidden:
        lines += [WORDS_PRIVATE, ""]
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
