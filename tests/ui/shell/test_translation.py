"""Every string the user sees goes through Qt's translation: a literal handed to a Qt call that shows text must
be wrapped in tr(...) / QCoreApplication.translate(...), and Qt's own extractor (pyside6-lupdate) finds them."""

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[3] / "journal_app" / "ui"

# Qt calls whose string arguments are shown to the person (positions of those arguments; None = all)
SHOWN_METHODS = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setPlaceholderText": (0,),
    "setAccessibleName": (0,), "setAccessibleDescription": (0,), "showMessage": (0,), "addItem": (0,),
    "addItems": None, "addMenu": (0,), "setTitle": (0,), "setHeaderLabels": None, "setTabText": (1,),
    "addTab": (1,), "setSpecialValueText": (0,), "setSuffix": (0,), "setPrefix": (0,), "setWhatsThis": (0,),
    "setLabelText": (0,), "setButtonText": (1,), "setSubTitle": (0,), "setWindowIconText": (0,),
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2), "about": (1, 2),
    "insertItem": (1,), "setItemText": (1,), "setInformativeText": (0,), "setDetailedText": (0,),
}
SHOWN_CLASSES = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
                 "QMenu", "QCommandLinkButton"}
WRAPPERS = {"tr", "translate", "_tr", "QT_TRANSLATE_NOOP"}


def _is_text_literal(node) -> bool:
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and any(c.isalpha() for c in v.value) for v in node.values)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_is_text_literal(e) for e in node.elts)
    if isinstance(node, ast.BinOp):  # "a" + "b"
        return _is_text_literal(node.left) or _is_text_literal(node.right)
    return False


def _is_icon(node) -> bool:
    """addItem(icon, text) rather than addItem(text, data): the first argument makes an icon."""
    target = node.func if isinstance(node, ast.Call) else node
    label = ast.unparse(target).lower()
    return "icon" in label or "swatch" in label or "pixmap" in label


def untranslated(path: Path) -> list[str]:
    problems = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in WRAPPERS:
            continue
        if name in SHOWN_METHODS:
            positions = SHOWN_METHODS[name]
        elif name in SHOWN_CLASSES:
            positions = (0,)
        else:
            continue
        args = node.args if positions is None else [node.args[i] for i in positions if i < len(node.args)]
        if name == "addItem" and len(node.args) > 1 and _is_icon(node.args[0]):
            args.append(node.args[1])  # addItem(icon, text): the text is second (else it is the item's data)
        args += [k.value for k in node.keywords if k.arg in ("text", "title")]
        for arg in args:
            if _is_text_literal(arg):
                problems.append(f"{path.name}:{node.lineno}: {name}({ast.unparse(arg)[:60]})")
    return problems


def test_every_shown_literal_in_the_window_layer_goes_through_tr():
    problems = [p for path in sorted(UI.rglob("*.py")) for p in untranslated(path)]
    assert problems == [], "\n".join(problems)


def test_the_checker_catches_an_unwrapped_literal(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('label = QLabel("Hello")\nbutton.setText(tr("Fine"))\nbox.addItem("Pick me", 3)\n'
                      'QMessageBox.warning(self, "Oops", f"Bad {x}")\nw.setObjectName("not shown")\n'
                      'box.addItem(tr("Last week"), "last-week")\nbox.addItem(icon("x"), "Shown")\n')
    found = untranslated(sample)
    assert [line.split(":")[1] for line in found] == ["1", "3", "4", "4", "7"]


def lupdate() -> Path | None:
    import PySide6

    for candidate in (Path(sys.executable).parent / "pyside6-lupdate", Path(PySide6.__file__).parent / "lupdate"):
        if candidate.exists():
            return candidate
    return None


def test_qt_extracts_the_strings_for_translators(tmp_path):
    tool = lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed with this PySide6")
    ts = tmp_path / "journal_app.ts"
    sources = [str(p) for p in sorted(UI.rglob("*.py"))] + [str(p) for p in sorted((UI.parent / "charts").glob("*.py"))]
    sources.append(str(UI.parent / "core" / "messages.py"))
    done = subprocess.run([str(tool), *sources, "-ts", str(ts)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    root = ET.parse(ts).getroot()
    strings = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    for expected in (("MainWindow", "&New entry"), ("MainWindow", "Opening your journal…"),
                     ("HelpMenu", "&User guide"), ("Calendar", "&Calendar"), ("messages", "Saved")):
        assert expected in strings, expected
    assert len(strings) > 400
    # every string is filed under a named context: one the app asks for when it translates
    assert not [source for context, source in strings if not context][:5]
