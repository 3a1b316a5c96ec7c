"""When the check-in reminder fires: daily, weekly, around midnight and across daylight-saving changes
(tests/conftest.py sets TZ=Europe/Berlin, so the system's local time has DST too)."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.services import reminders
from journal_app.services.reminders import REMINDER_BODY, REMINDER_TITLE, next_reminder

BERLIN = ZoneInfo("Europe/Berlin")


def at(*args, fold=0):
    return datetime(*args, tzinfo=BERLIN, fold=fold)


def test_off_means_no_reminder():
    assert next_reminder(at(2026, 5, 6, 12, 0), "off", "20:30", 3) is None


def test_daily_later_today_then_tomorrow():
    assert next_reminder(at(2026, 5, 6, 12, 0), "daily", "20:30", 7) == at(2026, 5, 6, 20, 30)
    assert next_reminder(at(2026, 5, 6, 21, 0), "daily", "20:30", 7) == at(2026, 5, 7, 20, 30)


def test_never_now_itself():
    assert next_reminder(at(2026, 5, 6, 20, 30), "daily", "20:30", 7) == at(2026, 5, 7, 20, 30)
    just_before = at(2026, 5, 6, 20, 29, 59, 999999)
    assert next_reminder(just_before, "daily", "20:30", 7) == at(2026, 5, 6, 20, 30)


def test_edges_of_the_day():
    assert next_reminder(at(2026, 5, 6, 23, 59), "daily", "00:00", 7) == at(2026, 5, 7, 0, 0)
    assert next_reminder(at(2026, 5, 6, 0, 0), "daily", "23:59", 7) == at(2026, 5, 6, 23, 59)
    assert next_reminder(at(2026, 12, 31, 23, 0), "daily", "08:00", 7) == at(2027, 1, 1, 8, 0)


def test_weekly_on_the_chosen_weekday():
    # 2026-05-06 is a Wednesday (3)
    assert next_reminder(at(2026, 5, 6, 12, 0), "weekly", "20:30", 3) == at(2026, 5, 6, 20, 30)
    assert next_reminder(at(2026, 5, 6, 21, 0), "weekly", "20:30", 3) == at(2026, 5, 13, 20, 30)
    assert next_reminder(at(2026, 5, 6, 12, 0), "weekly", "09:00", 7) == at(2026, 5, 10, 9, 0)
    assert next_reminder(at(2026, 5, 10, 9, 30), "weekly", "09:00", 1) == at(2026, 5, 11, 9, 0)


def test_spring_forward_fires_at_the_first_minute_that_exists():
    # Berlin 2026-03-29: 02:00 CET jumps to 03:00 CEST
    fire = next_reminder(at(2026, 3, 28, 23, 0), "daily", "02:30", 7)
    assert fire == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert (fire.hour, fire.minute, fire.utcoffset()) == (3, 0, timedelta(hours=2))
    # the day after, back to 02:30
    assert next_reminder(fire, "daily", "02:30", 7) == at(2026, 3, 30, 2, 30)


def test_spring_forward_keeps_an_evening_time_and_counts_the_short_day():
    now = at(2026, 3, 28, 21, 0)
    fire = next_reminder(now, "daily", "20:30", 7)
    assert fire == at(2026, 3, 29, 20, 30)
    assert fire - now == timedelta(hours=22, minutes=30)  # the night was an hour shorter


def test_fall_back_fires_once_at_the_first_of_the_two_times():
    # Berlin 2026-10-25: 03:00 CEST goes back to 02:00 CET, so 02:30 happens twice
    first = next_reminder(at(2026, 10, 25, 1, 0), "daily", "02:30", 7)
    assert first == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    # after it fired, the second 02:30 that night does not fire again
    second_pass = at(2026, 10, 25, 2, 15, fold=1)
    assert second_pass.astimezone(UTC) > first
    assert next_reminder(second_pass, "daily", "02:30", 7) == at(2026, 10, 26, 2, 30)
    assert next_reminder(first, "daily", "02:30", 7) == at(2026, 10, 26, 2, 30)


def test_fall_back_counts_the_long_day():
    now = at(2026, 10, 24, 21, 0)
    assert next_reminder(now, "daily", "20:30", 7) - now == timedelta(hours=24, minutes=30)


def test_system_local_time_follows_the_system_rules():
    # datetime.now().astimezone() carries a fixed offset; the system zone (TZ) supplies the DST rules
    now = datetime(2026, 3, 28, 23, 0).astimezone()
    assert now.utcoffset() == timedelta(hours=1)
    fire = next_reminder(now, "daily", "02:30", 7)
    assert fire == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    fire = next_reminder(datetime(2026, 10, 24, 21, 0).astimezone(), "daily", "20:30", 7)
    assert fire == at(2026, 10, 25, 20, 30) and fire.utcoffset() == timedelta(hours=1)


def test_refuses_what_it_cannot_use():
    with pytest.raises(ValueError):
        next_reminder(datetime(2026, 5, 6, 12, 0), "daily", "20:30", 7)  # naive
    with pytest.raises(ValueError):
        next_reminder(at(2026, 5, 6, 12, 0), "hourly", "20:30", 7)
    with pytest.raises(ValueError):
        next_reminder(at(2026, 5, 6, 12, 0), "daily", "8pm", 7)
    with pytest.raises(ValueError):
        next_reminder(at(2026, 5, 6, 12, 0), "weekly", "20:30", 0)


def test_the_words_hold_no_journal_text_and_stay_gentle():
    assert REMINDER_TITLE == "A moment to check in?"
    assert "jot it down" in REMINDER_BODY
    assert "{" not in REMINDER_TITLE + REMINDER_BODY  # nothing is ever filled in
    assert reminders.TRANSLATION_CONTEXT == "Reminders"


moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 12, 31),
                       timezones=st.just(BERLIN))
times = st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda hm: f"{hm[0]:02d}:{hm[1]:02d}")


@given(now=moments, frequency=st.sampled_from(["daily", "weekly"]), hhmm=times, weekday=st.integers(1, 7))
def test_always_later_than_now_and_within_a_week(now, frequency, hhmm, weekday):
    fire = next_reminder(now, frequency, hhmm, weekday)
    span = fire.astimezone(UTC) - now.astimezone(UTC)
    limit = timedelta(days=1 if frequency == "daily" else 7, hours=1)
    assert timedelta(0) < span <= limit
    local = fire.astimezone(BERLIN)
    if frequency == "weekly":
        assert local.isoweekday() == weekday
    wanted = (int(hhmm[:2]), int(hhmm[3:]))
    if (local.hour, local.minute) != wanted:  # only when the clock skipped that time: the jump's end
        assert local.utcoffset() == timedelta(hours=2) and (local.hour, local.minute) == (3, 0)
        assert (local.month, local.isoweekday()) == (3, 7) and wanted[0] == 2
