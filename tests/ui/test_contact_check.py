"""A customer with neither a phone nor an email is asked for them when the technician starts
their session: the details are saved and the session starts, or the technician starts without,
or cancels and nothing starts. A customer reachable one way starts at once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.parties import Customer, Equipment
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.ui.customers.contact_check import ContactDialog
from app.ui.shell.desk import Desk
from tests.ui.helpers import click, pick_customer, type_text


@pytest.fixture
def carla(customers: CustomerService) -> CustomerRecord:
    """Added in a hurry: a name, a policy and a computer, no way to call her back."""
    record = customers.add_customer(Customer("Carla Mendes", address="Rua 1", policy_id="iponto"))
    customers.add_equipment(record.id, Equipment("Laptop", RemoteTool.RUSTDESK, "987654321"))
    return record


def ask(qtbot: QtBot, desk: Desk) -> ContactDialog:
    pick_customer(qtbot, desk, "carla", "Carla Mendes")
    click(desk.window.panel.start)
    dialog = desk.picker.contact_check.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_missing_details_are_asked_for_saved_and_then_the_session_starts(
    qtbot: QtBot, desk: Desk, customers: CustomerService, sessions: SessionService,
    carla: CustomerRecord,
) -> None:  # fmt: skip
    dialog = ask(qtbot, desk)
    assert sessions.list() == []  # nothing starts while the customer is asked
    assert [w.isVisible() for w in (dialog.phone, dialog.email)] == [True, True]
    assert [w.isVisible() for w in (dialog.name, dialog.address, dialog.policy)] == [False] * 3
    assert dialog.focusWidget() is dialog.phone  # typed into as soon as the dialog is active
    assert not dialog.ok_button.isEnabled()  # nothing typed: save is not the way on
    type_text(dialog.phone, "+351 912 000 111")
    click(dialog.ok_button)

    stored = customers.get(carla.id).customer
    assert (stored.phone, stored.email, stored.address, stored.policy_id) == (
        "+351 912 000 111", "", "Rua 1", "iponto",
    )  # fmt: skip
    (session,) = sessions.list()
    assert (session.customer_id, session.equipment_label) == (carla.id, "Laptop")
    assert desk.panel.current() is not None
    assert desk.window.picker.contact.text() == "+351 912 000 111"
    assert desk.picker.contact_check.dialog is None


def test_the_technician_may_start_without_and_is_asked_again_next_time(
    qtbot: QtBot, desk: Desk, customers: CustomerService, sessions: SessionService,
    carla: CustomerRecord,
) -> None:  # fmt: skip
    dialog = ask(qtbot, desk)
    dialog.reject()  # Cancel: no session
    assert sessions.list() == []
    assert desk.panel.current() is None

    click(desk.window.panel.start)
    again = desk.picker.contact_check.dialog
    assert again is not None
    click(again.without)
    assert [s.customer_id for s in sessions.list()] == [carla.id]
    assert customers.get(carla.id) == carla  # nothing was written to the customer
    assert desk.window.picker.contact.text() == "No phone or email yet"

    # the next session for Carla asks again: her record still has no way to reach her
    assert desk.picker.contact_check.holds(carla, lambda: None)
    assert desk.picker.contact_check.dialog is not None
    desk.picker.contact_check.dialog.reject()


def test_a_bad_email_is_one_sentence_and_nothing_starts(
    qtbot: QtBot, desk: Desk, customers: CustomerService, sessions: SessionService,
    carla: CustomerRecord, error_dialogs: list[str],
) -> None:  # fmt: skip
    dialog = ask(qtbot, desk)
    type_text(dialog.email, "carla at mendes")
    click(dialog.ok_button)
    assert error_dialogs == ["'carla at mendes' is not an email address such as ana@example.com."]
    error_dialogs.clear()
    assert dialog.isVisible()
    assert sessions.list() == []
    assert customers.get(carla.id) == carla

    dialog.email.setText("carla@mendes.pt")
    click(dialog.ok_button)
    assert customers.get(carla.id).customer.email == "carla@mendes.pt"
    assert len(sessions.list()) == 1


def test_a_customer_reachable_one_way_starts_at_once(
    qtbot: QtBot, desk: Desk, customers: CustomerService, sessions: SessionService
) -> None:
    customers.add_customer(Customer("Bert Peeters", email="bert@example.be"))
    pick_customer(qtbot, desk, "bert", "Bert Peeters")
    click(desk.window.panel.start)
    assert desk.picker.contact_check.dialog is None
    assert len(sessions.list()) == 1
