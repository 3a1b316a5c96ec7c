"""Day One tags that become no trigger: kept at the end of the entry's text on a line in the language of the
moment ("Tags: …" / "Schlagwörter: …"), and never in the way of recognising the same entries again: imported a
second time in the other language, with another mapping, or into a journal imported before the line was
translated (when it was always English)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from journal_app.core import i18n
from journal_app.models.values import EntryForm
from journal_app.services.importing import apply
from tests.services.import_files import all_entries, dayone_entry, dayone_json

WHEN = datetime(2026, 3, 14, 20, 30, tzinfo=UTC)
LATER = datetime(2026, 3, 15, 7, 0, tzinfo=UTC)


def _file(tmp_path, *, uuids: bool = True):
    """Two Day One entries with tags no trigger matches; without uuids they are told apart by their minute,
    title and text only (the duplicate check that involves the tags line)."""
    items = [dayone_entry("9A3C1E0F5B7D4E2A8C6B1D3F5E7A9C0B", WHEN, "# Dinner\n\nHe was late again.",
                          tags=["Sam", "late night"]),
             dayone_entry("1B3C1E0F5B7D4E2A8C6B1D3F5E7A9C0B", LATER, "", tags=["morning"])]
    if not uuids:
        for item in items:
            del item["uuid"]
    path = tmp_path / "Journal.json"
    path.write_text(dayone_json(items), encoding="utf-8")
    return path


def _import(journal, path, mapping=None):
    preview = apply.preview(journal, path, "auto", mapping)
    return preview, apply.run_import(journal, preview)


@pytest.mark.parametrize(("language", "label"), [("en", "Tags"), ("de", "Schlagwörter")])
def test_the_tags_line_is_in_the_language_of_the_import(journal, tmp_path, language, label):
    i18n.set_language(language)
    _import(journal, _file(tmp_path))
    dinner, morning = all_entries(journal)
    assert dinner.body == f"He was late again.\n\n{label}: Sam, late night"
    assert morning.body == f"{label}: morning"  # an entry with no words of its own: the line alone


@pytest.mark.parametrize("uuids", [True, False])
@pytest.mark.parametrize(("first", "second"), [("en", "de"), ("de", "en"), ("de", "de")])
def test_importing_again_in_another_language_adds_nothing(journal, tmp_path, first, second, uuids):
    path = _file(tmp_path, uuids=uuids)
    i18n.set_language(first)
    assert _import(journal, path)[1].added == 2
    i18n.set_language(second)
    preview, result = _import(journal, path)
    assert (preview.duplicates, result.added, result.skipped_duplicates) == (2, 0, 2)
    assert len(all_entries(journal)) == 2


def test_importing_again_with_a_tag_now_mapped_adds_nothing(journal, tmp_path):
    path = _file(tmp_path, uuids=False)
    _import(journal, path)  # every tag kept in the words
    result = _import(journal, path, {"Sam": "Sam", "late night": None, "morning": None})[1]
    assert (result.added, result.skipped_duplicates) == (0, 2)


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_journal_imported_before_the_line_was_translated_is_still_recognised(journal, tmp_path, language):
    """Before, the line was always English, and the whole text (line included) was compared: entries saved so
    (here by hand, as the old import wrote them, with no uuid in common) still count as the same."""
    journal.save(EntryForm(WHEN, title="Dinner", body="He was late again.\n\nTags: Sam, late night"))
    journal.save(EntryForm(LATER, title="", body="Tags: morning"))
    i18n.set_language(language)
    preview, result = _import(journal, _file(tmp_path, uuids=False))
    assert (preview.duplicates, result.added) == (2, 0)


def test_the_same_words_at_another_minute_or_with_more_text_are_new(journal, tmp_path):
    journal.save(EntryForm(WHEN, title="Dinner", body="He was late again. And more.\n\nTags: Sam"))
    journal.save(EntryForm(datetime(2026, 3, 15, 7, 1, tzinfo=UTC), title="", body="Tags: morning"))
    assert _import(journal, _file(tmp_path, uuids=False))[1].added == 2


@pytest.mark.parametrize(("body", "own"), [
    ("He was late.\n\nTags: Sam, late night", "He was late."),
    ("He was late.\n\n\nSchlagwörter: Sam", "He was late.\n"),  # the text ended with a line break
    ("Tags: morning", ""),
    ("  \n\nTags: morning", "  \n\n"),  # nothing but spaces: the line was added without a blank line
    ("He was late.\n\nTags:", None),  # no tags after the label
    ("He was late.\nTags: Sam", None),  # not on a paragraph of its own
    ("He was late.\n\nTags: Sam\nand then", None),  # not the last line
    ("He was late.\n\nLabels: Sam", None),
    ("", None),
])
def test_own_text_takes_off_only_a_tags_line(body, own):
    assert apply.own_text(body) == own


def test_the_tags_line_shapes_cover_every_shipped_language():
    shapes = apply.tags_line_shapes()
    assert ("Tags: ", "") in shapes and ("Schlagwörter: ", "") in shapes
    i18n.set_language("pseudo")
    assert apply.own_text("x\n\n" + apply.tags_line(["Sam"])) == "x"
