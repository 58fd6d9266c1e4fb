"""A real damaged SQLite database: written by AssistDesk, then bytes overwritten inside a table
page. Its header and schema are intact, so it opens; SQLite's quick_check fails on it."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import text

from app.storage import migrate
from app.storage.engine import create_engine_for

CREATED = datetime(2026, 11, 24, 9, tzinfo=UTC)


def write_database(path: Path, revision: str = "head", customers: int = 300) -> None:
    """An AssistDesk database at `revision` with `customers` customers, closed (its write-ahead
    log folded into the file)."""
    engine = create_engine_for(f"sqlite:///{path}")
    config = migrate.alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            connection.execute(
                text(
                    "INSERT INTO customers (name, email, phone, address, vat_id, policy_id, "
                    "created_at) VALUES (:name, '', '', '', '', '', :at)"
                ),
                [{"name": f"Customer {i:04d}", "at": CREATED} for i in range(customers)],
            )
    finally:
        engine.dispose()


def damage(path: Path) -> None:
    """Overwrite the cell pointers of the customers table's root page with 0xFF."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'customers'"
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    data = bytearray(path.read_bytes())
    page = (root - 1) * page_size
    header = 12 if data[page] in (0x02, 0x05) else 8  # interior pages have a longer header
    start = page + header
    data[start : start + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))


def damaged_database(path: Path, revision: str = "head") -> str:
    """Write a database at `revision` and damage it; the sha256 of its bytes."""
    write_database(path, revision)
    damage(path)
    return fingerprint(path)


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files_hold_nothing(path: Path) -> bool:
    """Whether the write-ahead log beside `path` is absent or empty (no page was written)."""
    wal = path.with_name(path.name + "-wal")
    return not wal.exists() or wal.stat().st_size == 0
