"""The copy made before the schema changes (store/migrate.py upgrades the journal; store/database.py calls both).
Apart from migrate.py because a copy is verified by store/copies.py, which asks migrate.py whether it knows the
copy's schema revision (a module that both needed would import the other)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from journal_app.store import driver
from journal_app.store.copies import write_verified_copy


def backup_before_migration(db_path: Path, revision: str, key: driver.Key = None) -> Path:
    """A complete copy, encrypted like the journal, owner-only and verified, before the schema changes."""
    folder = db_path.parent / "backups"
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    # named like every other backup (journal-<time>-<reason>.db), so it is listed, rotated and restorable
    reason = "before-upgrade-from-" + re.sub(r"[^a-z0-9]+", "-", revision.lower()).strip("-")
    return write_verified_copy(db_path, key, folder / f"journal-{stamp}-{reason}.db", key)
