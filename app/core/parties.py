"""Customers, their equipment, and technicians: who a session is for and who runs it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.errors import DomainError
from app.core.remote_tool import RemoteTool

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
        if not self.name:
            raise DomainError("A customer needs a name.")
        if len(self.name) > 200:
            raise DomainError("A customer's name can be at most 200 characters long.")
        if self.email and not _EMAIL.match(self.email.strip()):
            raise DomainError(f"{self.email!r} is not an email address such as ana@example.com.")
        if self.policy_id:
            check_policy_id(self.policy_id)


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


@dataclass(frozen=True, slots=True)
class Technician:
    name: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", " ".join(self.name.split()))
        if not self.name:
            raise DomainError("A technician needs a name.")


def check_policy_id(policy_id: str) -> str:
    if not _POLICY_ID.match(policy_id):
        raise DomainError(
            f"{policy_id!r} is not a policy id; use lower-case letters, digits and dashes."
        )
    return policy_id
