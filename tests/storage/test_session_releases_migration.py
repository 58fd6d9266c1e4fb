"""Migration 0008: invoice lines get a billing round (1 for every session line issued before; none
for lines without a session), a session is kept off a second invoice in the same round by the
database, releases name a round that was billed, and neither lines nor releases can be changed
or deleted. Both backends."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.core.clock import ManualClock
from app.storage.database import open_database
from app.storage.document_models import INVOICED_ONCE
from app.storage.faults import breaks_unique
from tests.storage.test_migrations import create_at

AT = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
LINE = (
    "INSERT INTO document_lines (id, document_id, seq, description, detail, quantity, "
    "unit_price, net, vat_percent, session_id{extra}) VALUES ({values})"
)


def document(conn: Connection, id_: int, kind: str, number: str, corrects: int | None) -> None:
    conn.execute(
        text("INSERT INTO documents (id, kind, series, year, seq, number, customer_id, issued_at, "
             "currency, net, vat_total, total, corrects_id, content, pdf_sha256) VALUES "
             "(:id, :kind, 'FT', 2026, :id, :number, 1, :at, 'EUR', '12.40', '2.60', '15.00', "
             ":corrects, '{}', '')"),
        {"id": id_, "kind": kind, "number": number, "at": AT, "corrects": corrects},
    )  # fmt: skip


def line(
    conn: Connection, id_: int, document_id: int, seq: int, session: int | None, **more: object
) -> None:
    names = "".join(f", {name}" for name in more)
    values = f"{id_}, {document_id}, {seq}, 'x', '', '1', '12.40', '12.40', '21', "
    values += "NULL" if session is None else str(session)
    values += "".join(f", {'NULL' if v is None else v}" for v in more.values())
    conn.execute(text(LINE.format(extra=names, values=values)))


def test_lines_from_before_0008_are_round_one_and_rounds_are_kept_by_the_database(
    db_url: str, clock: ManualClock
) -> None:
    engine = create_at(db_url, "0007")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO customers (id, name, email, phone, address, vat_id, policy_id, "
                 "created_at) VALUES (1, 'Ana Silva', '', '', '', '', '', :at)"),
            {"at": AT},
        )  # fmt: skip
        for session in (7, 8):
            conn.execute(
                text("INSERT INTO sessions (id, customer_id, policy_id, remote_id, workstation, "
                     "state, created_at, paused_seconds, notes) "
                     "VALUES (:id, 1, '', '', 'desk', 'ended', :at, 0, '')"),
                {"id": session, "at": AT},
            )  # fmt: skip
        document(conn, 1, "invoice", "FT 2026/0001", None)
        line(conn, 1, 1, 1, 7)
        line(conn, 2, 1, 2, None)  # a line the office typed
        document(conn, 2, "credit_note", "NC 2026/0001", 1)  # credited by an earlier version
        line(conn, 3, 2, 1, None)
    engine.dispose()

    db, report = open_database(db_url, clock=clock)
    try:
        assert report.from_revision == "0007"
        with db.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT id, session_id, billing_round, credited_line_id "
                     "FROM document_lines ORDER BY id")
            ).all()  # fmt: skip
            assert [tuple(r) for r in rows] == [(1, 7, 1, None), (2, None, None, None),
                                                (3, None, None, None)]  # fmt: skip
            # The legacy credit note released nothing: session 7 stays on FT 2026/0001.
            assert conn.execute(text("SELECT COUNT(*) FROM session_releases")).scalar() == 0

        def refused(statement: str) -> IntegrityError:
            with pytest.raises(IntegrityError) as caught, db.engine.begin() as conn:
                conn.execute(text(statement))
            return caught.value

        with db.engine.begin() as conn:
            document(conn, 3, "invoice", "FT 2026/0002", None)
        # A second line of session 7 in round 1, a session line without a round, a round
        # without a session: refused by the database whatever a program sends.
        twice = refused(
            LINE.format(
                extra=", billing_round", values="4, 3, 1, 'x', '', '1', '1', '1', '21', 7, 1"
            )
        )
        # What InvoiceDesk reads as "invoiced on another workstation", on either backend.
        assert breaks_unique(twice, INVOICED_ONCE, "document_lines", "session_id", "billing_round")
        no_round = refused(LINE.format(extra="", values="4, 3, 1, 'x', '', '1', '1', '1', '21', 8"))
        assert not breaks_unique(
            no_round, INVOICED_ONCE, "document_lines", "session_id", "billing_round"
        )
        refused(
            LINE.format(
                extra=", billing_round", values="4, 3, 1, 'x', '', '1', '1', '1', '21', NULL, 1"
            )
        )
        # A release names a round that was billed.
        refused("INSERT INTO session_releases (session_id, billing_round, credit_note_id, "
                "released_at) VALUES (7, 2, 2, '2026-11-21 10:00:00')")  # fmt: skip
        with db.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO session_releases (session_id, billing_round, credit_note_id, "
                     "released_at) VALUES (7, 1, 2, :at)"),
                {"at": AT},
            )  # fmt: skip
            line(conn, 4, 3, 1, 7, billing_round=2)
        refused("INSERT INTO session_releases (session_id, billing_round, credit_note_id, "
                "released_at) VALUES (7, 1, 2, '2026-11-21 10:00:00')")  # fmt: skip
        # A credit note's line credits an invoice line, and carries no session itself.
        refused(LINE.format(extra=", billing_round, credited_line_id",
                            values="5, 2, 2, 'x', '', '1', '1', '1', '21', 8, 1, 1"))  # fmt: skip
        for statement, words in (
            ("UPDATE document_lines SET billing_round = 3 WHERE id = 4", "cannot be changed"),
            ("DELETE FROM document_lines WHERE id = 4", "cannot be changed"),
            ("UPDATE session_releases SET billing_round = 2", "releases cannot be changed"),
            ("DELETE FROM session_releases", "releases cannot be changed"),
        ):
            with pytest.raises(DBAPIError, match=words), db.engine.begin() as conn:
                conn.execute(text(statement))
    finally:
        db.dispose()
