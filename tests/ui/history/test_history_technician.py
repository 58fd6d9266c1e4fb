"""Who ran each session, as the desk records it and the history shows it: the desk's sessions are
recorded with the technician.name setting as it is when each one opens; the history lists the
names to filter by and tells the technician in the session's details."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.records import CustomerRecord
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.services.session_history import SessionHistory
from app.services.sessions import SessionService
from app.settings import Settings
from app.storage.database import Database
from app.ui.history.history_window import HistoryWindow
from app.ui.history.session_log_model import COL_CUSTOMER
from app.ui.shell.opening import open_desk
from tests.ui.conftest import LOCALE, WORKSTATION
from tests.ui.history.settle import settled


def test_the_desk_records_the_technician_set_when_each_session_opens(
    tmp_path: Path, sqlite_url: str, clock: ManualClock
) -> None:
    paths = AppPaths.under(tmp_path)
    Settings().with_value("technician.name", "Jan Peeters").save(paths.config_dir)
    opened = open_desk(sqlite_url, clock, paths)
    try:
        ana = opened.customers.add_customer(Customer("Ana Silva", phone="+351 91"))
        first = opened.sessions.open(ana.id)
        Settings().with_value("technician.name", "Maria Sousa").save(paths.config_dir)
        second = opened.sessions.open(ana.id)
        assert [first.record.technician, second.record.technician] == [
            "Jan Peeters",
            "Maria Sousa",
        ]
    finally:
        opened.db.dispose()


def test_the_history_filters_by_technician_and_tells_who_ran_a_session(
    qtbot: QtBot,
    database: Database,
    clock: ManualClock,
    customers: CustomerService,
    ana: CustomerRecord,
) -> None:
    name = ["Jan Peeters"]
    sessions = SessionService(database, clock, workstation=WORKSTATION, technician=lambda: name[0])
    bruno = customers.add_customer(Customer("Bruno Costa", phone="+351 91"))
    accepted = clock.now() - timedelta(days=1)
    for customer, technician in ((ana, "Jan Peeters"), (bruno, "Maria Sousa"), (bruno, "")):
        name[0] = technician
        sessions.record_past(customer.id, accepted, accepted + timedelta(minutes=10))
        accepted += timedelta(hours=1)

    history = HistoryWindow(
        sessions, customers, SessionHistory(database), clock, LOCALE, zone=ZoneInfo("UTC")
    )
    qtbot.addWidget(history.view)
    view = settled(qtbot, history).view
    choices = [view.technician.itemText(i) for i in range(view.technician.count())]
    assert choices == ["Any technician", "Jan Peeters", "Maria Sousa"]
    assert view.count.text().split(" · ")[0] == "3 sessions"

    view.technician.setCurrentIndex(view.technician.findData("Maria Sousa"))
    settled(qtbot, history)
    assert history.model.rowCount() == 1
    assert history.model.index(0, COL_CUSTOMER).data() == "Bruno Costa"
    assert view.count.text().split(" · ")[0] == "1 session"
    view.table.selectRow(0)
    assert "Technician\nMaria Sousa" in view.details.toPlainText()

    view.technician.setCurrentIndex(0)
    settled(qtbot, history)
    assert view.count.text().split(" · ")[0] == "3 sessions"
    view.table.selectRow(0)  # the newest: nobody was named
    assert "Technician\n—" in view.details.toPlainText()
