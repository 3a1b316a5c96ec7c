"""Sessions, things to bring up and exports in the window: the Journal menu entries and toolbar buttons, the
editor's "Bring up next time", and keeping "Since my last session" up to date."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence

from journal_app.core.errors import JournalError
from journal_app.ui.common.widgets import insert_after, make_action


class TherapyController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.journal = None

        action = partial(make_action, window)  # action(text, slot, shortcut=None, tip="")

        self.sessions_action = action(
            QCoreApplication.translate("TherapyController", "Sessions and &questions…"),
            self.show_sessions,
            "Ctrl+Shift+S",
            QCoreApplication.translate(
                "TherapyController", "Your therapy sessions and the things to bring up next time"
            ),
        )
        self.export_action = action(
            QCoreApplication.translate("TherapyController", "&Export summary…"),
            self.show_export,
            "Ctrl+Shift+E",
            QCoreApplication.translate(
                "TherapyController", "Choose what to share with your therapist, preview it and save it"
            ),
        )
        self.print_action = action(
            QCoreApplication.translate("TherapyController", "&Print summary…"),
            lambda: self.show_export(print_it=True),
            QKeySequence.StandardKey.Print,
            QCoreApplication.translate("TherapyController", "Print a summary for your therapist"),
        )
        self.import_action = action(
            QCoreApplication.translate("TherapyController", "&Import from another journal…"),
            self.show_import,
            None,
            QCoreApplication.translate(
                "TherapyController", "Bring in entries from jrnl, Day One, or this app's CSV or JSON"
            ),
        )
        insert_after(
            window.journal_menu,
            window.triggers_action,
            (self.sessions_action, self.export_action, self.print_action, self.import_action),
        )
        from journal_app.ui.common.icons import icon

        self.sessions_action.setIcon(icon("sessions"))
        self.export_action.setIcon(icon("export"))
        window.toolbar.insertAction(window.triggers_action, self.sessions_action)
        window.toolbar.insertAction(window.triggers_action, self.export_action)
        window.editor.bringUpRequested.connect(self.bring_up)
        self.set_journal(None)

    def set_journal(self, journal) -> None:
        self.journal = journal
        for a in (self.sessions_action, self.export_action, self.print_action, self.import_action):
            a.setEnabled(journal is not None)
        self.window.editor.bring_up.setEnabled(journal is not None)

    def last_session(self) -> date | None:
        from journal_app.services import therapy  # the database layer: not before the first paint

        return therapy.last_session(self.journal) if self.journal is not None else None

    # -- sessions and questions --------------------------------------------------------------------
    def show_sessions(self) -> None:
        from journal_app.ui.therapy.sessions_dialog import SessionsDialog

        if self.journal is None:
            return
        dialog = SessionsDialog(self.journal, self.window)
        dialog.changed.connect(self._sessions_changed)
        self.dialog = dialog
        dialog.exec()

    def _sessions_changed(self) -> None:
        patterns = self.window.patterns
        if patterns is not None and patterns.report_for is not None:
            patterns.set_last_session(self.last_session())
            if self.window.right.currentWidget() is patterns:
                patterns.refresh()

    def bring_up(self, text: str) -> None:
        """The editor's "Bring up next time": the chosen words (or the entry) go on the list, linked to the
        entry (saved first if it is new)."""
        if self.journal is None:
            return
        window = self.window
        if not text.strip():
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "TherapyController", "Write or select something first, then it can go on the list."
                ),
                8000,
            )
            return
        window.session.save_now()
        from journal_app.services import therapy

        try:
            therapy.add_item(self.journal, text, window.editor.entry_id)
        except JournalError as exc:
            window.statusBar().showMessage(str(exc), 10000)
            return
        short = text if len(text) <= 60 else text[:57] + "…"
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "TherapyController", "Added to things to bring up next time: “{words}”"
            ).format(words=short),
            10000,
        )

    # -- import ------------------------------------------------------------------------------------
    def show_import(self) -> None:
        from journal_app.ui.therapy.import_dialog import ImportDialog

        if self.journal is None:
            return
        self.window.session.autosave.flush()
        dialog = ImportDialog(self.journal, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _result: self.window.reload_after_import())
        self.import_dialog = dialog
        dialog.show()

    # -- export ------------------------------------------------------------------------------------
    def show_export(self, print_it: bool = False) -> None:
        from journal_app.ui.therapy.export_dialog import ExportDialog

        if self.journal is None:
            return
        self.window.session.autosave.flush()
        dialog = ExportDialog(self.journal, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.show()  # not modal: the person can look something up in the journal meanwhile
        if print_it:
            dialog.print_summary()
