"""Fast builders for big test journals (straight SQL in one transaction, same schema as the app)."""

import sqlite3
import uuid
from datetime import datetime, timedelta, timezone

FMT = "%Y-%m-%d %H:%M:%S.%f"
WORDS = ("call", "text", "quiet", "dinner", "weekend", "sorry", "hug", "late", "phone", "walk")


def bulk_entries(db_path, n, *, trigger_every=3, start=datetime(2016, 1, 1, tzinfo=timezone.utc)):
    """Insert n entries spread over time; every `trigger_every`-th one tagged with trigger id 1 (intensity 5)."""
    conn = sqlite3.connect(str(db_path))
    try:
        with conn:
            now = datetime.now(timezone.utc).strftime(FMT)
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
