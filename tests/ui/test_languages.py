"""The desk in the technician's language: Portuguese and Dutch labels from the shipped
translations, money in the locale that goes with the language ("13,50 €" in Portugal), and
English, unchanged, when English is chosen. Each test takes its language off again, so the
other tests stay in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.core.clock import ManualClock
from app.core.parties import Customer
from app.core.pricing import LINE_TEMPLATES
from app.core.records import CustomerRecord
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome
from app.paths import AppPaths
from app.services.customers import CustomerService
from app.services.session_history import SessionHistory
from app.services.sessions import SessionService
from app.settings import SETTINGS_FILE, Settings
from app.storage.database import Database
from app.tools.secret_store import KeyringSecretStore
from app.ui import i18n
from app.ui.display import PRICE_LINE_TEMPLATES, price_line_text
from app.ui.history.history_window import HistoryWindow
from app.ui.history.session_log_model import COL_OUTCOME, COL_PRICE
from app.ui.i18n import (
    InstalledLanguage,
    chosen_language,
    install_language,
    installed_language,
    locale_for,
    setting_language,
    translate,
)
from app.ui.office.settings_dialog import SettingsDialog
from app.ui.shell.desk import Desk
from app.ui.shell.launch import LaunchController
from tests.memory_keyring import MemoryKeyring
from tests.ui.conftest import MakeDesk
from tests.ui.helpers import click, pick_customer, run_until, start_and_accept

INSIDE_IPONTO_HOURS = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)


def plain(text: str) -> str:
    """Babel separates amount and sign with a no-break space; read it as a space."""
    return text.replace("\xa0", " ")


@pytest.fixture
def speak() -> Iterator[list[InstalledLanguage]]:
    """`speak[0]` once a test installed a language; removed afterwards whatever happened."""
    installed: list[InstalledLanguage] = []
    yield installed
    for language in installed:
        language.remove()
    assert installed_language() is None


def install(speak: list[InstalledLanguage], setting: str, system: str = "C") -> InstalledLanguage:
    language = install_language(setting, system_locale=system)
    speak.append(language)
    return language


def ended_iponto_session(
    qtbot: QtBot, desk: Desk, customers: CustomerService, clock: ManualClock
) -> dict[str, str]:
    """Ten minutes with an iPonto customer who has no free minutes (13.50 EUR, the first
    hour's block), ended as resolved; what the technician read on the way."""
    clock.set(INSIDE_IPONTO_HOURS)
    customers.add_customer(
        Customer("Ana Costa", "ana@example.pt", "+351 912 000 000", policy_id="iponto")
    )
    panel = desk.window.panel
    pick_customer(qtbot, desk, "costa", "Ana Costa")
    start_and_accept(qtbot, desk)
    run_until(qtbot, desk, clock, "00:10:00")
    seen = {"cost": panel.cost.text(), "end": panel.end.text()}
    click(panel.end)
    dialog = desk.panel.end_dialog
    assert dialog is not None
    seen["title"] = dialog.windowTitle()
    seen["outcomes"] = " | ".join(b.text() for b in dialog.outcome_buttons.values())
    dialog.outcome_buttons[Outcome.RESOLVED].click()
    seen["preview"] = dialog.price.text()
    dialog.access_closed.click()
    seen["cancel"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: desk.panel.end_dialog is None)
    log = desk.window.log.model()
    seen["log outcome"] = log.index(0, COL_OUTCOME).data()
    seen["log price"] = log.index(0, COL_PRICE).data()
    seen["state"] = panel.state_line.text()
    return {key: plain(text) for key, text in seen.items()}


def test_portuguese_shows_portuguese_labels_and_the_euro_after_the_amount(
    qtbot: QtBot,
    make_priced_desk: MakeDesk,
    customers: CustomerService,
    clock: ManualClock,
    speak: list[InstalledLanguage],
) -> None:
    language = install(speak, "pt")
    assert language.locale == "pt_PT"
    seen = ended_iponto_session(qtbot, make_priced_desk(locale=language.locale), customers, clock)
    assert seen["cost"] == "13,50 € — próximo bloco às 01:00:00"
    assert seen["end"] == "Terminar sessão…"
    assert seen["title"] == "Terminar sessão"
    assert seen["outcomes"] == "Resolvido | Não resolvido | Cancelado pelo cliente"
    assert seen["preview"] == "Será cobrado 13,50 € (líquido 10,98 €, IVA 2,52 €)"
    assert seen["cancel"] == "Cancelar"  # Qt's own button, in Portuguese too
    assert (seen["log outcome"], seen["log price"]) == ("Resolvido", "13,50 €")
    assert seen["state"] == "Sessão com Ana Costa terminada — Resolvido, 00:10:00, 13,50 €."


def test_dutch_shows_dutch_labels_and_the_euro_before_the_amount(
    qtbot: QtBot,
    make_priced_desk: MakeDesk,
    customers: CustomerService,
    clock: ManualClock,
    speak: list[InstalledLanguage],
) -> None:
    language = install(speak, "nl")
    assert language.locale == "nl_NL"
    seen = ended_iponto_session(qtbot, make_priced_desk(locale=language.locale), customers, clock)
    assert seen["cost"] == "€ 13,50 — volgend blok om 01:00:00"
    assert seen["end"] == "Sessie beëindigen…"
    assert seen["outcomes"] == "Opgelost | Niet opgelost | Geannuleerd door de klant"
    assert seen["preview"] == "Wordt aangerekend: € 13,50 (netto € 10,98, btw € 2,52)"
    assert seen["cancel"] == "Annuleren"
    assert (seen["log outcome"], seen["log price"]) == ("Opgelost", "€ 13,50")


def test_english_is_unchanged(
    qtbot: QtBot,
    make_priced_desk: MakeDesk,
    customers: CustomerService,
    clock: ManualClock,
    speak: list[InstalledLanguage],
) -> None:
    language = install(speak, "en", system="pt_PT")  # chosen over the computer's Portuguese
    assert (language.translators, language.locale) == ([], "en_US")
    seen = ended_iponto_session(qtbot, make_priced_desk(locale=language.locale), customers, clock)
    assert seen["cost"] == "€13.50 — next block at 01:00:00"
    assert seen["end"] == "End session…"
    assert seen["outcomes"] == "Resolved | Unresolved | Cancelled by customer"
    assert seen["preview"] == "Will be charged €13.50 (net €10.98, VAT €2.52)"
    assert (seen["log outcome"], seen["log price"]) == ("Resolved", "€13.50")


def test_the_history_shows_the_price_lines_in_portuguese(
    qtbot: QtBot,
    priced_sessions: SessionService,
    customers: CustomerService,
    ana: CustomerRecord,
    database: Database,
    clock: ManualClock,
    speak: list[InstalledLanguage],
) -> None:
    """A Page Computers session of 25 minutes: the charge stores the lines in English, the
    history tells them in the technician's language."""
    language = install(speak, "pt")
    start = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    priced_sessions.record_past(
        ana.id, start, start.replace(minute=25), tool=RemoteTool.ANYDESK,
        policy_id="page-computers",
    )  # fmt: skip
    history = HistoryWindow(
        priced_sessions, customers, SessionHistory(database), clock, language.locale,
        zone=ZoneInfo("Europe/Lisbon"),
    )  # fmt: skip
    qtbot.addWidget(history.view)
    qtbot.waitUntil(lambda: not history.busy())  # the history reads on a pool thread
    history.view.table.selectRow(0)
    text = plain(history.view.details.toPlainText())
    assert "Primeiros 10 minutos × 1\n10,00 €\nBloco adicional de 5 minutos × 3\n15,00 €" in text
    assert "First 10 minutes" not in text


def test_price_lines_are_translated_and_an_offices_own_text_is_left_alone(
    speak: list[InstalledLanguage],
) -> None:
    assert PRICE_LINE_TEMPLATES == LINE_TEMPLATES  # what lupdate reads is what pricing writes
    install(speak, "nl")
    assert price_line_text("Further 15-minute block") == "Bijkomend blok van 15 minuten"
    assert price_line_text("Out-of-hours fee") == "Vergoeding buiten de openingsuren"
    surcharge = price_line_text("Out-of-hours surcharge (12.5 %)")
    assert surcharge == "Toeslag buiten de openingsuren (12.5 %)"
    assert price_line_text("Remote session (agreed price)") == "Remote session (agreed price)"
    assert price_line_text("First few minutes") == "First few minutes"


def test_the_launch_reads_the_language_from_the_settings_before_the_window_is_built(
    qtbot: QtBot,
    tmp_path: Path,
    sqlite_url: str,
    clock: ManualClock,
    speak: list[InstalledLanguage],
) -> None:
    paths = AppPaths.under(tmp_path)
    Settings().with_value("display.language", "pt").save(paths.config_dir)
    assert setting_language(paths.config_dir) == "pt"
    language = install(speak, setting_language(paths.config_dir))  # as run_gui does
    launch = LaunchController(paths, sqlite_url, clock)
    qtbot.addWidget(launch.window)
    try:
        with qtbot.waitSignal(launch.ready, timeout=20_000):
            launch.start()
        assert launch.desk is not None
        assert launch.desk.locale == language.locale == "pt_PT"
        state = launch.window.panel.state_line.text()
        assert state == "Escolha ou adicione um cliente para iniciar uma sessão."
        assert launch.window.log.model().headerData(0, Qt.Orientation.Horizontal) == "Cliente"
        assert launch.window.log.model().rowCount(QModelIndex()) == 0
    finally:
        launch.shutdown()


def test_removing_the_language_puts_english_back(speak: list[InstalledLanguage]) -> None:
    language = install(speak, "nl")
    assert translate("Display", "Resolved") == "Opgelost"
    language.remove()
    assert translate("Display", "Resolved") == "Resolved"
    assert installed_language() is None


@pytest.mark.parametrize(
    ("setting", "system", "language", "locale"),
    [
        ("", "pt_PT", "pt", "pt_PT"),  # empty: the computer's language
        ("", "nl_BE", "nl", "nl_BE"),  # and its own variant for money and dates
        ("", "pt_BR", "pt", "pt_BR"),
        ("", "de_DE", "en", "en_US"),  # a language AssistDesk does not speak: English
        ("", "C", "en", "en_US"),
        ("pt", "de_DE", "pt", "pt_PT"),  # the setting wins; its usual locale
        ("nl", "pt_PT", "nl", "nl_NL"),
        ("en", "nl_BE", "en", "en_US"),
    ],
)
def test_the_language_and_locale_follow_the_setting_then_the_computer(
    setting: str, system: str, language: str, locale: str
) -> None:
    chosen = chosen_language(setting, system)
    assert (chosen, locale_for(chosen, system)) == (language, locale)


def test_an_unreadable_or_missing_settings_file_leaves_the_language_to_the_computer(
    tmp_path: Path,
) -> None:
    assert i18n.SETTINGS_FILE == SETTINGS_FILE
    assert setting_language(tmp_path) == ""
    (tmp_path / SETTINGS_FILE).write_text("[display\nlanguage = ", encoding="utf-8")
    assert setting_language(tmp_path) == ""


def test_the_settings_dialog_offers_the_languages_by_name_and_says_when_they_apply(
    qtbot: QtBot, tmp_path: Path, speak: list[InstalledLanguage]
) -> None:
    install(speak, "pt")
    dialog = SettingsDialog(Settings(), tmp_path, KeyringSecretStore(MemoryKeyring()))
    qtbot.addWidget(dialog)
    field = dialog.fields["display.language"]
    assert isinstance(field, QComboBox)
    names = [field.itemText(i) for i in range(field.count())]
    assert names == ["O idioma deste computador", "English", "Português", "Nederlands"]
    assert "próximo arranque" in dialog.message.text()
    field.setCurrentText("Nederlands")
    dialog.save_button.click()
    assert Settings.load(tmp_path)["display.language"] == "nl"
    assert setting_language(tmp_path) == "nl"
