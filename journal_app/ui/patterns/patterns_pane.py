"""The Patterns view in the window's right-hand area: built the first time it is shown (it loads matplotlib),
fed by the journal's analytics on a worker thread, and handed back to the editor when it closes."""

from __future__ import annotations

from datetime import date


def show_patterns(window, show: bool = True) -> None:
    """Show the Patterns view instead of the editor (or, with show=False, go back)."""
    if not show or window.journal is None:
        window.patterns_action.setChecked(False)
        window.show_pane(None, window.patterns)
        return
    if window.patterns is None:
        from journal_app.ui.patterns.patterns_view import PatternsView  # loads matplotlib: not at start

        window.patterns = PatternsView(settings=window.prefs)
        window.patterns.picked.connect(window._show_picked_entries)
        from journal_app.ui.common import operations

        operations.hub().journalChanged.connect(window.patterns.refresh_if_shown)
        window.right.addWidget(window.patterns)
    view = window.patterns
    if view.report_for is None:
        from journal_app.services import analytics, therapy

        journal = window.journal
        view.set_source(
            lambda date_range, trigger_ids, week_start: analytics.pattern_report(
                journal, date_range, trigger_ids, week_start=week_start
            ),
            lambda key: analytics.preset_range(
                key, date.today(), therapy.last_session(journal), first_day=analytics.first_entry_day(journal)
            ),
            background=True,  # both run on a worker (operations): the window keeps answering
        )
    view.set_last_session(window.therapy.last_session())
    window.session.autosave.flush()
    window.show_pane(view)
    view.refresh()
    view.range.setFocus()  # keyboard first: arrows change the range, Tab reaches the charts
