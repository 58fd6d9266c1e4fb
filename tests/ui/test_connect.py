"""Connect from the desk: a fake AnyDesk on PATH takes the ID on its argv and the one-time
password on stdin, writes its trace, and the desk offers the accepted instant it reports; an end
it reports while the timer runs opens the end dialog; a tool that cannot be launched gives way to
the policy's next one; Iperius Remote's ID goes to the clipboard."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer, Equipment
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome, SessionState
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.services.reconciliation import ReconciliationService
from app.services.sessions import SessionService
from app.settings import Settings
from app.storage.database import Database
from app.tools.adapter import LaunchRequest
from app.tools.anydesk import AnyDeskAdapter
from app.tools.catalogue import adapters
from app.tools.host import Host, HostOS
from app.tools.launch_plan import LaunchPlan
from app.tools.secret_store import Removal
from app.tools.session_watcher import SessionWatcher
from app.tools.zoho_assist import ZohoSettings
from app.ui.office.office_services import open_office
from app.ui.office.settings_dialog import SettingsDialog
from app.ui.session.connect_controller import PanelTools
from app.ui.shell.desk import Desk
from tests.tools.conftest import FakeTool, fake_anydesk, fake_tools  # noqa: F401 (fixture)
from tests.ui.conftest import LOCALE, shown
from tests.ui.helpers import click, complete_checklist, end_session, pick_customer, type_text

SECRET = "k7#Qx-91"


def trace(time: str, message: str) -> str:
    return f"info 2026-11-24 {time}  front 4668 6440  app.session - {message}"


def test_connect_launches_anydesk_and_offers_the_accepted_instant(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = fake_anydesk(
        tmp_path,
        fake_tools,
        (trace("14:03:10.000", "Connecting to {ID}"),
         trace("14:03:12.000", "Connection established")),
    )  # fmt: skip
    anydesk, host = fake.tool, fake.host
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    desk = shown(
        qtbot,
        Desk(customers, sessions, clock, locale=LOCALE, zone=UTC, tools=PanelTools(host=host)),
    )
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(desk.window.panel.start)
    connect = desk.panel.connect_view
    assert connect.tool.currentText() == "AnyDesk"
    assert connect.remote_id.text() == "123 456 789"
    type_text(connect.password, SECRET)
    clock.set(datetime(2026, 11, 24, 14, 5, tzinfo=UTC))
    click(connect.connect_button)
    assert connect.password.text() == ""  # held in memory, not in the field

    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked == [
        "AnyDesk reports the connection was accepted at 14:03:12 — start the timer from then?"
    ]
    current = desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.ACTIVE
    assert current.timeline.accepted_at == datetime(2026, 11, 24, 14, 3, 12, tzinfo=UTC)
    calls = anydesk.wait_for_calls(2)
    assert calls[-1] == {"argv": ["123456789", "--with-password"], "stdin": f"{SECRET}\n"}
    assert all(SECRET not in arg for call in calls for arg in call["argv"])

    password = desk.panel.connector.password
    assert password is not None
    end_session(qtbot, desk, Outcome.RESOLVED)
    assert password.wiped
    assert desk.panel.connector.watcher is None


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton
) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def anydesk_desk(
    qtbot: QtBot, tmp_path: Path, make_tool: Callable[..., FakeTool], lines: tuple[str, ...],
    customers: CustomerService, sessions: SessionService, clock: ManualClock,
) -> Desk:  # fmt: skip
    """A desk whose session for Ana is launched with a fake AnyDesk writing `lines`."""
    host = fake_anydesk(tmp_path, make_tool, lines).host
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    desk = shown(
        qtbot,
        Desk(customers, sessions, clock, locale=LOCALE, zone=UTC, tools=PanelTools(host=host)),
    )
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(desk.window.panel.start)
    clock.set(datetime(2026, 11, 24, 14, 5, tzinfo=UTC))
    click(desk.panel.connect_view.connect_button)
    return desk


SESSION_LINES = (
    trace("14:03:10.000", "Connecting to {ID}"),
    trace("14:03:12.000", "Connection established"),
    trace("14:04:30.000", "Session closed"),
)


def test_an_end_reported_while_the_timer_runs_opens_the_end_dialog(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    desk = anydesk_desk(qtbot, tmp_path, fake_tools, SESSION_LINES, customers, sessions, clock)
    qtbot.waitUntil(lambda: desk.panel.end_dialog is not None, timeout=10_000)
    current = desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.ACTIVE  # asked, not ended behind the back
    status = desk.panel.connect_view.status.text()
    assert status == "AnyDesk reports the connection ended at 14:04:30."
    end_session(qtbot, desk, Outcome.RESOLVED)
    assert desk.panel.current() is None


def test_an_end_reported_before_the_timer_started_only_says_so(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    desk = anydesk_desk(qtbot, tmp_path, fake_tools, SESSION_LINES, customers, sessions, clock)
    status = desk.panel.connect_view.status
    qtbot.waitUntil(lambda: "ended" in status.text(), timeout=10_000)
    assert len(asked) == 1  # the acceptance was offered and declined
    assert desk.panel.end_dialog is None
    current = desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.CONNECTING


class NoSecrets:
    """A password store holding nothing: Zoho Assist has no API token."""

    def get(self, name: str) -> str | None:
        return None

    def set(self, name: str, value: str) -> None:
        raise AssertionError("nothing is stored")

    def delete(self, name: str) -> Removal:
        raise AssertionError("nothing is stored")


def test_the_next_tool_is_offered_when_the_first_cannot_be_launched(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    customers: CustomerService,
    priced_sessions: SessionService,
    clock: ManualClock,
) -> None:
    """Phonetex: Zoho Assist first, TeamViewer when Zoho Assist cannot be used."""
    harriet = customers.add_customer(
        Customer("Harriet Cole", "harriet@example.com", "+44 7700 900123", policy_id="phonetex")
    )
    customers.add_equipment(harriet.id, Equipment("PC", RemoteTool.ZOHO_ASSIST, ""))
    teamviewer = fake_tools("teamviewer", version_output="TeamViewer 15.51.5")
    (tmp_path / "home").mkdir()
    host = Host(HostOS.LINUX, {"PATH": str(tmp_path / "bin"), "HOME": str(tmp_path / "home")})
    tools = PanelTools(host=host, adapters=adapters(ZohoSettings(), NoSecrets()))
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    desk = shown(qtbot, Desk(customers, priced_sessions, clock, locale=LOCALE, tools=tools))
    pick_customer(qtbot, desk, "harr", "Harriet Cole")
    click(desk.window.panel.start)
    complete_checklist(qtbot, desk)
    connect = desk.panel.connect_view
    tools_offered = [connect.tool.itemText(i) for i in range(connect.tool.count())]
    assert tools_offered == ["Zoho Assist", "TeamViewer"]

    click(connect.connect_button)
    qtbot.waitUntil(lambda: connect.tool.currentText() == "TeamViewer", timeout=10_000)
    assert connect.status.text() == (
        "No Zoho Assist API token is stored; add one in the settings, or give your Zoho Assist "
        "session URL instead. Try TeamViewer next: check the customer's TeamViewer ID and press "
        "Connect."
    )
    assert connect.connect_button.isEnabled()

    connect.remote_id.setText("565 955 529")
    click(connect.connect_button)
    qtbot.waitUntil(lambda: connect.status.text().startswith("TeamViewer started"), timeout=10_000)
    calls = teamviewer.wait_for_calls(2)
    assert calls[0]["argv"] == ["info"]  # the version, asked first
    assert calls[-1]["argv"] == ["-i", "565955529"]


def test_a_program_path_saved_in_the_settings_is_used_at_the_next_launch(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    database: Database,
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    app_paths: AppPaths,
    error_dialogs: list[str],
) -> None:
    """Iperius Remote is not on the PATH; the technician names it in Office ▸ Settings… and
    presses Connect again, without restarting AssistDesk."""
    bert = customers.add_customer(Customer("Bert Peeters", "bert@example.com", "+32 470 12 34 56"))
    customers.add_equipment(bert.id, Equipment("Laptop", RemoteTool.IPERIUS, "987 654 321"))
    iperius = fake_tools("IperiusRemote")
    (tmp_path / "home").mkdir()
    host = Host(HostOS.LINUX, {"PATH": "", "HOME": str(tmp_path / "home")})
    Settings().save(app_paths.config_dir)
    office = open_office(database, clock, app_paths)
    desk = Desk(customers, sessions, clock, locale=LOCALE, office=office,
                tools=PanelTools(host=host))  # fmt: skip
    shown(qtbot, desk)
    pick_customer(qtbot, desk, "bert", "Bert Peeters")
    click(desk.window.panel.start)
    connect = desk.panel.connect_view
    click(connect.connect_button)
    qtbot.waitUntil(lambda: bool(error_dialogs), timeout=10_000)
    assert error_dialogs == [
        "Iperius Remote was not found on this computer; install it or give the path to "
        "IperiusRemote.exe in the settings."
    ]
    error_dialogs.clear()
    assert iperius.calls() == []  # not found: nothing started

    desk.menus.open_settings()
    dialog = desk.menus.windows["settings"]
    assert isinstance(dialog, SettingsDialog)
    field = dialog.fields["tools.iperius.path"]
    assert isinstance(field, QLineEdit)
    field.setText(str(iperius.path))
    click(dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    click(connect.connect_button)

    qtbot.waitUntil(lambda: "clipboard" in connect.status.text(), timeout=10_000)
    assert iperius.wait_for_calls(1)[-1]["argv"] == []


def test_iperius_remote_is_started_and_the_id_put_on_the_clipboard(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
) -> None:
    """Iperius Remote has no documented command line: it is started without arguments."""
    bert = customers.add_customer(Customer("Bert Peeters", "bert@example.com", "+32 470 12 34 56"))
    customers.add_equipment(bert.id, Equipment("Laptop", RemoteTool.IPERIUS, "987 654 321"))
    iperius = fake_tools("IperiusRemote")
    (tmp_path / "home").mkdir()
    host = Host(HostOS.LINUX, {"PATH": "", "HOME": str(tmp_path / "home")})
    tools = PanelTools(host=host, program_paths={RemoteTool.IPERIUS: str(iperius.path)})
    QGuiApplication.clipboard().clear()
    desk = shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, tools=tools))
    pick_customer(qtbot, desk, "bert", "Bert Peeters")
    click(desk.window.panel.start)
    connect = desk.panel.connect_view
    assert connect.tool.currentText() == "Iperius Remote"
    click(connect.connect_button)

    qtbot.waitUntil(lambda: "clipboard" in connect.status.text(), timeout=10_000)
    assert QGuiApplication.clipboard().text() == "987654321"
    assert connect.status.text().startswith(
        "Iperius Remote started for 987654321. The ID 987654321 is on the clipboard."
    )
    assert "press Connection accepted" in connect.status.text()
    assert iperius.wait_for_calls(1)[-1]["argv"] == []
    assert desk.window.panel.accepted.isEnabled()  # the technician confirms by hand


def quiet_anydesk_desk(
    qtbot: QtBot, tmp_path: Path, make_tool: Callable[..., FakeTool], auto_start: bool,
    customers: CustomerService, sessions: SessionService, clock: ManualClock,
) -> tuple[Desk, Path]:  # fmt: skip
    """A desk whose session for Ana was launched with a fake AnyDesk that writes nothing yet:
    the test writes its trace (the desk follows the trace from the launch)."""
    fake = fake_anydesk(tmp_path, make_tool)  # the test appends the trace's lines itself
    host, log = fake.host, fake.trace
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    tools = PanelTools(host=host, auto_start=auto_start)
    desk = shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, zone=UTC, tools=tools))
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(desk.window.panel.start)
    click(desk.panel.connect_view.connect_button)
    qtbot.waitUntil(lambda: desk.panel.connector.watcher is not None, timeout=10_000)
    return desk, log


@pytest.mark.parametrize("auto_start", [True, False], ids=["automatic", "asked"])
def test_an_acceptance_reported_after_the_technician_pressed_accepted_starts_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    auto_start: bool,
) -> None:
    """The technician presses Ctrl+Return; AnyDesk's line arrives a moment later: no question,
    no second start (no "cannot be marked accepted" dialog), no undo; the line is kept."""
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    desk, log = quiet_anydesk_desk(
        qtbot, tmp_path, fake_tools, auto_start, customers, sessions, clock
    )
    clock.set(datetime(2026, 11, 24, 14, 3, 13, tzinfo=UTC))
    desk.window.accepted_action.trigger()  # Ctrl+Return
    pressed = desk.panel.current()
    assert pressed is not None
    assert pressed.record.state is SessionState.ACTIVE

    with log.open("a", encoding="utf-8") as out:
        out.write(trace("14:03:10.000", "Connecting to 123456789") + "\n")
        out.write(trace("14:03:12.000", "Connection established") + "\n")
    status = desk.panel.connect_view.status
    qtbot.waitUntil(lambda: "accepted at 14:03:12" in status.text(), timeout=10_000)

    assert asked == []
    assert not desk.panel.auto.offered
    current = desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.ACTIVE
    assert current.timeline.accepted_at == datetime(2026, 11, 24, 14, 3, 13, tzinfo=UTC)
    kept = ReconciliationService(database, clock).evidence(current.id)
    assert [(e.kind, e.started_at) for e in kept] == [
        ("detected", datetime(2026, 11, 24, 14, 3, 12, tzinfo=UTC))
    ]


class SlowAnyDesk(AnyDeskAdapter):
    """AnyDesk whose launch takes until the test releases it (a slow disk, a slow version check)."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def prepare(self, request: LaunchRequest, host: Host) -> LaunchPlan:
        assert self.release.wait(10), "the test never released the launch"
        return super().prepare(request, host)


def test_a_launch_finishing_after_the_session_ended_starts_no_watcher(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    """Connect is pressed, the session is ended before AnyDesk starts: when the launch finishes
    nothing keeps following AnyDesk's files for a session that is over, and Connect stays off."""
    host = fake_anydesk(tmp_path, fake_tools).host
    slow = SlowAnyDesk()
    request.addfinalizer(slow.release.set)  # never leave the pool thread waiting
    tools = PanelTools(host=host, adapters={RemoteTool.ANYDESK: slow})
    started: list[SessionWatcher] = []
    real_start = SessionWatcher.start

    def start(watcher: SessionWatcher) -> SessionWatcher:
        started.append(watcher)
        return real_start(watcher)

    monkeypatch.setattr(SessionWatcher, "start", start)
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    desk = shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, zone=UTC, tools=tools))
    pick_customer(qtbot, desk, "ana", "Ana Silva")
    click(desk.window.panel.start)
    connector, connect = desk.panel.connector, desk.panel.connect_view
    click(connect.connect_button)
    launch = connector.task
    assert launch is not None
    clock.set(datetime(2026, 11, 24, 14, 2, tzinfo=UTC))
    end_session(qtbot, desk, Outcome.CANCELLED)
    assert desk.panel.current() is None
    assert connector.task is None  # abandoned with its session

    with qtbot.waitSignal(launch.done, timeout=10_000):
        slow.release.set()

    assert started == []
    assert connector.watcher is None
    assert not connect.connect_button.isEnabled()
    assert connect.status.text() == ""  # nothing said about a session that is over


def test_rustdesks_peer_file_is_asked_about_even_with_automatic_start(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """RustDesk may save peers/<ID>.toml for other reasons: that save alone never starts the
    timer unasked."""
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    home = tmp_path / "home"
    peer = home / ".config" / "rustdesk" / "peers" / "123456789.toml"
    peer.parent.mkdir(parents=True)
    fake_tools("rustdesk", version_output="1.4.1", log=peer, lines=("[info]",))  # saves it
    host = Host(HostOS.LINUX, {"PATH": str(tmp_path / "bin"), "HOME": str(home)})
    rita = customers.add_customer(Customer("Rita Lopes", "rita@example.com", "+351 91 000"))
    customers.add_equipment(rita.id, Equipment("PC", RemoteTool.RUSTDESK, "123 456 789"))
    tools = PanelTools(host=host, auto_start=True)
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    desk = shown(qtbot, Desk(customers, sessions, clock, locale=LOCALE, zone=UTC, tools=tools))
    pick_customer(qtbot, desk, "rita", "Rita Lopes")
    click(desk.window.panel.start)
    assert desk.panel.connect_view.tool.currentText() == "RustDesk"
    click(desk.panel.connect_view.connect_button)

    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked[0].startswith("RustDesk reports the connection was accepted at ")
    assert not desk.panel.auto.offered
    current = desk.panel.current()
    assert current is not None
    assert current.record.state is SessionState.CONNECTING  # declined: nothing started


def test_a_session_resumed_after_a_crash_is_watched_again_for_its_end(
    qtbot: QtBot,
    tmp_path: Path,
    fake_tools: Callable[..., FakeTool],  # noqa: F811
    customers: CustomerService,
    sessions: SessionService,
    clock: ManualClock,
    ana: CustomerRecord,
) -> None:
    before_the_crash = trace("13:58:00.000", "Connecting to 123456789") + "\n"
    anydesk = fake_anydesk(tmp_path, fake_tools, (), already=before_the_crash)
    clock.set(datetime(2026, 11, 24, 14, 0, tzinfo=UTC))
    office_pc = customers.equipment_by_label(ana.id, "Office PC")
    opened = sessions.open(ana.id, office_pc.id, RemoteTool.ANYDESK, "123 456 789")
    sessions.accept(opened.id)  # then AssistDesk stopped
    clock.set(datetime(2026, 11, 24, 14, 30, tzinfo=UTC))
    desk = shown(
        qtbot,
        Desk(customers, sessions, clock, locale=LOCALE, zone=UTC,
             tools=PanelTools(host=anydesk.host)),
    )  # fmt: skip
    desk.offer_recovery()
    dialog = desk.recovery.dialog
    assert dialog is not None
    click(dialog.resume_button)
    status = desk.panel.connect_view.status
    qtbot.waitUntil(
        lambda: status.text() == "Watching AnyDesk's files for the end of the connection.",
        timeout=10_000,
    )
    with anydesk.trace.open("a", encoding="utf-8") as file:
        file.write(trace("14:31:05.000", "Session closed") + "\n")
    qtbot.waitUntil(lambda: desk.panel.end_dialog is not None, timeout=10_000)
    assert status.text() == "AnyDesk reports the connection ended at 14:31:05."
    end_session(qtbot, desk, Outcome.RESOLVED)
    assert desk.panel.current() is None
    assert desk.panel.connector.watcher is None  # stopped with the session
