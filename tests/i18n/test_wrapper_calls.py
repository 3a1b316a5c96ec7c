"""A helper that passes its argument on to translate (def _tr(text): return QCoreApplication.translate("X", text))
hides its literals from the extractors: pyside6-lupdate and packaging/translations.py read only literal translate /
tr / trans calls, so _tr("Close") never reaches the .ts, has no German, and shows English in a German window (the
pseudo-language cannot see it: its translator wraps whatever it is asked). So every literal handed to such a helper
must be a message the catalog knows, marked where it is written (self.tr / QCoreApplication.translate /
QT_TRANSLATE_NOOP): the safety plan dialog's words were all English in German until this was checked."""

from __future__ import annotations

import ast
from pathlib import Path

from journal_app.core import i18n

PACKAGE = Path(__file__).resolve().parents[2] / "journal_app"


def _translate_wrappers(trees: dict[Path, ast.Module]) -> dict[str, set[str]]:
    """{function name: contexts}: functions that hand their first parameter to translate(<literal context>, it)."""
    found: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef) or not node.args.args:
                continue
            first = node.args.args[0].arg
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and _called(call) == "translate" and len(call.args) >= 2
                        and isinstance(call.args[0], ast.Constant) and isinstance(call.args[1], ast.Name)
                        and call.args[1].id == first):
                    found.setdefault(node.name, set()).add(call.args[0].value)
    return found


def _called(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def unextracted(trees: dict[Path, ast.Module], known: set[tuple[str, str, str]]) -> list[str]:
    wrappers = _translate_wrappers(trees)
    problems = []
    for path, tree in trees.items():
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or _called(call) not in wrappers or not call.args:
                continue
            text = call.args[0]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value.strip()):
                continue
            if not any((context, text.value, "") in known for context in wrappers[_called(call) or ""]):
                where = f"{path.relative_to(PACKAGE.parent)}:{call.lineno}"
                problems.append(f"{where}: {_called(call)}({text.value[:60]!r})")
    return problems


def test_no_literal_hides_from_the_extractors_behind_a_helper():
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.rglob("*.py"))}
    problems = unextracted(trees, i18n.message_keys())
    assert problems == [], "not in the .ts (mark them: self.tr / QCoreApplication.translate):\n" + "\n".join(problems)


def test_the_checker_finds_a_hidden_literal():
    sample = ast.parse(
        'def _tr(text):\n    return QCoreApplication.translate("SafetyPlanDialog", text)\n'
        'a = _tr("My safety plan")\nb = _tr("Words no catalog has")\nc = _tr(section.title)\n')
    assert [p.split(": ", 1)[1] for p in unextracted({PACKAGE / "sample.py": sample}, i18n.message_keys())] == [
        "_tr('Words no catalog has')"]
