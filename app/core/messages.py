"""Sentences for people, in English, that remember how they were made so that the GUI can show
them in the user's language.

A message below the UI is written `QT_TRANSLATE_NOOP("Messages", "Customer {id} does not
exist.").format(id=7)`: the marker is how `make translations` (pyside6-lupdate) finds the
template, and `.format` keeps the template and its values on the resulting `Message`, which is an
ordinary `str` in English for the CLI, the logs and the tests. The GUI's error dialog looks the
template up in the installed language and fills in the same values (app/ui/error_dialog.py).
Values stay as given (a name, a number, an ID); use named placeholders only.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "Messages"


class Message(str):
    """An English sentence with the template and values it was made from."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Message:
        made = super().__new__(cls, template.format(**values))
        made.template, made.values = template, values
        return made


class Template(str):
    """A marked template; `.format(**values)` makes the Message."""

    def format(self, *args: object, **values: Any) -> Message:
        if args:
            raise TypeError("message templates take named placeholders only")
        return Message(str(self), values)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # noqa: N802 -- lupdate's name
    """Mark `text` for translation in `context` ("Messages"); returns it unchanged."""
    return Template(text)
