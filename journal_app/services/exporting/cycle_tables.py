"""The cycle's part of the therapist summary (issue 20) as plain tables, one source for every renderer: the chains
that came back with each person, how true each belief felt over time, and time to repair. The Markdown and the PDF
draw these same rows, so both say the same numbers. Qt-free; the words are in the summary's language and the
people are already shown as chosen (build.cycle_for relabelled them)."""

from __future__ import annotations

from dataclasses import dataclass

from journal_app.core.i18n import ntrans, trans
from journal_app.models.cycle_report import BeliefTrend, Chain, CycleReport, PersonCycle


@dataclass(frozen=True)
class Table:
    """A heading, the column names, which columns hold numbers (right-aligned), and the rows."""

    title: str
    head: tuple[str, ...]
    numeric: tuple[bool, ...]
    rows: tuple[tuple[str, ...], ...]
    person: PersonCycle | None = None  # the chains' person (their diagram goes with the table)


def hours_text(hours: float | None) -> str:
    """'6 hours', '2 days', or "–" when there is no time."""
    if hours is None:
        return "–"
    if hours < 48:
        return ntrans("export", "%n hour(s)", max(1, round(hours)))
    return ntrans("export", "%n day(s)", round(hours / 24))


def percent_text(value: int | None) -> str:
    return "–" if value is None else trans("export", "{n}%", n=value)


def chain_cells(chain: Chain) -> tuple[str, ...]:
    """A chain's steps as the cells of a row ("–" where nothing was recorded) and its count."""
    return (*(s.label if s.key is not None else "–" for s in chain.steps), str(chain.count))


def later_average(trend: BeliefTrend) -> int | None:
    """How true the belief felt on average when looked back on later (None: never re-rated)."""
    return round(sum(p.strength for p in trend.after) / len(trend.after)) if trend.after else None


def first_and_lately(trend: BeliefTrend) -> tuple[int | None, int | None]:
    """How true the belief felt at first and lately: the line through its ratings at the first and the last one.
    With no line to draw (one rating, or all at the same time) both are that rating (their average): a belief
    rated once felt that true at first and lately, as the sentences and the chart say; "–" only without a rating."""
    if trend.start is not None and trend.end is not None:
        return trend.start, trend.end
    mean = trend.mean
    if mean is None:
        return None, None
    felt = round(mean)
    return felt, felt


def chain_tables(cycle: CycleReport) -> list[Table]:
    """Per person with chains: the chains that came back most often with them, most frequent first."""
    head = (trans("export", "Trigger"), trans("export", "What I told myself"), trans("export", "What I did"),
            trans("export", "What they did"), trans("export", "How it ended"), trans("export", "Moments"))
    return [Table(trans("export", "With {person}", person=person.name), head, (False,) * 5 + (True,),
                  tuple(chain_cells(chain) for chain in person.chains), person)
            for person in cycle.people if person.chains]


def belief_table(cycle: CycleReport) -> Table | None:
    """Each belief: how many ratings, how true it felt at first and lately (the line through the ratings), and
    later, looking back."""
    if not cycle.beliefs:
        return None
    head = (trans("export", "Belief"), trans("export", "Ratings"), trans("export", "At first"),
            trans("export", "Lately"), trans("export", "Later, looking back"))
    rows = tuple((t.text, str(t.ratings), *(percent_text(v) for v in first_and_lately(t)),
                  percent_text(later_average(t))) for t in cycle.beliefs)
    return Table(trans("export", "How true each belief felt"), head, (False, True, True, True, True), rows)


def repair_table(cycle: CycleReport) -> Table | None:
    """Per person with moments that needed repair: how many were repaired, within a day, the median time, and who
    reached out first."""
    repaired = [p for p in cycle.people if p.repair.needed]
    if not repaired:
        return None
    head = (trans("export", "Person"), trans("export", "Repaired"), trans("export", "Within a day"),
            trans("export", "Half within"), trans("export", "I reached out first"),
            trans("export", "They reached out first"))
    rows = []
    for p in repaired:
        first = p.repair.reached_first()
        rows.append((p.name, f"{p.repair.repaired} / {p.repair.needed}", str(p.repair.within_a_day),
                     hours_text(p.repair.median_hours), str(first["me"]), str(first["them"])))
    return Table(trans("export", "Time to repair"), head, (False,) + (True,) * 5, tuple(rows))
