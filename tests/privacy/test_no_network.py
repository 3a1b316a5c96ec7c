"""Guarantee 4: no network. The suite runs with sockets disabled, and the app never loads Qt's network
module."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest
import pytest_socket


def test_sockets_are_disabled_for_the_whole_suite():
    # pytest-socket also warns (UserWarning) as it raises; filterwarnings=error would turn that warning into
    # the exception, so catch the warning and check the real error underneath.
    attempts = [
        lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),
        lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM),
        lambda: socket.create_connection(("127.0.0.1", 9)),
    ]
    for attempt in attempts:
        with pytest.warns(UserWarning, match="socket"), pytest.raises(pytest_socket.SocketBlockedError):
            attempt()


_PROBE = r"""
import importlib, json, pkgutil, sys
import journal_app
names = ["journal_app.app", "journal_app.ui.shell.main_window"]
for info in pkgutil.walk_packages(journal_app.__path__, "journal_app."):
    if info.name.startswith("journal_app.store.migrations."):
        continue  # Alembic scripts: they run inside Alembic's context, not on import
    names.append(info.name)
failed = {}
for name in names:
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed[name] = repr(exc)
print(json.dumps({
    "imported": names,
    "failed": failed,
    "network": sorted(m for m in sys.modules if m.startswith("PySide6.QtNetwork") or m in ("QtNetwork",)),
    "qt": sorted(m for m in sys.modules if m.startswith("PySide6.")),
    "web": sorted(m for m in sys.modules
                  if m.startswith(("PySide6.QtWebEngine", "urllib3", "requests", "http.client"))),
}))
"""


def _probe(extra: str = "") -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", extra + _PROBE], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_every_module_never_loads_qtnetwork():
    found = _probe()
    assert found["failed"] == {}
    assert len(found["imported"]) > 20
    assert "PySide6.QtWidgets" in found["qt"], "the window modules were really imported"
    assert found["network"] == []
    assert found["web"] == []


def test_the_probe_would_notice_qtnetwork():
    found = _probe("import PySide6.QtNetwork\n")
    assert found["network"] == ["PySide6.QtNetwork"]
