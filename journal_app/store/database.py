"""Opening, creating and closing a journal folder."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from journal_app.errors import JournalExists, NotAJournal, StorageError
from journal_app.messages import no_journal
from journal_app.paths import database_path
from journal_app.store import engine as engine_mod
from journal_app.store import copies, driver, migrate

REQUIRED_TABLES = {"entry", "trigger", "entry_trigger", "person", "entry_person", "entry_response", "entry_fts"}


def journal_state(data_dir: Path) -> str:
    """'missing' (no journal file yet, or an empty one), 'plain' or 'encrypted'. Reads only the header."""
    path = database_path(data_dir)
    if not path.is_file():
        return "missing"
    kind = engine_mod.check_file_kind(path)
    return "missing" if kind == "new" else kind


def _known(revision: str) -> bool:
    try:
        return migrate.is_known(revision)
    except Exception:  # alembic raises for ids it cannot resolve
        return False


class Database:
    """One open journal: its folder, its file and the engine that talks to it."""

    def __init__(
        self, data_dir: Path, path: Path, engine: Engine, key: str | None = None, conn_key: str | None = None
    ) -> None:
        self.data_dir = data_dir
        self.path = path
        self.engine = engine
        self.key = key  # the passphrase
        self.conn_key = conn_key if conn_key is not None else key  # what connections use (derived once)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @classmethod
    def open(
        cls, data_dir: Path, *, key: str | None = None, create: bool = False, must_be_new: bool = False
    ) -> "Database":
        """Open (or create) the journal in `data_dir`. An encrypted journal needs its passphrase as `key`;
        a new journal is encrypted when a key is given. A plain journal ignores the key."""
        data_dir = Path(data_dir)
        path = database_path(data_dir)
        if data_dir.exists() and not data_dir.is_dir():
            raise NotAJournal(f"{data_dir} is a file, not a journal folder.")
        if path.exists():
            if must_be_new:
                raise JournalExists(f"A journal already exists in {data_dir}; nothing was changed.")
            kind = engine_mod.check_file_kind(path)
            is_new = kind == "new"
            key = engine_mod.require_key(kind, key) if not is_new else (key or None)
        else:
            if not create:
                raise NotAJournal(no_journal(str(data_dir)))
            try:
                engine_mod.make_private_dir(data_dir)
                engine_mod.create_private_file(path)
            except OSError as exc:
                raise StorageError(
                    f"The journal could not be created in {data_dir}: {exc.strerror or exc}."
                ) from None
            is_new = True
            key = key or None

        copies.clean_leftovers(path)
        # An existing encrypted journal: run the key derivation once here; connections use the result.
        conn_key = driver.raw_key(key, driver.file_salt(path)) if key and not is_new else key
        # Look before touching: the PRAGMAs (WAL above all) would rewrite the header of a foreign database.
        revision, tables = engine_mod.probe(path, conn_key) if not is_new else (None, set())
        if revision is None and not is_new and tables:
            raise NotAJournal(
                f"{path} is a database, but not a Relationship Patterns journal. Nothing was changed."
            )
        if revision is not None and revision != migrate.HEAD_REVISION and not _known(revision):
            raise NotAJournal(
                f"{path} was written by a newer version of Relationship Patterns Journal. Please update the "
                "app to open it. Nothing was changed."
            )
        engine = engine_mod.make_engine(path, conn_key)
        try:
            if revision != migrate.HEAD_REVISION:
                if revision is not None:
                    migrate.backup_before_migration(path, revision, conn_key)
                migrate.upgrade(engine)
            elif not REQUIRED_TABLES <= tables:
                raise NotAJournal(f"{path} is missing parts of a journal, so it was not opened. Nothing was changed.")
        except BaseException:
            engine.dispose()
            raise
        engine_mod.tighten_permissions(data_dir, path)
        return cls(data_dir, path, engine, key, conn_key)

    def close(self) -> None:
        self.engine.dispose()
