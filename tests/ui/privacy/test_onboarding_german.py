"""Getting started in German: the relationships offered and the people already in the journal are named in German
("Robin (Freund/in)"), not by their English label or key ("Robin (friend)", "Mum (other)")."""

from __future__ import annotations

import pytest

from journal_app.ui.common import operations
from journal_app.ui.common.i18n import apply_language
from journal_app.ui.privacy.onboarding import OnboardingDialog

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("german")]  # tests/ui/conftest.py


def test_the_people_page_names_relationships_in_german(qtbot, journal):
    journal.add_person("Robin", "friend")
    journal.add_person("Mum")  # "other"
    dialog = OnboardingDialog(journal, False)
    qtbot.addWidget(dialog)
    dialog.show()
    operations.wait_all()  # each page is read on a worker
    dialog.next()
    operations.wait_all()
    page = dialog.people_page
    assert page.known.text() == "Schon in deinem Tagebuch: Mum (Andere), Robin (Freund/in)."
    offered = [page.relationship.itemText(i) for i in range(page.relationship.count())]
    assert offered == ["Partner/in", "Elternteil", "Familie", "Freund/in", "Kollege/Kollegin", "Therapeut/in", "Andere"]


def test_in_english_the_relationship_is_lower_case_in_the_sentence(qtbot, journal, qapp):
    apply_language(qapp, "en")
    journal.add_person("Robin", "friend")
    dialog = OnboardingDialog(journal, False)
    qtbot.addWidget(dialog)
    dialog.show()
    operations.wait_all()  # each page is read on a worker
    dialog.next()
    operations.wait_all()
    assert dialog.people_page.known.text() == "Already in your journal: Robin (friend)."
