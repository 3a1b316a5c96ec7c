"""The Patterns view in the window's right-hand area: built the first time it is shown (it loads matplotlib)
and fed by the journal's analytics on a worker thread. The window holds it (MainWindow.patterns) and shows
it in place of the editor (MainWindow.show_patterns). Opened before the background preload has loaded what
it needs (preload.PATTERNS_MODULES), the window shows `loading_pane()` at once and builds the view once they
are in: the UI thread never stops to import them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from journal_app.services.journal import Journal
    from journal_app.ui.common.preferences import Preferences
    from journal_app.ui.patterns.patterns_view import PatternsView


def loading_pane() -> QLabel:
    """What shows in the Patterns view's place while its modules are still loading (light: plain Qt)."""
    label = QLabel(QCoreApplication.translate("PatternsView", "Getting your patterns ready…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setAccessibleName(label.text())
    return label


def new_patterns_view(prefs: Preferences) -> PatternsView:
    """The Patterns view, refreshed (when on show) whenever the journal changes."""
    from journal_app.ui.common import operations
    from journal_app.ui.patterns.patterns_view import PatternsView  # loads matplotlib: not at start

    view = PatternsView(settings=prefs)
    operations.hub().journalChanged.connect(view.refresh_if_shown)
    return view


def feed(view: PatternsView, journal: Journal, last_session: date | None) -> None:
    """Point the view at `journal`'s analytics (once per journal: a detach clears it) and tell it when the
    last therapy session was ("Since my last session")."""
    if view.report_for is None:
        from journal_app.services import analytics, cycles, therapy

        def cycle_for(date_range, person_ids):
            people = [(p.id, p.name) for p in journal.people()]
            return cycles.cycle_report(journal, date_range, person_ids, entries=False), people  # rollups

        view.set_source(
            lambda date_range, trigger_ids, week_start: analytics.pattern_report(
                journal, date_range, trigger_ids, week_start=week_start
            ),
            lambda key: analytics.preset_range(
                key, date.today(), therapy.last_session(journal), first_day=analytics.first_entry_day(journal)
            ),
            background=True,  # all run on a worker (operations): the window keeps answering
            cycle_for=cycle_for,
            chain_entries=lambda date_range, chains, shared_only: cycles.chain_entries(
                journal, date_range, chains, shared_only=shared_only),
        )
    view.set_last_session(last_session)
