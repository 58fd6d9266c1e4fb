"""Real faults for the storage, CLI and GUI tests: a SQLite write lock held by another connection,
a read-only file or folder, a full disk, a PostgreSQL backend killed under a command, a server
that goes away, a database dropped. Each skips with its reason where this machine cannot make it.

The tests run as root on CI, where chmod does not stop a write: there the immutable attribute
(chattr +i) does, for the superuser too; a full disk is a small tmpfs mounted for the test.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sqlite3
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url


def with_query(url: str, **params: str) -> str:
    """`url` with query parameters added (e.g. SQLite's `timeout`)."""
    return make_url(url).update_query_dict(params).render_as_string(hide_password=False)


def with_pg_settings(url: str, *settings: str) -> str:
    """A PostgreSQL `url` whose sessions start with `-c` settings such as `lock_timeout=200ms`."""
    parsed = make_url(url)
    options = " ".join([str(parsed.query.get("options", "")), *(f"-c{s}" for s in settings)])
    return parsed.update_query_dict({"options": options.strip()}).render_as_string(False)


@contextlib.contextmanager
def sqlite_write_lock(path: Path) -> Iterator[None]:
    """Another program holds the database's write lock (an open write transaction)."""
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        yield
        holder.execute("ROLLBACK")
    finally:
        holder.close()


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make the file or folder `path` refuse writes: chmod for a user, the immutable attribute
    for root (which chmod does not stop)."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root, chmod does not stop writes and chattr is not installed")
    made = subprocess.run([chattr, "+i", str(path)], capture_output=True, text=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"running as root, chmod does not stop writes and chattr fails: {made.stderr}")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


@contextlib.contextmanager
def small_disk(size: str = "2m", owner: str | None = None) -> Iterator[Path]:
    """A fresh tmpfs of `size` (the folder it is mounted on); skips where mounting is refused."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small disk is a tmpfs mounted for the test, which needs root")
    folder = Path(f"/tmp/assistdesk-disk-{uuid.uuid4().hex[:8]}")
    folder.mkdir(mode=0o755)
    options = f"size={size},mode=0755"
    if owner is not None:
        import pwd

        entry = pwd.getpwnam(owner)
        options += f",uid={entry.pw_uid},gid={entry.pw_gid},mode=0700"
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)
        folder.rmdir()


def fill(folder: Path) -> None:
    """Write into `folder` until its disk is full."""
    descriptor = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(descriptor, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def terminated_at(statement_start: str, admin_url: str, target: Any = Engine) -> Iterator[None]:
    """The first time a statement beginning with `statement_start` is about to be sent, its
    PostgreSQL backend is killed (pg_terminate_backend from another connection), as when the
    server restarts or an administrator ends the connection mid-command."""
    done: list[int] = []

    def kill(conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if done or not statement.lstrip().upper().startswith(statement_start.upper()):
            return
        pid = conn.connection.driver_connection.info.backend_pid
        done.append(pid)
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                if admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone():
                    time.sleep(0.01)
                    continue
                break

    event.listen(target, "before_cursor_execute", kill)
    try:
        yield
    finally:
        event.remove(target, "before_cursor_execute", kill)
    assert done, f"no statement began with {statement_start!r}"


class TcpProxy:
    """A port that forwards to the database server until `stop()`: then the server is gone for
    every connection made through it, and new ones are refused."""

    def __init__(self, host: str, port: int) -> None:
        self._upstream = (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self._upstream)
            with self._lock:
                self._sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() under way
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()


@contextlib.contextmanager
def throwaway_database(server_url: str) -> Iterator[str]:
    """A PostgreSQL database of its own (psycopg URL), dropped at the end if still there."""
    name = f"assistdesk_drop_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = make_url(server_url).set(drivername="postgresql+psycopg", database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(server_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def drop_database(server_url: str, url: str) -> None:
    name = make_url(url).database
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
