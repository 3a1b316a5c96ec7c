"""What goes into a therapist summary: the person's choices (SummaryOptions) and the content built from the
journal (Summary), which every renderer (PDF, Markdown, CSV, print) draws exactly as it is. Entries not
marked "may share" are left out unless the person ticked them one by one or asked for unshared entries, and
the numbers, sentences and charts count only entries marked "may share" unless the person asked to count
private ones too (their words still stay out). People are shown as chosen (name, initial or role)
everywhere: details, sentences, chart labels, text alternatives, and the person's own words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from journal_app.core.i18n import QT_TRANSLATE_NOOP
from journal_app.models.analytics_values import DateRange, PatternReport, TriggerTotals
from journal_app.models.cycle_report import CycleReport

APP_FOOTER = QT_TRANSLATE_NOOP("export", "Prepared by the client with Relationship Patterns Journal")
PEOPLE_MODES = ("name", "initial", "role")  # Sam / S. / partner
DEFAULT_PEOPLE = "initial"  # as the window's Settings start (ui/preferences.py, export/people)
DEFAULT_CHARTS = ("counts", "intensity", "responses")


@dataclass(frozen=True)
class SummaryOptions:
    """The person's choices in the Export dialog (or on the command line)."""

    date_range: DateRange
    range_label: str = ""  # e.g. "Since my last session"; empty: the dates say it all
    include_numbers: bool = True  # counts per trigger and their change
    include_insights: bool = True  # the plain sentences
    charts: tuple[str, ...] = DEFAULT_CHARTS  # keys of journal_app.charts.CHARTS, in this order (PDF only)
    include_entries: bool = True
    include_unshared: bool = False  # every entry in the range, shared or not (the CLI's --include-unshared)
    count_private: bool = False  # numbers, sentences and charts count private entries too (--count-private)
    entry_ids: tuple[int, ...] | None = None  # exactly these entries (ticked in the dialog); None: the default
    text_hidden: frozenset[int] = frozenset()  # these entries show date, triggers, intensity, people, no words
    people: str = "name"  # one of PEOPLE_MODES
    questions: tuple[str, ...] = ()  # things to bring up, as the person chose them
    note: str = ""  # a note to the therapist
    page_size: str = "A4"  # "A4" or "Letter" (PDF)
    include_cycle: bool = False  # the cycle (issue 20): chains, beliefs over time, time to repair
    cycle_people: tuple[int, ...] = ()  # the cycle with these people only (empty: everyone)


@dataclass(frozen=True)
class TriggerLevel:
    name: str
    colour: str
    intensity: int | None  # None: not rated


@dataclass(frozen=True)
class SummaryEntry:
    """One entry as it will be shown. `title` and `body` are None when its words are left out."""

    id: int
    occurred_at: datetime  # local, aware
    title: str | None
    body: str | None
    triggers: tuple[TriggerLevel, ...] = ()
    people: tuple[str, ...] = ()  # already shown as the person chose (name, initial or role)
    responses: tuple[str, ...] = ()  # labels, e.g. "Named my need directly"
    repair: str | None = None  # label, e.g. "Partly"
    shared: bool = True
    beliefs: tuple[str, ...] = ()  # what I told myself, with how true it felt: "“They'll leave” (80%, later 30%)"
    kinder: tuple[str, ...] = ()  # the kinder, more balanced thoughts written later (the person's words)
    moves: tuple[str, ...] = ()  # what they did, per person as shown: "S.: went quiet"
    repaired: str | None = None  # when a later entry repaired it: "after 30 hours; they reached out first"

    @property
    def text_hidden(self) -> bool:
        return self.body is None


@dataclass(frozen=True)
class Summary:
    """Everything a renderer writes, in order: heading and range, numbers, insights, charts, the note,
    questions, entries, footer."""

    title: str
    range: DateRange
    range_text: str  # "Since my last session: 14 Nov 2026 to 27 Nov 2026"
    prepared_on: date
    entries_in_range: int  # the entries the numbers count (shared ones, or all with count_private)
    totals: tuple[TriggerTotals, ...]  # per trigger, this range and the one before (empty: numbers left out)
    previous_text: str  # "the 14 days before" (what previous_count means)
    insights: tuple[str, ...]  # empty: left out
    charts: tuple[str, ...]  # chart keys to draw from `report` (PDF)
    report: PatternReport | None  # for the charts (None when no chart is wanted)
    entries: tuple[SummaryEntry, ...]
    questions: tuple[str, ...]
    note: str
    page_size: str = "A4"
    footer: str = APP_FOOTER
    previous_entries: int | None = None  # entries in the period before; None: not compared (nothing earlier)
    counts_text: str = ""  # one sentence on page 1: which entries the numbers count ("" with no numbers)
    cycle: CycleReport | None = None  # the cycle, people shown as chosen (None: not asked for)


LETTER_COUNTRIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV", "NI", "HN"}


def default_page_size(locale_name: str | None = None) -> str:
    """Letter where that is the usual paper (the Americas' Letter countries, the Philippines), else A4.
    `locale_name` like 'en_US.UTF-8'; by default the environment's LC_PAPER, LC_ALL or LANG."""
    import os

    name = locale_name or os.environ.get("LC_PAPER") or os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    country = name.split(".")[0].split("@")[0].partition("_")[2].upper()
    return "Letter" if country in LETTER_COUNTRIES else "A4"
