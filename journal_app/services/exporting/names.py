"""People as the person chose to show them in an export: by name, by initial ("S.") or by role ("partner").

With "initial" or "role" no full name of anyone in the journal reaches the export: not in the entry details,
not in the sentences, chart labels, legends and text alternatives (the report is relabelled before anything
is drawn or said), and not in the person's own words (titles, entry text, the note, the questions and their
own trigger names), where each name is replaced as a whole word, exactly as it is written in People. Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from journal_app.core.i18n import QT_TRANSLATE_NOOP, translate
from journal_app.models.analytics_values import Matrix, PatternReport
from journal_app.models.cycle_report import Arrow, BeliefTrend, Chain, CycleReport, Step
from journal_app.models.values import PersonInfo

# Marked for translators (context "names") and shown through translate("names", ...), in the current language.
# in the entry details ("With: partner")
ROLE_LABELS = {"partner": QT_TRANSLATE_NOOP("names", "partner"), "parent": QT_TRANSLATE_NOOP("names", "parent"),
               "family": QT_TRANSLATE_NOOP("names", "family"), "friend": QT_TRANSLATE_NOOP("names", "friend"),
               "colleague": QT_TRANSLATE_NOOP("names", "colleague"),
               "therapist": QT_TRANSLATE_NOOP("names", "therapist"), "other": QT_TRANSLATE_NOOP("names", "someone")}
# inside the person's own words, written in the first person ("my partner didn't call"), and in the summary's
# sentences and charts, which are theirs too ("With my partner, I told myself ...")
ROLE_MINE = {"partner": QT_TRANSLATE_NOOP("names", "my partner"), "parent": QT_TRANSLATE_NOOP("names", "my parent"),
             "family": QT_TRANSLATE_NOOP("names", "a family member"),
             "friend": QT_TRANSLATE_NOOP("names", "a friend"), "colleague": QT_TRANSLATE_NOOP("names", "a colleague"),
             "therapist": QT_TRANSLATE_NOOP("names", "my therapist"), "other": QT_TRANSLATE_NOOP("names", "someone")}
SOMEONE = QT_TRANSLATE_NOOP("names", "someone")


def _role(table: dict[str, str], relationship: str) -> str:
    return translate("names", table.get(relationship, SOMEONE))
_SENTENCE_END = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


def initial(name: str) -> str:
    """Sam -> S.; a name that starts with no letter keeps its first character."""
    first = name.strip()[:1]
    return f"{first.upper()}." if first else "?"


class Names:
    """How people are shown in one export (`mode`: name, initial or role), for every person in the journal."""

    def __init__(self, people: list[PersonInfo] | tuple[PersonInfo, ...], mode: str) -> None:
        self.mode = mode
        self._by_name = {p.name: p for p in people if p.name.strip()}
        self._pattern: re.Pattern[str] | None = None
        if mode != "name" and self._by_name:
            longest_first = sorted(self._by_name, key=len, reverse=True)  # "Sam Lee" before "Sam"
            self._pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, longest_first)) + r")(?!\w)")

    @property
    def hides(self) -> bool:
        return self.mode != "name"

    def person(self, person: PersonInfo) -> str:
        """As the entry details show them: Sam, S. or partner."""
        if self.mode == "initial":
            return initial(person.name)
        if self.mode == "role":
            return _role(ROLE_LABELS, person.relationship)
        return person.name

    def label(self, name: str) -> str:
        """A person's name as a chart label and inside a sentence: Sam, S. or my partner (the summary is the
        person's own, in their first person)."""
        if self.mode == "name":
            return name
        found = self._by_name.get(name)
        if self.mode == "initial":
            return initial(name)
        return _role(ROLE_MINE, found.relationship if found else "other")

    def text(self, text: str) -> str:
        """The person's own words with every full name replaced (S., or my partner); unchanged by name."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self._replacement(m, text), text)

    def _replacement(self, match: re.Match[str], text: str) -> str:
        person = self._by_name[match.group()]
        if self.mode == "initial":
            short = initial(person.name)
            return short[:-1] if text.startswith(".", match.end()) else short  # "met Sam." -> "met S."
        words = _role(ROLE_MINE, person.relationship)
        if _SENTENCE_END.search(text[:match.start()]):  # at the start of a sentence: My partner ...
            return words[:1].upper() + words[1:]
        return words

    def report(self, report: PatternReport) -> PatternReport:
        """The report with people relabelled and names taken out of the trigger names: what the charts draw
        and say. (The sentences are made again from it by the caller.)"""
        if not self.hides:
            return report
        tp = report.trigger_person
        people = tuple(self.label(name) for name in tp.column_labels)
        return replace(
            report,
            triggers=tuple(replace(t, name=self.text(t.name)) for t in report.triggers),
            totals=tuple(replace(t, name=self.text(t.name)) for t in report.totals),
            trigger_person=replace(tp, row_labels=self._names(tp.row_labels), column_labels=people,
                                   column_keys=people),
            co_occurrence=self._matrix(report.co_occurrence),
        )

    def cycle(self, report: CycleReport) -> CycleReport:
        """The cycle with people relabelled (as chart labels and in sentences) and names taken out of the person's
        own words in it (beliefs, their own names for moves). (The sentences are made again by the caller.)"""
        if not self.hides:
            return report

        def step(s: Step) -> Step:
            return replace(s, label=self.text(s.label)) if s.kind in ("belief", "they", "trigger") else s

        return relabel_cycle(report, step, self.label, lambda trend: self.text(trend.text))

    def _names(self, labels: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(self.text(label) for label in labels)

    def _matrix(self, m: Matrix) -> Matrix:
        return replace(m, row_labels=self._names(m.row_labels), column_labels=self._names(m.column_labels))


def relabel_cycle(report: CycleReport, step: Callable[[Step], Step], person: Callable[[str], str],
                  belief: Callable[[BeliefTrend], str]) -> CycleReport:
    """The cycle with every step of its chains and arrows passed through `step`, every person's name through
    `person` and the words of every belief's trend made by `belief`."""

    def chain(c: Chain) -> Chain:
        return replace(c, person=None if c.person is None else person(c.person), steps=tuple(step(s) for s in c.steps))

    def arrow(a: Arrow) -> Arrow:
        return replace(a, person=None if a.person is None else person(a.person), source=step(a.source),
                       target=step(a.target))

    return replace(
        report, chains=tuple(chain(c) for c in report.chains),
        people=tuple(replace(p, name=person(p.name), chains=tuple(chain(c) for c in p.chains),
                             arrows=tuple(arrow(a) for a in p.arrows)) for p in report.people),
        beliefs=tuple(replace(t, text=belief(t)) for t in report.beliefs),
    )
