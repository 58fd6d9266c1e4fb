"""The session password the customer reads over the phone: kept only in this process's memory, in a
buffer that is overwritten when the session ends, and never shown by repr, str or a log record."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import NoReturn

_HIDDEN = "OneTimePassword(<hidden>)"
_WIPED = "OneTimePassword(<wiped>)"


class OneTimePassword:
    """A password for one session. Hand it to a launch plan; call `wipe()` (or leave the `with`
    block) when the session ends. It cannot be pickled, copied into text, or compared."""

    __slots__ = ("_buffer", "_wiped")

    def __init__(self, secret: str | bytes | bytearray) -> None:
        if isinstance(secret, str):
            self._buffer = bytearray(secret.encode("utf-8"))
        else:
            self._buffer = bytearray(secret)
            if isinstance(secret, bytearray):
                secret[:] = bytes(len(secret))  # the caller's copy is overwritten too
        self._wiped = False
        if not self._buffer or b"\n" in self._buffer or b"\r" in self._buffer:
            self.wipe()
            raise ValueError("a session password must be one non-empty line")

    @property
    def wiped(self) -> bool:
        return self._wiped

    @contextmanager
    def exposed(self) -> Iterator[memoryview]:
        """The bytes, read-only, for as long as the `with` block lasts (e.g. to write to a pipe)."""
        if self._wiped:
            raise ValueError("this session password was wiped when its session ended")
        with memoryview(self._buffer) as view, view.toreadonly() as readonly:
            yield readonly

    def wipe(self) -> None:
        """Overwrite the password with zeros and forget it. Safe to call more than once."""
        self._buffer[:] = bytes(len(self._buffer))
        with contextlib.suppress(BufferError):  # a view is still open: the zeros stay till then
            self._buffer.clear()
        self._wiped = True

    def __enter__(self) -> OneTimePassword:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.wipe()

    def __del__(self) -> None:
        if not getattr(self, "_wiped", True):
            self.wipe()

    def __repr__(self) -> str:
        return _WIPED if self._wiped else _HIDDEN

    __str__ = __repr__

    def __format__(self, _spec: str) -> str:
        return repr(self)

    def __reduce__(self) -> NoReturn:
        raise TypeError("a session password is never pickled or copied out of memory")

    def __eq__(self, other: object) -> bool:
        return self is other

    __hash__ = object.__hash__
