"""The languages documents are printed in, the locale of each and the documents' titles, as the
current renderer (app.documents.v2) writes them; mail and the services use the same words."""

from __future__ import annotations

from app.core.errors import DomainError
from app.documents.v2.labels import LOCALES, TITLES

__all__ = ["LOCALES", "OUTCOMES", "TITLES", "check_language"]


def check_language(language: str) -> str:
    code = language.strip().lower()
    if code not in LOCALES:
        raise DomainError(f"Documents are printed in en, pt or nl, not {language!r}.")
    return code


# Outcomes in a sentence (mail): lower case; documents name them in their own words.
OUTCOMES = {
    "en": {"resolved": "resolved", "unresolved": "unresolved", "cancelled": "cancelled"},
    "pt": {"resolved": "resolvido", "unresolved": "não resolvido", "cancelled": "cancelado"},
    "nl": {"resolved": "opgelost", "unresolved": "niet opgelost", "cancelled": "geannuleerd"},
}
