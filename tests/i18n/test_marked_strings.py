"""A sentence the Qt-free code shows to a person goes through the catalog, so a new one cannot slip in untranslated.

The window's own words are checked by tests/ui/shell/test_translation.py (every text handed to a Qt call that
shows it is wrapped in tr / translate). Here: everything outside journal_app/ui. A message handed to an error the
person reads (InvalidInput, StorageError, NotFound, ...), or printed by the command line (out, complain, notice),
must not be a bare string with words in it: it is msg("context", "..."), trans(...), a marked constant, or a
function that words it. Every catalog call has a literal context and text (pyside6-lupdate and the extractor in
packaging/translations.py find nothing else)."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "journal_app"
SKIPPED = ("ui", "store/migrations")  # the window has its own test; migrations speak to no one
# errors a person reads (core/errors.py), and the command line's printing helpers
SHOWN_ERRORS = {"JournalError", "InvalidInput", "NotAJournal", "JournalExists", "StorageError", "NotFound",
                "PassphraseRequired", "WrongPassphrase", "JournalInUse", "ReadOnlyJournal"}
PRINTERS = {"out", "complain", "notice"}
# a message box the app shows before (or without) its window: QMessageBox.critical(parent, title, text)
MESSAGE_BOXES = {"critical", "information", "warning", "question", "about"}


def _has_words(node: ast.AST) -> bool:
    """A literal (or f-string, or + of them) holding at least one word of two letters or more."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.search(r"[A-Za-z]{2,}", node.value) is not None
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(value) for value in node.values)
    if isinstance(node, ast.BinOp):
        return _has_words(node.left) or _has_words(node.right)
    return False


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def bare_sentences(path: Path) -> list[str]:
    """Where a shown error or a printed line gets words that no translator will ever see."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _name(node)
        shown = node.args[0]
        if name in MESSAGE_BOXES and isinstance(node.func, ast.Attribute) and len(node.args) >= 3:
            shown = node.args[2]
        elif name not in SHOWN_ERRORS and name not in PRINTERS:
            continue
        if _has_words(shown):
            where = path.relative_to(ROOT)
            found.append(f"{where}:{node.lineno}: {name}({ast.unparse(shown)[:70]}…)")
    return found


def _sources() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py"))
            if not any(str(p.relative_to(PACKAGE)).startswith(skip) for skip in SKIPPED)]


def test_no_error_or_printed_line_is_a_bare_sentence():
    found = [problem for path in _sources() for problem in bare_sentences(path)]
    assert not found, (f"{len(found)} sentence(s) a person reads are not in the catalog; wrap them in "
                       "msg(\"context\", \"...\", name=value) or trans(...):\n" + "\n".join(found))


def test_every_catalog_call_is_literal_and_extractable():
    spec = importlib.util.spec_from_file_location("translations_tool_marks", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    calls = tool.all_catalog_calls()  # raises MarkingError on a context or text that is not a literal
    assert len(calls) > 100


def test_the_checker_catches_a_bare_sentence(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('raise InvalidInput(f"There is no entry {n}.")\nout("Done.")\nout(x)\n'
                      'raise InvalidInput(msg("cli", "There is no entry {n}.", n=n))\nout(str(n))\n'
                      'QMessageBox.critical(None, APP_NAME, f"The folder {d} could not be used.")\n'
                      'QMessageBox.critical(None, APP_NAME, trans("errors", "The folder {d}…", d=d))\n',
                      encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = bare_sentences(sample)
    finally:
        ROOT = saved
    assert [line.split(":")[1] for line in found] == ["1", "2", "6"]
