"""The session password lives in one wipeable buffer and never shows itself."""

from __future__ import annotations

import copy
import logging
import pickle

import pytest

from app.tools.one_time_password import OneTimePassword

SECRET = "k7#Qx-91"


def test_it_never_shows_itself(caplog: pytest.LogCaptureFixture) -> None:
    password = OneTimePassword(SECRET)
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("test").info("password %s %r %s", password, password, [password])
        logging.getLogger("test").info(f"{password} {password!r} {password:>20}")
    assert SECRET not in caplog.text
    assert "<hidden>" in caplog.text
    assert SECRET not in repr(password) + str(password) + format(password, "")


def test_it_cannot_be_pickled_or_copied() -> None:
    password = OneTimePassword(SECRET)
    with pytest.raises(TypeError):
        pickle.dumps(password)
    with pytest.raises(TypeError):
        copy.copy(password)
    assert password != OneTimePassword(SECRET)  # no comparing secrets either


def test_exposed_bytes_then_wiped() -> None:
    password = OneTimePassword(SECRET)
    with password.exposed() as view:
        assert bytes(view) == SECRET.encode()
        assert view.readonly
    buffer = password._buffer  # the one copy in memory
    password.wipe()
    assert password.wiped
    assert buffer == bytearray()
    assert repr(password) == "OneTimePassword(<wiped>)"
    with pytest.raises(ValueError, match="wiped"), password.exposed():
        pass
    password.wipe()  # twice is fine


def test_wiping_while_a_view_is_open_still_zeroes_it() -> None:
    password = OneTimePassword(SECRET)
    buffer = password._buffer
    with password.exposed():
        password.wipe()
        assert bytes(buffer) == bytes(len(SECRET))


def test_a_with_block_wipes_and_a_given_bytearray_is_zeroed() -> None:
    given = bytearray(SECRET.encode())
    with OneTimePassword(given) as password:
        assert given == bytearray(len(SECRET))
    assert password.wiped


@pytest.mark.parametrize("bad", ["", "two\nlines", "cr\r"])
def test_a_password_is_one_non_empty_line(bad: str) -> None:
    with pytest.raises(ValueError, match="one non-empty line"):
        OneTimePassword(bad)
