"""The use cases the window and the command line share, with no Qt (the PDF renderer excepted): `journal` is
the one door to the store; analytics, insights, guidance, backup, security, therapy, drafts, templates,
reminders, the crisis page and the safety plan; `exporting/` and `importing/`."""
