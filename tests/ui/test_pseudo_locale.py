"""Under the pseudo-language every word the app shows went through a translator.

The pseudo-language (journal_app.core.i18n.pseudo) wraps and accents every translated string: ⟦Ŝàvéd⟧. This test
opens every window, dialog, tab and state, renders every chart and exports every format with it on, collects
every text a person can see or a screen reader reads (labels, buttons, titles, menus, tabs, list items, tips,
placeholders, chart titles, axes, legends and text alternatives, the exported files) and fails on any word of
the app's that is outside the brackets. The person's own words (entry titles and text, names, their triggers,
file and folder names) are taken out first; so are a few names that are not translated anywhere (the app's name,
file formats, key names).

Not checked here: the guidance articles, user guide and crisis page are content files with a translation of their
own per language (tests/services/test_german_content.py), not catalog messages."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from journal_app import APP_NAME
from journal_app.core import i18n
from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services import backup, therapy
from journal_app.services.journal import Journal
from journal_app.ui.common import operations
from journal_app.ui.common.preferences import Preferences
from tests.ui.conftest import STRONG
from tests.ui.patterns.waiting import patterns_shown

pytestmark = pytest.mark.gui

# the person's own words in the test journal
TITLES = ("Late reply", "Quiet evening", "Gone for now")
BODIES = ("I waited for Sam all evening.", "Just for me, nothing more.", "In the Trash.")
PEOPLE = ("Sam", "Alex")
OWN_TRIGGER = "Feeling dismissed"
SESSION_NOTE = "A note for Tuesday"
ITEM = "Why do I go quiet?"
QUESTION = "What helps me pause?"
NOTE = "Please read the second week first."
USER_WORDS = (*TITLES, *BODIES, *PEOPLE, OWN_TRIGGER, SESSION_NOTE, ITEM, QUESTION, NOTE, "S.", "A.",
              *(b.replace("Sam", "S.") for b in BODIES))  # an export may show people by initial
# names nobody translates: the app's, file formats, paper, keys, the command, units
NAMES = {*APP_NAME.split(), "PDF", "CSV", "JSON", "Markdown", "PNG", "SVG", "A4", "Letter", "Ctrl", "Shift",
         "Alt", "Esc", "Del", "Enter", "Return", "Tab", "Space", "PgUp", "PgDown", "Home", "End", "journal", "app",
         "jrnl", "Day", "One", "md", "csv", "json", "pdf", "png", "svg", "zxcvbn", "SQLCipher", "GB", "MB", "KB",
         "kB", "UTF",
         "English", "Deutsch"}  # each language named in its own words, as Settings ▸ Language offers them
_TAG = re.compile(r"<[^<>]*>|&[a-zA-Z]+;|&#\d+;")
_BRACKETED = re.compile(rf"{i18n.PSEUDO_OPEN}[^{i18n.PSEUDO_OPEN}{i18n.PSEUDO_CLOSE}]*{i18n.PSEUDO_CLOSE}")
_PATHLIKE = re.compile(r"\S*[/\\]\S*|\S+\.(?:db|json|md|csv|pdf|png|svg|txt|ts|qm)\b|https?://\S+|\S+@\S+")
_WORD = re.compile(r"[A-Za-z]{2,}")
# windows whose reading pane shows a content file (its own translation per language), not catalog words
CONTENT_WINDOWS = {"GuidanceLibrary", "UserGuideWindow", "CrisisWindow"}


def _content_words() -> tuple[str, ...]:
    """The guidance articles' titles, summaries, topics and prompts: content files with a translation of their own
    per language (the pseudo-language reads the English ones), not catalog messages."""
    from journal_app.services.guidance import Library

    words: list[str] = []
    for article in Library.load().articles():
        words += [article.title, article.summary, *article.prompts, *article.keywords]
    return tuple(w for w in words if w)


CONTENT_WORDS = _content_words()


def leftover(text: str, extra_words: tuple[str, ...] = ()) -> list[str]:
    """The words of `text` that are neither inside ⟦…⟧ nor the person's own nor names nobody translates."""
    rest = _TAG.sub(" ", text)
    for words in sorted((*USER_WORDS, *CONTENT_WORDS, *extra_words), key=len, reverse=True):
        rest = rest.replace(words, " ")
    while True:
        inner = _BRACKETED.sub(" ", rest)
        if inner == rest:
            break
        rest = inner
    rest = _PATHLIKE.sub(" ", rest)
    return [w for w in _WORD.findall(rest) if w not in NAMES]


# -- what a person sees ----------------------------------------------------------------------------------------------
def widget_texts(root: QWidget, visible_only: bool = True) -> list[tuple[str, str]]:
    """(where, text) for every text on `root` and the widgets inside it that are shown."""
    found: list[tuple[str, str]] = []
    calendars = root.findChildren(QCalendarWidget)
    for widget in [root, *root.findChildren(QWidget)]:
        if visible_only and widget is not root and not widget.isVisible():
            continue
        if any(c.isAncestorOf(widget) for c in calendars):
            continue  # QLocale's month and day names: calendar_words() checks them against the locale's own
        found += _own_texts(widget)
    return found


def _own_texts(w: QWidget) -> list[tuple[str, str]]:
    name = type(w).__name__
    texts = [w.toolTip(), w.statusTip(), w.whatsThis(), w.accessibleName(), w.accessibleDescription()]
    if w.isWindow():
        texts.append(w.windowTitle())
    if isinstance(w, QLabel | QAbstractButton):
        texts.append(w.text())
    elif isinstance(w, QGroupBox | QMenu):
        texts.append(w.title())
    elif isinstance(w, QTabBar):
        texts += [w.tabText(i) for i in range(w.count())] + [w.tabToolTip(i) for i in range(w.count())]
    elif isinstance(w, QComboBox):
        texts += [w.itemText(i) for i in range(w.count())]
    elif isinstance(w, QTextBrowser) and type(w.window()).__name__ in CONTENT_WINDOWS:
        pass  # a guidance article, the user guide or the crisis page: content files (see the module's note)
    elif isinstance(w, QLineEdit):
        texts.append(w.placeholderText())
        if w.isReadOnly():
            texts.append(w.text())
    elif isinstance(w, QTextEdit | QPlainTextEdit):
        texts.append(w.placeholderText())
        if w.isReadOnly():
            texts.append(w.toPlainText())
    elif isinstance(w, QAbstractSpinBox):
        texts += [w.specialValueText(), getattr(w, "suffix", str)(), getattr(w, "prefix", str)()]
    elif isinstance(w, QAbstractItemView):
        texts += _model_texts(w)
    for action in w.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return [(name, t) for t in texts if t and t.strip()]


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None and action.menu() is not menu:
            texts += _menu_texts(action.menu())
    return texts


def _model_texts(view: QAbstractItemView, rows: int = 60) -> list[str]:
    model = view.model()
    if model is None:
        return []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
    texts = []
    try:
        columns = max(model.columnCount(QModelIndex()), 1)
    except TypeError:  # a list model whose columnCount is not Python's to call
        columns = 1
    for column in range(columns):
        for role in roles:
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                texts.append(value)
    for row in range(min(model.rowCount(), rows)):
        for column in range(columns):
            index = model.index(row, column)
            for role in roles:
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def problems(texts: list[tuple[str, str]], extra_words: tuple[str, ...] = ()) -> list[str]:
    out = []
    for where, text in texts:
        words = leftover(text, extra_words)
        if words:
            out.append(f"{where}: {text!r} -> {words}")
    return sorted(set(out))


def assert_translated(texts: list[tuple[str, str]], extra_words: tuple[str, ...] = ()) -> None:
    found = problems(texts, extra_words)
    assert not found, f"{len(found)} text(s) not translated:\n" + "\n".join(found)


# -- the test journal, under the pseudo-language ------------------------------------------------------------------
@pytest.fixture(autouse=True)
def pseudo(qapp):
    from journal_app.ui.common.i18n import apply_language

    apply_language(qapp, "pseudo")
    yield
    apply_language(qapp, "en")


@pytest.fixture
def prefs(tmp_path):
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def fill(journal: Journal) -> Journal:
    """Entries (shared, private, in the Trash), people, the person's own trigger, a session and a thing to
    bring up."""
    sam = journal.add_person(PEOPLE[0], "partner")
    alex = journal.add_person(PEOPLE[1], "friend")
    own = journal.add_trigger(OWN_TRIGGER)
    builtin = {t.slug: t for t in journal.triggers()}
    journal.save(EntryForm(occurred_at=now_utc() - timedelta(days=2), title=TITLES[0], body=BODIES[0], shared=True,
                           triggers=(TriggerMark(builtin["abandonment-fear"].id, 7), TriggerMark(own.id, None)),
                           person_ids=(sam.id,), responses=("kept-checking",), repair="partly"))
    journal.save(EntryForm(occurred_at=now_utc() - timedelta(days=1), title=TITLES[1], body=BODIES[1],
                           triggers=(TriggerMark(builtin["withdrawal"].id, 4),), person_ids=(alex.id,)))
    gone = journal.save(EntryForm(occurred_at=now_utc(), title=TITLES[2], body=BODIES[2]))
    journal.move_to_trash(gone.id)
    therapy.add_session(journal, date.today() - timedelta(days=3), SESSION_NOTE)
    therapy.add_item(journal, ITEM)
    return journal


@pytest.fixture
def filled(harness):
    fill(harness.journal)
    harness.window.reload_after_import()
    return harness.journal


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- the window ---------------------------------------------------------------------------------------------------
def test_the_checker_finds_english_and_lets_the_persons_words_through():
    assert leftover("⟦Ŝàvéd⟧") == []
    assert leftover("⟦Ŝàvéd {name}⟧".replace("{name}", "Sam")) == []
    assert leftover("Saved") == ["Saved"]
    assert leftover(f"{i18n.pseudo('Showing')} 3 entries") == ["entries"]
    assert leftover("Late reply · ⟦2 éñţŕîéŝ⟧ · /tmp/x/journal.db") == []


def test_the_empty_window(qtbot, harness):
    window = harness.window
    assert_translated(widget_texts(window) + widget_texts(window.menuBar(), visible_only=False))


def test_the_window_with_entries_an_entry_open_and_a_search(qtbot, harness, filled):
    window = harness.window
    qtbot.waitUntil(lambda: window.list_view.model().rowCount() >= 2, timeout=10000)
    window.list_view.setCurrentIndex(window.list_view.model().index(0, 0))
    texts = widget_texts(window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a new entry: the empty editor
    texts += widget_texts(window)
    assert_translated(texts)


def test_searching_with_nothing_found_the_calendar_and_the_list_lines(qtbot, harness, filled):
    from journal_app.ui.entries.entry_list_delegate import fitting_when

    window = harness.window
    qtbot.keyClicks(window.search_bar.search, "zzzzqqq")
    qtbot.waitUntil(lambda: window.list_view.model().rowCount() == 0, timeout=10000)
    texts = widget_texts(window)
    window.search_bar.search.clear()
    window.calendar.show(True)
    texts += widget_texts(window)
    assert not calendar_words(window), "calendar words that are not the locale's own month and day names"
    window.calendar.show(False)
    fm = window.list_view.fontMetrics()
    for width in (2000, 160, 120):
        texts.append(("list line", fitting_when(now_utc(), fm, width)))
    assert_translated(texts, ("zzzzqqq",))


def calendar_words(root: QWidget) -> list[str]:
    """The words on the calendars inside `root` that are not the month and day names of the calendar's locale
    (QLocale's words, not the catalog's: a pseudo-translation cannot reach them; tests/ui/shell/test_language_switch
    shows a German calendar names them in German after a change of language). Anything else on a calendar would be
    the app's own words, which the pseudo-language must reach."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QTableView

    found = []
    for calendar in root.findChildren(QCalendarWidget):
        locale = calendar.locale()
        names = set()
        for n in range(1, 13):
            for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat,
                         QLocale.FormatType.NarrowFormat):
                names |= {locale.monthName(n, kind), locale.standaloneMonthName(n, kind)}
                if n <= 7:
                    names |= {locale.dayName(n, kind), locale.standaloneDayName(n, kind)}
        texts = [t for w in calendar.findChildren(QWidget) if w.isVisible() for _, t in _own_texts(w)]
        model = calendar.findChild(QTableView).model()
        texts += [model.data(model.index(0, c)) for c in range(model.columnCount())]
        for text in texts:  # the app's words in ⟦…⟧, the locale's names, nothing else
            found += leftover(text, tuple(name for name in names if name))
    return found


def test_quick_capture_and_the_safety_plan(qtbot, harness, filled):
    from journal_app.ui.entries.quick_capture import QuickCaptureWindow
    from journal_app.ui.guidance.safety_plan_dialog import SafetyPlanDialog

    capture = QuickCaptureWindow(filled, harness.window)
    qtbot.addWidget(capture)
    capture.show()
    texts = widget_texts(capture)
    plan = shown(qtbot, SafetyPlanDialog(filled))
    texts += widget_texts(plan)
    assert_translated(texts)


def test_patterns_every_tab_range_and_chart(qtbot, harness, filled):
    window = harness.window
    window.show_patterns(True)
    patterns_shown(qtbot, window)
    view = window.patterns
    qtbot.waitUntil(lambda: not view.loading, timeout=20000)
    texts = widget_texts(view)
    for index in range(view.range.count()):
        if view.range.itemData(index) == "custom":
            continue
        view.range.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not view.loading, timeout=20000)
        texts += widget_texts(view)
    view.range.setCurrentIndex(view.range.findData("30d"))
    qtbot.waitUntil(lambda: not view.loading, timeout=20000)
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: not view.loading, timeout=20000)
        texts += widget_texts(view) + chart_texts(view.chart.figure)
    assert_translated(texts)


def chart_texts(figure) -> list[tuple[str, str]]:
    from matplotlib.text import Text

    return [("chart", t.get_text()) for t in figure.findobj(Text) if t.get_text().strip()]


def test_every_chart_with_its_text_alternative_and_an_empty_range(harness, filled):
    from journal_app import charts
    from journal_app.services import analytics

    report = analytics.pattern_report(filled, _last_30_days(), today=date.today())
    empty = analytics.pattern_report(filled, _long_ago(), today=date.today())
    texts: list[tuple[str, str]] = [("insight", s) for s in report.insights]
    for key in charts.CHARTS:
        for r in (report, empty):
            figure, alternative = charts.build(r, key)
            texts += [*chart_texts(figure), (f"alt {key}", alternative)]
    assert_translated(texts)


def _last_30_days():
    from journal_app.models.analytics_values import DateRange

    return DateRange(date.today() - timedelta(days=29), date.today())


def _long_ago():
    from journal_app.models.analytics_values import DateRange

    return DateRange(date(2001, 1, 1), date(2001, 1, 31))


# -- dialogs ------------------------------------------------------------------------------------------------------
def test_welcome_unlock_and_passphrase_dialogs(qtbot, tmp_path, data_dir, prefs):
    from journal_app.ui.privacy.passphrase_dialog import PassphraseDialog
    from journal_app.ui.privacy.unlock_dialog import UnlockDialog
    from journal_app.ui.privacy.welcome_dialog import WelcomeDialog

    welcome = shown(qtbot, WelcomeDialog(tmp_path / "new journal"))
    texts = widget_texts(welcome)
    welcome.no_passphrase.setChecked(True)
    texts += widget_texts(welcome)
    Journal.init(data_dir, passphrase=STRONG).close()
    unlock = shown(qtbot, UnlockDialog(data_dir, prefs=prefs))
    texts += widget_texts(unlock)
    qtbot.keyClicks(unlock.passphrase, "not the passphrase")
    with qtbot.waitSignal(unlock.unlockFinished, timeout=10000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    texts += widget_texts(unlock)
    unlock.close()
    with Journal.open(data_dir, passphrase=STRONG) as journal:
        dialog = shown(qtbot, PassphraseDialog(journal, prefs=prefs))
        texts += widget_texts(dialog)
        qtbot.keyClicks(dialog.new, "lantern")
        texts += widget_texts(dialog)
        dialog.remove.setChecked(True)
        texts += widget_texts(dialog)
        dialog.close()
    assert_translated(texts, ("new journal", "not the passphrase", "lantern"))


def test_settings_trash_backups_and_trigger_dialogs(qtbot, harness, filled, prefs):
    from journal_app.ui.entries.trash_dialog import TrashDialog
    from journal_app.ui.entries.trigger_manager import TriggerManagerDialog
    from journal_app.ui.privacy.backups_dialog import BackupsDialog
    from journal_app.ui.shell.settings_dialog import SettingsDialog

    window = harness.window
    settings = shown(qtbot, SettingsDialog(prefs))
    settings.reminder.setCurrentIndex(settings.reminder.findData("weekly"))
    texts = widget_texts(settings)
    trash = shown(qtbot, TrashDialog(filled, window))
    qtbot.waitUntil(lambda: not trash.loading, timeout=10000)
    texts += widget_texts(trash)
    backup.make_backup(filled)
    backups = shown(qtbot, BackupsDialog(filled, prefs=prefs))
    backups.tree.setCurrentItem(backups.tree.topLevelItem(0))
    texts += widget_texts(backups)
    manager = shown(qtbot, TriggerManagerDialog(filled, window, library=window.guidance.library))
    qtbot.waitUntil(lambda: manager.list.count() > 0, timeout=10000)  # the list is read on a worker
    for row in range(manager.list.count()):
        manager.list.setCurrentRow(row)
        texts += widget_texts(manager)
    assert_translated(texts)


def test_export_dialog_every_format_and_its_preview(qtbot, harness, filled, prefs):
    from journal_app.ui.therapy.export_dialog import ExportDialog

    dialog = shown(qtbot, ExportDialog(filled, harness.window, prefs=prefs))
    texts = []
    for index in range(dialog.format.count()):
        dialog.format.setCurrentIndex(index)
        qtbot.wait(50)
        texts += widget_texts(dialog)
    for fmt in ("pdf", "md", "csv"):  # each preview, once it is built
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.pane.flush()
        qtbot.waitUntil(lambda: not dialog.preview_pending, timeout=20000)
        texts += [("preview", line) for line in dialog.preview.toPlainText().splitlines()[:1 if fmt == "csv" else None]]
    dialog.range.setCurrentIndex(dialog.range.findData("custom"))
    texts += widget_texts(dialog)
    assert_translated(texts)


def test_sessions_import_templates_and_onboarding(qtbot, harness, filled, tmp_path):
    import json

    from journal_app.services.templates import TemplateStore
    from journal_app.ui.entries.templates_dialog import TemplatesDialog
    from journal_app.ui.privacy.onboarding import OnboardingDialog
    from journal_app.ui.therapy.import_dialog import ImportDialog
    from journal_app.ui.therapy.sessions_dialog import SessionsDialog

    window = harness.window
    sessions = shown(qtbot, SessionsDialog(filled, window))
    qtbot.waitUntil(lambda: not sessions.loading, timeout=10000)  # both lists are read on a worker
    texts = widget_texts(sessions)
    sessions.sessions.setCurrentRow(0)
    texts += widget_texts(sessions)
    importer = shown(qtbot, ImportDialog(filled, window))
    texts += widget_texts(importer)
    source = tmp_path / "jrnl.json"
    entries = [{"title": "Moment.", "body": "@anxious day", "date": "2025-03-01", "time": "21:30",
                "tags": ["@anxious"], "starred": False}]
    source.write_text(json.dumps({"tags": {"@anxious": 1}, "entries": entries}), encoding="utf-8")
    importer.set_file(source)
    qtbot.waitUntil(lambda: not importer.loading, timeout=10000)
    texts += widget_texts(importer)
    importer.start(wait=True)
    qtbot.waitUntil(lambda: bool(importer.status.text()))
    texts += widget_texts(importer)
    templates = shown(qtbot, TemplatesDialog(TemplateStore(tmp_path)))
    texts += widget_texts(templates)
    onboarding = shown(qtbot, OnboardingDialog(filled, True))
    for index in range(len(onboarding.pages)):
        operations.wait_all()  # each page is read on a worker
        texts += widget_texts(onboarding)
        if index < len(onboarding.pages) - 1:
            onboarding.next()
    assert_translated(texts, ("Moment.", "anxious", "day"))


def test_guidance_help_and_safety_plan_windows(qtbot, harness, data_dir):
    from journal_app.ui.guidance.help_windows import AboutDialog, CrisisWindow, ShortcutsWindow, UserGuideWindow

    window = harness.window
    texts = []
    for dialog in (UserGuideWindow(), ShortcutsWindow(window), AboutDialog(None, data_dir), CrisisWindow()):
        texts += widget_texts(shown(qtbot, dialog))
    window.guidance.library_action.trigger()
    library = window.guidance.dialog
    qtbot.waitExposed(library)
    texts += widget_texts(library)
    qtbot.keyClicks(library.search, "zzzzqqq")
    texts += widget_texts(library)
    assert_translated(texts, ("zzzzqqq",))


# -- exports ------------------------------------------------------------------------------------------------------
def test_every_export_format(harness, filled, tmp_path):
    from io import BytesIO

    from pypdf import PdfReader

    from journal_app.models.analytics_values import DateRange
    from journal_app.services.exporting.build import build_summary
    from journal_app.services.exporting.csv_export import render_csv
    from journal_app.services.exporting.markdown import render_markdown
    from journal_app.services.exporting.pdf import render_pdf
    from journal_app.services.exporting.summary import SummaryOptions

    options = SummaryOptions(date_range=DateRange(date.today() - timedelta(days=13), date.today()),
                             include_unshared=True, count_private=True, questions=(QUESTION,), note=NOTE,
                             people="name")
    summary = build_summary(filled, options)
    texts = [("markdown", line) for line in render_markdown(summary).splitlines()]
    texts += [("csv", line) for line in render_csv(summary).decode("utf-8").splitlines()[:1]]
    pdf = PdfReader(BytesIO(render_pdf(summary)))
    texts += [("pdf", " ".join(line.replace("ﬁ", "fi").split())) for page in pdf.pages
              for line in page.extract_text().splitlines()]
    assert_translated(texts)
