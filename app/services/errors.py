"""Errors a use case raises when what it was asked about does not exist or clashes."""

from app.core.errors import DomainError


class NotFoundError(DomainError):
    """The customer, equipment or session named does not exist."""


class ConflictError(DomainError):
    """The change would duplicate something that must be unique."""
