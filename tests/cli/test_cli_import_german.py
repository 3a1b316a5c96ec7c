"""`journal-app import` in German: the preview's count of entries already in the journal takes its plural
("1 ist schon im Tagebuch", "2 sind schon im Tagebuch"), and Day One tags no trigger holds end the text on a
German line ("Schlagwörter: …"); a second import, in either language, adds nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.cli.conftest import listed
from tests.services.import_files import dayone_entry, dayone_json


def _dayone(tmp_path, count: int) -> str:
    items = [dayone_entry(f"{n:032X}", datetime(2026, 3, 14 + n, 20, 30, tzinfo=UTC), f"Abend {n}.",
                          tags=["Spätschicht"]) for n in range(1, count + 1)]
    path = tmp_path / f"Journal{count}.json"
    path.write_text(dayone_json(items), encoding="utf-8")
    return str(path)


@pytest.fixture
def german(ready, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    return ready


@pytest.mark.parametrize(("count", "line"), [(1, "1 ist schon im Tagebuch und wird übersprungen."),
                                             (2, "2 sind schon im Tagebuch und werden übersprungen.")])
def test_already_in_the_journal_takes_its_plural(german, tmp_path, count, line):
    path = _dayone(tmp_path, count)
    assert german("import", path).code == 0
    again = german("import", path)
    assert again.code == 0, again.err
    assert line in again.out.splitlines()
    assert len(listed(german)) == count


def test_unmapped_tags_end_the_text_in_german_and_english_re_import_adds_nothing(german, tmp_path, monkeypatch):
    path = _dayone(tmp_path, 1)
    assert german("import", path).code == 0
    assert listed(german)[0]["body"] == "Abend 1.\n\nSchlagwörter: Spätschicht"
    monkeypatch.setenv("LANG", "C.UTF-8")
    again = german("import", path)
    assert "1 already in the journal will be skipped." in again.out
    assert len(listed(german)) == 1
