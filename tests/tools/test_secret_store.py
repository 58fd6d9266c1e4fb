"""Permanent secrets go to the keyring, and nowhere when no usable keyring exists: not to
keyrings.alt's plain file either, nor read back from it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from keyring.backends import chainer, fail, null

from app.core.errors import DomainError
from app.mail.mail_setup import SMTP_PASSWORD
from app.tools.secret_store import (
    SERVICE,
    ZOHO_ASSIST_TOKEN,
    KeyringSecretStore,
    NoKeyringError,
    usable_backend,
)
from tests.memory_keyring import MemoryKeyring

if TYPE_CHECKING:
    from keyrings.alt.file import PlaintextKeyring


def test_set_get_delete_through_the_system_keyring(memory_keyring: MemoryKeyring) -> None:
    store = KeyringSecretStore()
    assert store.available
    assert store.get(ZOHO_ASSIST_TOKEN) is None
    store.set(ZOHO_ASSIST_TOKEN, "1000.abc")
    assert memory_keyring.secrets == {(SERVICE, ZOHO_ASSIST_TOKEN): "1000.abc"}
    assert store.get(ZOHO_ASSIST_TOKEN) == "1000.abc"
    assert store.delete(ZOHO_ASSIST_TOKEN).removed
    assert not store.delete(ZOHO_ASSIST_TOKEN).removed  # deleting what is not there is fine
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


# keyrings.alt, installed with the dev dependencies: where no real store is usable, keyring picks
# its PlaintextKeyring by itself (see tests/cli/test_cli_mail.py for that, in a fresh process).
SECRETS = [ZOHO_ASSIST_TOKEN, SMTP_PASSWORD]


PLAIN_FILE_REFUSAL = (
    "The password store keyrings.alt.file.PlaintextKeyring keeps secrets unencrypted in the "
    "file {file}, so AssistDesk will neither store nor read secrets there; set up or unlock a "
    "real one such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential Manager, "
    "and uninstall keyrings.alt or stop choosing it (PYTHON_KEYRING_BACKEND, keyringrc.cfg)."
)


@pytest.mark.parametrize("name", SECRETS)
def test_a_plain_file_keyring_is_refused_for_storing_and_nothing_is_written(
    plaintext_keyring: PlaintextKeyring, name: str
) -> None:
    store = KeyringSecretStore()
    assert not store.available
    with pytest.raises(NoKeyringError) as caught:
        store.set(name, "1000.abc")
    assert str(caught.value) == PLAIN_FILE_REFUSAL.format(file=plaintext_keyring.file_path)
    removal = store.delete(name)  # nothing there: nothing removed, and nothing written either
    assert (removal.removed, removal.refusal) == (False, str(caught.value))
    assert not Path(plaintext_keyring.file_path).exists()


@pytest.mark.parametrize("name", SECRETS)
def test_a_secret_already_in_a_plain_file_can_be_removed(
    plaintext_keyring: PlaintextKeyring, name: str
) -> None:
    """Removing a secret from a plain file is what the user should do: allowed, and said to be
    done, while saving there stays refused."""
    plaintext_keyring.set_password(SERVICE, name, "1000.abc")  # an older version's, or another's
    plaintext_keyring.set_password(SERVICE, "someone-elses", "kept")
    store = KeyringSecretStore()
    removal = store.delete(name)
    assert removal.removed
    assert removal.refusal == PLAIN_FILE_REFUSAL.format(file=plaintext_keyring.file_path)
    assert plaintext_keyring.get_password(SERVICE, name) is None
    assert plaintext_keyring.get_password(SERVICE, "someone-elses") == "kept"
    assert "1000.abc" not in Path(plaintext_keyring.file_path).read_text(encoding="utf-8")
    with pytest.raises(NoKeyringError):
        store.set(name, "1000.new")


@pytest.mark.parametrize("backend", UNUSABLE, ids=["fail", "null", "chainer"])
def test_with_no_store_at_all_deleting_is_refused_too(backend: object) -> None:
    """Nothing can be said to be removed where there is no store (the secret may be in one that
    is not running now)."""
    with pytest.raises(NoKeyringError, match="no usable password store"):
        KeyringSecretStore(backend).delete(SMTP_PASSWORD)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", SECRETS)
def test_a_secret_already_in_a_plain_file_is_not_read(
    plaintext_keyring: PlaintextKeyring, name: str
) -> None:
    plaintext_keyring.set_password(SERVICE, name, "1000.abc")  # put there by another program
    with pytest.raises(NoKeyringError, match=r"^The password store keyrings\.alt\.file\.Plain"):
        KeyringSecretStore().get(name)


def test_keyrings_alt_encrypted_file_is_refused_without_asking_for_its_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from keyrings.alt.file import EncryptedKeyring

    def prompt(_prompt: str = "") -> str:
        raise AssertionError("AssistDesk must not make the keyring ask on a terminal")

    monkeypatch.setattr("getpass.getpass", prompt)
    # Built without __init__, which needs pycryptodome: the judgement is by its class alone.
    backend = EncryptedKeyring.__new__(EncryptedKeyring)
    store = KeyringSecretStore(backend)
    with pytest.raises(NoKeyringError) as caught:
        store.get(SMTP_PASSWORD)
    assert str(caught.value).startswith(
        "The password store keyrings.alt.file.EncryptedKeyring asks for its own password on a "
        "terminal, which AssistDesk's window and mail sender cannot answer"
    )
    with pytest.raises(NoKeyringError):
        store.set(SMTP_PASSWORD, "s3cret")


def plaintext_in(tmp_path: Path) -> PlaintextKeyring:
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    return backend


def test_a_chainer_that_stores_in_a_plain_file_is_refused(tmp_path: Path) -> None:
    plain = plaintext_in(tmp_path)

    class PlainFirst(chainer.ChainerBackend):
        backends = (plain, MemoryKeyring())

    store = KeyringSecretStore(PlainFirst())  # type: ignore[no-untyped-call]
    with pytest.raises(NoKeyringError, match="PlaintextKeyring keeps secrets unencrypted"):
        store.set(SMTP_PASSWORD, "s3cret")
    assert not Path(plain.file_path).exists()


def test_a_chainer_with_a_real_store_first_never_reads_the_plain_file(tmp_path: Path) -> None:
    plain, memory = plaintext_in(tmp_path), MemoryKeyring()
    plain.set_password(SERVICE, ZOHO_ASSIST_TOKEN, "1000.old")  # left there by another program

    class RealFirst(chainer.ChainerBackend):
        backends = (memory, plain)

    store = KeyringSecretStore(RealFirst())  # type: ignore[no-untyped-call]
    assert store.get(ZOHO_ASSIST_TOKEN) is None  # keyring's own chainer would find "1000.old"
    store.set(SMTP_PASSWORD, "s3cret")
    assert memory.secrets == {(SERVICE, SMTP_PASSWORD): "s3cret"}
    assert store.get(SMTP_PASSWORD) == "s3cret"
    assert plain.get_password(SERVICE, SMTP_PASSWORD) is None


def test_deleting_removes_the_secret_from_every_store_of_a_chain(tmp_path: Path) -> None:
    plain, memory = plaintext_in(tmp_path), MemoryKeyring()
    plain.set_password(SERVICE, SMTP_PASSWORD, "old")  # left in the plain file long ago
    memory.set_password(SERVICE, SMTP_PASSWORD, "s3cret")

    class RealFirst(chainer.ChainerBackend):
        backends = (memory, plain)

    removal = KeyringSecretStore(RealFirst()).delete(SMTP_PASSWORD)  # type: ignore[no-untyped-call]
    assert (removal.removed, removal.refusal) == (True, None)
    assert memory.secrets == {}
    assert plain.get_password(SERVICE, SMTP_PASSWORD) is None


def test_the_multipart_wrapper_is_judged_by_the_keyring_it_wraps(tmp_path: Path) -> None:
    from keyrings.alt.multi import MultipartKeyringWrapper

    assert not usable_backend(MultipartKeyringWrapper(plaintext_in(tmp_path)))
    assert usable_backend(MultipartKeyringWrapper(MemoryKeyring()))
