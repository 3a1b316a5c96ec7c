"""The complete JSON backup and its restore: lossless on a big journal of odd Unicode, clear refusals, all or
nothing."""

from __future__ import annotations

import json
import random
import sqlite3
import uuid as uuidlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInput, StorageError
from journal_app.models.values import (
    MAX_BODY_CHARS,
    MAX_TITLE_CHARS,
    RELATIONSHIP_KEYS,
    REPAIR_KEYS,
    RESPONSE_KEYS,
    EntryForm,
)
from journal_app.services import therapy
from journal_app.services.exporting.json_backup import write_backup
from journal_app.services.importing.json_restore import read_backup_preview, restore_backup
from journal_app.services.journal import Journal
from journal_app.store import dump

FMT = "%Y-%m-%d %H:%M:%S.%f"
N_ENTRIES = 5_000
PASSPHRASE = "correct \"horse\" 'battery' 🐎 staple"
TABLES = {"alembic_version", "entry", "trigger", "entry_trigger", "person", "entry_person", "entry_response",
          "trigger_guidance", "therapy_session", "agenda_item",
          "draft",  # the draft is unsaved writing kept through a crash: not part of a backup (checked empty below)
          "safety_plan",  # the safety plan is left out of the plaintext JSON backup (README; checked empty below)
          "belief", "entry_belief", "their_move", "entry_move", "repair_link"}  # the cycle (issue 20)
# an entry row in the snapshot:
# uuid, occurred_at, created_at, updated_at, title, body, shared, deleted_at, repair
TITLE, BODY, DELETED = 4, 5, 7
PIECES = (
    "I felt small 😢", "👩‍❤️‍👨", "👍🏽", "🏳️‍🌈", "مرحبا، كيف حالك؟", "שלום עולם", "e\u0301te\u0301",
    "Z\u0351\u0337a\u0301\u0316l\u0308g\u0327o", "\r\n", "\t", "\u200d", "\u200c", "\u200b", "\u2028",
    "\u2029", "\ufeff", "\u00a0", "漢字かなカナ", "𝕏𝔂𝕫", '"quoted" \\ back\\slash', "\x1b[0m", "\x7f",
    "\x01", "\r", "\n",
    "plain words here", "</script>", '{"json": [1, 2]}', " ", "\U0010fffd", "\ue000", "ǅǲẞß", "\x00",
)
ARTICLES = ["abandonment", "withdrawal", "push-pull", "regulation", "earned-security", "secure-signs"]
WORDS = ("dinner", "quiet", "phone", "weekend", "sorry")
TRIGGER_NAMES = ("Feeling dismissed 🙈", "غيرة", "Criticism", "Ze\u0301ro sum", "批评", "Late\ttexts")
PEOPLE_NAMES = ("Sam", "Zoë", "שרה", "李雷", "Ann-Marie O'Neil", "😀 Friend", "Mum")
BELIEFS = ("I'm too much", "They'll leave 😢", "אני לבד", "I have to handle this alone", "Nobody\tcomes", "ǅǲẞß")
MOVES = ("Cancelled plans", "Sent a 👍", "Laughed it off")


def _text(rng: random.Random, pieces: int) -> str:
    out = [rng.choice(PIECES) if rng.random() < 0.7 else rng.choice(WORDS) for _ in range(pieces)]
    if rng.random() < 0.02:
        out.append("long line " * rng.randrange(500, 3000))  # 5,000–30,000 characters without a newline
    return "".join(out)


def _stamp(rng: random.Random, lo: datetime, hi: datetime) -> datetime:
    micros = rng.randrange(int((hi - lo).total_seconds() * 1_000_000))
    if rng.random() < 0.1:
        micros -= micros % 1_000_000  # whole seconds too: ".000000" must survive as well
    return lo + timedelta(microseconds=micros)


def build_source(folder: Path, seed: int = 20261127, n: int = N_ENTRIES) -> Journal:
    """A plain journal of `n` random entries (odd Unicode, all link kinds, some in the Trash), custom triggers
    and people with odd names, a changed built-in, guidance links, sessions and questions."""
    rng = random.Random(seed)
    utc = UTC
    with Journal.open(folder, create=True) as journal:
        for name in TRIGGER_NAMES:
            journal.add_trigger(name, description=_text(rng, 3) if rng.random() < 0.5 else "")
        triggers = journal.triggers()
        journal.rename_trigger(triggers[1].id, "Shutting down ✋")
        journal.recolour_trigger(triggers[1].id, "#56b4e9")
        journal.set_trigger_archived(triggers[2].id, True)
        journal.set_trigger_archived(triggers[5].id, True)
        for t in reversed(triggers):  # linked in another order than the ids
            if rng.random() < 0.6:
                journal.link_guidance(t.id, rng.sample(ARTICLES, rng.randrange(1, 4)))
        for name in PEOPLE_NAMES:
            journal.add_person(name, rng.choice(RELATIONSHIP_KEYS))
        for text in BELIEFS:
            journal.add_belief(text)
        journal.set_belief_archived(journal.beliefs()[2].id, True)
        for name in MOVES:
            journal.add_move(name)
        journal.rename_move(journal.move("went-quiet").id, "Went silent")
        journal.set_move_archived(journal.move("criticised").id, True)
        trigger_ids = [t.id for t in journal.triggers()]
        person_ids = [p.id for p in journal.people()]
        belief_ids = [b.id for b in journal.beliefs()]
        move_ids = [m.id for m in journal.moves()]
        path = journal.path

    lo, hi = datetime(1999, 1, 1, tzinfo=utc), datetime(2026, 11, 1, tzinfo=utc)
    times: list[tuple[datetime, int]] = []
    conn = sqlite3.connect(path)
    try:
        with conn:
            for _i in range(n):
                occurred = _stamp(rng, lo, hi)
                created = occurred + timedelta(microseconds=rng.randrange(1, 10**11))
                updated = created + timedelta(microseconds=rng.randrange(10**10)) if rng.random() < 0.3 else created
                deleted = updated + timedelta(microseconds=rng.randrange(10**10)) if rng.random() < 0.05 else None
                eid = conn.execute(
                    "INSERT INTO entry (uuid, occurred_at, created_at, updated_at, deleted_at, title, body, "
                    "shared, repair) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (str(uuidlib.UUID(int=rng.getrandbits(128), version=4)), occurred.strftime(FMT),
                     created.strftime(FMT), updated.strftime(FMT), deleted.strftime(FMT) if deleted else None,
                     _text(rng, rng.randrange(4))[:MAX_TITLE_CHARS], _text(rng, rng.randrange(40)),
                     int(rng.random() < 0.3), rng.choice((None, *REPAIR_KEYS))),
                ).lastrowid
                conn.executemany("INSERT INTO entry_response (entry_id, response) VALUES (?, ?)",
                                 [(eid, r) for r in rng.sample(RESPONSE_KEYS, rng.choice((0, 0, 1, 2, 3)))])
                marks = rng.sample(trigger_ids, rng.choice((0, 1, 1, 2, 3)))
                conn.executemany("INSERT INTO entry_trigger (entry_id, trigger_id, intensity) VALUES (?, ?, ?)",
                                 [(eid, t, rng.choice((None, *range(11)))) for t in marks])
                people = rng.sample(person_ids, rng.choice((0, 1, 1, 2)))
                conn.executemany("INSERT INTO entry_person (entry_id, person_id) VALUES (?, ?)",
                                 [(eid, p) for p in people])
                _cycle_rows(conn, rng, eid, people, belief_ids, move_ids, created)
                times.append((occurred, eid))
            times.sort()
            for _ in range(n // 20):  # a later entry repaired an earlier moment (one repair per moment)
                a, b = sorted(rng.sample(range(len(times)), 2))
                conn.execute("INSERT OR IGNORE INTO repair_link (repaired_id, entry_id, reached_first) "
                             "VALUES (?, ?, ?)", (times[a][1], times[b][1], rng.choice((None, "me", "them"))))
    finally:
        conn.close()

    journal = Journal.open(folder)
    for _ in range(25):
        therapy.add_session(journal, date(2020, 1, 1) + timedelta(days=rng.randrange(3000)),
                            _text(rng, rng.randrange(0, 20))[:5000])
    for _ in range(40):
        linked = rng.choice((None, rng.randrange(1, n + 1)))
        item = therapy.add_item(journal, ("Ask about " + _text(rng, 3))[:2000], linked)
        if rng.random() < 0.4:
            therapy.set_item_done(journal, item.id)
    return journal


def _cycle_rows(conn: sqlite3.Connection, rng: random.Random, eid: int, people: list[int], belief_ids: list[int],
                move_ids: list[int], created: datetime) -> None:
    """Beliefs (some re-rated later, with a kinder thought of odd Unicode) and, for each person on the entry,
    what they did."""
    for b in rng.sample(belief_ids, rng.choice((0, 0, 1, 2))):
        later = rng.random() < 0.5
        at = created + timedelta(microseconds=rng.randrange(1, 10**11))
        conn.execute("INSERT INTO entry_belief (entry_id, belief_id, strength, balanced, rerated, rerated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     (eid, b, rng.choice((None, *range(0, 101, 7))),
                      _text(rng, rng.randrange(4))[:2000] if later else "",
                      rng.choice((None, 0, 35, 100)) if later else None, at.strftime(FMT) if later else None))
    for person in people:
        conn.executemany("INSERT INTO entry_move (entry_id, person_id, move_id) VALUES (?, ?, ?)",
                         [(eid, person, m) for m in rng.sample(move_ids, rng.choice((0, 1, 1, 2)))])


def snapshot(journal: Journal) -> dict:
    """Every row of every table, ids replaced by uuids, slugs and names: rows sorted, plus each group's links
    in the order they were made (rowid order)."""
    with journal.reading() as conn:
        tables = {r[0] for r in conn.exec_driver_sql(  # the search index and the rollups are derived from the rows
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'entry_fts%' "
            "AND name NOT LIKE 'rollup_%'")}
        assert tables == TABLES
        assert conn.exec_driver_sql("SELECT count(*) FROM draft").scalar_one() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM safety_plan").scalar_one() == 0
        natural = {
            "entry_id": dict(conn.exec_driver_sql("SELECT id, uuid FROM entry").all()),
            "trigger_id": dict(conn.exec_driver_sql("SELECT id, slug FROM trigger").all()),
            "person_id": dict(conn.exec_driver_sql("SELECT id, name FROM person").all()),
            "belief_id": dict(conn.exec_driver_sql("SELECT id, text FROM belief").all()),
            "move_id": dict(conn.exec_driver_sql("SELECT id, slug FROM their_move").all()),
        }
        natural["repaired_id"] = natural["entry_id"]
        out: dict = {}
        for table in sorted(tables):
            result = conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY rowid")
            columns = list(result.keys())
            rows = [tuple(natural[c][v] if c in natural and v is not None else v
                          for c, v in zip(columns, row) if c != "id") for row in result]
            out[table] = sorted(rows, key=repr)
            out[table + " order"] = {}
            for row in rows:
                out[table + " order"].setdefault(row[0], []).append(row[1:])
        out["schema"] = sorted(tuple(r) for r in conn.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"))  # the search index's triggers are there
        out["fts"] = {word: conn.exec_driver_sql("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH ?",
                                                  (f'"{word}"',)).scalar_one()
                      for word in (*WORDS, "plain", "שלום", "script", "long")}
        return out


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """(journal, its snapshot, a backup file of it)."""
    folder = tmp_path_factory.mktemp("source")
    journal = build_source(folder / "journal")
    backup = folder / "backup.json"
    with open(backup, "wb") as stream:
        assert write_backup(journal, stream) == N_ENTRIES
    yield journal, snapshot(journal), backup
    journal.close()


@pytest.fixture
def empty(tmp_path):
    """An empty journal and its snapshot (plain: all or nothing does not depend on encryption, and SQLCipher's
    memory wiping makes indexing about four times slower)."""
    journal = Journal.open(tmp_path / "target", create=True)
    yield journal, snapshot(journal)
    journal.close()


@pytest.fixture
def empty_encrypted(tmp_path):
    journal = Journal.open(tmp_path / "target", create=True, passphrase=PASSPHRASE)
    yield journal, snapshot(journal)
    journal.close()


# -- (a) lossless ----------------------------------------------------------------------------------------
def test_backup_and_restore_keep_every_field(source, empty_encrypted, tmp_path):
    _, before, backup = source
    target, _ = empty_encrypted
    calls = []
    assert restore_backup(target, backup, lambda done, total: calls.append((done, total))) == N_ENTRIES
    assert target.encrypted
    assert b"SQLite format 3" not in target.path.read_bytes()[:100]

    after = snapshot(target)
    assert after.keys() == before.keys()
    for key in before:
        assert after[key] == before[key], key
    assert len(after["entry"]) == N_ENTRIES and after["trigger_guidance"] and after["agenda_item"]
    assert after["entry_belief"] and after["entry_move"] and after["repair_link"]  # the cycle came along
    assert any(row[4] is not None for row in after["entry_belief"])  # re-rated (entry, belief, strength, text, rerated)
    assert any(row[DELETED] is not None for row in after["entry"])  # the Trash came along
    bodies = [row[BODY] for row in after["entry"]]
    assert any("\r\n" in body for body in bodies) and any("\x00" in body for body in bodies)
    with target.writing() as conn:  # raises if the search index does not match the entries
        conn.exec_driver_sql("INSERT INTO entry_fts(entry_fts) VALUES ('integrity-check')")
    assert target.health_problem() is None

    assert calls[0] == (0, 0) and calls[-1] == (N_ENTRIES, N_ENTRIES)
    assert [c for c in calls if c[1]] == sorted(c for c in calls if c[1])

    # and the restored journal writes the very same backup again (apart from when it was made)
    again = tmp_path / "again.json"
    with open(again, "wb") as stream:
        write_backup(target, stream)

    def lines(path):
        return [line for line in path.read_bytes().splitlines() if not line.startswith(b'  "exported_at"')]

    assert lines(again) == lines(backup)


def test_the_file_is_plain_json_with_exact_times(source):
    _, before, backup = source
    data = json.loads(backup.read_text(encoding="utf-8"))
    assert list(data) == ["format", "schema_version", "app_version", "exported_at", "triggers", "people",
                          "beliefs", "moves", "entries", "sessions", "questions", "repairs"]
    assert (data["format"], data["schema_version"]) == ("relationship-patterns-journal", 2)
    assert len(data["entries"]) == N_ENTRIES
    stored = {row[0]: row for row in before["entry"]}
    for entry in data["entries"][:500]:
        row = stored[entry["uuid"]]
        times = (*row[1:4], row[DELETED])
        for key, value in zip(("occurred_at", "created_at", "updated_at", "deleted_at"), times):
            assert entry[key] == (None if value is None else value.replace(" ", "T") + "Z")
        assert (entry["title"], entry["body"]) == (row[TITLE], row[BODY])
    assert "👩‍❤️‍👨".encode() in backup.read_bytes()  # written as text, not \u escapes
    assert backup.stat().st_size > 1_000_000


def test_preview_counts_what_the_backup_holds(source):
    _, before, backup = source
    preview = read_backup_preview(backup)
    assert preview.entries == N_ENTRIES
    assert preview.trash == sum(row[DELETED] is not None for row in before["entry"])
    assert (preview.triggers, preview.people) == (len(before["trigger"]), len(before["person"]))
    assert (preview.sessions, preview.questions) == (25, 40)
    occurred = sorted(row[1] for row in before["entry"])
    assert preview.first_occurred == datetime.strptime(occurred[0], FMT).replace(tzinfo=UTC)
    assert preview.last_occurred == datetime.strptime(occurred[-1], FMT).replace(tzinfo=UTC)
    assert preview.app_version and preview.exported_at.tzinfo is not None


def test_empty_journal_round_trips(empty, tmp_path):
    target, _ = empty
    backup = tmp_path / "empty.json"
    with open(backup, "wb") as stream:
        assert write_backup(target, stream) == 0
    json.loads(backup.read_text())
    with Journal.open(tmp_path / "other", create=True) as other:
        assert restore_backup(other, backup) == 0
        assert read_backup_preview(backup).first_occurred is None


def test_restore_merges_triggers_and_people_already_there(tmp_path):
    with Journal.open(tmp_path / "a", create=True) as a:
        envy = a.add_trigger("Envy", colour="#009E73")
        a.rename_trigger(envy.id, "Jealousy")  # slug "envy", name "Jealousy"
        sam = a.add_person("Sam", "partner")
        a.save(EntryForm(occurred_at=datetime(2026, 3, 1, tzinfo=UTC), body="x",
                         person_ids=(sam.id,)))
        backup = tmp_path / "a.json"
        with open(backup, "wb") as stream:
            write_backup(a, stream)
    with Journal.open(tmp_path / "b", create=True) as b:
        b.add_trigger("JEALOUSY")  # the same name in another case, slug "jealousy", another colour
        b.add_person("SAM", "friend")
        b.add_person("Priya", "friend")
        restore_backup(b, backup)
        assert [(t.slug, t.name, t.colour) for t in b.triggers() if not t.builtin] == [
            ("envy", "Jealousy", "#009E73")]
        assert [(p.name, p.relationship) for p in b.people()] == [("Priya", "friend"), ("Sam", "partner")]
        assert b.people_names([b.page().rows[0].id]) == {b.page().rows[0].id: ("Sam",)}


@pytest.mark.parametrize("chunk", [7, 1 << 20])
def test_items_across_read_boundaries(tmp_path, monkeypatch, chunk):
    """Read 7 characters at a time, every number, escape and emoji is split somewhere; an entry of the longest
    text an entry holds needs the buffer to grow."""
    from journal_app.services.importing import json_restore

    journal = build_source(tmp_path / "small", seed=7, n=150)
    body = (_text(random.Random(1), 200) * 2000)[:MAX_BODY_CHARS]
    assert len(json.dumps(body)) > json_restore.CHUNK_CHARS  # longer than one read, as written
    journal.save(EntryForm(occurred_at=datetime(2026, 3, 1, tzinfo=UTC), title="Long", body=body))
    backup = tmp_path / "small.json"
    with open(backup, "wb") as stream:
        assert write_backup(journal, stream) == 151
    monkeypatch.setattr(json_restore, "CHUNK_CHARS", chunk)
    assert read_backup_preview(backup).entries == 151
    with Journal.open(tmp_path / "copy", create=True) as copy:
        restore_backup(copy, backup)
        assert snapshot(copy) == snapshot(journal)
    journal.close()


# -- (b) clear refusals ----------------------------------------------------------------------------------
T = "2026-03-14T20:15:00.000000Z"
U1 = "0f8fad5b-d9cb-469f-a165-70867728950e"
U2 = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
_BELIEF = {"text": "I'm too much", "archived": False, "created_at": T}
_LINK = {"belief": "I'm too much", "strength": 80, "balanced": "I was tired, not too much.", "rerated": 30,
         "rerated_at": T}
_MOVE = {"slug": "went-quiet", "name": "Went quiet", "builtin": True, "archived": False, "sort_order": 1,
         "created_at": T}
_SAM = {"name": "Sam", "relationship": "partner", "created_at": T}


def _doc(**changes) -> dict:
    doc = {"format": "relationship-patterns-journal", "schema_version": 1, "app_version": "0.1.0",
           "exported_at": T, "triggers": [], "people": [],
           "entries": [{"uuid": U1, "occurred_at": T, "created_at": T, "updated_at": T,
                        "deleted_at": None, "title": "t", "body": "b", "shared": False, "repair": None,
                        "responses": [], "triggers": [], "people": []}],
           "sessions": [], "questions": []}
    doc.update(changes)
    return doc


def _entry(**changes) -> dict:
    return {**_doc()["entries"][0], **changes}


def _write(path: Path, content) -> Path:
    if isinstance(content, dict):
        content = json.dumps(content)
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return path


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"Dear diary, today I", "not a JSON file"),
    (b"\xff\xfe\x00\x01binary", "not a JSON file"),
    (b'{"format": "relationship-patterns-journal", "schema_version": 1,, }', "not valid JSON (near line 1)"),
    (b'{"format": "relationship-patterns-journal", "schema_version": 1, "x": ' + b"[" * 100_000,
     "not valid JSON"),
    (b'{"format": "relationship-patterns-journal", "schema_version": ' + b"9" * 5000 + b"}", "not valid JSON"),
    (b'{"format": "relationship-patterns-journal", 7: 1}', "not valid JSON"),
    (b"[1, 2, 3]", "not a backup made by Relationship Patterns Journal"),
    (b'{"format": "relationship-patterns-journal"}', 'has no "schema_version"'),
    ({"tags": {}, "entries": []}, "not a backup made by Relationship Patterns Journal"),  # jrnl's export
    (_doc(format="other-journal"), "not a backup made by Relationship Patterns Journal"),
    (_doc(schema_version=3), "made by a newer version of Relationship Patterns Journal"),
    (_doc(schema_version="1"), "is not a version number"),
    ({k: v for k, v in _doc().items() if k != "sessions"}, 'has no "sessions" list'),
    (_doc(entries=[{k: v for k, v in _entry().items() if k != "occurred_at"}]),
     f'entry 1 ({U1}) has no "occurred_at"'),
    (_doc(entries=[_entry(occurred_at="2026-13-01T10:00:00.000000Z")]), 'bad "occurred_at" time'),
    (_doc(entries=[_entry(created_at="2026-03-01T10:00:00")]), 'bad "created_at" time'),  # no time zone
    (_doc(entries=[_entry(), _entry()]), f"the entry uuid '{U1}' appears more than once"),
    (_doc(entries=[_entry(triggers=[{"trigger": "nope", "intensity": 3}])], ), "trigger 'nope' is not in"),
    (_doc(entries=[_entry(shared="yes")]), '"shared" that is not true or false'),
    (_doc(entries=[_entry(body="\ud800")]), "lone surrogate"),
    (_doc(entries=[_entry(triggers=[{"trigger": "push-pull", "intensity": 11}])]),
     "the intensity of push-pull is 11; intensities are whole numbers from 0 to 10"),
    (_doc(questions=[{"uuid": U1, "text": "x", "entry": "1b4e28ba-2fa1-11d2-883f-0000f8a3fe14", "created_at": T,
                      "done_at": None}]),
     "refers to an entry that is not in the backup"),
    # the cycle (format 2)
    (_doc(entries=[_entry(beliefs=[{"belief": "They'll leave", "strength": 50, "balanced": "",
                                    "rerated": None, "rerated_at": None}])]), "belief \"they'll leave\" is not in"),
    (_doc(beliefs=[_BELIEF], entries=[_entry(beliefs=[{**_LINK, "strength": 101}])]),
     "how true the belief felt is 101; it is a whole number from 0 to 100"),
    (_doc(beliefs=[_BELIEF], entries=[_entry(beliefs=[_LINK, {**_LINK, "belief": "I'M TOO MUCH"}])]),
     "names the same belief twice"),
    (_doc(beliefs=[_BELIEF, {**_BELIEF, "text": "i'm too much"}]),
     "the belief \"i'm too much\" appears more than once"),
    (_doc(moves=[_MOVE], entries=[_entry(moves=[{"person": "Sam", "move": "went-quiet"}])]),
     'has a move of someone who is not in its "people"'),
    (_doc(people=[_SAM], entries=[_entry(people=["Sam"], moves=[{"person": "Sam", "move": "shrugged"}])]),
     "move 'shrugged' is not in the backup's \"moves\""),
    (_doc(repairs=[{"entry": U1, "repaired": U2, "reached_first": None}]),
     "refers to an entry that is not in the backup"),
    (_doc(repairs=[{"entry": U1, "repaired": U1, "reached_first": None}]), "says an entry repaired itself"),
    (_doc(entries=[_entry(), _entry(uuid=U2)], repairs=[{"entry": U1, "repaired": U2, "reached_first": "both"}]),
     "\"reached_first\" 'both' this app does not know"),
])
def test_refusals_are_clear_and_change_nothing(empty, tmp_path, content, message):
    target, before = empty
    path = _write(tmp_path / "backup.json", content)
    with pytest.raises(InvalidInput) as preview_error:
        read_backup_preview(path)
    with pytest.raises(InvalidInput) as restore_error:
        restore_backup(target, path)
    for error in (preview_error, restore_error):
        assert message in str(error.value)
    assert "Nothing was changed" in str(restore_error.value) or "no file" in str(restore_error.value)
    assert snapshot(target) == before


def test_a_backup_from_before_the_cycle_still_restores(empty, tmp_path):
    """Format 1 had no beliefs, moves or repairs: its entries come back without them."""
    target, _ = empty
    restore_backup(target, _write(tmp_path / "v1.json", _doc()))
    (row,) = target.page().rows
    detail = target.get(row.id)
    assert (detail.body, detail.beliefs, detail.moves, detail.repairs) == ("b", (), (), ())
    assert [m.slug for m in target.moves()] == ["reached-out", "went-quiet", "criticised", "reassured", "pulled-away"]


def test_the_cycle_round_trips_through_the_backup(empty, tmp_path):
    """A belief re-rated with a kinder thought, what Sam did, and a repair that links back, restored exactly."""
    target, _ = empty
    doc = _doc(schema_version=2, people=[_SAM], beliefs=[_BELIEF], moves=[_MOVE],
               entries=[_entry(people=["Sam"], beliefs=[_LINK], moves=[{"person": "Sam", "move": "went-quiet"}]),
                        _entry(uuid=U2, occurred_at="2026-03-15T08:00:00.000000Z", people=["Sam"])],
               repairs=[{"entry": U2, "repaired": U1, "reached_first": "them"}])
    restore_backup(target, _write(tmp_path / "v2.json", doc))
    first, second = (target.get(r.id) for r in reversed(target.page().rows))
    (belief,) = first.beliefs
    assert (belief.text, belief.strength, belief.balanced, belief.rerated) == (
        "I'm too much", 80, "I was tired, not too much.", 30)
    assert belief.rerated_at == datetime(2026, 3, 14, 20, 15, tzinfo=UTC)
    assert [(m.person_name, m.slug) for m in first.moves] == [("Sam", "went-quiet")]
    assert first.repaired_by is not None and first.repaired_by.entry_id == second.id
    assert (first.repaired_by.reached_first, first.repaired_by.hours) == ("them", 11.75)
    again = tmp_path / "again.json"
    with open(again, "wb") as stream:
        write_backup(target, stream)
    data = json.loads(again.read_text())
    assert data["repairs"] == doc["repairs"] and data["beliefs"] == doc["beliefs"]
    assert [e["beliefs"] for e in data["entries"]] == [[_LINK], []]


def test_missing_file_and_folder(empty, tmp_path):
    with pytest.raises(InvalidInput, match="There is no file"):
        read_backup_preview(tmp_path / "nope.json")
    with pytest.raises(InvalidInput, match="is a folder"):
        read_backup_preview(tmp_path)


@pytest.mark.parametrize("where", ["start", "middle", "multibyte", "end"])
def test_truncated_backup_is_refused(source, empty, tmp_path, where):
    target, before = empty
    data = source[2].read_bytes()
    cut = {"start": 200, "middle": len(data) // 2, "end": len(data) - 3,
           "multibyte": data.index("👩".encode(), len(data) // 3) + 2}[where]
    path = _write(tmp_path / "cut.json", data[:cut])
    with pytest.raises(InvalidInput, match="cut short"):
        read_backup_preview(path)
    with pytest.raises(InvalidInput, match="cut short"):
        restore_backup(target, path)
    assert snapshot(target) == before


def test_only_into_an_empty_journal(source, tmp_path):
    with Journal.open(tmp_path / "busy", create=True) as busy:
        entry = busy.save(EntryForm(occurred_at=datetime(2026, 3, 1, tzinfo=UTC), body="mine"))
        busy.move_to_trash(entry.id)  # even one in the Trash
        before = snapshot(busy)
        with pytest.raises(InvalidInput, match=r"only into an empty journal.*1 entry \(1 in the Trash\)"):
            restore_backup(busy, source[2])
        assert snapshot(busy) == before
    with Journal.open(tmp_path / "sessions", create=True) as planned:
        therapy.add_session(planned, date(2026, 3, 1))
        before = snapshot(planned)
        with pytest.raises(InvalidInput, match=r"only into an empty journal.*holds 1 session\."):
            restore_backup(planned, source[2])
        assert snapshot(planned) == before


# -- (c) all or nothing ----------------------------------------------------------------------------------
def test_failure_midway_changes_nothing(source, empty, monkeypatch):
    target, before = empty
    real, calls = dump.insert_entries, []

    def failing(conn, *args):
        calls.append(1)
        if len(calls) == 5:  # 2,000 entries are in by now
            raise StorageError("The journal could not be saved or read because the disk is full.")
        return real(conn, *args)

    monkeypatch.setattr(dump, "insert_entries", failing)
    with pytest.raises(StorageError, match="disk is full"):
        restore_backup(target, source[2])
    assert len(calls) == 5
    assert snapshot(target) == before


def test_duplicate_uuid_appearing_midway_changes_nothing(source, empty, tmp_path):
    """The file is checked, then (as if another program wrote it) gains a duplicate uuid at entry 3,001 before
    the entries are written: 3,000 are in when it is found, and all of it is rolled back."""
    target, before = empty
    data = json.loads(source[2].read_text(encoding="utf-8"))
    path = _write(tmp_path / "backup.json", source[2].read_bytes())
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if total and not done:  # checked; writing starts now
            data["entries"][3000]["uuid"] = data["entries"][10]["uuid"]
            _write(path, json.dumps(data, ensure_ascii=False))

    with pytest.raises(InvalidInput, match="appears more than once"):
        restore_backup(target, path, progress)
    assert (3000, N_ENTRIES) in seen
    assert snapshot(target) == before


def test_cancel_from_progress_changes_nothing(source, empty):
    target, before = empty

    class Cancelled(Exception):
        pass

    def progress(done, total):
        if done >= 2500:
            raise Cancelled

    with pytest.raises(Cancelled):
        restore_backup(target, source[2], progress)
    assert snapshot(target) == before


def test_file_changed_between_check_and_write_is_refused(source, empty, tmp_path):
    target, before = empty
    data = json.loads(source[2].read_text(encoding="utf-8"))
    path = _write(tmp_path / "backup.json", source[2].read_bytes())

    def progress(done, total):
        if total and not done:
            data["sessions"][0]["note"] += " (edited)"
            _write(path, json.dumps(data, ensure_ascii=False))

    with pytest.raises(InvalidInput, match="changed while it was being restored"):
        restore_backup(target, path, progress)
    assert snapshot(target) == before


def test_write_failure_surfaces_as_os_error(source):
    class Full:
        def write(self, data):
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        write_backup(source[0], Full())
