"""The stall watchdog's editing part (bench/driver.py --parts editing): what a person does while writing, one
action at a time, each counted under its own label:

- type an entry letter by letter, pausing so autosave saves it (twice);
- a new entry with two triggers and a person, saved with Ctrl+S;
- open entries from the list (five, one after another);
- move the open entry to the Trash;
- quick capture: type a moment, tick a trigger, Save.

Used by bench/driver.py's session(); the helpers (mark, pause, until, type_into, idle) are the driver's."""

from __future__ import annotations

TITLE = "After the call"
BODY = "He went quiet and I kept checking my phone."
SAVED_WAIT_S = 60


def editing(window, script, watchdog, driver):
    """Yields the driver's predicates (see the module's notes)."""
    session = window.session
    saved = lambda: not session.autosave.dirty and driver.idle()
    watchdog.mark("Editing: type an entry and autosave")
    window.new_entry()
    yield driver.pause(200)
    yield from driver.type_into(window.editor.title, TITLE)
    yield from driver.type_into(window.editor.body, BODY)
    yield driver.until(script, saved, SAVED_WAIT_S, "autosave after typing")
    yield from driver.type_into(window.editor.body, " Again.")
    yield driver.until(script, saved, SAVED_WAIT_S, "autosave after more typing")
    yield driver.pause(driver.SETTLE_MS)

    watchdog.mark("Editing: a new entry with triggers and people, Ctrl+S")
    window.new_entry()
    yield driver.pause(200)
    yield from driver.type_into(window.editor.title, "Dinner")
    picker = window.editor.triggers
    for row in list(picker._rows.values())[:2]:
        row.check.setChecked(True)
    known = window.editor.people.known()
    if known:
        window.editor.people.add_chosen(known[0])
    yield driver.pause(100)
    window.save_action.trigger()  # Ctrl+S
    yield driver.until(script, saved, SAVED_WAIT_S, "Ctrl+S")
    yield driver.pause(driver.SETTLE_MS)

    watchdog.mark("Editing: open entries from the list")
    view, model = window.list_view, window.model
    for row in (3, 8, 2, 12, 5):
        view.setCurrentIndex(model.index(row, 0))
        yield driver.until(script, driver.idle, 30, "open an entry")
        yield driver.pause(150)
    yield driver.pause(driver.SETTLE_MS)

    watchdog.mark("Editing: move the open entry to the Trash")
    session.trash_current()
    yield driver.pause(100)
    yield driver.until(script, lambda: not window.model.loading and driver.idle(), 30, "trash")
    yield driver.pause(driver.SETTLE_MS)

    watchdog.mark("Quick capture: type and save")
    quick = window.tray.open_quick_capture()
    yield driver.pause(200)
    if quick is not None:
        yield from driver.type_into(quick.what, "Left on read")
        checks = list(quick.checks.values())
        if checks:
            checks[0].setChecked(True)
        quick.save_button.click()
        yield driver.until(script, lambda: not quick.isVisible() and driver.idle(), 30, "quick capture save")
    yield driver.pause(driver.SETTLE_MS)
