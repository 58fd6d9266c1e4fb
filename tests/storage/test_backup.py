"""The copy taken before an upgrade: a readable SQLite database with the same rows."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from app.storage.database import Database, open_database
from app.storage.migrate import backup_sqlite
from app.storage.models import CustomerRow
from app.storage.schema import HEAD

WHEN = datetime(2026, 11, 24, 9, 30, 15, tzinfo=UTC)


def rows(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id, name, email FROM customers ORDER BY id").fetchall()
    finally:
        conn.close()


def add(db: Database, *names: str) -> None:
    with db.transaction() as orm:
        for name in names:
            orm.add(CustomerRow(name=name, email=f"{name.lower()}@example.com", created_at=WHEN))


def test_backup_is_a_readable_copy_with_the_same_rows(tmp_path: Path) -> None:
    path = tmp_path / "assistdesk.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    try:
        add(db, "Ana", "Bruno", "Carla")
        # the engine still holds its connection, so the rows may sit in the WAL file only
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM customers")).scalar() == 3
        target = backup_sqlite(path, HEAD, now=WHEN)
        assert (
            target == tmp_path / f"assistdesk.before-upgrade-from-{HEAD}-20261124T093015Z.sqlite3"
        )
        assert (
            rows(target)
            == rows(path)
            == [
                (1, "Ana", "ana@example.com"),
                (2, "Bruno", "bruno@example.com"),
                (3, "Carla", "carla@example.com"),
            ]
        )
        add(db, "Duarte")  # the copy is independent of the original afterwards
        assert len(rows(path)) == 4
        assert len(rows(target)) == 3
    finally:
        db.dispose()
    copy, report = open_database(f"sqlite:///{target}")
    copy.dispose()
    assert not report.changed  # the copy is a complete AssistDesk database


def test_a_backup_of_a_database_without_a_revision_says_so(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    sqlite3.connect(path).close()
    assert (
        backup_sqlite(path, None, now=WHEN).name
        == "x.before-upgrade-from-none-20261124T093015Z.sqlite3"
    )
