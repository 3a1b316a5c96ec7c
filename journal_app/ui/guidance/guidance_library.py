"""The guidance library: every article by topic, searchable, read in a comfortable Markdown reader, with
links between articles, to the crisis page, and back to the entries where a trigger was tagged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.services.guidance import ABOUT_ID, CRISIS_ID, Article, Library
from journal_app.ui.common.tree_items import child_items, top_level_items
from journal_app.ui.common.widgets import small_label

ID_ROLE = Qt.ItemDataRole.UserRole


def article_markdown(
    library: Library, article: Article, trigger_names: dict[str, str], linked: dict[str, tuple[str, ...]]
) -> str:
    """The article, then its related reading and links to the entries where its triggers were tagged
    (built-in ones, and the person's own triggers they linked to it)."""
    parts = [article.markdown().rstrip()]
    related = [library.get(r) for r in article.related]
    if related:
        parts.append(
            QCoreApplication.translate("GuidanceLibrary", "**Related reading:** {links}").format(
                links=" · ".join(f"[{r.title}]({r.id})" for r in related if r)
            )
        )
    slugs = [s for s in article.triggers if s in trigger_names]
    slugs += [
        slug
        for slug, ids in linked.items()
        if article.id in ids and slug in trigger_names and slug not in slugs
    ]
    if slugs:
        texts = {
            s: QCoreApplication.translate("GuidanceLibrary", "Entries where I tagged {name}").format(
                name=trigger_names[s]
            )
            for s in slugs
        }
        links = " · ".join(f"[{texts[s]}](entries:{s})" for s in slugs)
        parts.append(
            QCoreApplication.translate("GuidanceLibrary", "**In your journal:** {links}").format(links=links)
        )
    return "\n\n".join(parts) + "\n"


class GuidanceLibrary(QDialog):
    # show the entries where this trigger (its slug) was tagged
    showEntries = Signal(str)

    def __init__(
        self,
        library: Library,
        trigger_names: dict[str, str] | None = None,
        linked: dict[str, tuple[str, ...]] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("GuidanceLibrary", "Guidance"))
        self.resize(980, 680)
        self.library = library
        self.trigger_names = trigger_names or {}
        self.linked = linked or {}
        self.current_id: str | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("GuidanceLibrary", "Search guidance"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(QCoreApplication.translate("GuidanceLibrary", "Search guidance"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(QCoreApplication.translate("GuidanceLibrary", "Guidance articles"))
        self.no_results = small_label(
            QCoreApplication.translate(
                "GuidanceLibrary", "Nothing in the guidance matches that. Try a shorter word."
            )
        )
        self.no_results.hide()
        self.crisis_button = QPushButton(
            QCoreApplication.translate("GuidanceLibrary", "If you are in crisis")
        )
        self.crisis_button.setAccessibleName(
            QCoreApplication.translate("GuidanceLibrary", "If you are in crisis: where to get help now")
        )
        self.about_button = QPushButton(QCoreApplication.translate("GuidanceLibrary", "About this guidance"))
        self.about_button.setAccessibleName(
            QCoreApplication.translate("GuidanceLibrary", "About this guidance: where its facts come from")
        )
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.tree, 1)
        lv.addWidget(self.no_results)
        lv.addWidget(self.crisis_button)
        lv.addWidget(self.about_button)

        self.reader = QTextBrowser()
        self.reader.setOpenLinks(False)
        self.reader.setOpenExternalLinks(False)
        self.reader.setAccessibleName(QCoreApplication.translate("GuidanceLibrary", "Article"))
        font = QFont(self.reader.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.reader.setFont(font)
        self.reader.document().setDocumentMargin(18)
        self.status = small_label("")

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.reader, 1)
        rv.addWidget(self.status)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([290, 690])
        split.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self._fill)
        self.tree.currentItemChanged.connect(self._on_item)
        self.reader.anchorClicked.connect(self.follow)
        self.crisis_button.clicked.connect(lambda: self.open(CRISIS_ID))
        self.about_button.clicked.connect(lambda: self.open(ABOUT_ID))
        self._fill("")

    def set_library(self, library: Library) -> None:
        """The articles read again (in another language): the list and the page being read follow, the search
        and the place in the list stay."""
        self.library = library
        self._fill(self.search.text())
        if self.current_id is not None:
            self.open(self.current_id)

    # -- the list ----------------------------------------------------------------------------------
    def _fill(self, query: str) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        if query.strip():
            found = self.library.search(query)
            for article in found:
                self._item(self.tree, article)
            self.no_results.setVisible(not found)
        else:
            self.no_results.hide()
            for topic, articles in self.library.by_topic():
                group = QTreeWidgetItem(self.tree, [topic])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                for article in articles:
                    self._item(group, article)
            self.tree.expandAll()
        self.tree.blockSignals(False)
        self._select(self.current_id)

    def _item(self, parent, article: Article) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [article.title])
        item.setData(0, ID_ROLE, article.id)
        item.setToolTip(0, article.summary)
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        out, stack = [], top_level_items(self.tree)
        while stack:
            item = stack.pop(0)
            out.append(item)
            stack[:0] = child_items(item)
        return out

    def _select(self, article_id: str | None) -> None:
        for item in self._items():
            if article_id is not None and item.data(0, ID_ROLE) == article_id:
                self.tree.blockSignals(True)
                self.tree.setCurrentItem(item)
                self.tree.blockSignals(False)
                return

    def _on_item(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is not None and item.data(0, ID_ROLE):
            self.open(item.data(0, ID_ROLE))

    # -- reading -----------------------------------------------------------------------------------
    # QDialog.open() (show window-modal) is never used on this window, which is shown with show(); the name
    # reads as "open this article" wherever the window is asked for one (the guidance controller, tests)
    def open(self, article_id: str) -> bool:  # type: ignore[override]
        """Show an article (or the crisis page, or About); False when there is no such article."""
        self.status.clear()
        try:
            if article_id == CRISIS_ID:
                text = self.library.crisis_markdown()
            elif article_id == ABOUT_ID:
                text = self.library.about_markdown()
            else:
                article = self.library.get(article_id)
                if article is None:
                    self.status.setText(
                        QCoreApplication.translate(
                            "GuidanceLibrary", "That article is not in this version of the guidance."
                        )
                    )
                    return False
                text = article_markdown(self.library, article, self.trigger_names, self.linked)
        except OSError as exc:
            self.status.setText(
                QCoreApplication.translate(
                    "GuidanceLibrary", "This page could not be read ({reason})."
                ).format(reason=exc.strerror or exc)
            )
            return False
        self.current_id = article_id
        self.reader.setMarkdown(text)
        self._select(article_id)
        if article_id in (CRISIS_ID, ABOUT_ID):
            self.tree.clearSelection()
        return True

    def follow(self, url: QUrl) -> None:
        """A link in the reader: another article, the crisis page, or the entries for a trigger."""
        if url.scheme() == "entries":
            self.showEntries.emit(url.path())
        elif url.scheme() in ("", "guidance"):
            self.open(url.path().strip("/") or url.toString())
        else:
            self.status.setText(
                QCoreApplication.translate(
                    "GuidanceLibrary",
                    "This app never opens web pages, so nothing you read or write here goes online.",
                )
            )

    def reader_text(self) -> str:
        return self.reader.toPlainText()
