"""The same journals in jrnl's own format, and the jrnl commands that match our CLI's, for bench/run.py.

jrnl keeps a journal as one plain text file: each entry starts with "[YYYY-MM-DD HH:MM] " and its first
sentence, tags are words starting with @ in the text. Ours are written there from the benchmark's cached
journal (its local times, titles, bodies, and each trigger slug as an @tag), once per size, next to it in the
cache; jrnl's configuration lives in the cache too (XDG_CONFIG_HOME), so the real home is never touched.

jrnl is found as `jrnl` beside this Python (pip install -e '.[bench]'), on PATH, or given with --jrnl.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

# our CLI arguments -> jrnl's, for the same question (each lists at most what ours lists by default)
COMMANDS = {
    "cli_add": (["Benchmark entry: she called back and we talked it through. @abandonment-fear"], None),
    "cli_list_limit": (["-n", "20"], None),
    "cli_list_trigger": (["-n", "50", "@abandonment-fear"], None),
    "cli_list_search": (["-n", "50", "-contains", "phone"], None),
    "cli_export_json": (["--format", "json", "--file"], "out"),
}


def find_jrnl(given: str | None) -> str | None:
    if given:
        return given
    beside = Path(sys.executable).parent / "jrnl"
    if beside.exists():
        return str(beside)
    return shutil.which("jrnl")


def jrnl_version(jrnl: str, env: dict) -> str:
    import subprocess

    out = subprocess.run([jrnl, "--version"], env=env, capture_output=True, text=True, timeout=60).stdout
    return out.splitlines()[0].strip() if out else "jrnl"


def write_journal(db_path: Path, out: Path) -> int:
    """Write the entries of a plain (unencrypted) journal file as a jrnl text journal; returns the count."""
    if out.exists():
        return int(out.with_suffix(".count").read_text())
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    tags: dict[int, list[str]] = {}
    for entry_id, slug in con.execute(
            "SELECT et.entry_id, t.slug FROM entry_trigger et JOIN trigger t ON t.id = et.trigger_id"):
        tags.setdefault(entry_id, []).append(slug)
    tmp = out.with_suffix(".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8") as f:
        for entry_id, occurred, title, body in con.execute(
                "SELECT id, occurred_at, title, body FROM entry WHERE deleted_at IS NULL ORDER BY occurred_at"):
            when = datetime.fromisoformat(occurred).replace(tzinfo=UTC).astimezone()
            first = (title or "").strip().replace("\n", " ") or "Entry."
            text = body.replace("\n[", "\n (")  # a line starting with "[" could read as a new entry
            labels = " ".join(f"@{slug}" for slug in tags.get(entry_id, ()))
            f.write(f"[{when:%Y-%m-%d %H:%M}] {first}\n{text}\n{labels}\n\n")
            n += 1
    con.close()
    tmp.replace(out)
    out.with_suffix(".count").write_text(str(n))
    return n


def configure(config_home: Path, journal_file: Path) -> None:
    """jrnl's configuration for this journal: plain text, no colours, our time format."""
    folder = config_home / "jrnl"
    folder.mkdir(parents=True, exist_ok=True)
    # YAML by hand (jrnl reads a JSON config as an old version and offers to upgrade it)
    lines = [
        "version: v4.6", "journals:", "  default:", f"    journal: '{journal_file}'", "encrypt: false",
        "editor: ''", "timeformat: '%Y-%m-%d %H:%M'", "tagsymbols: '#@'", "template: false", "default_hour: 9",
        "default_minute: 0", "highlight: false", "linewrap: 79", "indent_character: '|'", "colors:",
        "  body: none", "  date: none", "  tags: none", "  title: none",
    ]
    (folder / "jrnl.yaml").write_text("\n".join(lines) + "\n")


def environment(base_env: dict, config_home: Path) -> dict:
    return {**base_env, "XDG_CONFIG_HOME": str(config_home), "NO_COLOR": "1", "COLUMNS": "100",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}


def prepare(cache: Path, name: str, db_path: Path, work: Path, base_env: dict) -> tuple[Path, dict, int]:
    """(scratch copy of the jrnl journal, env for jrnl, entries). `name` names the cached jrnl file (the
    benchmark journal's folder name); work is for scratch copies."""
    source = cache / f"jrnl-{name}.txt"
    n = write_journal(db_path, source)
    config_home = work / f"jrnl-config-{name}"
    scratch = work / f"jrnl-{name}.txt"
    shutil.copyfile(source, scratch)
    os.chmod(scratch, 0o600)
    configure(config_home, scratch)
    return scratch, environment(base_env, config_home), n
