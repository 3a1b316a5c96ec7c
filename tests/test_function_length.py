"""No function in journal_app is longer than MAX_LINES lines, counted from its `def` line to its last line
(decorators not counted; a nested function counts inside its outer one and on its own). Long functions are
split into named steps so a newcomer can read them (issue 16)."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "journal_app"
MAX_LINES = 80


def long_functions(source: str, max_lines: int = MAX_LINES) -> list[tuple[int, str, int]]:
    """(def line, name, length in lines) of every function or method in `source` over `max_lines`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno is not None
            length = node.end_lineno - node.lineno + 1
            if length > max_lines:
                found.append((node.lineno, node.name, length))
    return sorted(found)


def long_functions_in(package: Path, max_lines: int = MAX_LINES) -> list[str]:
    """'path:line name (N lines)' for every function over `max_lines` in the package's .py files."""
    out = []
    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(package.parent)
        for line, name, length in long_functions(path.read_text(encoding="utf-8"), max_lines):
            out.append(f"{where}:{line} {name} ({length} lines)")
    return out


def _function(name: str, body_lines: int, indent: str = "") -> str:
    body = "".join(f"{indent}    x{i} = {i}\n" for i in range(body_lines))
    return f"{indent}def {name}():\n{body}"


def test_the_count_runs_from_the_def_line_to_the_last_line():
    exactly = _function("exactly", MAX_LINES - 1)  # the def line and MAX_LINES - 1 lines of body
    over = _function("over", MAX_LINES)
    assert long_functions(exactly) == []
    assert long_functions(over) == [(1, "over", MAX_LINES + 1)]


def test_methods_nested_and_async_functions_are_counted_and_decorators_are_not():
    source = "\n".join([
        "import functools",
        "@functools.cache",
        "@functools.wraps(print)",
        _function("decorated", MAX_LINES - 1),  # 80 lines from its def: fine, its decorators left out
        "class Holder:",
        _function("method", MAX_LINES, indent="    "),
        "async " + _function("waiting", MAX_LINES),
        "def outer():",
        _function("inner", MAX_LINES, indent="    "),
    ])
    found = {name: length for _line, name, length in long_functions(source)}
    assert found == {"method": MAX_LINES + 1, "waiting": MAX_LINES + 1, "inner": MAX_LINES + 1,
                     "outer": MAX_LINES + 2}  # its def line, then all of inner


def test_offenders_are_listed_with_file_line_and_length(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "mod.py").write_text("X = 1\n\n" + _function("too_long", MAX_LINES + 4))
    (package / "short.py").write_text(textwrap.dedent("""\
        def fine():
            return 1
        """))
    assert long_functions_in(package) == [f"pkg/sub/mod.py:3 too_long ({MAX_LINES + 5} lines)"]


def test_the_package_is_walked():
    sources = list(PACKAGE.rglob("*.py"))
    assert len(sources) > 100 and PACKAGE / "services" / "journal.py" in sources


def test_no_function_in_journal_app_is_over_80_lines():
    found = long_functions_in(PACKAGE)
    assert not found, f"{len(found)} functions over {MAX_LINES} lines (split them into named steps):\n" + \
        "\n".join(found)
