"""Plain value types and the UTC column type (no database needed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from journal_app.core.palette import OKABE_ITO
from journal_app.models.column_types import UTCDateTime
from journal_app.models.cycle_values import BeliefChip, BeliefMark, MoveChip, MoveMark
from journal_app.models.types import STORAGE_FORMAT, from_utc_text, utc_text
from journal_app.models.values import (
    BUILTIN_SLUGS,
    BUILTIN_TRIGGERS,
    EntryDetail,
    EntryFilter,
    EntryForm,
    EntryRow,
    PersonInfo,
    TriggerChip,
    TriggerMark,
    plain_markdown,
)

WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)


def test_utc_text_is_fixed_width_utc():
    plus_two = timezone(timedelta(hours=2))
    assert utc_text(datetime(2026, 7, 1, 21, 30, tzinfo=plus_two)) == "2026-07-01 19:30:00.000000"
    assert utc_text(datetime(2026, 7, 1, 0, 0, 0, 5, tzinfo=UTC)) == "2026-07-01 00:00:00.000005"
    assert len(utc_text(WHEN)) == 26 == UTCDateTime.impl.length


def test_utc_text_refuses_naive():
    with pytest.raises(ValueError):
        utc_text(datetime(2026, 7, 1, 21, 30))


def test_from_utc_text_round_trip():
    value = datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
    back = from_utc_text(utc_text(value))
    assert back == value and back.tzinfo is UTC
    assert datetime.strptime(utc_text(value), STORAGE_FORMAT).year == 1999


def test_text_order_is_time_order():
    zone = timezone(timedelta(hours=-7))
    times = [datetime(2026, 1, 1, h, tzinfo=zone) for h in range(0, 24, 5)] + [WHEN, WHEN + timedelta(microseconds=1)]
    assert sorted(times) == sorted(times, key=utc_text)


def test_decorator_binds_and_reads():
    col = UTCDateTime()
    assert col.process_bind_param(None, None) is None
    assert col.process_result_value(None, None) is None
    assert col.process_result_value(col.process_bind_param(WHEN, None), None) == WHEN


@pytest.mark.parametrize(
    "form, blank",
    [
        (EntryForm(occurred_at=WHEN), True),
        (EntryForm(occurred_at=WHEN, title=" \n", body="\t"), True),
        (EntryForm(occurred_at=WHEN, body="x"), False),
        (EntryForm(occurred_at=WHEN, title="x"), False),
        (EntryForm(occurred_at=WHEN, triggers=(TriggerMark(1),)), False),
        (EntryForm(occurred_at=WHEN, person_ids=(1,)), False),
        (EntryForm(occurred_at=WHEN, shared=True), True),
        (EntryForm(occurred_at=WHEN, beliefs=(), moves=()), True),
        (EntryForm(occurred_at=WHEN, beliefs=(BeliefMark(1, 60),)), False),
    ],
)
def test_entry_form_is_blank(form, blank):
    assert form.is_blank() is blank


def test_detail_to_form_keeps_everything_editable():
    detail = EntryDetail(
        id=7, uuid="u", occurred_at=WHEN, created_at=WHEN, updated_at=WHEN, title="t", body="b", shared=True,
        deleted_at=None,
        triggers=(TriggerChip(2, "withdrawal", "Withdrawal", "#0072B2", 4), TriggerChip(3, "p", "P", "#000000", None)),
        people=(PersonInfo(5, "Sam", "partner"),),
    )
    assert detail.to_form() == EntryForm(
        id=7, occurred_at=WHEN, title="t", body="b", shared=True,
        triggers=(TriggerMark(2, 4), TriggerMark(3, None)), person_ids=(5,), beliefs=(), moves=(),
    )
    # the cycle (issue 20): beliefs with their second step, and what each person did, come back as they were
    later = WHEN.replace(day=20)
    cycled = replace(detail, beliefs=(BeliefChip(4, 80, "kinder", 30, later, text="They'll leave"),),
                     moves=(MoveChip(5, 2, person_name="Sam", slug="went-quiet", name="Went quiet"),))
    form = cycled.to_form()
    assert form.beliefs == (BeliefMark(4, 80, "kinder", 30, later),) and type(form.beliefs[0]) is BeliefMark
    assert form.moves == (MoveMark(5, 2),) and type(form.moves[0]) is MoveMark


@pytest.mark.parametrize(
    "title, preview, heading",
    [
        ("  Title  ", "body", "Title"),
        ("", "\n\n  first words \nsecond", "first words"),
        (" ", "", ""),
    ],
)
def test_entry_row_heading(title, preview, heading):
    row = EntryRow(id=1, uuid="u", occurred_at=WHEN, title=title, preview=preview, shared=False)
    assert row.heading == heading


@pytest.mark.parametrize(
    "text, plain",
    [
        ("**What happened?** Sam said", "What happened? Sam said"),
        ("# Dinner\n__He__ went *quiet*, _again_.", "Dinner\nHe went quiet, again."),
        ("***both*** and ~~gone~~", "both and gone"),
        ("> quoted", "quoted"),
        ("**Was I afraid \\*of\\*?**", "Was I afraid *of*?"),  # escaped stars are the person's own
        ("2*3*4, a * b, snake_case_name, #hashtag, **", "2*3*4, a * b, snake_case_name, #hashtag, **"),
    ],
)
def test_plain_markdown_leaves_out_only_the_markers(text, plain):
    assert plain_markdown(text) == plain


def test_entry_row_previews_read_without_markdown():
    body = "**What happened?**\nSam said he *needed* space.\n\n**What did I feel?**\nScared."
    row = EntryRow(id=1, uuid="u", occurred_at=WHEN, title="", preview=body, shared=False)
    assert row.heading == "What happened?"
    assert row.rest == "Sam said he needed space. What did I feel? Scared."
    titled = EntryRow(id=1, uuid="u", occurred_at=WHEN, title="Dinner", preview="## Later\n__Fine__.",
                      shared=False)
    assert (titled.heading, titled.rest) == ("Dinner", "Later Fine.")


def test_entry_filter_is_search():
    assert EntryFilter().is_search is False
    assert EntryFilter(text=" \t").is_search is False
    assert EntryFilter(text=" a ").is_search is True
    assert EntryFilter(start=date(2026, 1, 1)).is_search is False


def test_builtin_triggers_use_the_palette_in_order():
    assert BUILTIN_SLUGS == ("abandonment-fear", "withdrawal", "push-pull")
    assert tuple(t.colour for t in BUILTIN_TRIGGERS) == OKABE_ITO[:3]


def test_plain_markdown_leaves_private_use_and_astral_characters_as_they_are():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from journal_app.models.values import plain_markdown

    # a character in the supplementary private-use plane once came back as half a surrogate pair
    assert plain_markdown("**bold** \U000fde05 \\* and \uf000") == "bold \U000fde05 * and \uf000"

    @settings(max_examples=300, deadline=None)
    @given(st.text())
    def round_trip(text):
        out = plain_markdown(text)
        out.encode("utf-8")  # never a lone surrogate
        if not any(c in text for c in "*_~#>\\"):
            assert out == text

    round_trip()
