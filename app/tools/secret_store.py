"""Permanent credentials (a Zoho Assist API token) in the operating system's keyring.

A machine without a usable keyring backend (keyring's `fail` or `null` backend, or a chainer with
nothing to chain) is told so plainly and nothing is stored: never a plaintext fallback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "AssistDesk"
ZOHO_ASSIST_TOKEN = "zoho-assist-api-token"


class NoKeyringError(DomainError):
    """No password store is usable on this computer."""


class SecretStore(Protocol):
    """Named secrets that outlive a session."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


def usable_backend(backend: KeyringBackend) -> bool:
    """Whether `backend` really keeps secrets (and keeps them somewhere other than a plain file)."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


class KeyringSecretStore:
    """SecretStore over `keyring`; the backend is the system's unless one is given."""

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service

    def _usable(self) -> KeyringBackend:
        import keyring

        backend = self._backend or keyring.get_keyring()
        if not usable_backend(backend):
            raise NoKeyringError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This computer has no usable password store (keyring), so AssistDesk will not "
                    "keep the secret; set up one such as GNOME Keyring, KWallet, the macOS "
                    "Keychain or Windows Credential Manager and try again.",
                ).format()
            )
        return backend

    @property
    def available(self) -> bool:
        try:
            self._usable()
        except NoKeyringError:
            return False
        return True

    def get(self, name: str) -> str | None:
        from keyring.errors import KeyringError

        backend = self._usable()
        try:
            return backend.get_password(self._service, name)
        except KeyringError as error:
            raise NoKeyringError(_failed("read", name, error)) from None

    def set(self, name: str, value: str) -> None:
        from keyring.errors import KeyringError

        if not value:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "An empty {name} is not stored; give the secret itself."
                ).format(name=name)
            )
        backend = self._usable()
        try:
            backend.set_password(self._service, name, value)
        except KeyringError as error:
            raise NoKeyringError(_failed("store", name, error)) from None

    def delete(self, name: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        backend = self._usable()
        try:
            backend.delete_password(self._service, name)
        except PasswordDeleteError:
            pass  # nothing was stored: the wanted state
        except KeyringError as error:
            raise NoKeyringError(_failed("delete", name, error)) from None


def _failed(verb: str, name: str, error: Exception) -> str:
    # The keyring's own message never contains the secret, only its state (locked, refused).
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return _REFUSED[verb].format(name=name, reason=reason)


_REFUSED = {  # whole sentences, so that each translates as one
    "read": QT_TRANSLATE_NOOP(
        "Messages",
        "The password store refused to read the {name} ({reason}); unlock it and try again.",
    ),
    "store": QT_TRANSLATE_NOOP(
        "Messages",
        "The password store refused to store the {name} ({reason}); unlock it and try again.",
    ),
    "delete": QT_TRANSLATE_NOOP(
        "Messages",
        "The password store refused to delete the {name} ({reason}); unlock it and try again.",
    ),
}
