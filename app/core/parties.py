"""Customers, their equipment, and technicians: who a session is for and who runs it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.errors import DomainError
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
            raise DomainError("A customer needs a name.")
        _check_length("A customer's name", self.name, 200)
        _check_length("An email address", self.email, 254)
        _check_length("A phone number", self.phone, 64)
        _check_length("A VAT id", self.vat_id, 32)
        if self.email and not _EMAIL.match(self.email):
            raise DomainError(f"{self.email!r} is not an email address such as ana@example.com.")
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
        object.__setattr__(self, "remote_id", self.remote_id.strip())
        if not self.label:
            raise DomainError("Equipment needs a label, such as 'Office PC'.")
        _check_length("An equipment label", self.label, 200)
        _check_length("A remote ID", self.remote_id, 128)


@dataclass(frozen=True, slots=True)
class Technician:
    name: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", " ".join(self.name.split()))
        if not self.name:
            raise DomainError("A technician needs a name.")
        _check_length("A technician's name", self.name, 200)


def check_policy_id(policy_id: str) -> str:
    if not _POLICY_ID.match(policy_id):
        raise DomainError(
            f"{policy_id!r} is not a policy id; use lower-case letters, digits and dashes."
        )
    _check_length("A policy id", policy_id, 64)
    return policy_id


def _check_length(what: str, value: str, limit: int) -> None:
    """The storage columns have these limits; PostgreSQL would otherwise refuse with a traceback."""
    if len(value) > limit:
        raise DomainError(f"{what} can be at most {limit} characters long.")
