"""Settings: locking, backups, reminders, patterns, display and export defaults, in groups. Every value is
read through Preferences.get and saved with Preferences.set when OK is pressed (so `changed` fires and the app
follows at once); Cancel changes nothing; Restore defaults puts the defaults in the form (saved on OK)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.common.formatting import date_text, day_name, locale_week_start
from journal_app.ui.common.i18n import system_locale_name
from journal_app.ui.common.preferences import PREFS, Preferences
from journal_app.ui.common.tab_order import button_row, chain_tab_order
from journal_app.ui.common.theme import base_font, scaled_font


def _range(name: str) -> tuple[int, int]:
    """The bounds of a numeric setting (every numeric setting has both)."""
    pref = PREFS[name]
    return _bound(pref.minimum), _bound(pref.maximum)


def _bound(value: int | None) -> int:
    if value is None:
        raise ValueError("a numeric setting without a bound")
    return value


class SettingsDialog(QDialog):
    """The settings, grouped; `values()` is what the form holds, `apply()` saves what differs."""

    # privacy and lock
    idle: QSpinBox
    # backups
    keep: QSpinBox
    folder: QLineEdit
    browse: QPushButton
    use_journal_folder: QPushButton
    # reminders
    reminder: QComboBox
    reminder_time: QTimeEdit
    weekday: QComboBox
    # patterns
    week_start: QComboBox
    # display
    theme: QComboBox
    text_size: QSpinBox
    size_slider: QSlider
    sample: QLabel
    date_format: QComboBox
    language: QComboBox
    # export defaults
    export_format: QComboBox
    export_people: QComboBox
    export_page: QComboBox
    # buttons
    buttons: QDialogButtonBox
    ok_button: QPushButton
    cancel_button: QPushButton
    defaults_button: QPushButton

    def __init__(self, prefs: Preferences, parent: QWidget | None = None, today: date | None = None,
                 data_dir: Path | None = None) -> None:
        """`data_dir`: the journal's folder, which a chosen backup folder may not be (nor be inside)."""
        super().__init__(parent)
        self.prefs = prefs
        if data_dir is None and parent is not None and hasattr(parent, "journal_folder"):
            data_dir = parent.journal_folder()  # the main window knows it, open or locked
        self.data_dir = data_dir
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Settings"))
        self.backup_folder = ""
        self._base_font = base_font()

        left = (self._build_privacy(), self._build_backups(), self._build_reminders())
        patterns = self._build_patterns()  # built before Display, as before: creation order is focus order
        right = (self._build_display(), patterns, self._build_export())
        self.buttons = self._build_buttons()
        body = self._build_columns(left, right)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields (the area scrolls to each)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(max(body.sizeHint().width() + 40, 860), min(body.sizeHint().height() + 70, 720))
        self._set_tab_order()
        self._connect_signals()
        self.show_values(prefs.as_dict())

    # -- building ----------------------------------------------------------------------------------
    def _build_privacy(self) -> QGroupBox:
        self.idle = QSpinBox()
        self.idle.setRange(0, _bound(PREFS["idle_minutes"].maximum))
        self.idle.setSpecialValueText(self.tr("Never"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after this many quiet minutes"))
        self.idle.setAccessibleDescription(self.tr("0 means never lock by itself"))
        note = self._note(
            self.tr(
                "The journal locks itself when nobody has typed or used the mouse for this "
                "long. Choose Never to lock only with Ctrl+L."
            )
        )
        return self._group(self.tr("Privacy and lock"), [(self.tr("Lock after:"), self.idle), ("", note)])

    def _build_backups(self) -> QGroupBox:
        self.keep = QSpinBox()
        self.keep.setRange(*_range("backup_keep"))
        self.keep.setAccessibleName(self.tr("How many backups to keep"))
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Choose a folder for backups"))
        self.use_journal_folder = QPushButton(self.tr("Use the journal folder"))
        self.use_journal_folder.setAccessibleName(self.tr("Keep backups in the journal folder"))
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.browse)
        folder_buttons.addWidget(self.use_journal_folder)
        folder_buttons.addStretch(1)
        note = self._note(
            self.tr(
                "Backups are encrypted like your journal and readable only by you. Only the "
                "app's own backup files in that folder are ever removed."
            )
        )
        return self._group(
            self.tr("Backups"),
            [
                (self.tr("Keep the newest:"), self.keep),
                (self.tr("Folder:"), self.folder),
                ("", folder_buttons),
                ("", note),
            ],
        )

    def _build_reminders(self) -> QGroupBox:
        self.reminder = QComboBox()
        self.reminder.setAccessibleName(self.tr("How often to be reminded to write"))
        for key, label in (
            ("off", self.tr("Off")),
            ("daily", self.tr("Every day")),
            ("weekly", self.tr("Once a week")),
        ):
            self.reminder.addItem(label, key)
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.weekday = QComboBox()
        self.weekday.setAccessibleName(self.tr("Day of the weekly reminder"))
        for qt_day in range(1, 8):
            self.weekday.addItem(day_name(qt_day - 1), qt_day)
        return self._group(
            self.tr("Reminders"),
            [
                (self.tr("Remind me:"), self.reminder),
                (self.tr("At:"), self.reminder_time),
                (self.tr("On:"), self.weekday),
            ],
        )

    def _build_patterns(self) -> QGroupBox:
        self.week_start = QComboBox()
        self.week_start.setAccessibleName(self.tr("First day of the week in Patterns"))
        self.week_start.addItem(
            self.tr("As usual where I live ({day})").format(day=day_name(locale_week_start())), -1
        )
        for day in (0, 6, 5):
            self.week_start.addItem(day_name(day), day)
        return self._group(self.tr("Patterns"), [(self.tr("Weeks start on:"), self.week_start)])

    def _build_display(self) -> QGroupBox:
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colours"))
        for key, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, key)
        self.text_size = QSpinBox()
        self.text_size.setRange(*_range("text_size"))
        self.text_size.setSingleStep(5)
        self.text_size.setSuffix(" %")
        self.text_size.setAccessibleName(self.tr("Text size, in percent"))
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(self.text_size.minimum(), self.text_size.maximum())
        self.size_slider.setSingleStep(5)
        self.size_slider.setPageStep(25)
        self.size_slider.setAccessibleName(self.tr("Text size"))
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_slider, 1)
        size_row.addWidget(self.text_size)
        self.sample = QLabel(self.tr("This is how your words will look."))
        self.sample.setAccessibleName(self.tr("Text size sample"))
        self.sample.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        self.date_format = QComboBox()
        self.date_format.setAccessibleName(self.tr("How dates are shown"))
        for key, label in (
            ("long", self.tr("Long: {example}")),
            ("short", self.tr("Short: {example}")),
            ("iso", self.tr("Year-month-day: {example}")),
        ):
            self.date_format.addItem(label.format(example=date_text(self.today, key)), key)
        self.language = self._language_choice()
        return self._group(
            self.tr("Display"),
            [
                (self.tr("Language:"), self.language),
                (self.tr("Colours:"), self.theme),
                (self.tr("Text size:"), size_row),
                ("", self.sample),
                (self.tr("Dates:"), self.date_format),
            ],
        )

    def _language_choice(self) -> QComboBox:
        """The system's language, then each language the app ships, named in that language (as people look
        for their own)."""
        from journal_app.core import i18n

        combo = QComboBox()
        combo.setAccessibleName(self.tr("Language of the app"))
        system = i18n.LANGUAGE_NAMES.get(i18n.set_language_preview(system_locale_name()), "English")
        combo.addItem(self.tr("As the system is set ({language})").format(language=system), "system")
        for code in i18n.available():
            combo.addItem(i18n.LANGUAGE_NAMES.get(code, code), code)
        return combo

    def _build_export(self) -> QGroupBox:
        self.export_format = QComboBox()
        self.export_format.setAccessibleName(self.tr("Export format to start with"))
        for key, label in (
            ("pdf", self.tr("PDF")),
            ("md", self.tr("Markdown")),
            ("csv", self.tr("CSV")),
            ("json", self.tr("JSON (the whole journal, as a backup)")),
        ):
            self.export_format.addItem(label, key)
        self.export_people = QComboBox()
        self.export_people.setAccessibleName(self.tr("How people are named in exports"))
        self.export_people.setToolTip(
            self.tr("Everywhere in a summary: details, sentences, charts and your own words. "
                    "journal-app export uses it too, unless --people is given.")
        )
        for key, label in (
            ("name", self.tr("By name")),
            ("initial", self.tr("By initial")),
            ("role", self.tr("By role (partner, friend…)")),
        ):
            self.export_people.addItem(label, key)
        self.export_page = QComboBox()
        self.export_page.setAccessibleName(self.tr("Paper size"))
        from journal_app.services.exporting.summary import default_page_size

        self.export_page.addItem(
            self.tr("As usual where I live ({size})").format(size=default_page_size()), ""
        )
        for key, label in (("A4", self.tr("A4")), ("Letter", self.tr("Letter"))):
            self.export_page.addItem(label, key)
        return self._group(
            self.tr("Export defaults"),
            [
                (self.tr("Format:"), self.export_format),
                (self.tr("People:"), self.export_people),
                (self.tr("Paper:"), self.export_page),
            ],
        )

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.defaults_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setText(self.tr("Restore defaults"))
        return buttons

    @staticmethod
    def _build_columns(left_groups: Sequence[QWidget], right_groups: Sequence[QWidget]) -> QWidget:
        """Two columns of groups, each pushed to the top."""
        body = QWidget()
        columns = QHBoxLayout(body)
        for groups in (left_groups, right_groups):
            column = QVBoxLayout()
            for group in groups:
                column.addWidget(group)
            column.addStretch(1)
            columns.addLayout(column, 1)
        return body

    def _set_tab_order(self) -> None:
        """Tab reads the form as it is shown: the left column down, then the right one, then the buttons."""
        chain: list[QWidget] = [
            self.idle,
            self.keep,
            self.folder,
            self.browse,
            self.use_journal_folder,
            self.reminder,
            self.reminder_time,
            self.weekday,
            self.language,
            self.theme,
            self.size_slider,
            self.text_size,
            self.date_format,
            self.week_start,
            self.export_format,
            self.export_people,
            self.export_page,
        ]
        chain_tab_order([*chain, *button_row(self.buttons)])  # the buttons in the order this platform shows them

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.browse.clicked.connect(self.choose_folder)
        self.use_journal_folder.clicked.connect(lambda: self._set_folder(""))
        self.reminder.currentIndexChanged.connect(lambda _i: self._update())
        self.text_size.valueChanged.connect(self._on_size)
        self.size_slider.valueChanged.connect(self.text_size.setValue)

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    @staticmethod
    def _group(title: str, rows: Sequence[tuple[str, QWidget | QLayout]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in rows:
            if isinstance(field, QSpinBox):
                field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                field.setMinimumWidth(field.fontMetrics().horizontalAdvance("0000 min") + 40)
            if label:
                form.addRow(label, field)
            elif isinstance(field, QLabel):
                form.addRow(field)
            else:
                form.addRow("", field)
        return box

    @classmethod
    def ask(cls, parent, prefs: Preferences, data_dir: Path | None = None) -> bool:
        """Show the settings; True when they were saved (OK)."""
        return cls(prefs, parent, data_dir=data_dir).exec() == QDialog.DialogCode.Accepted

    # -- values ------------------------------------------------------------------------------------
    def show_values(self, values: dict) -> None:
        """Put `values` (name -> value, as Preferences.as_dict gives) in the form."""
        self.idle.setValue(values["idle_minutes"])
        self.keep.setValue(values["backup_keep"])
        self._set_folder(values["backup_folder"])
        self._choose(self.reminder, values["reminder"])
        self.reminder_time.setTime(QTime.fromString(values["reminder_time"], "HH:mm"))
        self._choose(self.weekday, values["reminder_weekday"])
        if self.week_start.findData(values["week_start"]) < 0:
            self.week_start.addItem(day_name(values["week_start"]), values["week_start"])
        self._choose(self.week_start, values["week_start"])
        self._choose(self.language, values["language"])
        self._choose(self.theme, values["theme"])
        self.text_size.setValue(values["text_size"])
        self._choose(self.date_format, values["date_format"])
        self._choose(self.export_format, values["export_format"])
        self._choose(self.export_people, values["export_people"])
        self._choose(self.export_page, values["export_page"])
        self._update()

    @staticmethod
    def _choose(combo: QComboBox, value) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def values(self) -> dict:
        """What the form holds, as setting name -> value (only the settings this dialog shows)."""
        return {
            "idle_minutes": self.idle.value(),
            "backup_keep": self.keep.value(),
            "backup_folder": self.backup_folder,
            "reminder": self.reminder.currentData(),
            "reminder_time": self.reminder_time.time().toString("HH:mm"),
            "reminder_weekday": self.weekday.currentData(),
            "week_start": self.week_start.currentData(),
            "language": self.language.currentData(),
            "theme": self.theme.currentData(),
            "text_size": self.text_size.value(),
            "date_format": self.date_format.currentData(),
            "export_format": self.export_format.currentData(),
            "export_people": self.export_people.currentData(),
            "export_page": self.export_page.currentData(),
        }

    def apply(self) -> list[str]:
        """Save every value that differs from what is stored; the names saved."""
        saved = []
        for name, value in self.values().items():
            if self.prefs.get(name) != value:
                self.prefs.set(name, value)
                saved.append(name)
        return saved

    def accept(self) -> None:
        self.apply()
        super().accept()

    def restore_defaults(self) -> None:
        """The default of every setting here, in the form (nothing is saved until OK)."""
        self.show_values({name: pref.default for name, pref in PREFS.items()})

    # -- reactions ---------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        start = self.backup_folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for backups"), start)
        if not folder:
            return
        if self.data_dir is not None:
            from journal_app.core.errors import InvalidInput
            from journal_app.services.backup import check_folder

            try:
                checked = check_folder(folder, self.data_dir)
            except InvalidInput as exc:  # the journal's own folder: said calmly, the setting stays as it was
                QMessageBox.warning(self, self.tr("Choose another folder"), str(exc))
                return
            folder = str(checked) if checked is not None else ""  # its backups/ folder: the default
        self._set_folder(folder)

    def _set_folder(self, folder: str) -> None:
        self.backup_folder = folder
        self.folder.setText(folder or self.tr("The journal folder"))
        self.folder.setToolTip(
            folder or self.tr('Backups stay in the "backups" folder next to your journal.')
        )
        self.use_journal_folder.setEnabled(bool(folder))

    def _update(self) -> None:
        frequency = self.reminder.currentData()
        self.reminder_time.setEnabled(frequency != "off")
        self.weekday.setEnabled(frequency == "weekly")

    def _on_size(self, value: int) -> None:
        self.size_slider.blockSignals(True)
        self.size_slider.setValue(value)
        self.size_slider.blockSignals(False)
        self.sample.setFont(scaled_font(self._base_font, value))
