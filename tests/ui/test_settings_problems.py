"""A settings file that breaks a rule (an older version allowed a multi-line address): the desk
opens on the file's values, says without a blocking dialog which fields need attention, the
settings dialog shows each problem next to its field, and saving the fix keeps everything else.
A value with a problem is refused where it is used, naming the field to correct."""

from __future__ import annotations

import tomllib
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.errors import SettingProblemError
from app.core.parties import Customer
from app.core.session import Outcome
from app.mail.mail_setup import MailSetup
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.services.sessions import SessionService
from app.settings import SETTINGS_FILE
from app.storage.database import Database
from app.ui.error_dialog import error_text
from app.ui.office.office_services import open_office
from app.ui.office.settings_dialog import SettingsDialog
from app.ui.shell.desk import Desk
from tests.ui.conftest import LOCALE, preset, shown
from tests.ui.helpers import click

OLDER_FILE = """\
[company]
name = "Page Computers"
iban = "BE68 5390 0754 7034"
address = "Rua do Ouro 1\\n1100-060 Lisboa"

[mail]
server = "smtp.example.com"
user = "office"
sender = "office@page-computers.pt"
"""


def write(app_paths: AppPaths, text: str) -> None:
    app_paths.config_dir.mkdir(parents=True, exist_ok=True)
    (app_paths.config_dir / SETTINGS_FILE).write_text(text, encoding="utf-8")


def saved(app_paths: AppPaths) -> dict[str, object]:
    return tomllib.loads((app_paths.config_dir / SETTINGS_FILE).read_text(encoding="utf-8"))


@pytest.fixture
def open_desk(
    qtbot: QtBot,
    database: Database,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    app_paths: AppPaths,
) -> Desk:
    write(app_paths, OLDER_FILE)
    office = open_office(database, clock, app_paths)
    return shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, office=office))


def problem_label(dialog: SettingsDialog, key: str) -> QLabel:
    return dialog.problems[key]


def test_the_desk_says_which_fields_need_attention_without_a_blocking_dialog(
    open_desk: Desk, error_dialogs: list[str]
) -> None:
    notice = open_desk.window.settings_notice
    assert notice.isVisible()
    assert notice.text() == "Settings need attention: Company address. Open Office → Settings…"
    assert "Company address holds a control character (U+000A)" in notice.toolTip()
    assert error_dialogs == []
    click(notice)  # the notice opens the dialog that fixes it
    assert open_desk.menus.windows["settings"].isVisible()


def test_the_dialog_shows_the_file_marks_the_problem_and_saves_only_the_fix(
    qtbot: QtBot, open_desk: Desk, app_paths: AppPaths, error_dialogs: list[str]
) -> None:
    open_desk.menus.open_settings()
    dialog = open_desk.menus.windows["settings"]
    assert isinstance(dialog, SettingsDialog)
    assert error_dialogs == []  # no "Saving writes a corrected file" over the dialog
    fields = dialog.fields
    assert isinstance(fields["company.name"], QLineEdit)
    assert fields["company.name"].text() == "Page Computers"
    assert fields["company.iban"].text() == "BE68 5390 0754 7034"  # type: ignore[union-attr]
    assert fields["mail.server"].text() == "smtp.example.com"  # type: ignore[union-attr]
    address = fields["company.address"]
    assert isinstance(address, QLineEdit)
    assert address.text() == "Rua do Ouro 1\n1100-060 Lisboa"  # as written, to be corrected
    marked = {key for key, label in dialog.problems.items() if label.isVisibleTo(dialog)}
    assert marked == {"company.address"}
    assert problem_label(dialog, "company.address").text() == (
        "Company address holds a control character (U+000A); type plain text."
    )
    address.setText("Rua do Ouro 1, 1100-060 Lisboa")
    click(dialog.save_button)
    assert not dialog.isVisible()
    assert saved(app_paths) == {
        "company": {"name": "Page Computers", "iban": "BE68 5390 0754 7034",
                    "address": "Rua do Ouro 1, 1100-060 Lisboa"},
        "mail": {"server": "smtp.example.com", "user": "office",
                 "sender": "office@page-computers.pt"},
    }  # fmt: skip
    assert not open_desk.window.settings_notice.isVisible()  # nothing needs attention now


def test_saving_another_change_keeps_the_problem_value_as_written(
    qtbot: QtBot, open_desk: Desk, app_paths: AppPaths
) -> None:
    open_desk.menus.open_settings()
    dialog = open_desk.menus.windows["settings"]
    assert isinstance(dialog, SettingsDialog)
    port = dialog.fields["mail.port"]
    assert isinstance(port, QSpinBox)
    port.setValue(465)
    click(dialog.save_button)
    assert not dialog.isVisible()
    file = saved(app_paths)
    assert file["company"] == {"name": "Page Computers", "iban": "BE68 5390 0754 7034",
                               "address": "Rua do Ouro 1\n1100-060 Lisboa"}  # fmt: skip
    assert file["mail"] == {"server": "smtp.example.com", "user": "office", "port": 465,
                            "sender": "office@page-computers.pt"}  # fmt: skip
    assert open_desk.window.settings_notice.isVisible()  # the address still needs attention


def test_a_value_with_a_problem_is_refused_where_it_is_used_naming_the_field(
    database: Database, clock: ManualClock, customers: CustomerService, app_paths: AppPaths
) -> None:
    fixed = OLDER_FILE.replace("1\\n1100", "1, 1100")  # only the number format is wrong
    write(app_paths, fixed + '[documents]\nnumber_format = "{year}/{seq}"\n')
    office = open_office(database, clock, app_paths)
    bert = customers.add_customer(Customer("Bert", policy_id="page-computers"))
    from app.services.charging import SessionCharger

    past = clock.now() - timedelta(days=1)
    sessions = SessionService(database, clock, charger=SessionCharger(preset))
    sessions.record_past(bert.id, past, past + timedelta(minutes=12), Outcome.RESOLVED)
    with pytest.raises(SettingProblemError) as caught:
        office.invoices.create(bert.id)
    assert error_text(caught.value) == (
        "Number format: The number format '{year}/{seq}' must contain {series} once, so that "
        "numbers are unique across series and years; correct it in Office → Settings."
    )


def test_mail_keeps_its_server_and_names_the_setting_that_stops_it(
    database: Database, clock: ManualClock, app_paths: AppPaths
) -> None:
    write(app_paths, OLDER_FILE.replace('user = "office"', 'user = "office"\nport = 99999'))
    office = open_office(database, clock, app_paths)
    assert office.mail_worker is not None  # not silently gone with a default of no server
    with pytest.raises(SettingProblemError, match=r"mail\.port must be from 1 to 65535"):
        MailSetup.from_settings(office.settings)
