"""Alembic upgrades, run in-process. Imported only when a database actually needs upgrading."""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.private_files import FILE_MODE

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_revisions() -> list[str]:
    """Revision ids of the migration scripts, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade_to_head(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def backup_sqlite(path: Path, revision: str | None, now: datetime) -> Path:
    """Copy a SQLite database aside with SQLite's online backup (safe with WAL) and return where;
    the copy's name carries `now` (the caller's Clock) in UTC. The copy is a new file, readable by
    its owner only, made under a name nothing held before: a link or a file planted under the
    name it would take is neither followed nor overwritten."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    stem = f"{path.stem}.before-upgrade-from-{revision or 'none'}-{stamp}"
    target = _new_private_file(path.parent, stem)
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            copy.execute("PRAGMA journal_mode=OFF")  # no journal beside it, under a known name
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def _new_private_file(folder: Path, stem: str) -> Path:
    """`folder/stem.sqlite3`, or `stem-2.sqlite3`… when that name is taken: created empty, mode
    0600, never through a link (O_EXCL with O_NOFOLLOW)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for attempt in range(1, 101):
        target = folder / (f"{stem}.sqlite3" if attempt == 1 else f"{stem}-{attempt}.sqlite3")
        try:
            os.close(os.open(target, flags, FILE_MODE))
        except FileExistsError:
            continue
        return target
    raise FileExistsError(errno.EEXIST, "no free name for the copy before the upgrade", str(folder))
