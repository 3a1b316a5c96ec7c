"""The marker for words the window shows but Qt-free code holds (labels, fixed sentences).

QT_TRANSLATE_NOOP(context, text) returns the text unchanged; pyside6-lupdate finds every call by its name and
files the text under `context` for translators. The window translates it where it shows it, with
QCoreApplication.translate(context, text); the command line prints it as it is."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
