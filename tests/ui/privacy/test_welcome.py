"""First run: the welcome dialog explains, takes a passphrase (or, deliberately, none) and creates the journal."""

import pytest
from PySide6.QtCore import QPoint, Qt

from journal_app.core import messages
from journal_app.core.errors import PassphraseRequired, WrongPassphrase
from journal_app.services.journal import Journal
from journal_app.services.security import assess
from journal_app.ui.privacy.welcome_dialog import WelcomeDialog
from tests.ui.conftest import STRONG


@pytest.fixture
def welcome(qtbot, data_dir):
    dialog = WelcomeDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog.journal is not None:
        dialog.journal.close()


def box(check):
    return QPoint(8, check.height() // 2)  # on the box itself, where a person clicks


def click_create(qtbot, dialog):
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)


def test_explains_where_and_that_nothing_leaves(welcome, data_dir):
    text = " ".join(label.text() for label in welcome.findChildren(type(welcome.folder)))
    assert str(data_dir) in welcome.folder.text()
    assert "leaves this computer" in text
    assert "recover a forgotten passphrase" in text
    assert welcome.passphrase.echoMode() == welcome.passphrase.EchoMode.Password
    assert not welcome.warning.isVisible() and not welcome.understood.isVisible()


def test_strong_passphrase_typed_twice_creates_an_encrypted_journal(qtbot, welcome, data_dir):
    qtbot.keyClicks(welcome.passphrase, STRONG)
    assert welcome.meter.label.text().startswith(("Strong", "Very strong"))
    assert welcome.meter.bar.value() >= 3
    qtbot.keyClicks(welcome.repeat, STRONG)
    with qtbot.waitSignal(welcome.accepted):
        click_create(qtbot, welcome)
    assert welcome.journal is not None and welcome.journal.encrypted
    welcome.journal.close()
    welcome.journal = None
    assert Journal.state(data_dir) == "encrypted"
    with Journal.open(data_dir, passphrase=STRONG) as journal:
        assert journal.entry_count() == 0
    with pytest.raises(WrongPassphrase):
        Journal.open(data_dir, passphrase=STRONG + "x")
    with pytest.raises(PassphraseRequired):
        Journal.open(data_dir)
    assert welcome.passphrase.text() == "" and welcome.repeat.text() == ""


def test_weak_passphrase_is_refused_with_its_reason(qtbot, welcome, data_dir):
    weak = "password1"
    qtbot.keyClicks(welcome.passphrase, weak)
    assert welcome.meter.label.text().startswith(("Very weak", "Weak"))
    qtbot.keyClicks(welcome.repeat, weak)
    click_create(qtbot, welcome)
    result = assess(weak)
    assert not result.acceptable
    assert result.reason in welcome.problem.text()
    assert result.hints[0] in welcome.problem.text()
    assert welcome.problem.isVisible() and welcome.isVisible() and welcome.journal is None
    assert Journal.state(data_dir) == "missing"


def test_short_passphrase_says_how_long(qtbot, welcome, data_dir):
    qtbot.keyClicks(welcome.passphrase, "abc")
    qtbot.keyClicks(welcome.repeat, "abc")
    click_create(qtbot, welcome)
    assert "at least 8 characters" in welcome.problem.text()
    assert Journal.state(data_dir) == "missing"


def test_different_passphrases_are_refused(qtbot, welcome, data_dir):
    qtbot.keyClicks(welcome.passphrase, STRONG)
    qtbot.keyClicks(welcome.repeat, STRONG.replace("pickle", "pickles"))
    click_create(qtbot, welcome)
    assert welcome.problem.text() == messages.PASSPHRASES_DIFFER
    assert welcome.journal is None and Journal.state(data_dir) == "missing"


def test_empty_passphrase_asks_for_a_choice(qtbot, welcome, data_dir):
    click_create(qtbot, welcome)
    assert welcome.problem.text() == messages.CHOOSE_PASSPHRASE
    assert Journal.state(data_dir) == "missing"


def test_no_passphrase_needs_the_warning_acknowledged(qtbot, welcome, data_dir):
    qtbot.mouseClick(welcome.no_passphrase, Qt.MouseButton.LeftButton, pos=box(welcome.no_passphrase))
    assert welcome.no_passphrase.isChecked()
    assert welcome.warning.isVisible() and "could read your journal" in welcome.warning.text()
    assert not welcome.passphrase.isEnabled()
    assert not welcome.create_button.isEnabled()
    assert welcome.create_journal() is False  # even if something presses it anyway
    assert welcome.problem.text() == messages.NO_PASSPHRASE_CONFIRM
    assert Journal.state(data_dir) == "missing"

    qtbot.mouseClick(welcome.understood, Qt.MouseButton.LeftButton, pos=box(welcome.understood))
    assert welcome.create_button.isEnabled()
    assert welcome.create_button.text() == "Create without a passphrase"
    with qtbot.waitSignal(welcome.accepted):
        click_create(qtbot, welcome)
    assert not welcome.journal.encrypted
    welcome.journal.close()
    welcome.journal = None
    assert Journal.state(data_dir) == "plain"


def test_unticking_no_passphrase_forgets_the_acknowledgement(qtbot, welcome):
    welcome.no_passphrase.setChecked(True)
    welcome.understood.setChecked(True)
    welcome.no_passphrase.setChecked(False)
    assert not welcome.understood.isChecked() and welcome.passphrase.isEnabled()
    welcome.no_passphrase.setChecked(True)
    assert not welcome.create_button.isEnabled()


def test_ask_returns_none_when_the_person_quits(qtbot, data_dir, monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: WelcomeDialog.DialogCode.Rejected)
    assert WelcomeDialog.ask(None, data_dir) is None
    assert Journal.state(data_dir) == "missing"
