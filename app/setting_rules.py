"""What each setting may hold, beyond its kind: the rules the settings schema (app/settings.py)
names for its keys, so that `assistdesk settings set`, the settings dialog and a settings file
read at start all refuse the same values with the same sentence, which names the key.

Every text setting is one line without control characters. Besides: the company's and the
technician's name and the address have a length limit; the time zone is a real one; the port is
1–65535; the payment term 0–365 days; IBAN, BIC and VAT number pass python-stdnum's checks; the
company's email and the sender are plain addresses (app.mail.mail_setup.check_address); series
and the number format follow app.core.document_numbers and cannot be empty; the logo is a PNG or
JPEG file of at most 5 MB.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.document_numbers import check_format, check_series
from app.core.errors import DomainError
from app.core.input_file import read_regular_file
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.plain_text import control_character
from app.core.vat_number import check_vat_number
from app.core.zones import check_zone

Rule = Callable[[str, Any], Any]  # (key, value) → the value to keep, or a DomainError
MAX_LOGO_BYTES = 5 << 20
MAX_TEXT = 500  # characters of any one text setting
_IMAGE_HEADERS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG


def named(key: str, error: DomainError) -> DomainError:
    """`error`'s sentence with the key (or the field's label) in front: "mail.port: …"."""
    problem = error.args[0] if error.args else str(error)
    return DomainError(
        QT_TRANSLATE_NOOP("Messages", "{key}: {problem}").format(key=key, problem=problem)
    )


def labelled(problem: str, key: str, label: str) -> str:
    """A rule's sentence about `key` with the field's `label` where it names the key ("SMTP port
    … must be from 1 to 65535"), or the label in front of it ("IBAN for transfers: …")."""
    if isinstance(problem, Message) and key in problem.values.values():
        values = {name: label if value == key else value for name, value in problem.values.items()}
        return Message(problem.template, values)
    return str(named(label, DomainError(problem)).args[0])


def plain_line(key: str, value: str) -> str:
    """One line of text without control characters, at most MAX_TEXT characters."""
    found = control_character(value)
    if found is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{key} holds a control character ({character}); type plain text."
            ).format(key=key, character=found)
        )
    checked: str = _at_most(MAX_TEXT)(key, value)
    return checked


def _at_most(longest: int) -> Rule:
    def rule(key: str, value: str) -> str:
        if len(value) > longest:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{key} can be at most {limit} characters long."
                ).format(key=key, limit=longest)
            )
        return value

    return rule


def _between(lowest: int, highest: int) -> Rule:
    def rule(key: str, value: int) -> int:
        if not lowest <= value <= highest:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{key} must be from {lowest} to {highest}, not {value}."
                ).format(key=key, lowest=lowest, highest=highest, value=value)
            )
        return value

    return rule


def _prefixed(check: Callable[[str], object], required: bool = False) -> Rule:
    """A core check whose sentence is about the value; the key is put in front of it. An empty
    value is not checked (it means "none", or "this computer's") unless `required`."""

    def rule(key: str, value: str) -> str:
        if value or required:
            try:
                check(value)
            except DomainError as error:
                raise named(key, error) from None
        return value

    return rule


def _address(key: str, value: str) -> str:
    """One plain email address, or none: the sentence names the key ("mail.sender 'x@' is…")."""
    from app.mail.mail_setup import check_address

    return check_address(value, key) if value else value


def _iban(key: str, value: str) -> str:
    """Check digits and the country's IBAN length and layout; a bank code missing from
    python-stdnum's lists of banks is not refused (those lists lag behind the banks)."""
    from stdnum import iban

    return _stdnum_checked(key, value, "IBAN", lambda v: iban.validate(v, check_country=False))


def _bic(key: str, value: str) -> str:
    from stdnum import bic

    return _stdnum_checked(key, value, "BIC", bic.validate)


def _stdnum_checked(key: str, value: str, what: str, validate: Callable[[str], object]) -> str:
    from stdnum.exceptions import ValidationError

    if not value:
        return value
    try:
        validate(value)
    except ValidationError:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{key}: {value!r} is not a valid {what} (check the characters)."
            ).format(key=key, value=value[:40], what=what)
        ) from None
    return value


def logo_file(key: str, value: str) -> str:
    """The logo: a regular PNG or JPEG file of at most 5 MB (checked when it is set), kept by
    its absolute path so that it is found from any folder later."""
    if not value:
        return value
    logo_bytes(value, key)
    return os.path.abspath(os.path.expanduser(value))


def logo_bytes(path: str, key: str = "company.logo") -> bytes:
    """The logo's bytes, read the same careful way when a document is issued."""
    try:
        data = read_regular_file(Path(path).expanduser(), MAX_LOGO_BYTES)
    except DomainError as error:
        raise named(key, error) from None
    if not data.startswith(_IMAGE_HEADERS):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "{key}: {path} is not a PNG or JPEG image; give the logo as one."
            ).format(key=key, path=path)
        )
    return data


RULES: dict[str, tuple[Rule, ...]] = {
    "company.name": (_at_most(200),),
    "company.address": (_at_most(500),),
    "company.email": (_address,),
    "technician.name": (_at_most(200),),  # as sessions keep it
    "company.vat_id": (_prefixed(check_vat_number),),
    "company.iban": (_iban,),
    "company.bic": (_bic,),
    "documents.timezone": (_prefixed(check_zone),),
    "documents.payment_days": (_between(0, 365),),
    "documents.invoice_series": (_prefixed(check_series, required=True),),
    "documents.credit_series": (_prefixed(check_series, required=True),),
    "documents.receipt_series": (_prefixed(check_series, required=True),),
    "documents.number_format": (_prefixed(check_format, required=True),),
    "mail.port": (_between(1, 65535),),
    "mail.sender": (_address,),
}
ON_CHANGE: dict[str, Rule] = {"company.logo": logo_file}  # also depends on the file system
