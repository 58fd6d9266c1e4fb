"""Sentences raised below the UI keep their template and values, and read as plain English."""

from __future__ import annotations

import pytest

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP, Message


def test_a_message_is_its_english_sentence_and_remembers_how_it_was_made() -> None:
    made = QT_TRANSLATE_NOOP("Messages", "Customer {id} does not exist.").format(id=7)
    assert made == "Customer 7 does not exist."
    assert isinstance(made, Message)
    assert (made.template, made.values) == ("Customer {id} does not exist.", {"id": 7})
    error = DomainError(made)
    assert str(error) == "Customer 7 does not exist."  # the CLI and the logs read English
    assert error.args[0].template == "Customer {id} does not exist."


def test_templates_take_named_placeholders_only() -> None:
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("Messages", "Customer {} does not exist.").format(7)
