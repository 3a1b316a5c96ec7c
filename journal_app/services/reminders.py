"""When the next check-in reminder is due, and what it says (no Qt; the tray controller shows it).

Times are wall-clock times in the person's zone: "daily at 20:30" stays 20:30 across daylight-saving changes.
A time the clock skips (02:30 on a spring-forward night) fires at the first minute that exists after it; a
time that happens twice (fall-back) fires once, the first time. A reminder never contains journal text."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from journal_app.core.i18n import QT_TRANSLATE_NOOP

FREQUENCIES = ("off", "daily", "weekly")



TRANSLATION_CONTEXT = "Reminders"
# The only words a reminder ever shows: no entry text, no names, no triggers (a notification can be read over
# a shoulder or stay on a lock screen).
REMINDER_TITLE = QT_TRANSLATE_NOOP("Reminders", "A moment to check in?")
REMINDER_BODY = QT_TRANSLATE_NOOP(
    "Reminders", "If something happened today, you can jot it down in a few seconds."
)

_MAX_GAP_MINUTES = 2 * 24 * 60  # the longest clock jump to walk over (a zone once skipped a whole day)


def parse_hhmm(text: str) -> time:
    """"20:30" -> time(20, 30); ValueError for anything else."""
    hours, sep, minutes = (text or "").strip().partition(":")
    if not sep or len(minutes) != 2 or not hours.isdigit() or not minutes.isdigit():
        raise ValueError(f"{text!r} is not a time like 20:30")
    return time(int(hours), int(minutes))


class _Zone:
    """Wall clock <-> instant for one zone: a real zone (zoneinfo) or the system's local time."""

    def __init__(self, tz: tzinfo | None) -> None:
        self.tz = tz  # None: the system's local time (the TZ variable, /etc/localtime)

    def wall(self, instant: datetime) -> datetime:
        """The naive wall-clock time of an aware instant."""
        instant = instant.astimezone(UTC)  # (astimezone to an instant's own tzinfo would change nothing)
        return (instant.astimezone(self.tz) if self.tz else instant.astimezone()).replace(tzinfo=None)

    def instant(self, wall: datetime) -> datetime | None:
        """The first instant showing this naive wall time, or None when the clock skips it."""
        wall = wall.replace(fold=0)
        aware = wall.replace(tzinfo=self.tz) if self.tz else wall.astimezone()
        return aware if self.wall(aware) == wall else None


def _zone_of(now: datetime) -> _Zone:
    # A fixed offset (what datetime.now().astimezone() gives) knows no daylight saving: the system's rules.
    if now.tzinfo is None or isinstance(now.tzinfo, timezone):
        return _Zone(None)
    return _Zone(now.tzinfo)


def _fire_time(zone: _Zone, day: date, at: time) -> datetime:
    """`at` on `day`, or the first valid minute after it when the clock skips that time."""
    wall = datetime.combine(day, at)
    for _ in range(_MAX_GAP_MINUTES):
        found = zone.instant(wall)
        if found is not None:
            return found
        wall += timedelta(minutes=1)
    raise ValueError("no valid local time found near the reminder time")


def next_reminder(now: datetime, frequency: str, time_hhmm: str, weekday: int = 7) -> datetime | None:
    """The next moment after `now` to show the reminder, or None when reminders are off.

    `now` is aware (a zoneinfo zone, or the system's local time when it carries a fixed offset); the result
    is the local wall time with its UTC offset (a fixed-offset tzinfo, safe to compare and subtract) and
    always later than `now`. `frequency` is off, daily or weekly; `weekday`
    (weekly only) is 1 Monday .. 7 Sunday; `time_hhmm` is "HH:MM" local time."""
    if frequency not in FREQUENCIES:
        raise ValueError(f"{frequency!r} is not one of {', '.join(FREQUENCIES)}")
    if frequency == "off":
        return None
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    if frequency == "weekly" and not 1 <= weekday <= 7:
        raise ValueError(f"{weekday!r} is not a weekday from 1 (Monday) to 7 (Sunday)")
    at = parse_hhmm(time_hhmm)
    zone = _zone_of(now)
    today = zone.wall(now).date()
    for offset in range(16):
        day = today + timedelta(days=offset)
        if frequency == "weekly" and day.isoweekday() != weekday:
            continue
        fire = _fire_time(zone, day, at)
        # compared (and returned) with a fixed offset: Python compares and subtracts two datetimes that share
        # one zoneinfo tzinfo by wall time, which is wrong across a clock change
        fire = fire.astimezone(timezone(fire.utcoffset() or timedelta(0)))  # aware: never None
        if fire.astimezone(UTC) > now.astimezone(UTC):
            return fire
    raise ValueError("no reminder time found in the next two weeks")  # pragma: no cover (cannot happen)
