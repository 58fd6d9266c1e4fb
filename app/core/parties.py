"""Customers, their equipment, and technicians: who a session is for and who runs it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP, Template
from app.core.remote_tool import RemoteTool
from app.core.vat_number import check_vat_number

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POLICY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class Customer:
    name: str
    email: str = ""
    phone: str = ""
    address: str = ""
    vat_id: str = ""
    policy_id: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", " ".join(self.name.split()))
        for name in ("email", "phone", "address", "vat_id"):
            object.__setattr__(self, name, getattr(self, name).strip())
        if not self.name:
            raise DomainError(QT_TRANSLATE_NOOP("Messages", "A customer needs a name.").format())
        _check_length(
            QT_TRANSLATE_NOOP(
                "Messages", "A customer's name can be at most {limit} characters long."
            ),
            self.name,
            200,
        )
        _check_length(
            QT_TRANSLATE_NOOP(
                "Messages", "An email address can be at most {limit} characters long."
            ),
            self.email,
            254,
        )
        _check_length(
            QT_TRANSLATE_NOOP("Messages", "A phone number can be at most {limit} characters long."),
            self.phone,
            64,
        )
        _check_length(
            QT_TRANSLATE_NOOP("Messages", "A VAT id can be at most {limit} characters long."),
            self.vat_id,
            32,
        )
        if self.email and not _EMAIL.match(self.email):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{email!r} is not an email address such as ana@example.com."
                ).format(email=self.email)
            )
        if self.policy_id:
            check_policy_id(self.policy_id)
        object.__setattr__(self, "vat_id", check_vat_number(self.vat_id))


@dataclass(frozen=True, slots=True)
class Equipment:
    """A customer's computer as the technician knows it: a label, its remote tool and ID."""

    label: str
    tool: RemoteTool | None = None
    remote_id: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", " ".join(self.label.split()))
        object.__setattr__(self, "remote_id", check_remote_id(self.remote_id))
        if not self.label:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Equipment needs a label, such as 'Office PC'."
                ).format()
            )
        _check_length(
            QT_TRANSLATE_NOOP(
                "Messages", "An equipment label can be at most {limit} characters long."
            ),
            self.label,
            200,
        )


@dataclass(frozen=True, slots=True)
class Technician:
    name: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", " ".join(self.name.split()))
        if not self.name:
            raise DomainError(QT_TRANSLATE_NOOP("Messages", "A technician needs a name.").format())
        _check_length(
            QT_TRANSLATE_NOOP(
                "Messages", "A technician's name can be at most {limit} characters long."
            ),
            self.name,
            200,
        )


def check_remote_id(remote_id: str) -> str:
    """A remote tool's ID as typed for equipment or for one session, stripped."""
    remote_id = remote_id.strip()
    _check_length(
        QT_TRANSLATE_NOOP("Messages", "A remote ID can be at most {limit} characters long."),
        remote_id,
        128,
    )
    return remote_id


def check_policy_id(policy_id: str) -> str:
    if not _POLICY_ID.match(policy_id):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{policy_id!r} is not a policy id; use lower-case letters, digits and dashes.",
            ).format(policy_id=policy_id)
        )
    _check_length(
        QT_TRANSLATE_NOOP("Messages", "A policy id can be at most {limit} characters long."),
        policy_id,
        64,
    )
    return policy_id


def _check_length(sentence: Template, value: str, limit: int) -> None:
    """The storage columns have these limits; PostgreSQL would otherwise refuse with a traceback.
    `sentence` names the field and has a `{limit}` placeholder."""
    if len(value) > limit:
        raise DomainError(sentence.format(limit=limit))
