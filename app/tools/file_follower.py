"""Following one file as a tool appends to it, like `tail -F`: only what was written after the
follower was created, across rotation (the file renamed away and a new one created) and truncation.
UTF-16 files (AnyDesk's connection_trace.txt) are recognised by their first bytes."""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import BinaryIO


def _encoding(head: bytes) -> tuple[str, int]:
    """The codec of a file from its first bytes, and how many of them are a byte-order mark."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", 2
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", 2
    if len(head) >= 4 and head[1] == 0 and head[3] == 0 and head[0] != 0:
        return "utf-16-le", 0
    return "utf-8", 0


class FileFollower:
    """Complete lines appended to `path` since this object was made. Not thread-safe: one reader.
    A file that does not exist yet is followed from its first byte once it appears.

    On POSIX the file stays open between reads, so lines written just before a rotation are still
    read from the renamed file. Windows would then refuse the tool's rename, so there the file is
    opened for each read and a rotation is noticed by the file's identity changing."""

    def __init__(self, path: str | os.PathLike[str], keep_open: bool | None = None) -> None:
        self.path = Path(path)
        self._keep_open = os.name != "nt" if keep_open is None else keep_open
        try:
            self._position = self.path.stat().st_size
        except OSError:
            self._position = 0
        self._handle: BinaryIO | None = None
        self._identity: tuple[int, int] | None = None
        self._decoder: codecs.IncrementalDecoder | None = None
        self._pending = ""

    def read_lines(self) -> list[str]:
        """The lines completed since the last call (without their line ends)."""
        lines: list[str] = []
        try:
            status: os.stat_result | None = os.stat(self.path)
        except OSError:
            status = None  # renamed away and not yet re-created
        identity = (status.st_dev, status.st_ino) if status is not None else None
        if self._handle is not None:
            lines += self._drain()
            if identity is not None and identity != self._identity:  # rotated
                lines += self._drain(final=True)
                self._forget()
            elif status is not None and status.st_size < self._position:  # truncated
                self._restart(at_zero=True)
                lines += self._drain()
        elif status is not None and self._identity is not None:
            if identity != self._identity:  # rotated while closed (Windows)
                lines += self._flush()
                self._forget()
            elif status.st_size < self._position:  # truncated while closed
                self._position, self._decoder = 0, None
        if self._handle is None and status is not None and self._open():
            lines += self._drain()
        if not self._keep_open and self._handle is not None:
            self._handle.close()
            self._handle = None
        return lines

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
        self._handle = None
        self._forget()

    def _forget(self) -> None:
        """Start over on whatever file takes the name next, from its first byte."""
        if self._handle is not None:
            self._handle.close()
        self._handle = self._identity = self._decoder = None
        self._position, self._pending = 0, ""

    def _open(self) -> bool:
        try:
            handle = open(self.path, "rb")  # noqa: SIM115 - may be kept open between reads
        except OSError:
            return False
        status = os.fstat(handle.fileno())
        self._handle, self._identity = handle, (status.st_dev, status.st_ino)
        if self._position > status.st_size:  # truncated before we first looked
            self._position, self._decoder = 0, None
        self._restart(at_zero=False)
        return True

    def _restart(self, at_zero: bool) -> None:
        """Seek to where reading goes on; a fresh decoder when starting over."""
        assert self._handle is not None
        if at_zero:
            self._position, self._decoder, self._pending = 0, None, ""
        if self._decoder is None:
            self._handle.seek(0)
            codec, bom = _encoding(self._handle.read(4))
            self._decoder = codecs.getincrementaldecoder(codec)(errors="replace")
            self._position = max(self._position, bom)
        self._handle.seek(self._position)

    def _drain(self, final: bool = False) -> list[str]:
        assert self._handle is not None
        assert self._decoder is not None
        data = self._handle.read()
        self._position = self._handle.tell()
        text = self._pending + self._decoder.decode(data, final=final)
        *complete, self._pending = text.split("\n")
        if final:
            complete += self._flush()
        return [line.rstrip("\r") for line in complete]

    def _flush(self) -> list[str]:
        """The last line of a file that will not grow any more, even without its line end."""
        last, self._pending = self._pending, ""
        return [last.rstrip("\r")] if last.strip() else []
