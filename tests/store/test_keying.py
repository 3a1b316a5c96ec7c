"""Item 3 of issue 14: passphrases never reach SQLCipher's key syntax. A passphrase that looks like a raw
key (`x'<64 hex>'`) is just a passphrase; keys are derived by the app (NFC, PBKDF2-HMAC-SHA512 256,000,
the file's salt) and given as hex; composed and decomposed forms open the same journal; journals made by
older versions (key set with PRAGMA key = '<text>', a decomposed passphrase, or x'…' text that SQLCipher
took as a raw key) still open and are moved to the current key."""

from __future__ import annotations

import os

import pytest

from journal_app.core.errors import StorageError, WrongPassphrase
from journal_app.services import security
from journal_app.services.journal import Journal
from journal_app.store import copies, driver, keys
from tests.privacy.conftest import make_entries, read_entries, snapshot

HEX = "x'" + "2dd29ca851e7b56e4697b0e1f08507293d761a05ce4d1b628663f411a8086d99" + "'"
COMPOSED = "caf\u00e9 lantern orbit pickle"
DECOMPOSED = "cafe\u0301 lantern orbit pickle"
assert COMPOSED != DECOMPOSED


def _sql_seen(monkeypatch) -> list[str]:
    """Every SQL statement the driver runs from now on."""
    seen: list[str] = []
    real = driver.driver.connect

    def tracing(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(driver.driver, "connect", tracing)
    return seen


def test_raw_key_looking_passphrase_is_a_passphrase(data_dir, monkeypatch):
    seen = _sql_seen(monkeypatch)
    with Journal.init(data_dir, passphrase=HEX) as journal:
        saved = make_entries(journal, 3)
    db = data_dir / "journal.db"
    assert db.read_bytes()[:16] != bytes.fromhex(HEX[2:34]), "the file has its own random salt"
    with Journal.open(data_dir, passphrase=HEX) as journal:
        assert {i: journal.get(i).body for i in saved} == saved
    # the text itself is not the key: SQLCipher's raw reading of it does not open the file
    raw = keys.RawKey(bytes.fromhex(HEX[2:-1]), keys.salt_of(db))
    assert not keys.matches(db, raw)
    assert keys.matches(db, keys.derive(HEX, keys.salt_of(db)))
    keyed = [s for s in seen if "key" in s.lower() and ("pragma" in s.lower() or "attach" in s.lower())]
    assert keyed, "the trace saw the keying statements"
    assert all(HEX[2:-1] not in s for s in keyed), "the user's text never reaches a key statement"
    with pytest.raises(WrongPassphrase):
        Journal.open(data_dir, passphrase=HEX.upper())


def test_change_to_and_from_a_raw_key_looking_passphrase(data_dir):
    with Journal.init(data_dir, passphrase="lantern orbit pickle 42") as journal:
        saved = make_entries(journal, 4)
        security.change_passphrase(journal, HEX)
        assert journal.entry_count() == 4
    with pytest.raises(WrongPassphrase):
        Journal.open(data_dir, passphrase="lantern orbit pickle 42")
    with Journal.open(data_dir, passphrase=HEX) as journal:
        assert {i: journal.get(i).body for i in saved} == saved
        security.change_passphrase(journal, "quiet harbour velvet 7")
    assert read_entries(data_dir / "journal.db", "quiet harbour velvet 7") == saved


def test_a_failed_change_keeps_the_old_passphrase_and_says_so(data_dir, monkeypatch):
    """The copy is written with a key that is not the new passphrase's (as the old code did with x'…'):
    the check before the swap catches it; the journal is untouched and the message says so."""
    with Journal.init(data_dir, passphrase="lantern orbit pickle 42") as journal:
        saved = make_entries(journal, 3)
        real_export = driver.export

        def export_with_the_wrong_key(conn, dest, key, *, before=None):
            return real_export(conn, dest, keys.fresh("something else entirely"), before=before)

        monkeypatch.setattr(driver, "export", export_with_the_wrong_key)
        with pytest.raises(StorageError) as failed:
            journal.rewrite_with_key(HEX)
        monkeypatch.setattr(driver, "export", real_export)
        text = str(failed.value)
        assert "not changed" in text and "still opens with the old passphrase" in text, text
        assert "did not open with its passphrase" in text and "not a database" not in text, text
        assert journal.entry_count() == 3  # reopened and usable
    assert not (data_dir / "journal.db.new").exists()
    with Journal.open(data_dir, passphrase="lantern orbit pickle 42") as journal:
        assert {i: journal.get(i).body for i in saved} == saved
    with pytest.raises(WrongPassphrase):
        Journal.open(data_dir, passphrase=HEX)


@pytest.mark.parametrize(("made_with", "opened_with"), [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)])
def test_composed_and_decomposed_open_the_same_journal(data_dir, made_with, opened_with):
    with Journal.init(data_dir, passphrase=made_with) as journal:
        saved = make_entries(journal, 2)
    with Journal.open(data_dir, passphrase=opened_with) as journal:
        assert {i: journal.get(i).body for i in saved} == saved


def _make_the_old_way(data_dir, passphrase: str) -> dict[int, str]:
    """A journal keyed as the old code did it: a new file given `PRAGMA key = '<text>'` (SQLCipher derives
    the key itself, or takes x'…' text as a raw key), filled from a journal made by the app. {id: body}"""
    with Journal.init(data_dir, passphrase="temporary passphrase 1") as journal:
        saved = make_entries(journal, 5)
        source = journal._db.conn_key
    old = data_dir / "old.db"
    conn = driver.driver.connect(str(old), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = {driver.quote(passphrase)}")  # what the old driver.connect did
        conn.execute(f"ATTACH DATABASE ? AS src KEY {source.literal}", (str(data_dir / "journal.db"),))
        conn.execute("SELECT sqlcipher_export('main', 'src')")
        conn.execute("DETACH DATABASE src")
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    os.replace(old, data_dir / "journal.db")
    # and SQLCipher itself opens it with the text:
    check = driver.driver.connect(str(data_dir / "journal.db"))
    try:
        check.execute(f"PRAGMA key = {driver.quote(passphrase)}")
        assert check.execute("SELECT count(*) FROM entry").fetchone()[0] == 5
    finally:
        check.close()
    return saved


@pytest.mark.parametrize("passphrase", ["lantern orbit pickle 42", DECOMPOSED, HEX, "X'" + "ab" * 48 + "'"],
                         ids=["plain text", "decomposed", "raw-key text", "raw key and salt text"])
def test_journals_keyed_by_older_versions_open_and_move_to_the_current_key(data_dir, passphrase):
    saved = _make_the_old_way(data_dir, passphrase)
    db = data_dir / "journal.db"
    current = keys.derive(keys.normal(passphrase), keys.salt_of(db))
    legacy = passphrase != keys.normal(passphrase) or passphrase.lower().startswith("x'")
    assert keys.matches(db, current) is not legacy
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase):
        Journal.open(data_dir, passphrase=passphrase + "!")
    assert snapshot(data_dir) == before
    with Journal.open(data_dir, passphrase=passphrase) as journal:
        assert {i: journal.get(i).body for i in saved} == saved
    found = keys.find(db, passphrase)
    assert found is not None and found[1], "re-keyed to the NFC-derived key"
    if passphrase == DECOMPOSED:
        with Journal.open(data_dir, passphrase=COMPOSED) as journal:
            assert journal.entry_count() == 5
    assert not (data_dir / "journal.db.new").exists()
    assert copies.verify(db, passphrase)["entry"] == 5


def test_legacy_key_is_kept_while_another_process_writes(data_dir):
    """The move to the current key needs the writer lock; without it the journal opens as it is."""
    import subprocess
    import sys
    from pathlib import Path

    saved = _make_the_old_way(data_dir, HEX)
    root = Path(__file__).resolve().parents[2]
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom journal_app.system.instance_lock import JournalLock\n"
         f"lock = JournalLock({str(data_dir)!r}); assert lock.acquire(); print('held', flush=True)\n"
         "sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=root,
        env=dict(os.environ, PYTHONPATH=str(root)))
    try:
        assert holder.stdout.readline().strip() == "held"
        with Journal.open(data_dir, passphrase=HEX) as journal:
            assert {i: journal.get(i).body for i in saved} == saved
        assert keys.find(data_dir / "journal.db", HEX)[1] is False
    finally:
        holder.communicate("", timeout=30)


def test_export_attaches_with_a_derived_key(tmp_path):
    """driver.export with a passphrase: a new salt, the derived key; the text as a raw key opens nothing."""
    src = tmp_path / "src.db"
    conn = driver.connect(str(src), key=None)
    conn.execute("CREATE TABLE t (a)")
    conn.execute("INSERT INTO t VALUES (1)")
    dest = tmp_path / "dest.db"
    driver.export(conn, str(dest), HEX)
    conn.close()
    salt = keys.salt_of(dest)
    assert keys.matches(dest, keys.derive(HEX, salt))
    assert not keys.matches(dest, keys.RawKey(bytes.fromhex(HEX[2:-1]), salt))
