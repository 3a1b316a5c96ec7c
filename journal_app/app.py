"""Composition root: builds the QApplication, shows the window at once, then opens the journal and wires
the services to the widgets. The only module that knows everything."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from journal_app import APP_ID, APP_NAME
from journal_app.core import messages
from journal_app.core.i18n import trans
from journal_app.core.paths import database_path, empty_journal_kind, sniff

if TYPE_CHECKING:  # (none of these is loaded before the window needs it: the first paint comes first)
    from PySide6.QtWidgets import QApplication, QWidget

    from journal_app.services.journal import Journal
    from journal_app.system.instance_lock import JournalLock
    from journal_app.ui.common.preferences import Preferences
    from journal_app.ui.privacy.lock_controller import LockController
    from journal_app.ui.shell.main_window import MainWindow


# Called as watcher(stage, window) on the UI thread as the window starts: "window shown" once the light window
# has painted, "journal listed" once the newest entries are on screen. The app adds none; the benchmark's
# driver (bench/driver.py) adds one to time the start and to script a session in a real window.
startup_watchers: list[Callable[[str, object], None]] = []


ALREADY_OPEN = ("Your journal is already open in another window. Use that window, or close it first and then "
                "open the journal again. (Only one window can change the journal at a time, so nothing is "
                "ever overwritten.)")



def platform_problem() -> str | None:
    """Why Qt could not show a window here, in words a person can act on; None when all is well.

    Qt aborts the whole process when its platform plugin cannot load, so this looks first: on Linux with
    the X11 (xcb) plugin it loads the plugin's shared libraries the way Qt would and names what is missing.
    """
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    if not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return None  # Qt picks Wayland, which needs no xcb libraries
    if not os.environ.get("DISPLAY"):
        return (
            "There is no screen to show the window on (DISPLAY is not set). Start the app from your desktop, "
            "or use the command line: journal-app --help"
        )
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    try:
        import ctypes

        ctypes.CDLL(str(plugin))
    except OSError as exc:
        missing = str(exc).split(":")[0]
        return (
            f"The window cannot open because a system library Qt needs is missing ({missing}).\n"
            f"Install Qt's system libraries with:\n  {messages.APT_LINE}"
        )
    return None


def peek_state(data_dir: Path) -> str:
    """'missing', 'plain', 'encrypted' or 'unknown', from the first bytes of the journal file alone.

    Journal.state says the same but imports the database layer, which would delay the first window; this
    decides only which window comes first. 'unknown' (unreadable, cut short) goes the plain way, where
    Journal.open explains calmly what is wrong.
    """
    try:
        kind = sniff(database_path(Path(data_dir)))
        if kind == "new":
            kind = empty_journal_kind(Path(data_dir))  # emptied, with backups beside it: their way, not a welcome
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "unknown"
    return {"new": "missing", "short": "unknown"}.get(kind, kind)


def read_only_journal_folder(data_dir: Path, exc: OSError) -> bool:
    """Whether taking the writer lock failed only because the journal's folder cannot be written here (a
    read-only disk or a folder not ours to write): such a journal still opens, for reading."""
    import errno

    return exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and database_path(Path(data_dir)).is_file()


def close_on_terminate(window: QWidget) -> None:
    """Logging out or shutting down sends SIGTERM (Ctrl+C in a terminal SIGINT, closing that terminal SIGHUP):
    close the window as if the person had, so what is being written is saved first. Python sees a signal only
    when it runs, so a light timer gives it a moment now and then while Qt waits for events."""
    import signal

    from PySide6.QtCore import QTimer

    def close(_signum: int, _frame: object) -> None:
        from journal_app.core.files import abandon_all

        abandon_all()  # an export being written is plain text: its partial file goes now, the writer stops
        QTimer.singleShot(0, window.close)

    # SIGHUP: the terminal that started the window was closed
    for signum in (signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", None)):
        if signum is not None:
            signal.signal(signum, close)
    tick = QTimer(window)
    tick.timeout.connect(lambda: None)
    tick.start(250)


def first_steps(window: MainWindow, journal: Journal | None, prefs: Preferences) -> None:
    """After the welcome on the very first run: the optional getting-started steps (triggers, people, the
    next session, a short tour). Shown once; Help ▸ Getting started… opens them again."""
    if journal is None:
        return
    from journal_app.ui.privacy.onboarding import OnboardingDialog

    prefs.set("onboarding_done", True)
    OnboardingDialog.ask(window, journal, first_run=True)
    window.reload_after_import()  # triggers and people may have changed


def _application() -> QApplication:
    """The one QApplication, named, in the person's language (a translation ships for it)."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    from journal_app.ui.common.i18n import install_translation

    install_translation(app)  # the person's language, when a translation ships
    return app


def _take_writer_lock(data_dir: Path) -> tuple[JournalLock, int | None]:
    """One window per journal: the lock, and the exit code when this window must not open (a second one
    says so instead of opening; the lock goes when this process ends)."""
    from journal_app.system.instance_lock import JournalLock

    lock = JournalLock(data_dir)
    try:
        taken = lock.acquire()
    except OSError as exc:
        if not read_only_journal_folder(data_dir, exc):
            from PySide6.QtWidgets import QMessageBox  # (not before the first paint when all is well)

            QMessageBox.critical(None, APP_NAME, trans("errors", "The journal folder {folder} could not be used: "
                                                       "{reason}. Nothing was changed.", folder=data_dir,
                                                       reason=exc.strerror or exc))
            return lock, 1
        taken = True  # a journal in a folder nobody can write here opens for reading (it says so); no lock
    if not taken:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, APP_NAME, ALREADY_OPEN)
        return lock, 0
    return lock, None


def _ask_first(data_dir: Path, state: str) -> tuple[Journal | None, bool]:
    """First a passphrase (or, on the first run, the welcome), then the window; the database layer loads
    while the person types. (the journal opened, or None; False when the person chose not to go on)."""
    if state == "missing":
        from journal_app.ui.privacy.welcome_dialog import WelcomeDialog

        journal = WelcomeDialog.ask(None, data_dir)
        return journal, journal is not None
    if state == "encrypted":
        from journal_app.ui.privacy.unlock_dialog import UnlockDialog

        journal = UnlockDialog.ask(None, data_dir)
        return journal, journal is not None
    return None, True


def _show_window(app: QApplication) -> tuple[MainWindow, Preferences]:
    """The window's light shell, on screen at once (the rest is built after it paints), and the settings."""
    from journal_app.ui.common.preferences import Preferences, looks_default
    from journal_app.ui.shell.main_window import MainWindow

    prefs = Preferences()
    if not looks_default(prefs):  # a theme, text size or date format chosen: before anything is drawn
        from journal_app.ui.common.theme import apply_preferences

        apply_preferences(app, prefs)
    window = MainWindow(prefs, deferred=True)  # a light shell: on screen at once, the rest after it paints
    window.show()
    return window, prefs


def _finish_window(window: MainWindow, app: QApplication, data_dir: Path,
                   done: Callable[[LockController], None], failed: Callable[[Exception], None]) -> None:
    """The rest of the window (after its first paint, in short slices: MainWindow.build_in_slices), then the
    live look, the icon and the lock controller, given to `done`; an exception on the way goes to `failed`."""
    from journal_app.ui.common import preload

    def built() -> None:
        preload.when_loaded(("journal_app.ui.common.icons", "journal_app.ui.common.theme",
                             "journal_app.ui.privacy.lock_controller"), controller)

    def controller() -> None:
        try:
            from journal_app.ui.common.icons import icon
            from journal_app.ui.common.theme import apply_preferences
            from journal_app.ui.privacy.lock_controller import LockController

            prefs = window.prefs
            prefs.changed.connect(lambda name: apply_preferences(app, prefs, name))  # Settings change the look live
            prefs.changed.connect(lambda name: _follow_language(app, prefs, name))  # and the language
            app.setWindowIcon(icon("journal-app"))
            lock = LockController(window, data_dir, prefs)
        except Exception as exc:
            failed(exc)
            return
        done(lock)

    window.build_in_slices(built, failed)


def _follow_language(app: QApplication, prefs: Preferences, name: str) -> None:
    """Settings ▸ Language: every open window in the new language at once, nothing typed lost."""
    if name == "language":
        from journal_app.ui.common.i18n import change_language

        change_language(app, prefs.get("language"))


def _show_journal(controller: LockController, app: QApplication, journal: Journal | None,
                  done: Callable[[], None], failed: Callable[[Exception], None], opened: list[Journal]) -> None:
    """Show the journal in the window, then `done()` (an exception on the way goes to `failed`). When no dialog
    opened it, it is opened now on a worker (the window keeps answering; `opened` holds it until it is shown,
    so quitting meanwhile closes it). When it could not be opened, that is said and the app leaves."""

    def show(journal: Journal) -> None:
        try:
            _attach(controller, journal)
        except Exception as exc:
            failed(exc)
            return
        done()

    if journal is not None:
        show(journal)
        return
    from journal_app.ui.common import operations

    data_dir = controller.data_dir

    def open_it() -> object:  # on a worker thread: touches no widget
        from journal_app.core.errors import JournalError
        from journal_app.services.journal import Journal
        from journal_app.ui.privacy.unlock_dialog import warmed

        try:
            opened.append(warmed(Journal.open(data_dir, lean=True, full_when_needed=True)))  # (see warmed)
        except JournalError as exc:
            return exc
        return opened[-1]

    def answered(result: object) -> None:
        from journal_app.core.errors import JournalError

        if isinstance(result, JournalError):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(controller.widget, APP_NAME, str(result))
            app.exit(2 if result.exit_status == 2 else 1)
            return
        opened.clear()
        show(cast("Journal", result))

    def not_opened(message: str) -> None:  # not a JournalError: said calmly by the operations layer
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(controller.widget, APP_NAME, message)
        app.exit(1)

    operations.run(None, open_it, answered, not_opened)


def _attach(controller: LockController, journal: Journal) -> None:
    controller.attach(journal)
    from journal_app.core.files import remove_leftovers

    remove_leftovers(controller.data_dir)  # what exports killed outright left behind (plain text)


def run(data_dir: Path) -> int:
    """The window on the journal in `data_dir`, until it is closed; the exit status."""
    from journal_app.system import memory

    memory.one_arena()  # before any worker thread: see journal_app/system/memory.py
    try:
        return _run(data_dir)
    finally:
        preload = sys.modules.get("journal_app.ui.common.preload")
        if preload is not None:
            preload.stop()  # an import half-way through must not be cut short by the interpreter's exit


def _run(data_dir: Path) -> int:
    problem = platform_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtCore import QTimer

    app = _application()

    def shown(what: str) -> None:
        for watcher in startup_watchers:
            watcher(what, window)

    lock, leave = _take_writer_lock(data_dir)
    if leave is not None:
        return leave
    from journal_app.ui.common import preload

    preload.FREEZE = True  # what the preloads import is kept out of the collector's walks (see preload)
    state = peek_state(data_dir)
    journal, go_on = _ask_first(data_dir, state)
    if not go_on:
        return 0
    window, prefs = _show_window(app)
    parts: dict[str, LockController] = {}
    opened: list[Journal] = []  # a journal opened on a worker, until it is shown

    def failed(exc: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        from journal_app.cli.messages import unexpected  # no traceback: it could quote what was written

        QMessageBox.critical(window, APP_NAME, unexpected(type(exc).__name__))
        app.exit(1)

    def open_journal() -> None:
        # runs once the event loop has shown (exposed and painted) the window; the rest follows in slices
        shown("window shown")
        close_on_terminate(window)  # (signal and a timer: after the first paint)
        from journal_app.ui.common import preload

        preload.start_window()  # (already loading when a dialog came first)
        _finish_window(window, app, data_dir, with_controller, failed)

    from journal_app.ui.shell.main_window import SLICE_GAP_MS

    def with_controller(controller: LockController) -> None:
        parts["lock"] = controller
        QTimer.singleShot(SLICE_GAP_MS, lambda: _show_journal(controller, app, journal, listed, failed, opened))

    def listed() -> None:
        controller = parts["lock"]
        shown("journal listed")
        from journal_app.ui.common.preload import preload_after_paint

        preload_after_paint()  # matplotlib and the charts load on a worker now, not on the first Patterns open
        if state == "missing" and not prefs.get("onboarding_done"):
            QTimer.singleShot(0, lambda: first_steps(window, controller.journal, prefs))

    QTimer.singleShot(0, open_journal)
    code = app.exec()
    controller = parts.get("lock")
    if controller is not None and controller.journal is not None:
        controller.journal.close()
    for unshown in opened:  # opened on a worker while the window was quitting
        unshown.close()
    lock.release()
    return code
