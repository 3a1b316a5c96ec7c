"""The "Reflection prompts" button in the editor: ticking it adds a template's short prompts at the end of
the entry (after a blank line, the cursor under the first one; each is a plain line of text the editor shows
in bold, no Markdown markers); unticking it takes out the prompts left
unanswered and keeps every word typed. Its menu chooses the template and opens "Edit templates…". The tick
follows the entry shown: it is on when the entry holds all of a template's prompts (has_all_prompts)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QActionGroup, QFont, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolButton

from journal_app.services import templates
from journal_app.services.templates import Template, builtins, reflection


def _units(text: str) -> int:
    """Length in UTF-16 code units: the positions QTextDocument counts in (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


def body_text(edit: QPlainTextEdit) -> str:
    """The text box's text exactly (as EntryEditor.body_text reads it)."""
    return edit.document().toRawText().replace("\u2029", "\n")


class PromptHighlighter(QSyntaxHighlighter):
    """Shows the prompt lines in the text box in bold (the text itself is unchanged). Prompts kept as bold
    Markdown by earlier versions (`**What happened?**`) are bold too, their ** markers faint."""

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit.document())
        self._edit = edit
        self._lines: dict[str, str] = {}

    def set_templates(self, known) -> None:
        lines = templates.prompt_lines(known)
        if lines != self._lines:
            self._lines = lines
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        stripped = text.strip()
        if stripped not in self._lines:
            return
        start = _units(text[: text.index(stripped)])
        length = _units(stripped)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        self.setFormat(start, length, bold)
        if stripped != templates.heading(self._lines[stripped]):  # the older bold-Markdown form
            faint = QTextCharFormat(bold)
            faint.setForeground(self._edit.palette().color(QPalette.ColorRole.PlaceholderText))
            self.setFormat(start, 2, faint)
            self.setFormat(start + length - 2, 2, faint)


class TemplatePicker(QToolButton):
    # the prompts of a template went into the entry (True) or their unanswered ones came out (False)
    promptsToggled = Signal(object, bool)
    # something calm to tell the person (the templates file could not be read); carries the sentence
    message = Signal(str)

    def __init__(self, body: QPlainTextEdit, parent=None) -> None:
        super().__init__(parent)
        self._body = body
        self._store = None
        self._current: Template = reflection()
        self.highlighter = PromptHighlighter(body)
        self.highlighter.set_templates(builtins())
        self.setCheckable(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleDescription(
            self.tr(
                "Adds short questions to this entry to answer if you like; untick to take out the ones left "
                "empty. The menu chooses the set of questions."
            )
        )
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self._fill_menu)
        self.toggled.connect(self._on_toggled)
        self._show_current()

    # -- the templates -----------------------------------------------------------------------------
    def set_store(self, store) -> None:
        """Use the person's templates from a templates.TemplateStore (None: built-ins only)."""
        self._store = store
        if store is not None and store.problem:
            self.message.emit(store.problem)
        if self.find_template(self._current.name) is None:
            self._current = reflection()
        self.highlighter.set_templates(self.templates())
        self._show_current()
        self.sync()

    def templates(self) -> tuple[Template, ...]:
        return self._store.templates() if self._store is not None else builtins()

    def retranslate(self) -> None:
        """Settings ▸ Language changed (ui.common.i18n.retranslate calls this): a built-in template is shown by
        its name in the new language, and the prompts of both languages stay recognised in the entry."""
        if self._current.builtin:
            old = self._current
            self._current = next((t for t in self.templates() if t.builtin and (t.also or t.prompts) == (
                old.also or old.prompts)), reflection())
            known = self.templates()
            self.highlighter.set_templates((*known, old))
        self.setAccessibleDescription(
            self.tr(
                "Adds short questions to this entry to answer if you like; untick to take out the ones left "
                "empty. The menu chooses the set of questions."
            )
        )
        self._show_current()

    def find_template(self, name: str) -> Template | None:
        return next((t for t in self.templates() if t.name == name), None)

    def current(self) -> Template:
        return self._current

    def _show_current(self) -> None:
        name = self._current.name
        self.setText(self.tr("{name} prompts").format(name=name))
        self.setAccessibleName(self.tr("{name} prompts").format(name=name))
        self.setToolTip(
            self.tr("Add the “{name}” questions to this entry (untick to take out the empty ones)").format(
                name=name
            )
        )

    def _fill_menu(self) -> None:
        menu = self.menu()
        menu.clear()
        group = QActionGroup(menu)
        for template in self.templates():
            action = menu.addAction(template.name)
            action.setCheckable(True)
            action.setChecked(template.name == self._current.name)
            action.setToolTip(" · ".join(template.prompts))
            group.addAction(action)
            action.triggered.connect(lambda _on=False, name=template.name: self.choose(name))
        menu.addSeparator()
        edit = menu.addAction(self.tr("Edit templates…"))
        edit.setEnabled(self._store is not None)
        edit.triggered.connect(self.edit_templates)

    def choose(self, name: str) -> None:
        """Use another template, and put its prompts in the entry (the previous one's empty prompts go)."""
        chosen = self.find_template(name)
        if chosen is None:
            return
        if self.isChecked() and chosen != self._current:
            self._apply(self._current, False)
        self._current = chosen
        self._show_current()
        if self.isChecked():
            self._apply(chosen, True)
        else:
            self.setChecked(True)

    def edit_templates(self) -> None:
        from journal_app.ui.entries.templates_dialog import TemplatesDialog

        if self._store is None:
            return
        if TemplatesDialog.ask(self.window(), self._store) is None:
            return
        self._current = self.find_template(self._current.name) or reflection()
        self.highlighter.set_templates(self.templates())
        self._show_current()
        self.sync()

    # -- the entry ---------------------------------------------------------------------------------
    def without_prompts(self, text: str) -> str:
        """The text without the known templates' prompt lines: what the person wrote (for matching guidance,
        which should answer their words, not the questions)."""
        return templates.without_prompts(text, self.templates())

    def sync(self) -> None:
        """Tick the button when the entry shown holds all of a template's prompts (call after loading one)."""
        text = body_text(self._body)
        found = next((t for t in self.templates() if templates.has_all_prompts(text, t)), None)
        if found is not None:
            self._current = found
            self._show_current()
        self.blockSignals(True)
        self.setChecked(found is not None)
        self.blockSignals(False)

    def _on_toggled(self, on: bool) -> None:
        self._apply(self._current, on)

    def _apply(self, template: Template, on: bool) -> None:
        text = body_text(self._body)
        if on:
            new, at = templates.insert(text, template)
        else:
            new, at = templates.strip_unanswered(text, template), None
        if new != text:
            self._replace(text, new)
        if at is not None:
            cursor = self._body.textCursor()
            cursor.setPosition(_units(new[:at]))
            self._body.setTextCursor(cursor)
            self._body.ensureCursorVisible()
            self._body.setFocus()
        self.promptsToggled.emit(template, on)

    def _replace(self, old: str, new: str) -> None:
        """Change only the part that differs, as one undo step (the rest of the text is not touched)."""
        start = 0
        limit = min(len(old), len(new))
        while start < limit and old[start] == new[start]:
            start += 1
        end = 0
        while end < limit - start and old[-1 - end] == new[-1 - end]:
            end += 1
        cursor = QTextCursor(self._body.document())
        cursor.setPosition(_units(old[:start]))
        cursor.setPosition(_units(old[: len(old) - end]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new[start : len(new) - end])
