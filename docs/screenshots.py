"""`make screenshots`: docs/images/*.png of the desk (idle, and during a session), the compact
timer, the session history, the outbox, the invoices (with what became of their mail), the
customers window and the setup, drawn from a small made-up office in a temporary folder.

Runs under Xvfb when there is no display and `xvfb-run` exists (the script starts itself again
under it), else on Qt's offscreen platform. Times come from a fixed clock, so the pictures change
only when the windows do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.clock import ManualClock
    from app.services.customers import CustomerService
    from app.ui.shell.desk import Desk

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "images"
NOW = datetime(2026, 11, 24, 16, 30, tzinfo=UTC)
UNDER_XVFB = "ASSISTDESK_SCREENSHOTS_XVFB"
SHOWN_WHERE = "/home/technician/.local/share/AssistDesk/assistdesk.sqlite3"  # not the temp folder


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get(UNDER_XVFB):
        runner = shutil.which("xvfb-run")
        if runner:
            env = {**os.environ, UNDER_XVFB: "1"}
            command = [runner, "-a", "-s", "-screen 0 1400x900x24", sys.executable, __file__]
            if subprocess.call(command, env=env) == 0:
                return 0
            # e.g. Qt's xcb plugin lacks a system library (libxcb-cursor0 and friends)
            print("Under Xvfb the app did not start; drawing offscreen instead.", file=sys.stderr)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as base:
        return take(Path(base))


def take(base: Path) -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.clock import ManualClock
    from app.core.parties import Customer, Equipment
    from app.core.remote_tool import RemoteTool
    from app.core.session import Outcome
    from app.mail.templates import MailKind, RenderedMail
    from app.paths import AppPaths
    from app.services.outbox import MailDraft, Outbox
    from app.storage.database import open_database
    from app.storage.outbox_models import OutboxRow
    from app.ui.shell.opening import LOG_FILTER, PAGE_SIZE, open_desk

    app = QApplication.instance() or QApplication(sys.argv)
    clock = ManualClock(NOW)
    paths = AppPaths.under(base)
    url = paths.database_url()
    db, _ = open_database(url)
    db.dispose()
    opened = open_desk(url, clock, paths)  # priced with the shipped presets, as the app is
    db = opened.db
    customers, sessions = opened.customers, opened.sessions
    people = [
        ("Ana Silva", "ana@example.com", RemoteTool.ANYDESK, "123 456 789", "page-computers"),
        ("Bruno Costa", "bruno@example.com", RemoteTool.TEAMVIEWER, "1 234 567 890", "phonetex"),
        ("Carla Mendes", "carla@example.com", RemoteTool.IPERIUS, "402 118 77", "page-computers"),
    ]
    ids = []
    for name, email, tool, remote_id, policy in people:
        record = customers.add_customer(Customer(name, email, policy_id=policy))
        customers.add_equipment(record.id, Equipment("Office PC", tool, remote_id))
        ids.append((record.id, tool, remote_id))
    outcomes = [Outcome.RESOLVED, Outcome.RESOLVED, Outcome.UNRESOLVED, Outcome.CANCELLED]
    for i in range(12):
        customer_id, tool, remote_id = ids[i % 3]
        accepted = NOW - timedelta(days=i // 2, hours=2 + 3 * (i % 2), minutes=7 * i)
        sessions.record_past(
            customer_id, accepted, accepted + timedelta(minutes=8 + 4 * i),
            outcomes[i % 4], notes="Printer driver reinstalled" if i % 4 == 0 else "",
            tool=tool, remote_id=remote_id, equipment_label="Office PC",
        )  # fmt: skip
    for kind, subject, to, status, error in (
        (MailKind.SESSION_SUMMARY, "Your support session of 24 November", "ana@example.com",
         "sent", ""),
        (MailKind.INVOICE, "Invoice FT 2026/0012", "bruno@example.com", "queued", ""),
        (MailKind.INVITATION, "Your invitation for Thursday 10:00", "nobody@example.org",
         "failed", "550 5.1.1 <nobody@example.org>: Recipient address rejected"),
    ):  # fmt: skip
        rendered = RenderedMail(
            subject,
            f"Hello,\n\n{subject}.\n\nPage Computers BV",
            f"<p>Hello,</p><p><b>{subject}</b>.</p><p>Page Computers BV</p>",
        )
        with db.transaction() as orm:
            row = Outbox.add(orm, MailDraft(kind, "en", to, rendered), NOW)
            stored = orm.get(OutboxRow, row.id)
            assert stored is not None
            stored.status, stored.last_error = status, error
            stored.attempts = 3 if status == "failed" else int(status == "sent")
            stored.sent_at = NOW if status == "sent" else None
    office = opened.office
    assert office is not None
    assert office.document_mail is not None
    company = office.settings
    for key, value in (
        ("company.name", "Page Computers BV"), ("company.address", "Kerkstraat 12, 9000 Gent"),
        ("company.vat_id", "BE0403170701"), ("company.iban", "BE68 5390 0754 7034"),
    ):  # fmt: skip
        company = company.with_value(key, value)
    office.settings.adopt(company)
    invoiced = [office.invoices.create(customer_id).document.number for customer_id, *_ in ids[:2]]
    for number, status in zip(invoiced, ("sent", "queued"), strict=True):
        queued = office.document_mail.send(number)
        with db.transaction() as orm:
            stored = orm.get(OutboxRow, queued.id)
            assert stored is not None
            stored.status, stored.attempts = status, int(status == "sent")
            stored.sent_at = NOW if status == "sent" else None
    from app.ui.shell.desk import Desk

    desk = Desk(
        opened.customers, opened.sessions, clock, where=SHOWN_WHERE,
        first_page=sessions.list(LOG_FILTER, 0, PAGE_SIZE), catalogue=opened.catalogue,
        locale="en_US", office=opened.office,
    )  # fmt: skip
    desk.window.show()
    app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        widget.raise_()
        for _ in range(5):
            app.processEvents()
        IMAGES.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(IMAGES / name))
        print(f"saved docs/images/{name}")

    save(desk.window, "desk.png")
    desk.menus.open_history()
    history = desk.menus.windows["history"]
    from app.ui.history.history_window import HistoryWindow

    controller = history.findChild(HistoryWindow)
    if controller is not None:
        controller.view.table.selectRow(0)
    save(history, "history.png")
    history.close()
    desk.menus.open_outbox()
    outbox = desk.menus.windows["outbox"]
    from app.ui.office.outbox.outbox_window import OutboxWindow

    outbox_controller = outbox.findChild(OutboxWindow)
    if outbox_controller is not None:
        outbox_controller.select(outbox_controller.model.record(0).id)
    save(outbox, "outbox.png")
    outbox.close()
    desk.menus.open_invoices()  # Office ▸ Invoices…
    from app.ui.office.invoices_view import InvoicesView
    from app.ui.office.invoices_window import InvoicesWindow

    invoices_view = desk.window.findChild(InvoicesView)
    assert invoices_view is not None
    invoices_controller = invoices_view.findChild(InvoicesWindow)
    assert invoices_controller is not None
    invoices_controller.select((invoiced[0], 0, ""))
    invoices_view.resize(1300, 720)
    save(invoices_view, "invoices.png")
    invoices_view.close()
    desk.window.customers_action.trigger()  # Office ▸ Customers…
    customers_window = desk.customers_window
    assert customers_window is not None
    while customers_window.loading:
        app.processEvents()
    customers_window.view.table.selectRow(0)
    save(customers_window.view, "customers.png")
    customers_window.view.close()
    desk.window.setup_action.trigger()  # Office ▸ Set up… (offered by itself at the first start)
    from app.ui.office.setup_wizard import SetupWizard

    wizard = desk.menus.windows["setup"]
    assert isinstance(wizard, SetupWizard)
    for key, value in (
        ("company.name", "Page Computers BV"),
        ("company.iban", "BE68 5390 0754 7034"),
        ("company.vat_id", "BE0403170701"),
        ("company.address", "Kerkstraat 12, 9000 Gent"),
    ):
        wizard.company.rows.fields[key].setText(value)  # type: ignore[union-attr]
    save(wizard, "setup.png")
    wizard.next()
    wizard.desk.rows.fields["technician.name"].setText("Jan Peeters")  # type: ignore[union-attr]
    policy = wizard.desk.rows.fields["customers.default_policy"]
    policy.setCurrentIndex(policy.findData("page-computers"))  # type: ignore[union-attr]
    save(wizard, "setup-policy.png")
    wizard.close()
    run_a_session(desk, customers, clock)
    save(desk.window, "desk-session.png")
    desk.window.compact_timer_action.trigger()  # View ▸ Compact timer, as a user turns it on
    assert desk.compact.view is not None
    save(desk.compact.view, "compact-timer.png")
    desk.compact.view.close()
    desk.window.close_guard = None  # a session runs: closing would ask what to do with it
    desk.window.close()
    assert opened.office is not None
    opened.db.dispose()
    return 0


def run_a_session(desk: Desk, customers: CustomerService, clock: ManualClock) -> None:
    """Bert's session, 12 minutes and 17 seconds in, with two notes: through the desk's own
    controls, checklist included, as a technician runs one."""
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QRadioButton

    from app.core.parties import Customer, Equipment
    from app.core.remote_tool import RemoteTool

    bert = customers.add_customer(
        Customer("Bert Peeters", "bert@example.be", "+32 470 12 34 56", policy_id="page-computers")
    )
    customers.add_equipment(bert.id, Equipment("Shop PC", RemoteTool.IPERIUS, "123 456 789"))
    desk.picker.select_customer(bert)
    desk.panel.start()
    dialog = desk.panel.before.dialog
    if dialog is not None:  # the policy's checklist: everything ticked, Maria responsible
        for widget in dialog.inputs.values():
            if isinstance(widget, QCheckBox):
                widget.setChecked(True)
            elif isinstance(widget, QLineEdit):
                widget.setText("Maria")
            else:
                widget.findChildren(QRadioButton)[0].setChecked(True)
        dialog.save_button.click()
    desk.panel.accept()
    for minutes, note in ((3, "Customer reports printer offline since update"),
                          (5, "Reinstalled driver 5.2, test page OK")):  # fmt: skip
        clock.advance(minutes=minutes)
        desk.panel.notes.view.entry.setText(note)
        desk.panel.notes.add()
    clock.advance(minutes=4, seconds=17)
    desk.panel.refresh_timer()


if __name__ == "__main__":
    sys.exit(main())
