"""Errors the domain raises; each message is one sentence a user can act on."""


class DomainError(Exception):
    """A rule of the business was broken; the message says which and what to do."""


class IllegalTransitionError(DomainError):
    """A session was asked to do something its current state does not allow."""
