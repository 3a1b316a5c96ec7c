"""The command line's layout (issue 16): no import cycle inside journal_app.cli, and every command run by a
handler that lives with its command group."""

from __future__ import annotations

import grimp
import pytest

from journal_app.cli.parser import build_parser

CLI = "journal_app.cli"


def cycles_among(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """The import cycles among the modules of `package`: its strongly connected components (Tarjan) with more
    than one module, or one module importing itself. Imports inside functions and under TYPE_CHECKING count:
    a cycle hidden in a function is still a cycle."""
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    edges = {m: sorted(n for n in graph.find_modules_directly_imported_by(m) if n in modules) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in edges[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == module:
                    break
            if len(component) > 1 or module in edges[module]:
                found.append(sorted(component))

    for module in modules:
        if module not in index:
            visit(module)
    return found


def test_the_command_line_has_no_import_cycle():
    graph = grimp.build_graph("journal_app", cache_dir=None)
    assert f"{CLI}.common" in graph.modules  # the graph really holds the package
    assert cycles_among(graph, CLI) == []


def test_a_cycle_is_found():
    graph = grimp.ImportGraph()
    for name in ("a", "a.main", "a.common", "a.trash", "a.crisis"):
        graph.add_module(name)
    graph.add_import(importer="a.main", imported="a.trash")
    graph.add_import(importer="a.trash", imported="a.common")
    graph.add_import(importer="a.common", imported="a.main")  # main -> trash -> common -> main
    graph.add_import(importer="a.crisis", imported="a.common")
    assert cycles_among(graph, "a") == [["a.common", "a.main", "a.trash"]]
    graph.remove_import(importer="a.common", imported="a.main")
    assert cycles_among(graph, "a") == []


def _commands() -> dict[str, dict[str, object]]:
    sub = build_parser()._subparsers
    assert sub is not None
    (action,) = sub._group_actions
    return {name: parser._defaults for name, parser in action.choices.items()}


@pytest.mark.parametrize("name", sorted(_commands()))
def test_each_command_is_run_by_its_group(name):
    handler = _commands()[name]["handler"]
    assert callable(handler)
    assert handler.__module__.startswith(f"{CLI}.")
    # main parses and dispatches, common is shared: the command itself lives with its group
    assert handler.__module__ not in {f"{CLI}.main", f"{CLI}.parser", f"{CLI}.common"}


def test_the_commands_that_change_the_journal_say_so():
    writers = {name for name, defaults in _commands().items() if defaults.get("writes")}
    assert writers == {"init", "add", "restore", "import", "delete", "restore-entry", "empty-trash", "link-repair"}
