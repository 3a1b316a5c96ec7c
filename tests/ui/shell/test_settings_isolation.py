"""Each test gets its own settings file: a setting one test changes is not seen by the next."""

import pytest

from journal_app.ui.common.preferences import Preferences

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("turn", [1, 2])
def test_a_setting_changed_by_one_test_is_gone_in_the_next(turn):
    prefs = Preferences()
    assert prefs.get("backup_folder") == ""  # the default, whichever test ran before
    prefs.set("backup_folder", f"/tmp/somewhere-{turn}")
    assert Preferences().get("backup_folder") == f"/tmp/somewhere-{turn}"
