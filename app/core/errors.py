"""Errors the domain raises; each message is one sentence a user can act on."""


class DomainError(Exception):
    """A rule of the business was broken; the message says which and what to do."""


class IllegalTransitionError(DomainError):
    """A session was asked to do something its current state does not allow."""


class UnavailableError(DomainError):
    """Something the program relies on failed (the database is locked, full, read-only or out of
    reach): nothing was saved, and trying again once it is fixed may work. The CLI exits with
    status 1 for it, rather than 2 for bad input."""


class SettingProblemError(DomainError):
    """A setting, as the settings file holds it, breaks a rule and is needed now. The message is
    the command line's sentence; `key` and `problem` (the rule's own sentence, naming the key)
    let a window say which of its fields to correct instead. `key` is "" when the whole file
    cannot be read."""

    def __init__(self, message: str, key: str, problem: str) -> None:
        super().__init__(message)
        self.key, self.problem = key, problem
