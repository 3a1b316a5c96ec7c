"""No import cycles between journal_app's modules: every module can be read (and imported) after the ones it
uses, never in a loop with them (issue 16). The import graph comes from grimp (installed with import-linter)
and counts every import that runs: at module level and inside functions. Imports under `if TYPE_CHECKING:`
never run (they name a type for mypy), so they do not make a cycle; a test below shows they are told apart.
The Alembic migration scripts are left out (Alembic loads them from their files; nothing imports them)."""

from __future__ import annotations

import ast
import importlib.util
import itertools
import sys
import textwrap
from collections import deque
from collections.abc import Iterable, Mapping

import grimp

PACKAGE = "journal_app"
LEFT_OUT = ("journal_app.store.migrations",)

Graph = Mapping[str, Iterable[str]]  # module -> the modules it imports


def strongly_connected(graph: Graph) -> list[list[str]]:
    """Groups of two or more modules that reach one another through their imports (Tarjan's algorithm,
    without recursion), each group sorted, the groups sorted. A module importing itself is not a cycle."""
    edges = {node: sorted(set(targets)) for node, targets in graph.items()}
    for targets in list(edges.values()):
        for target in targets:
            edges.setdefault(target, [])
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(edges[target])))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return sorted(groups)


def a_loop(graph: Graph, group: list[str]) -> list[str]:
    """The shortest loop from the group's first module back to it, inside the group: [a, b, ..., a]."""
    start, members = group[0], set(group)
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for target in sorted(set(graph.get(node, ()))):
            if target not in members:
                continue
            if target == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [*reversed(path), start]
            if target not in came_from:
                came_from[target] = node
                queue.append(target)
    raise ValueError(f"no loop through {start} inside the group")


def import_graph(package: str, left_out: tuple[str, ...] = ()) -> tuple[grimp.ImportGraph, dict[str, set[str]]]:
    """grimp's graph of the package, and {module: the package's modules it imports}, without `left_out`
    (packages, with everything in them)."""
    built = grimp.build_graph(package, cache_dir=None)  # no cache folder written into the checkout

    def kept(module: str) -> bool:
        return not any(module == out or module.startswith(out + ".") for out in left_out)

    modules = {m for m in built.modules if kept(m)}
    graph = {}
    for module in modules:
        type_only = type_checking_lines(module)
        graph[module] = {
            target for target in built.find_modules_directly_imported_by(module) & modules
            if not all(d["line_number"] in type_only
                       for d in built.get_import_details(importer=module, imported=target))
        }
    return built, graph


def type_checking_lines(module: str) -> set[int]:
    """The line numbers of the imports under `if TYPE_CHECKING:` in a module's source (they never run)."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        return set()
    with open(spec.origin, encoding="utf-8") as source:
        tree = ast.parse(source.read())
    lines: set[int] = set()
    for node in ast.walk(tree):
        test = node.test if isinstance(node, ast.If) else None
        if test is not None and ast.unparse(test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
            for inner in node.body:
                for part in ast.walk(inner):
                    if isinstance(part, (ast.Import, ast.ImportFrom)):
                        lines.update(range(part.lineno, (part.end_lineno or part.lineno) + 1))
    return lines


def cycles_report(built: grimp.ImportGraph, graph: Graph) -> list[str]:
    """One paragraph per group of modules in a cycle: its members, one loop through them, and where each
    import of that loop is."""
    out = []
    for group in strongly_connected(graph):
        loop = a_loop(graph, group)
        lines = [f"{len(group)} modules in a cycle: {', '.join(group)}", "  for example " + " -> ".join(loop)]
        for importer, imported in itertools.pairwise(loop):
            for detail in built.get_import_details(importer=importer, imported=imported):
                lines.append(f"    {importer}:{detail['line_number']}: {detail['line_contents']}")
        out.append("\n".join(lines))
    return out


# -- the cycle finder, on small graphs --------------------------------------------------------------------------
def test_a_planted_cycle_is_found():
    graph = {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"], "e": []}
    assert strongly_connected(graph) == [["a", "b", "c"]]
    assert a_loop(graph, ["a", "b", "c"]) == ["a", "b", "c", "a"]


def test_a_graph_without_loops_has_no_cycles():
    graph = {"a": ["b", "c"], "b": ["c"], "c": [], "d": ["a", "c"]}
    assert strongly_connected(graph) == []
    assert strongly_connected({"a": ["a"], "b": ["a"]}) == []  # importing itself is no cycle


def test_separate_cycles_and_the_shortest_loop_are_reported():
    graph = {"a": ["b"], "b": ["a", "x"], "x": ["y"], "y": ["z"], "z": ["x", "q"], "q": [],
             "m": ["n", "p"], "n": ["o"], "o": ["m"], "p": ["m"]}
    assert strongly_connected(graph) == [["a", "b"], ["m", "n", "o", "p"], ["x", "y", "z"]]
    assert a_loop(graph, ["m", "n", "o", "p"]) == ["m", "p", "m"]  # the shorter of the two ways round


def test_a_long_chain_needs_no_recursion():
    n = sys.getrecursionlimit() * 3
    chain = {f"m{i}": [f"m{i + 1}"] for i in range(n)}
    assert strongly_connected(chain) == []
    chain[f"m{n}"] = ["m0"]
    assert [len(group) for group in strongly_connected(chain)] == [n + 1]


def test_an_import_inside_a_function_closes_a_cycle(tmp_path, monkeypatch):
    package = tmp_path / "plantedcycle"
    (package / "inner").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "inner" / "__init__.py").write_text("")
    (package / "first.py").write_text("from plantedcycle.inner import second\n")
    (package / "inner" / "second.py").write_text(textwrap.dedent("""\
        def later():
            from plantedcycle import first  # only when called: still a cycle
            return first
        """))
    (package / "lone.py").write_text("import plantedcycle.first\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    built, graph = import_graph("plantedcycle")
    assert strongly_connected(graph) == [["plantedcycle.first", "plantedcycle.inner.second"]]
    report = cycles_report(built, graph)
    assert len(report) == 1
    assert "plantedcycle.first -> plantedcycle.inner.second -> plantedcycle.first" in report[0]
    assert "plantedcycle.inner.second:2: from plantedcycle import first" in report[0]
    _, without = import_graph("plantedcycle", left_out=("plantedcycle.inner",))
    assert strongly_connected(without) == [] and "plantedcycle.inner.second" not in without


def test_an_import_only_for_type_checking_makes_no_cycle(tmp_path, monkeypatch):
    package = tmp_path / "typedcycle"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "window.py").write_text("from typedcycle import actions\n")
    (package / "actions.py").write_text(textwrap.dedent("""\
        from typing import TYPE_CHECKING

        if TYPE_CHECKING:
            from typedcycle.window import Window  # a name for mypy only

        def build(window: "Window") -> None:
            return None
        """))
    monkeypatch.syspath_prepend(str(tmp_path))
    _, graph = import_graph("typedcycle")
    assert strongly_connected(graph) == []
    assert graph["typedcycle.window"] == {"typedcycle.actions"} and graph["typedcycle.actions"] == set()
    (package / "actions.py").write_text("def build():\n    from typedcycle import window\n    return window\n")
    _, graph = import_graph("typedcycle")
    assert strongly_connected(graph) == [["typedcycle.actions", "typedcycle.window"]]


# -- journal_app ------------------------------------------------------------------------------------------------
def test_the_graph_holds_the_package_without_the_migrations():
    _, graph = import_graph(PACKAGE, LEFT_OUT)
    assert len(graph) > 100
    assert "journal_app.store.session" in graph["journal_app.services.journal"]
    assert not any(module.startswith("journal_app.store.migrations") for module in graph)


def test_no_import_cycles_in_journal_app():
    built, graph = import_graph(PACKAGE, LEFT_OUT)
    report = cycles_report(built, graph)
    assert not report, "Modules that import each other (move what both need into a module below them):\n\n" + \
        "\n\n".join(report)
