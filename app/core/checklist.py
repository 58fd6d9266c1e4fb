"""The checks a policy asks for before connecting, and what counts as an answer to each.

Answers are stored as session events (`item=value`), so the record says who agreed to what, when.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP


class ChecklistItem(StrEnum):
    TERMS_ACCEPTED = "terms_accepted"  # the answer is the version of the terms text accepted
    RECORDING_CONSENT = "recording_consent"  # yes or no
    BACKUP = "backup"  # made or declined
    CONFIDENTIAL_CLOSED = "confidential_closed"  # yes
    RESPONSIBLE_PERSON = "responsible_person"  # the name of the person present
    CUSTOMER_PRESENT = "customer_present"  # yes: at the computer, with a phone

    @property
    def question(self) -> str:
        return _QUESTIONS[self]


_QUESTIONS = {
    ChecklistItem.TERMS_ACCEPTED: "The customer accepted the terms",
    ChecklistItem.RECORDING_CONSENT: "The customer agrees that the session may be recorded",
    ChecklistItem.BACKUP: "A backup was made (or the customer declined)",
    ChecklistItem.CONFIDENTIAL_CLOSED: "Confidential applications are closed",
    ChecklistItem.RESPONSIBLE_PERSON: "A responsible person is present (name)",
    ChecklistItem.CUSTOMER_PRESENT: "The customer is at the computer with a phone",
}
_CHOICES = {
    ChecklistItem.RECORDING_CONSENT: ("yes", "no"),
    ChecklistItem.BACKUP: ("made", "declined"),
    ChecklistItem.CONFIDENTIAL_CLOSED: ("yes",),
    ChecklistItem.CUSTOMER_PRESENT: ("yes",),
}


@dataclass(frozen=True, slots=True)
class Checklist:
    items: tuple[ChecklistItem, ...]
    terms: str = ""  # the version id of the terms text (resources/terms/<terms>.txt)

    def check_answer(self, item: ChecklistItem, value: str) -> str:
        """The answer in its stored form, or a DomainError saying what is expected."""
        value = " ".join(value.split())
        if item is ChecklistItem.TERMS_ACCEPTED:
            if value != self.terms:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The customer must accept the terms version {terms!r}."
                    ).format(terms=self.terms)
                )
        elif item is ChecklistItem.RESPONSIBLE_PERSON:
            if not value:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Give the name of the responsible person who is present."
                    ).format()
                )
        elif value.lower() not in _CHOICES[item]:
            allowed = " or ".join(_CHOICES[item])
            raise DomainError(f"{item.question}: answer {allowed}.")
        return (
            value
            if item in (ChecklistItem.TERMS_ACCEPTED, ChecklistItem.RESPONSIBLE_PERSON)
            else value.lower()
        )

    def missing(self, answers: Iterable[tuple[str, str]]) -> list[ChecklistItem]:
        """The items not yet answered acceptably, in the policy's order."""
        given = dict(answers)
        missing = []
        for item in self.items:
            try:
                self.check_answer(item, given.get(item.value, ""))
            except DomainError:
                missing.append(item)
        return missing


def parse_item(text: str) -> ChecklistItem:
    try:
        return ChecklistItem(text.strip().lower())
    except ValueError:
        known = ", ".join(i.value for i in ChecklistItem)
        raise DomainError(
            QT_TRANSLATE_NOOP("Messages", "{text!r} is not a checklist item; use {known}.").format(
                text=text, known=known
            )
        ) from None
