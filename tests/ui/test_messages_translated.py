"""The error dialog shows a sentence raised below the UI in the installed language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.ui.error_dialog import error_text

TS = """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="pt_PT">
<context><name>Messages</name><message><source>Customer {id} does not exist.</source>
<translation>O cliente {id} não existe.</translation></message>
<message><source>Broken {id}.</source><translation>Partida {nome}.</translation></message>
<message><source>This session is {state} and cannot be paused.</source>
<translation>Esta sessão está {state} e não pode ser pausada.</translation></message>
<message><source>ended</source><translation>terminada</translation></message>
</context></TS>"""


@pytest.fixture
def portuguese(tmp_path: Path, qapp: QCoreApplication) -> Iterator[None]:
    import subprocess
    import sys

    ts, qm = tmp_path / "m.ts", tmp_path / "m.qm"
    ts.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=30)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_domain_error_reads_in_the_installed_language(portuguese: None) -> None:
    error = DomainError(QT_TRANSLATE_NOOP("Messages", "Customer {id} does not exist.").format(id=7))
    assert error_text(error) == "O cliente 7 não existe."
    assert str(error) == "Customer 7 does not exist."  # what the CLI and the log say


def test_a_translation_that_does_not_fit_falls_back_to_english(portuguese: None) -> None:
    error = DomainError(QT_TRANSLATE_NOOP("Messages", "Broken {id}.").format(id=3))
    assert error_text(error) == "Broken 3."
    assert error_text(DomainError("A plain sentence.")) == "A plain sentence."


def test_a_refused_session_change_reads_whole_with_its_state_word(portuguese: None) -> None:
    from datetime import UTC, datetime

    from app.core.session import Outcome, Session

    at = datetime(2026, 11, 24, 14, tzinfo=UTC)
    session = Session.open(at)
    session.accept(at, at)
    session.end(at, at, Outcome.RESOLVED)
    with pytest.raises(DomainError) as refused:
        session.pause(at, at)
    assert str(refused.value) == "This session is ended and cannot be paused."
    assert error_text(refused.value) == "Esta sessão está terminada e não pode ser pausada."
