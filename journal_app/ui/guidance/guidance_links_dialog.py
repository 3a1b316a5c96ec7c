"""Link guidance articles to one of the person's own triggers (built-in triggers have theirs already)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout

from journal_app.models.values import TriggerInfo
from journal_app.services.guidance import Library
from journal_app.ui.common.widgets import paragraph

ID_ROLE = Qt.ItemDataRole.UserRole


class GuidanceLinksDialog(QDialog):
    def __init__(self, library: Library, trigger: TriggerInfo, chosen: tuple[str, ...], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("GuidanceLinksDialog", "Guidance for {name}").format(name=trigger.name)
        )
        self.resize(460, 520)
        intro = paragraph(
            QCoreApplication.translate(
                "GuidanceLinksDialog",
                "Tick the reading you would like to see when you tag {name}. It shows first beside the "
                "entry, and the articles link back to these entries.",
            ).format(name=trigger.name)
        )
        self.list = QListWidget()
        self.list.setAccessibleName(
            QCoreApplication.translate("GuidanceLinksDialog", "Guidance articles for {name}").format(
                name=trigger.name
            )
        )
        for topic, articles in library.by_topic():
            header = QListWidgetItem(topic)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            for article in articles:
                item = QListWidgetItem(article.title)
                item.setData(ID_ROLE, article.id)
                item.setToolTip(article.summary)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Checked if article.id in chosen else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, ...]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(
            i.data(ID_ROLE) for i in items if i.data(ID_ROLE) and i.checkState() == Qt.CheckState.Checked
        )

    @classmethod
    def ask(
        cls, parent, library: Library, trigger: TriggerInfo, chosen: tuple[str, ...]
    ) -> tuple[str, ...] | None:
        dialog = cls(library, trigger, chosen, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
