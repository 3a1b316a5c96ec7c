"""The promise of the summary: an entry not marked "may share" never appears in a PDF, Markdown or CSV, with
any choice of what to include, unless it was ticked on its own or unshared entries were asked for."""

from __future__ import annotations

import io
import itertools
from datetime import date, datetime, timedelta

import pytest

from journal_app.models.analytics_values import DateRange
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.exporting.build import build_summary
from journal_app.services.exporting.render import render
from journal_app.services.exporting.summary import SummaryOptions

PRIVATE, SHARED = "zanzibarquokka", "lighthousewren"
TODAY = date(2026, 3, 20)
RANGE = DateRange(date(2026, 3, 1), TODAY)


@pytest.fixture
def entries(journal):
    fear = journal.trigger("abandonment-fear").id
    sam = journal.add_person("Sam", "partner")
    shared = journal.save(EntryForm(occurred_at=datetime(2026, 3, 10, 21, 0), title="Texts",
                                    body=f"I felt {SHARED}.", triggers=(TriggerMark(fear, 7),),
                                    person_ids=(sam.id,), shared=True))
    private = journal.save(EntryForm(occurred_at=datetime(2026, 3, 11, 22, 0), title=f"About {PRIVATE}",
                                     body=f"Only for me: {PRIVATE}.", triggers=(TriggerMark(fear, 3),),
                                     person_ids=(sam.id,)))
    return journal, shared.id, private.id


def _text(data: bytes, fmt: str) -> str:
    if fmt == "pdf":
        from pypdf import PdfReader

        return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    return data.decode("utf-8-sig")


CHOICES = list(itertools.product((True, False), (True, False), ((), ("counts",)), ("name", "initial", "role")))


@pytest.mark.parametrize("fmt", ["md", "csv", "pdf"])
def test_private_entry_never_appears_whatever_is_included(qapp, entries, fmt):
    journal, _shared_id, _private_id = entries
    choices = CHOICES if fmt != "pdf" else CHOICES[::5]  # PDFs are slower: a spread of the combinations
    for numbers, insights, charts, people in choices:
        options = SummaryOptions(RANGE, include_numbers=numbers, include_insights=insights, charts=charts,
                                 people=people)
        text = _text(render(build_summary(journal, options, today=TODAY), fmt), fmt)
        assert PRIVATE not in text, (numbers, insights, charts, people)
        assert SHARED in text


@pytest.mark.parametrize("fmt", ["md", "csv", "pdf"])
def test_private_entry_appears_only_when_ticked_or_asked_for(qapp, entries, fmt):
    journal, shared_id, private_id = entries
    ticked = SummaryOptions(RANGE, entry_ids=(shared_id, private_id))
    assert PRIVATE in _text(render(build_summary(journal, ticked, today=TODAY), fmt), fmt)
    asked = SummaryOptions(RANGE, include_unshared=True)
    assert PRIVATE in _text(render(build_summary(journal, asked, today=TODAY), fmt), fmt)
    words_hidden = SummaryOptions(RANGE, entry_ids=(shared_id, private_id), text_hidden=frozenset({private_id}))
    text = _text(render(build_summary(journal, words_hidden, today=TODAY), fmt), fmt)
    assert PRIVATE not in text and SHARED in text  # its triggers and intensity, not its words
    unticked = SummaryOptions(RANGE, entry_ids=(shared_id,), include_unshared=True)  # the ticks decide
    assert PRIVATE not in _text(render(build_summary(journal, unticked, today=TODAY), fmt), fmt)


def test_entries_outside_the_range_are_never_included(entries):
    journal, shared_id, _ = entries
    options = SummaryOptions(DateRange(date(2026, 3, 11), TODAY), entry_ids=(shared_id,))
    assert build_summary(journal, options, today=TODAY).entries == ()


def test_people_by_initial_and_role(entries):
    journal, *_ = entries
    for mode, shown in (("name", ("Sam",)), ("initial", ("S.",)), ("role", ("partner",))):
        summary = build_summary(journal, SummaryOptions(RANGE, people=mode), today=TODAY)
        assert summary.entries[0].people == shown


def test_local_times_and_labels(entries):
    journal, *_ = entries
    summary = build_summary(journal, SummaryOptions(RANGE, range_label="Since my last session"), today=TODAY)
    e = summary.entries[0]
    assert (e.occurred_at.hour, e.occurred_at.utcoffset()) == (21, timedelta(hours=1))  # Berlin, in March
    assert summary.range_text == "Since my last session: 1 Mar 2026 to 20 Mar 2026"
