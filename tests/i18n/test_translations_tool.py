"""packaging/translations.py: the marks it reads, and `check` refusing stale, missing, unextracted and unfinished
translations and placeholders that do not fit."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


@pytest.fixture
def shipped_copy(tmp_path) -> Path:
    folder = tmp_path / "translations"
    shutil.copytree(tool.TRANSLATIONS, folder)
    return folder


def test_the_shipped_translations_pass_check():
    assert tool.check() == []


def test_a_stale_or_missing_qm_fails_check(shipped_copy):
    ts = shipped_copy / "journal_app_de.ts"
    changed = re.sub(r"(<source>Backing up…</source>\s*)<translation[^>]*>[^<]*</translation>",
                     r"\1<translation>Ein anderes Sichern…</translation>", ts.read_text(encoding="utf-8"), count=1)
    ts.write_text(changed, encoding="utf-8")  # whether it was translated before or not, the .qm no longer fits
    problems = tool.check(shipped_copy)
    assert any("journal_app_de.qm is stale" in p for p in problems)
    (shipped_copy / "journal_app_en.qm").unlink()
    assert any("journal_app_en.qm is missing" in p for p in tool.check(shipped_copy))


def test_words_not_extracted_fail_check(shipped_copy):
    ts = shipped_copy / "journal_app_de.ts"
    text = ts.read_text(encoding="utf-8")
    start = text.index("    <message>\n        <source>Backing up…</source>")
    end = text.index("</message>\n", start) + len("</message>\n")
    ts.write_text(text[:start] + text[end:], encoding="utf-8")
    assert any("journal_app_de.ts is not up to date" in p for p in tool.check(shipped_copy))


def test_unfinished_messages_fail_a_language_that_is_not_a_draft(shipped_copy, monkeypatch):
    monkeypatch.setattr(tool, "DRAFTS", set())
    problems = tool.check(shipped_copy)
    if any(m.state == "unfinished" for m in tool.read_messages(shipped_copy / "journal_app_de.ts")):
        assert any("journal_app_de.ts has" in p and "unfinished" in p for p in problems)


def test_placeholders_must_match_the_english():
    ok = tool.TsMessage("c", "Hello {name}, {count:,} times", "", False, "finished", ("Hallo {name}, {count} Mal",))
    bad = tool.TsMessage("c", "Hello {name}", "", False, "finished", ("Hallo {nome}",))
    plural = tool.TsMessage("c", "%n entry(s) by {name}", "", True, "finished", ("ein Eintrag von {name}",
                                                                                  "%n Einträge von {name}"))
    assert tool.placeholder_problems(ok) == []
    assert tool.placeholder_problems(plural) == []
    assert tool.placeholder_problems(bad)


def test_catalog_calls_are_read_and_must_be_literal(tmp_path):
    good = tmp_path / "good.py"
    good.write_text('from journal_app.core.i18n import trans, ntrans\n'
                    'a = trans("insights", "You wrote {n} words.", n=3)\n'
                    'b = i18n.ntrans("insights", "%n entry(s)", 2)\n', encoding="utf-8")
    calls = tool.catalog_calls(good)
    assert [(c.context, c.text, c.plural, c.line) for c in calls] == [
        ("insights", "You wrote {n} words.", False, 2), ("insights", "%n entry(s)", True, 3)]
    bad = tmp_path / "bad.py"
    bad.write_text('text = "x"\nb = trans("insights", text)\n', encoding="utf-8")
    with pytest.raises(tool.MarkingError, match=r"bad\.py:2"):
        tool.catalog_calls(bad)


def test_extract_files_catalog_calls_with_their_plural_forms(tmp_path, monkeypatch):
    package = tmp_path / "journal_app"
    package.mkdir()
    (package / "words.py").write_text(
        'a = trans("insights", "You wrote about {name}.", name="x")\n'
        'b = ntrans("insights", "%n moment(s) with \\"{name}\\"", 3, name="x")\n'
        'c = QCoreApplication.translate("MainWindow", "&Journal")\n', encoding="utf-8")
    monkeypatch.setattr(tool, "PACKAGE", package)
    folder = tmp_path / "translations"
    tool.extract(folder, add=("de",), quiet=True)
    german = {(m.context, m.source, m.numerus) for m in tool.read_messages(folder / "journal_app_de.ts")}
    assert german == {("insights", "You wrote about {name}.", False),
                      ("insights", '%n moment(s) with "{name}"', True), ("MainWindow", "&Journal", False)}
    english = {(m.context, m.source) for m in tool.read_messages(folder / "journal_app_en.ts")}
    assert english == {("insights", '%n moment(s) with "{name}"')}  # English keeps only plural forms
