"""The parser built for one command (cli/parser.py: only the group of the command the arguments name) reads
and explains every command exactly as the whole parser does, and GROUPS lists what each group registers."""

from __future__ import annotations

import argparse

import pytest

from journal_app.cli import parser as cli_parser
from journal_app.cli.parser import GROUPS, build_parser, command_named


def _choices(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


ALL = [command for commands in GROUPS.values() for command in commands]


def test_groups_list_every_command_in_help_order():
    full = _choices(build_parser())
    assert list(full) == ALL
    for group, commands in GROUPS.items():
        for command in commands:
            assert full[command]._defaults["handler"].__module__ == f"journal_app.cli.{group}"


@pytest.mark.parametrize("command", ALL)
def test_a_command_gets_its_group_only(command):
    (group,) = [g for g, commands in GROUPS.items() if command in commands]
    assert list(_choices(build_parser([command]))) == list(GROUPS[group])
    assert list(_choices(build_parser(["--data-dir", "somewhere", command, "--help"]))) == list(GROUPS[group])


@pytest.mark.parametrize(("argv", "named"), [
    ([], None),
    (["list"], "list"),
    (["--data-dir", "x", "stats", "--json"], "stats"),
    (["--data-dir=x", "add", "text"], "add"),
    (["--data-dir", "list", "stats"], "stats"),  # the folder is called "list"
    (["--install-desktop-entry", "list"], "list"),
    (["--help"], None),
    (["-h", "list"], None),
    (["--version"], None),
    (["--data", "x", "list"], None),  # no abbreviations: the whole parser says what is wrong
    (["lsit"], None),
    (["--data-dir"], None),
    (["--", "list"], None),
])
def test_the_command_is_read_as_the_parser_reads_it(argv, named):
    assert command_named(argv) == named


def _outcome(parser: argparse.ArgumentParser, argv: list[str], capsys) -> tuple[object, str, str]:
    """(the parsed values, or the exit status), stdout, stderr."""
    capsys.readouterr()
    try:
        result: object = vars(parser.parse_args(argv))
    except SystemExit as stop:
        result = ("exit", stop.code)
    out, err = capsys.readouterr()
    return result, out, err


CASES = [
    *([command, "--help"] for command in ALL),
    ["list"],
    ["--data-dir", "/j", "list", "--limit", "5", "--trigger", "a", "--trigger", "b", "--json"],
    ["list", "--data-dir", "/j", "--from", "2024-01-01", "--search=--"],
    ["list", "--limit", "0"],
    ["list", "--bogus"],
    ["add", "text", "--trigger", "withdrawal:6", "--person", "Sam", "--at", "2024-05-01", "--share",
     "--response", "named-my-need", "--repair", "partly", "--title", "T"],
    ["add"],
    ["add", "x", "--repair", "maybe"],
    ["stats", "--json", "--from", "2024-01-01", "--to", "2024-12-31"],
    ["stats", "extra"],
    ["triggers", "--json"],
    ["responses"],
    ["crisis", "--country", "DE"],
    ["crisis", "--data-dir", "/j"],
    ["init", "--no-passphrase"],
    ["export", "--help"],
    ["trash", "--json"],
    ["delete", "3"],
    ["--install-desktop-entry", "list"],
    ["--data-dir", "/j", "backup"],
]


@pytest.mark.parametrize("argv", CASES, ids=" ".join)
def test_the_parser_for_one_command_answers_as_the_whole_one(argv, capsys):
    assert command_named(argv) is not None
    assert _outcome(build_parser(argv), argv, capsys) == _outcome(build_parser(), argv, capsys)


def test_other_arguments_get_the_whole_parser(monkeypatch):
    """--help, --version and unknown commands see every command, so their answers list them all."""
    for argv in (["--help"], ["--version"], ["lsit"], [], ["--install-desktop-entry"]):
        assert list(_choices(build_parser(argv))) == ALL, argv
    imported: list[str] = []
    real = cli_parser.import_module
    monkeypatch.setattr(cli_parser, "import_module", lambda name: imported.append(name) or real(name))
    build_parser(["--data-dir", "/j", "list", "--json"])
    assert imported == ["journal_app.cli.entries"]
