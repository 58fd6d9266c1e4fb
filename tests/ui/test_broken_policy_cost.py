"""An office's copy of a preset that no longer reads is never priced as the preset: where the
technician reads the price — under the timer and in the end dialog — the desk shows the file's
problem instead, with no dialog in the middle of the call, and the price once the file is fixed."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.session import Outcome
from app.paths import AppPaths
from app.resources import resource
from app.services.charging import SessionCharger
from app.services.customers import CustomerService
from app.services.policies import PolicyCatalogue
from app.services.sessions import SessionService
from app.storage.database import Database
from app.ui.shell.desk import Desk
from tests.ui.conftest import LOCALE, WORKSTATION, shown
from tests.ui.helpers import click, end_session, pick_customer, run_until, start_and_accept
from tests.ui.test_live_cost import lines


def test_a_broken_office_copy_shows_its_problem_where_the_price_would_be(
    qtbot: QtBot,
    customers: CustomerService,
    database: Database,
    clock: ManualClock,
    catalogue: PolicyCatalogue,
    app_paths: AppPaths,
) -> None:
    sessions = SessionService(
        database, clock, workstation=WORKSTATION, charger=SessionCharger(catalogue.resolve)
    )
    desk = shown(qtbot, Desk(customers, sessions, clock, catalogue=catalogue, locale=LOCALE))
    preset = resource("policies", "page-computers.toml").read_text(encoding="utf-8")
    copy: Path = app_paths.config_dir / "policies" / "page-computers.toml"
    copy.parent.mkdir(parents=True)
    copy.write_text(preset.replace('block_price = "5.00"', 'block_price = "NaN"'), "utf-8")
    customers.add_customer(
        Customer("Bert Peeters", phone="+32 470 12 34 56", policy_id="page-computers")
    )
    problem = f"{copy}: tariff.block_price: 'NaN' is not an amount such as 10.00."

    pick_customer(qtbot, desk, "bert", "Bert Peeters")
    start_and_accept(qtbot, desk)
    run_until(qtbot, desk, clock, "00:12:00")
    assert lines(desk) == (problem, "", "")  # not the preset's €15.00
    click(desk.window.panel.end)
    dialog = desk.panel.end_dialog
    assert dialog is not None
    dialog.outcome_buttons[Outcome.RESOLVED].click()
    assert dialog.price.text() == problem
    dialog.reject()
    qtbot.waitUntil(lambda: desk.panel.end_dialog is None)

    copy.write_text(preset, "utf-8")  # fixed: the next change on the panel reads it again
    click(desk.window.panel.pause)
    click(desk.window.panel.pause)
    assert lines(desk)[0] == "€15.00 — next block at 00:15:00"
    end_session(qtbot, desk, Outcome.RESOLVED)
    assert lines(desk)[0] == "€15.00 charged"
