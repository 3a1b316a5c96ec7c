"""The safety plan dialog on a throwaway journal with an example plan, for docs/screenshots/safety-plan.png:
  /work/shared/tools/shot.sh docs/screenshots/safety-plan.png --wait 2 -- .venv/bin/python docs/screenshots/safety_plan.py
The example words are invented."""

import sys
import tempfile

from PySide6.QtWidgets import QApplication

from journal_app.services import safety_plan
from journal_app.services.journal import Journal
from journal_app.ui.guidance.safety_plan_dialog import SafetyPlanDialog

EXAMPLE = {
    "warning_signs": "Not answering messages. Lying awake going over what I said.\nThinking everyone would be "
                     "better off without me.",
    "on_my_own": "Cold water on my face, slow breathing for five minutes.\nA walk round the block with music.",
    "people_places": "The café on Mill Street. My neighbour Jo's kitchen.",
    "ask_for_help": "Sam (brother): 07700 900123\nPriya: 07700 900456",
    "professionals": "My therapist, Dr Rees: 0161 496 0000 (weekdays)\nOut of hours: 116 123. Emergency: 999",
    "surroundings": "Give the spare tablets to Sam to keep.",
    "what_matters": "My niece's birthday in June. Finishing the course.",
}

app = QApplication(sys.argv)
folder = tempfile.mkdtemp()
journal = Journal.init(f"{folder}/journal", passphrase="an example passphrase for the screenshot")
safety_plan.save(journal, EXAMPLE, readable_when_locked=False)
dialog = SafetyPlanDialog(journal)
dialog.resize(700, 980)
dialog.show()
app.exec()
