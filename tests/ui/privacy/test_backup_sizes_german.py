"""A backup's size in the Backups list is written the language's way: 440,0 KB in German, 440.0 KB in English."""

from __future__ import annotations

import pytest

from journal_app.ui.privacy.backups_dialog import human_size

pytestmark = pytest.mark.gui


def test_sizes_in_english(qapp):
    assert human_size(450_560) == "440.0 KB"
    assert human_size(3 * 1024 * 1024 + 512 * 1024) == "3.5 MB"
    assert human_size(1000) == "1,000 bytes"


@pytest.mark.usefixtures("german")
def test_sizes_in_german(qapp):
    assert human_size(450_560) == "440,0 KB"
    assert human_size(3 * 1024 * 1024 + 512 * 1024) == "3,5 MB"
    assert human_size(1000) == "1.000 Bytes"
