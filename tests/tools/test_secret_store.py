"""Permanent secrets go to the keyring, and nowhere when no usable keyring exists."""

from __future__ import annotations

import pytest
from keyring.backends import chainer, fail, null

from app.core.errors import DomainError
from app.tools.secret_store import (
    SERVICE,
    ZOHO_ASSIST_TOKEN,
    KeyringSecretStore,
    NoKeyringError,
    usable_backend,
)
from tests.memory_keyring import MemoryKeyring


def test_set_get_delete_through_the_system_keyring(memory_keyring: MemoryKeyring) -> None:
    store = KeyringSecretStore()
    assert store.available
    assert store.get(ZOHO_ASSIST_TOKEN) is None
    store.set(ZOHO_ASSIST_TOKEN, "1000.abc")
    assert memory_keyring.secrets == {(SERVICE, ZOHO_ASSIST_TOKEN): "1000.abc"}
    assert store.get(ZOHO_ASSIST_TOKEN) == "1000.abc"
    store.delete(ZOHO_ASSIST_TOKEN)
    store.delete(ZOHO_ASSIST_TOKEN)  # deleting what is not there is fine
    assert store.get(ZOHO_ASSIST_TOKEN) is None


class EmptyChainer(chainer.ChainerBackend):
    backends = ()  # a chainer that found nothing to chain


class ChainerOfMemory(chainer.ChainerBackend):
    backends = (MemoryKeyring(),)


UNUSABLE = [fail.Keyring(), null.Keyring(), EmptyChainer()]  # type: ignore[no-untyped-call]


@pytest.mark.parametrize("backend", UNUSABLE, ids=["fail", "null", "chainer"])
def test_no_usable_keyring_is_said_plainly_and_nothing_is_stored(backend: object) -> None:
    store = KeyringSecretStore(backend)  # type: ignore[arg-type]
    assert not usable_backend(backend)  # type: ignore[arg-type]
    assert not store.available
    with pytest.raises(NoKeyringError) as caught:
        store.set(ZOHO_ASSIST_TOKEN, "1000.abc")
    message = str(caught.value)
    assert "no usable password store" in message
    assert "1000.abc" not in message
    with pytest.raises(NoKeyringError):
        store.get(ZOHO_ASSIST_TOKEN)


def test_a_chainer_with_a_real_backend_is_usable() -> None:
    assert usable_backend(ChainerOfMemory())  # type: ignore[no-untyped-call]


def test_an_empty_secret_is_refused(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(DomainError, match="empty"):
        KeyringSecretStore().set(ZOHO_ASSIST_TOKEN, "")
    assert memory_keyring.secrets == {}


def test_a_locked_keyring_is_one_sentence_without_the_secret(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring.errors import KeyringLocked

    def locked(*_args: object) -> None:
        raise KeyringLocked("the collection is locked")

    monkeypatch.setattr(memory_keyring, "set_password", locked)
    with pytest.raises(NoKeyringError, match=r"refused to store .*\(the collection is locked\)"):
        KeyringSecretStore().set(ZOHO_ASSIST_TOKEN, "1000.secret")
