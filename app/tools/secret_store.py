"""Permanent credentials (a Zoho Assist API token, the SMTP password) in the operating system's
keyring.

Only a real password store is used. keyring's `fail` and `null` backends (or a chainer with
nothing to chain) are no store at all; keyrings.alt's `PlaintextKeyring` keeps secrets in a plain
(base64) file, and its `EncryptedKeyring` asks for its own password on a terminal that the window
and its mail sender cannot answer. Each is refused with one sentence naming it, for storing and for
reading alike: never a plaintext fallback. A chainer (keyring's default where several backends
are usable) is judged by the backend it stores in, its first; the refused ones further down are
left out, so a secret is never read back from a plain file either.

Deleting is the exception: a secret is removed from every backend keyring would look in, a
refused file among them (a secret left in a plain file is exactly what should go; removing it
needs no password), and the caller is told that the store is still refused for saving.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "AssistDesk"
ZOHO_ASSIST_TOKEN = "zoho-assist-api-token"


class NoKeyringError(DomainError):
    """No password store is usable on this computer."""


@dataclass(frozen=True, slots=True)
class Removal:
    """What deleting a secret did. `removed`: it was stored and is gone; `refusal`: why the
    store is still refused for saving (None for a real one); `place`: the refused store's file,
    named for the user ("" for a real store)."""

    removed: bool
    refusal: Message | None = None
    place: str = ""


class SecretStore(Protocol):
    """Named secrets that outlive a session."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> Removal: ...


NO_STORE = QT_TRANSLATE_NOOP(
    "Messages",
    "This computer has no usable password store (keyring), so AssistDesk will not keep the "
    "secret; set up one such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential "
    "Manager and try again.",
)
PLAIN_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "The password store {backend} keeps secrets unencrypted in the file {file}, so AssistDesk "
    "will neither store nor read secrets there; set up or unlock a real one such as GNOME "
    "Keyring, KWallet, the macOS Keychain or Windows Credential Manager, and uninstall "
    "keyrings.alt or stop choosing it (PYTHON_KEYRING_BACKEND, keyringrc.cfg).",
)
OWN_PROMPT = QT_TRANSLATE_NOOP(
    "Messages",
    "The password store {backend} asks for its own password on a terminal, which AssistDesk's "
    "window and mail sender cannot answer, so AssistDesk will not use it; set up or unlock a "
    "real one such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential Manager, "
    "and stop choosing {backend} (PYTHON_KEYRING_BACKEND, keyringrc.cfg).",
)

# Backends refused by class (subclasses included), named as module.class so that keyrings.alt
# is never imported for the judgement; each with the sentence that says why.
REFUSED: dict[str, Message | Callable[[KeyringBackend, str], Message]] = {
    "keyring.backends.fail.Keyring": NO_STORE.format(),
    "keyring.backends.null.Keyring": NO_STORE.format(),
    "keyrings.alt.file.PlaintextKeyring": lambda backend, name: PLAIN_FILE.format(
        backend=name, file=getattr(backend, "file_path", "?")
    ),
    "keyrings.alt.file.EncryptedKeyring": lambda _backend, name: OWN_PROMPT.format(backend=name),
}
MULTIPART = "keyrings.alt.multi.MultipartKeyringWrapper"  # judged by the keyring it wraps


def refusal(backend: KeyringBackend) -> Message | None:
    """Why `backend` is not used for secrets, in one sentence; None for a real password store."""
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        chained = _chained(backend)
        return refusal(chained[0]) if chained else NO_STORE.format()
    for cls in type(backend).__mro__:
        name = _name(cls)
        if name == MULTIPART and hasattr(backend, "_keyring"):
            return refusal(backend._keyring)
        why = REFUSED.get(name)
        if isinstance(why, Message):
            return why
        if why is not None:
            return why(backend, _name(type(backend)))
    return None


def usable_backend(backend: KeyringBackend) -> bool:
    """Whether `backend` really keeps secrets (and keeps them somewhere other than a plain file)."""
    return refusal(backend) is None


def _place(backend: KeyringBackend) -> str:
    """A refused store as the user finds it: its class, and its file where it has one."""
    inner = getattr(backend, "_keyring", backend)  # a multipart wrapper: the file it wraps
    file = getattr(inner, "file_path", None)
    name = _name(type(inner))
    return f"{name}'s file {file}" if file else name


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _chained(backend: KeyringBackend) -> list[KeyringBackend]:
    return list(backend.backends)  # type: ignore[attr-defined]  # a chainer's, by priority


class KeyringSecretStore:
    """SecretStore over `keyring`; the backend is the system's unless one is given."""

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service

    def backends(self) -> list[KeyringBackend]:
        """Where secrets are stored (the first) and looked for (in order); NoKeyringError, with
        the sentence that says why, when the keyring is not a real password store."""
        import keyring
        from keyring.backends import chainer

        backend = self._backend or keyring.get_keyring()
        problem = refusal(backend)
        if problem is not None:
            raise NoKeyringError(problem)
        if isinstance(backend, chainer.ChainerBackend):
            return [chained for chained in _chained(backend) if refusal(chained) is None]
        return [backend]

    @property
    def available(self) -> bool:
        try:
            self.backends()
        except NoKeyringError:
            return False
        return True

    def get(self, name: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            for backend in self.backends():
                found = backend.get_password(self._service, name)
                if found is not None:
                    return found
        except KeyringError as error:
            raise NoKeyringError(_failed("read", name, error)) from None
        return None

    def set(self, name: str, value: str) -> None:
        from keyring.errors import KeyringError

        if not value:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages", "An empty {name} is not stored; give the secret itself."
                ).format(name=name)
            )
        try:
            self._first_willing(lambda backend: backend.set_password(self._service, name, value))
        except KeyringError as error:
            raise NoKeyringError(_failed("store", name, error)) from None

    def delete(self, name: str) -> Removal:
        """Remove `name` from every backend keyring would look in: a chain's refused ones and a
        refused file store itself included. No store at all (`fail`, `null`, an empty chain)
        is NoKeyringError, as for storing: nothing can be said to be removed."""
        import keyring
        from keyring.backends import chainer
        from keyring.errors import KeyringError, PasswordDeleteError

        backend = self._backend or keyring.get_keyring()
        refused = refusal(backend)
        if refused == NO_STORE.format():
            raise NoKeyringError(refused)
        chained = isinstance(backend, chainer.ChainerBackend)
        removed = False
        for each in _chained(backend) if chained else [backend]:
            if refusal(each) == NO_STORE.format():
                continue  # no store: nothing can be in it
            try:
                each.delete_password(self._service, name)
            except (PasswordDeleteError, NotImplementedError):
                continue  # not there: the wanted state
            except KeyringError as error:
                raise NoKeyringError(_failed("delete", name, error)) from None
            removed = True
        first = _chained(backend)[0] if chained else backend
        place = _place(first) if refused is not None else ""
        return Removal(removed, refused, place)

    def _first_willing(self, action: Callable[[KeyringBackend], None]) -> None:
        """`action` on the first backend that implements it, as keyring's chainer does."""
        for backend in self.backends():
            try:
                action(backend)
            except NotImplementedError:
                continue
            return
        raise NoKeyringError(NO_STORE.format())


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
