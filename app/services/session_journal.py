"""What the technician records around a running session: the customer's acceptance of an offered
price, the checklist answers before connecting, and notes typed as the session goes. Each is an
event with its time, stored in its own transaction through SessionService.record."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app.core.checklist import Checklist, ChecklistItem, parse_item
from app.core.errors import DomainError
from app.core.input_file import read_regular_file
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.money import at_least_minor_unit
from app.core.pricing import OFFER_TOO_SMALL
from app.core.records import SessionDetail
from app.paths import AppPaths
from app.resources import resource_root
from app.services.sessions import SessionService

MAX_TERMS_BYTES = 1 << 20  # terms of service of a megabyte are not read to a customer


@dataclass(frozen=True, slots=True)
class ChecklistState:
    checklist: Checklist
    answers: dict[str, str]
    missing: tuple[ChecklistItem, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


class SessionJournal:
    def __init__(self, sessions: SessionService) -> None:
        self._sessions = sessions

    def note(self, session_id: int, text: str) -> SessionDetail:
        return self._sessions.record(session_id, lambda s, now: [s.note(text, now)])

    def accept_offer(self, session_id: int, amount: Decimal, currency: str) -> SessionDetail:
        """The customer accepted the offered price; it becomes the session's price. It is
        rounded to the currency's minor unit and refused when that leaves nothing."""
        amount = at_least_minor_unit(amount, currency, OFFER_TOO_SMALL)
        return self._sessions.record(session_id, lambda s, now: [s.accept_offer(amount, now)])

    def answer(self, session_id: int, item: str, value: str) -> SessionDetail:
        """One checklist answer, checked against what the session's policy asks."""
        checklist = self._sessions.rules_for(session_id).checklist
        chosen = parse_item(item)
        if chosen not in checklist.items:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The customer's policy does not ask about {item}."
                ).format(item=chosen.value)
            )
        stored = checklist.check_answer(chosen, value)
        return self._sessions.record(
            session_id, lambda s, now: [s.check(chosen.value, stored, now)]
        )

    def checklist(self, session_id: int) -> ChecklistState:
        """What the policy asks before connecting, what was answered, and what is missing."""
        checklist = self._sessions.rules_for(session_id).checklist
        answers = dict(self._sessions.get(session_id).timeline.checklist)
        return ChecklistState(checklist, answers, tuple(checklist.missing(answers.items())))


class TermsLibrary:
    """Terms texts by version: the office's own folder first, then the shipped ones."""

    def __init__(self, paths: AppPaths) -> None:
        self.folders = (paths.config_dir / "terms", resource_root() / "terms")

    def text(self, version: str) -> str:
        for folder in self.folders:
            path: Path = folder / f"{version}.txt"
            if path.is_file():  # a regular file, and never more than a terms text ever is
                data = read_regular_file(path, MAX_TERMS_BYTES)
                try:
                    return data.decode("utf-8")
                except UnicodeDecodeError as error:
                    raise DomainError(
                        QT_TRANSLATE_NOOP("Messages", "{path}: cannot be read ({error}).").format(
                            path=path, error=error
                        )
                    ) from None
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The terms text {version!r} is missing; put it in {folder}/{version}.txt.",
            ).format(version=version, folder=self.folders[0])
        )
