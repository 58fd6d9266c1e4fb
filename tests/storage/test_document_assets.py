"""Document assets (the company's logo, kept once for every document that prints it), SQLite and
PostgreSQL: two workstations issuing with a logo nobody used before, at the same moment, both
succeed and the logo is kept once."""

from __future__ import annotations

import hashlib
import threading

from sqlalchemy import func, select

from app.storage.database import Database
from app.storage.document_models import DocumentAssetRow, keep_asset

LOGO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def test_two_workstations_keeping_the_same_new_logo_at_once_both_succeed(db: Database) -> None:
    outcome: list[object] = []

    def second_workstation() -> None:
        try:
            with db.transaction() as orm:
                outcome.append(keep_asset(orm, LOGO))
        except Exception as error:  # reported by the assertion below
            outcome.append(error)

    with db.transaction() as orm:
        first = keep_asset(orm, LOGO)  # kept, not committed yet
        other = threading.Thread(target=second_workstation)
        other.start()
        other.join(timeout=0.5)
        assert other.is_alive()  # it waits for this transaction
    other.join(timeout=30)
    assert outcome == [first] == [hashlib.sha256(LOGO).hexdigest()]
    with db.reading() as orm:
        assert orm.scalar(select(func.count()).select_from(DocumentAssetRow)) == 1
        assert orm.get_one(DocumentAssetRow, first).data == LOGO
