"""The Help menu's windows: the user guide (resources/help/guide.md), every keyboard shortcut (read from the
live menus, so actions other parts of the window add later appear too), About (version, licence, where
the journal is kept) and the crisis page (numbers by country, journal_app.services.crisis), which opens without the
journal from the unlock dialog, the locked window, the tray menu and quick capture too."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPushButton,
    QTextBrowser,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

import journal_app
from journal_app import APP_ID, APP_NAME
from journal_app.core import i18n
from journal_app.core.localised import localised
from journal_app.core.paths import resources_dir
from journal_app.services import crisis
from journal_app.ui.common.tree_items import child_items, top_level_items
from journal_app.ui.common.widgets import heading, paragraph, problem_label, small_label


def guide_path() -> Path:
    return localised(resources_dir() / "help" / "guide.md")  # in the person's language where it has one


def app_version() -> str:
    version = getattr(journal_app, "__version__", None)
    if version:
        return version
    try:
        return metadata.version(APP_ID)
    except metadata.PackageNotFoundError:
        return QCoreApplication.translate("HelpWindows", "unknown")


def native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def plain(text: str) -> str:
    """A menu text as read aloud: no mnemonic ampersands, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
        QCoreApplication.translate("HelpWindows", "Close")
    )
    return buttons


class UserGuideWindow(QDialog):
    """The short user guide, beside the journal (not modal)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("HelpWindows", "User guide — {app}").format(app=APP_NAME)
        )
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(QCoreApplication.translate("HelpWindows", "User guide"))
        self.browser.setOpenLinks(False)  # the guide has no links out: nothing opens a browser
        self.browser.document().setDocumentMargin(16)
        self._show_guide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(_close_buttons(self))
        self.resize(640, 720)

    def _show_guide(self) -> None:
        try:
            self.browser.setMarkdown(guide_path().read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(
                QCoreApplication.translate(
                    "HelpWindows",
                    "The user guide could not be read from {path}. Everything in it is also "
                    "in the README that came with the app.",
                ).format(path=guide_path())
            )

    def retranslate(self) -> None:
        """Settings ▸ Language changed: the guide in the new language (ui.common.i18n.retranslate calls this)."""
        self.setWindowTitle(
            QCoreApplication.translate("HelpWindows", "User guide — {app}").format(app=APP_NAME)
        )
        self._show_guide()


class ShortcutsWindow(QDialog):
    """Every action in the window's menus with its keys, grouped by menu, plus the keys every text box and
    list knows. Built from the live actions each time it is shown (and while open, when a menu changes)."""

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent if parent is not None else window)
        self.window_ = window
        self.setWindowTitle(
            QCoreApplication.translate("HelpWindows", "Keyboard shortcuts — {app}").format(app=APP_NAME)
        )
        self.setModal(False)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(QCoreApplication.translate("HelpWindows", "Find a shortcut…"))
        self.filter.setAccessibleName(QCoreApplication.translate("HelpWindows", "Find a shortcut"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("HelpWindows", "Action"),
                QCoreApplication.translate("HelpWindows", "Keys"),
            ]
        )
        self.tree.setAccessibleName(QCoreApplication.translate("HelpWindows", "Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(
            small_label(
                QCoreApplication.translate(
                    "HelpWindows", "Every menu can also be opened with Alt and its underlined letter."
                )
            )
        )
        layout.addWidget(_close_buttons(self))
        self.resize(560, 660)
        self._rebuild_soon = QTimer(self)
        self._rebuild_soon.setSingleShot(True)
        self._rebuild_soon.timeout.connect(self.refresh)
        self.filter.textChanged.connect(self._apply_filter)
        self.refresh()

    # -- reading the window ------------------------------------------------------------------------
    def groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """[(group title, [(action text, keys)])]: each menu (submenus as "Menu ▸ Submenu"), then actions
        with keys that live on a widget rather than in a menu, then the editing keys."""
        groups: list[tuple[str, list[tuple[str, str]]]] = []
        seen: set[QAction] = set()

        def walk(menu: QMenu, title: str) -> None:
            menu.installEventFilter(self)  # actions added later refresh this window
            rows: list[tuple[str, str]] = []
            later: list[tuple[QMenu, str]] = []
            for action in menu.actions():
                if action.isSeparator() or not action.isVisible():
                    continue
                seen.add(action)
                sub = action.menu()
                if isinstance(sub, QMenu):
                    later.append((sub, f"{title} ▸ {plain(action.text())}"))
                    continue
                rows.append((plain(action.text()), ", ".join(native(s) for s in action.shortcuts())))
            if rows:
                groups.append((title, rows))
            for sub, sub_title in later:
                walk(sub, sub_title)

        bar: QMenuBar = self.window_.menuBar()
        bar.installEventFilter(self)
        for action in bar.actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and action.isVisible():
                walk(menu, plain(action.text()))
        elsewhere = []
        for widget in [self.window_, *self.window_.findChildren(QWidget)]:
            if isinstance(widget, (QMenu, QMenuBar, QToolBar)) or widget.window() is not self.window_:
                continue  # menus are read above; other windows (this one, dialogs) have their own keys
            for action in widget.actions():
                if action in seen or action.shortcut().isEmpty() or not action.isVisible():
                    continue
                seen.add(action)
                where = widget.accessibleName()
                text = plain(action.text())
                if where and widget is not self.window_:
                    text = QCoreApplication.translate("HelpWindows", "{action} (in {where})").format(
                        action=text, where=where.lower() if i18n.facts().lower_case_names else where
                    )
                elsewhere.append((text, ", ".join(native(s) for s in action.shortcuts())))
        if elsewhere:
            groups.append((QCoreApplication.translate("HelpWindows", "Elsewhere"), elsewhere))
        groups.append(
            (QCoreApplication.translate("HelpWindows", "Moving around and editing"), self.editing_keys())
        )
        return groups

    @staticmethod
    def editing_keys() -> list[tuple[str, str]]:
        S = QKeySequence.StandardKey
        return [
            (
                QCoreApplication.translate("HelpWindows", "Next field (also out of the entry text)"),
                native(QKeySequence(Qt.Key.Key_Tab)),
            ),
            (QCoreApplication.translate("HelpWindows", "Previous field"), native(QKeySequence("Shift+Tab"))),
            (QCoreApplication.translate("HelpWindows", "Cut"), native(QKeySequence(S.Cut))),
            (QCoreApplication.translate("HelpWindows", "Copy"), native(QKeySequence(S.Copy))),
            (QCoreApplication.translate("HelpWindows", "Paste"), native(QKeySequence(S.Paste))),
            (QCoreApplication.translate("HelpWindows", "Select all"), native(QKeySequence(S.SelectAll))),
            (
                QCoreApplication.translate("HelpWindows", "Tick or untick a box, press a button"),
                QCoreApplication.translate("HelpWindows", "Space"),
            ),
            (
                QCoreApplication.translate("HelpWindows", "Close a dialog without changing anything"),
                native(QKeySequence(Qt.Key.Key_Escape)),
            ),
        ]

    # -- showing -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.tree.clear()
        for title, rows in self.groups():
            group = QTreeWidgetItem([title, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(False)
            self.tree.addTopLevelItem(group)
            for text, keys in rows:
                item = QTreeWidgetItem([text, keys])
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{text}: {keys}" if keys else text)
                group.addChild(item)
            group.setExpanded(True)
        self._apply_filter(self.filter.text())

    def rows(self) -> dict[str, dict[str, str]]:
        """{group title: {action text: keys}} as shown (for tests and screen readers' sake, plain text)."""
        return {
            group.text(0): {child.text(0): child.text(1) for child in child_items(group) if not child.isHidden()}
            for group in top_level_items(self.tree)
        }

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for group in top_level_items(self.tree):
            visible = 0
            for child in child_items(group):
                hit = not needle or needle in child.text(0).casefold() or needle in child.text(1).casefold()
                child.setHidden(not hit)
                visible += hit
            group.setHidden(visible == 0)

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.isVisible() and event.type() in (
            QEvent.Type.ActionAdded,
            QEvent.Type.ActionRemoved,
            QEvent.Type.ActionChanged,
        ):
            self._rebuild_soon.start(0)
        return False


class AboutDialog(QDialog):
    """Name, version, licence, what stays private, and the journal folder with a button to open it."""

    def __init__(self, parent=None, data_dir: Path | str | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.setWindowTitle(QCoreApplication.translate("HelpWindows", "About {app}").format(app=APP_NAME))
        title = heading(APP_NAME, 1.4, 440)
        version = paragraph(
            QCoreApplication.translate("HelpWindows", "Version {version}").format(version=app_version())
        )
        version.setAccessibleName(QCoreApplication.translate("HelpWindows", "Version"))
        what = paragraph(
            QCoreApplication.translate(
                "HelpWindows",
                "A private journal for noticing relationship patterns between therapy sessions.",
            )
        )
        private = paragraph(
            QCoreApplication.translate(
                "HelpWindows",
                "Your journal stays on this computer. The app has no network code: nothing you "
                "write is ever sent anywhere.",
            )
        )
        licence = paragraph(
            QCoreApplication.translate("HelpWindows", "Proprietary software. All rights reserved.")
        )
        licence.setAccessibleName(QCoreApplication.translate("HelpWindows", "Licence"))
        where = paragraph(QCoreApplication.translate("HelpWindows", "Your journal folder:"))
        self.folder = paragraph(
            str(self.data_dir)
            if self.data_dir
            else QCoreApplication.translate("HelpWindows", "No journal is open.")
        )
        self.folder.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.folder.setAccessibleName(QCoreApplication.translate("HelpWindows", "Journal folder"))
        self.folder.setContentsMargins(16, 0, 0, 0)
        self.open_button = QPushButton(QCoreApplication.translate("HelpWindows", "&Open folder"))
        self.open_button.setAccessibleName(
            QCoreApplication.translate("HelpWindows", "Open the journal folder")
        )
        self.open_button.setAutoDefault(False)
        self.open_button.setEnabled(self.data_dir is not None)
        self.problem = problem_label()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(QCoreApplication.translate("HelpWindows", "Problem"))
        self.problem.hide()
        built = small_label(
            QCoreApplication.translate(
                "HelpWindows", "Made with Qt for Python {pyside} on Python {python}."
            ).format(pyside=PYSIDE_VERSION, python=platform.python_version())
        )
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.setSpacing(8)
        for widget in (title, version, what, private, licence):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(where)
        layout.addWidget(self.folder)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addSpacing(8)
        layout.addWidget(built)
        buttons = _close_buttons(self)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)  # once it is in the dialog
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)
        self.open_button.clicked.connect(self.open_folder)

    def open_folder(self) -> bool:
        """Show the folder in the file manager; says so calmly if that cannot be done here."""
        if self.data_dir is None:
            return False
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
        self.problem.setText(
            ""
            if opened
            else QCoreApplication.translate(
                "HelpWindows",
                "The folder could not be opened from here. You can select its path above and copy it.",
            )
        )
        self.problem.setVisible(not opened)
        return opened


def system_country() -> str | None:
    """The country of the locale the window uses (QLocale: the system's unless one was set), as an ISO 3166
    code this page lists, else None."""
    return crisis.normalise(QLocale.territoryToCode(QLocale().territory()))


class CrisisWindow(QDialog):
    """If you are in crisis: the numbers for a country (the locale's at first; a choice changes it) and what to
    do anywhere. It reads no journal, so it opens while the journal is locked, and reading it unlocks nothing.
    Nothing here dials or fetches: the page is text and no link opens a browser."""

    def __init__(self, parent=None, country: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("HelpWindows", "If you are in crisis — {app}").format(app=APP_NAME)
        )
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # the journal window decides when to quit
        self.country = QComboBox()
        self.country.setAccessibleName(QCoreApplication.translate("HelpWindows", "Country"))
        self.country.setToolTip(
            QCoreApplication.translate("HelpWindows", "The numbers shown are for this country")
        )
        for listed in crisis.by_name():
            self.country.addItem(listed.shown_name, listed.code)
        self.country.addItem(
            QCoreApplication.translate("HelpWindows", "Somewhere else, or not listed"), None
        )
        label = QLabel(QCoreApplication.translate("HelpWindows", "&Country:"))
        label.setBuddy(self.country)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(QCoreApplication.translate("HelpWindows", "Where to get help now"))
        self.browser.setOpenLinks(False)  # nothing on this page opens a browser or fetches anything
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDocumentMargin(16)
        self.browser.anchorClicked.connect(self._on_link)
        self.note = small_label(
            QCoreApplication.translate(
                "HelpWindows",
                "This page is text: the app does not dial any number or go online. Your journal stays as it "
                "is, locked or open.",
            )
        )
        self.note.setAccessibleName(QCoreApplication.translate("HelpWindows", "About this page"))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.country, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.note)
        buttons = _close_buttons(self)
        layout.addWidget(buttons)
        self.resize(620, 720)
        self.choose(country if country is not None else system_country())
        self.country.currentIndexChanged.connect(self._show)
        self.browser.setFocus()

    def choose(self, code: str | None) -> None:
        """Show the page for a country (an ISO code; None or one not listed: the advice for anywhere)."""
        index = self.country.findData(crisis.normalise(code))
        self.country.setCurrentIndex(index if index >= 0 else self.country.count() - 1)
        self._show()

    def current_code(self) -> str | None:
        return self.country.currentData()

    def retranslate(self) -> None:
        """Settings ▸ Language changed: the countries' names and the page in the new language, the country kept
        (ui.common.i18n.retranslate calls this; it has already put the fixed words in the new language)."""
        self.setWindowTitle(
            QCoreApplication.translate("HelpWindows", "If you are in crisis — {app}").format(app=APP_NAME)
        )
        code = self.current_code()
        self.country.blockSignals(True)
        for index, listed in enumerate(crisis.by_name()):  # sorted by their names in the new language
            self.country.setItemText(index, listed.shown_name)
            self.country.setItemData(index, listed.code)
        self.country.setCurrentIndex(max(self.country.findData(code), 0) if code else self.country.count() - 1)
        self.country.blockSignals(False)
        self._show()

    def _show(self, *_args) -> None:
        self.browser.setMarkdown(crisis.page_markdown(self.current_code()))

    def page_text(self) -> str:
        return self.browser.toPlainText()

    def _on_link(self, _url: QUrl) -> None:
        self.note.setText(
            QCoreApplication.translate(
                "HelpWindows",
                "This app never opens web pages. You can type the address into a browser yourself, on any "
                "device.",
            )
        )


_OPEN_PAGES: list[CrisisWindow] = []


def _forget(page: CrisisWindow) -> None:
    if page in _OPEN_PAGES:
        _OPEN_PAGES.remove(page)


def show_crisis(country: str | None = None) -> CrisisWindow:
    """Open the crisis page (or bring an open one forward), from anywhere: no journal is needed or touched.

    It is a window of its own, so a window-modal unlock dialog over the journal window does not block it;
    under a dialog that blocks the whole app (the unlock dialog at start), it opens as that dialog's child,
    which keeps it usable."""
    modal = QApplication.activeModalWidget()
    parent = modal if modal is not None and modal.windowModality() == Qt.WindowModality.ApplicationModal else None
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CrisisWindow) and widget.isVisible() and widget.parentWidget() is parent:
            if country is not None:
                widget.choose(country)
            break
    else:
        widget = CrisisWindow(parent, country)
        _OPEN_PAGES.append(widget)  # a window without a parent lives as long as Python holds it
        widget.finished.connect(lambda _result, page=widget: _forget(page))
    widget.show()
    widget.raise_()
    widget.activateWindow()
    return widget
