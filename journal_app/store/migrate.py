"""Schema versions with Alembic. Opening an up-to-date journal never imports Alembic (start-up speed);
an older journal is backed up before it is migrated."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.store import driver

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

HEAD_REVISION = "0013_cycle_decades"  # tests check this matches the newest migration script
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(conn: driver.Connection) -> str | None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    for (version_num,) in conn.execute("SELECT version_num FROM alembic_version LIMIT 1"):
        return str(version_num)
    return None


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships its migration scripts
        raise LookupError(f"There are no migration scripts in {MIGRATIONS_DIR}.")
    return head


def is_known(revision: str) -> bool:
    """Whether this version of the app has a migration with this id (a newer app's journal has not)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None if revision else False


def upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    # The driver runs in autocommit mode (isolation_level=None), so SQLAlchemy's begin() alone would not
    # open an SQLite transaction: begin one ourselves, so a failed migration leaves the schema untouched.
    with engine.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
