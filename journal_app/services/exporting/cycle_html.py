"""The cycle's page of the therapist summary's PDF (issue 20), as HTML for the PDF's QTextDocument: on a page of its
own, the cycle's sentences, then per person the diagram of the chains that came back most often and their table,
how true each belief felt over time (its chart and table), and time to repair. The tables are cycle_tables.py's,
the ones the Markdown has, so both say the same. Qt-free: pdf.py draws the figures into images and passes in
where each one is (`figures`) and its escaping of text."""

from __future__ import annotations

from collections.abc import Callable

from journal_app.core.i18n import trans
from journal_app.models.cycle_report import CycleReport
from journal_app.services.exporting import cycle_tables
from journal_app.services.exporting.cycle_tables import Table

Figures = dict[str, tuple[int, int, str]]  # key -> (width, height in CSS pixels, text alternative)
BELIEFS_KEY = "cycle-beliefs"
NUMBER_WIDTH = 12  # percent of the page's width for a column of numbers, at least
PERCENT_PER_CHAR = 1.35  # a bold 10 pt letter's share of an A4 or Letter page's text width, in percent
MOST_WIDTH = 40  # percent: a column no wider for a long word (it is broken then)


def person_key(person_id: int) -> str:
    """The image key of the diagram of one person's chains."""
    return f"cycle-person-{person_id}"


def cycle_html(cycle: CycleReport, figures: Figures, escape: Callable[[str], str]) -> list[str]:
    """The cycle section, a piece a line; a figure in `figures` goes in above its table."""
    out = [f"<h2 style='page-break-before: always'>{escape(trans('export', 'The cycle'))}</h2>"]
    if cycle.sentences:
        out.append("<ul>")
        out += [f"<li>{escape(sentence)}</li>" for sentence in cycle.sentences]
        out.append("</ul>")
    for table in cycle_tables.chain_tables(cycle):
        assert table.person is not None
        out += _table(table, figures.get(person_key(table.person.person_id)), person_key(table.person.person_id),
                      escape)
    beliefs = cycle_tables.belief_table(cycle)
    if beliefs is not None:
        out += _table(beliefs, figures.get(BELIEFS_KEY), BELIEFS_KEY, escape)
    repair = cycle_tables.repair_table(cycle)
    if repair is not None:
        out += _table(repair, None, "", escape)
    return out


def _table(table: Table, figure: tuple[int, int, str] | None, key: str, escape: Callable[[str], str]) -> list[str]:
    """The table's heading, its figure (when there is one) with the text alternative, then the table."""
    out = [f"<h3>{escape(table.title)}</h3>"]
    if figure is not None:
        width, height, alternative = figure
        out.append(f"<p style='margin-top: 6px'><img src='chart-{key}.png' width='{width}' height='{height}'></p>")
        out.append(f"<p class='small'>{escape(alternative)}</p>")
    widths = _widths(table)
    out.append("<table cellspacing='0' cellpadding='3' width='100%'>")
    out.append("<thead><tr bgcolor='#eeeeee'>" + "".join(  # a header row: repeated on the next page
        f"<th width='{w}%'{_align(n)}>{escape(h)}</th>" for h, n, w in zip(table.head, table.numeric, widths))
        + "</tr></thead>")
    out += ["<tr>" + "".join(f"<td{_align(n)}>{escape(c)}</td>" for c, n in zip(row, table.numeric)) + "</tr>"
            for row in table.rows]
    out.append("</table>")
    return out


def _widths(table: Table) -> list[int]:
    """Each column's share of the page's width in percent, so that a word is broken only when it could not fit at
    all: each column at least as wide as its longest word (in its heading or its cells, up to a limit) needs, a
    column of numbers at least NUMBER_WIDTH; what is left goes to the text columns, evenly. German's long words
    ("Einschätzungen", "zueinandergefunden") were broken in two."""
    needs = []
    for i, numeric in enumerate(table.numeric):
        words = [w for text in (table.head[i], *(row[i] for row in table.rows)) for w in text.split()]
        longest = max((len(w) for w in words), default=1)
        needs.append(min(MOST_WIDTH, max(NUMBER_WIDTH if numeric else 1, round(longest * PERCENT_PER_CHAR) + 2)))
    spare = 100 - sum(needs)
    if spare < 0:  # too wide: every column a little narrower
        return [max(1, n * 100 // sum(needs)) for n in needs]
    texts = [i for i, numeric in enumerate(table.numeric) if not numeric] or list(range(len(needs)))
    return [n + (spare // len(texts) if i in texts else 0) for i, n in enumerate(needs)]


def _align(numeric: bool) -> str:
    return " align='right'" if numeric else ""
