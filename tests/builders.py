"""Fast builders for big test journals (straight SQL in one transaction, same schema as the app)."""

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta

FMT = "%Y-%m-%d %H:%M:%S.%f"
WORDS = ("call", "text", "quiet", "dinner", "weekend", "sorry", "hug", "late", "phone", "walk")


def bulk_entries(db_path, n, *, trigger_every=3, start=datetime(2016, 1, 1, tzinfo=UTC)):
    """Insert n entries spread over time; every `trigger_every`-th one tagged with trigger id 1 (intensity 5)."""
    conn = sqlite3.connect(str(db_path))
    try:
        with conn:
            now = datetime.now(UTC).strftime(FMT)
            rows = []
            for i in range(n):
                at = (start + timedelta(hours=5 * i)).strftime(FMT)
                body = f"Entry {i}: {WORDS[i % len(WORDS)]} and {WORDS[(i * 7) % len(WORDS)]}."
                rows.append((str(uuid.uuid4()), at, now, now, f"Moment {i}", body))
            conn.executemany(
                "INSERT INTO entry (uuid, occurred_at, created_at, updated_at, title, body, shared) "
                "VALUES (?, ?, ?, ?, ?, ?, 0)",
                rows,
            )
            conn.execute(
                "INSERT INTO entry_trigger (entry_id, trigger_id, intensity) "
                "SELECT id, 1, 5 FROM entry WHERE id % ? = 0",
                (trigger_every,),
            )
    finally:
        conn.close()


# -- a realistic journal: for figure tests on real analytics, the dashboard benchmark and screenshots ---------
_MOMENTS = {
    "abandonment-fear": (
        ("He didn't text back", "Sam said he'd text after work and didn't. I checked my phone again and again."),
        ("Left on read", "Priya read my message hours ago and hasn't answered. I keep thinking I did something."),
        ("Plans changed", "Sam moved our evening to tomorrow. I said it was fine and then couldn't settle."),
    ),
    "withdrawal": (
        ("Went quiet at dinner", "Mum asked about the holidays and I went quiet. I changed the subject."),
        ("Needed space", "After the meeting I shut the door and didn't answer anyone for the rest of the day."),
        ("Far away", "Everyone was talking and I felt miles away, like watching from behind glass."),
    ),
    "push-pull": (
        ("Hot and cold", "Alex reached out after weeks. I answered warmly, then ignored the next message."),
        ("Close, then a fight", "We had a lovely evening and then I picked a fight about nothing."),
    ),
    "criticism": (("Feedback", "My manager criticised the report in front of everyone. My chest went tight."),),
    "jealousy": (("Party photos", "Saw photos from the party I skipped and felt left out, then cross with myself."),),
    None: (
        ("A calm day", "Nothing much happened, and that's worth writing down too."),
        ("Walk", "Long walk by the river. Noticed I was breathing more slowly."),
    ),
}
_WHO = {"abandonment-fear": (("Sam", 0.7), ("Priya", 0.2)), "withdrawal": (("Mum", 0.5), ("Jordan", 0.3)),
        "push-pull": (("Alex", 0.5), ("Sam", 0.4)), "criticism": (("Jordan", 0.8),), "jealousy": (("Sam", 0.6),)}
_OLD_WAYS = {"abandonment-fear": ("sought-reassurance", "kept-checking"),
             "withdrawal": ("went-quiet", "left-or-distracted"), "push-pull": ("pushed-then-pulled",),
             "criticism": ("went-quiet",), "jealousy": ("kept-checking",)}
REALISTIC_PEOPLE = {"Sam": "partner", "Mum": "parent", "Alex": "friend", "Priya": "friend", "Jordan": "colleague"}


def realistic_journal(folder, *, days=365, per_day=1.0, end=None, seed=2026, passphrase=None, lengthen=None):
    """A journal in `folder` with `days` of varied entries ending on local day `end` (today), about `per_day`
    a day, where therapy is slowly working: abandonment fear comes up less and less intensely, and more
    triggered moments end with a need named directly and with repair. Returns the number of entries.
    Uses the app's own API for triggers and people, and one SQL transaction for the entries (plain journals
    only; with a passphrase it goes through the app's save, which is slower). `lengthen(body) -> body` may
    add to each body (the benchmark gives its entries realistic lengths)."""
    import random
    from datetime import date, time

    from journal_app.models.values import EntryForm, TriggerMark
    from journal_app.services.journal import Journal

    rng = random.Random(seed)
    end = end or date.today()
    with Journal.open(folder, create=True, passphrase=passphrase) as journal:
        for name in ("Criticism", "Jealousy"):
            journal.add_trigger(name)
        tid = {t.slug: t.id for t in journal.triggers()}
        pid = {name: journal.add_person(name, rel).id for name, rel in REALISTIC_PEOPLE.items()}
        rows = []
        trials = 6 if per_day <= 4 else int(per_day * 1.5 + 1)  # up to `trials` entries on a busy day
        for d in range(days):
            day = end - timedelta(days=days - 1 - d)
            progress = d / max(days - 1, 1)
            n = sum(1 for _ in range(trials) if rng.random() < per_day / trials)
            for _ in range(n):
                hour = rng.choice((7, 8, 12, 13, 17, 19, 20, 21, 21, 22, 22, 23, 23, 0, 1))
                when = datetime.combine(day, time(hour, rng.randrange(60)))
                if rng.random() < 0.35:
                    slugs = []
                else:
                    others = {"withdrawal": 0.45, "push-pull": 0.35, "criticism": 0.11, "jealousy": 0.09}
                    first = ("abandonment-fear" if rng.random() < 0.6 - 0.4 * progress
                             else rng.choices(list(others), list(others.values()))[0])
                    slugs = [first]
                    if first == "push-pull" and rng.random() < 0.45:
                        slugs.append("abandonment-fear")
                    elif rng.random() < 0.12:
                        slugs.append(rng.choice([s for s in ("abandonment-fear", *others) if s != first]))
                marks, people = [], set()
                for slug in slugs:
                    centre = 8 - 4 * progress if slug == "abandonment-fear" else 6
                    level = None if rng.random() < 0.1 else max(0, min(10, round(rng.gauss(centre, 1.6))))
                    marks.append(TriggerMark(tid[slug], level))
                    for name, p in _WHO[slug]:
                        if rng.random() < p:
                            people.add(name)
                            break
                responses, repair = [], None
                if slugs and rng.random() < 0.85:
                    if rng.random() < 0.12 + 0.55 * progress:
                        responses.append("named-my-need" if rng.random() < 0.65 else "paused-first")
                    else:
                        responses.append(rng.choice(_OLD_WAYS[slugs[0]]))
                    r = rng.random()
                    repair = ("yes" if r < 0.15 + 0.45 * progress else "partly" if r < 0.35 + 0.4 * progress
                              else "not-needed" if r < 0.5 + 0.35 * progress else "not-yet")
                title, body = rng.choice(_MOMENTS[slugs[0] if slugs else None])
                if lengthen is not None:
                    body = lengthen(body)
                rows.append(EntryForm(occurred_at=when, title=title, body=body, triggers=tuple(marks),
                                      person_ids=tuple(pid[p] for p in sorted(people)), shared=rng.random() < 0.3,
                                      responses=tuple(responses), repair=repair))
        if passphrase is not None:
            for form in rows:
                journal.save(form)
            return len(rows)
        path = journal.path
    _insert_forms(path, rows)
    return len(rows)


def _insert_forms(db_path, forms):
    from journal_app.core.timeutil import to_utc

    conn = sqlite3.connect(str(db_path))
    now = datetime.now(UTC).strftime(FMT)
    try:
        with conn:
            for form in forms:
                cur = conn.execute(
                    "INSERT INTO entry (uuid, occurred_at, created_at, updated_at, title, body, shared, repair) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (str(uuid.uuid4()), to_utc(form.occurred_at).strftime(FMT), now, now, form.title, form.body,
                     int(form.shared), form.repair),
                )
                eid = cur.lastrowid
                conn.executemany("INSERT INTO entry_trigger (entry_id, trigger_id, intensity) VALUES (?, ?, ?)",
                                 [(eid, m.trigger_id, m.intensity) for m in form.triggers])
                conn.executemany("INSERT INTO entry_person (entry_id, person_id) VALUES (?, ?)",
                                 [(eid, p) for p in form.person_ids])
                conn.executemany("INSERT INTO entry_response (entry_id, response) VALUES (?, ?)",
                                 [(eid, r) for r in form.responses])
    finally:
        conn.close()
