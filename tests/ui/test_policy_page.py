"""The policy page as the office uses it: read a policy in plain words with its price table, edit
its text, check it, and save the office's copy — never a preset, never an invalid file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.core.policy_file import load_policy
from app.paths import AppPaths
from app.resources import resource
from app.services.policies import PolicyCatalogue
from app.ui.office.policy_page import PolicyPage
from app.ui.shell.desk import Desk
from tests.ui.helpers import click

PRESET = resource("policies", "page-computers.toml")


def open_policies(qtbot: QtBot, desk: Desk) -> PolicyPage:
    """Office → Policies…"""
    action = desk.window.policies_action
    assert action.isEnabled()
    action.trigger()
    page = desk.policy_page
    assert page is not None
    qtbot.waitExposed(page.view)
    return page


def listed(page: PolicyPage) -> list[str]:
    view = page.view.policies
    return [view.item(row).text() for row in range(view.count())]


def choose(page: PolicyPage, first_line: str) -> None:
    """Click the policy whose list entry starts with `first_line`."""
    view = page.view.policies
    row = next(r for r, text in enumerate(listed(page)) if text.startswith(first_line))
    rect = view.visualItemRect(view.item(row))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentRow() == row


def edit(editor: QPlainTextEdit, old: str, new: str) -> None:
    """Select `old` in the editor, as with the mouse, and type `new` over it."""
    found = editor.document().find(old)
    assert not found.isNull(), f"{old!r} is not in the text"
    editor.setTextCursor(found)
    editor.setFocus()
    if new:
        QTest.keyClicks(editor, new)
    else:
        QTest.keyClick(editor, Qt.Key.Key_Delete)


def table(page: PolicyPage) -> list[tuple[str, ...]]:
    prices = page.view.prices
    return [
        tuple(prices.model().index(r, c).data() for c in range(prices.columnCount()))
        for r in range(prices.rowCount())
    ]


def office_files(app_paths: AppPaths) -> list[Path]:
    folder = app_paths.config_dir / "policies"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_a_preset_reads_in_plain_words_with_a_price_table_from_the_engine(
    qtbot: QtBot, priced_desk: Desk
) -> None:
    page = open_policies(qtbot, priced_desk)
    assert [text.splitlines()[1] for text in listed(page)] == [
        "iponto · preset", "justanswer · preset", "page-computers · preset",
        "pardini · preset", "phonetex · preset",
    ]  # fmt: skip

    choose(page, "Page Computers")

    view = page.view
    assert view.title.text() == "Page Computers – hulp op afstand"
    assert view.description.text().splitlines() == [
        "• 10.00 EUR (VAT included) for the first 10 minutes, then 5.00 EUR for every started "
        "5 minutes.",
        "• Nothing is charged when the problem is not solved.",
        "• Sessions are limited to 30 minutes.",
    ]
    rows = table(page)
    assert rows[:3] == [
        ("00:00:00", "00:10:00", "€10.00"),
        ("00:10:00", "00:15:00", "€15.00"),
        ("00:15:00", "00:20:00", "€20.00"),
    ]
    assert rows[-1] == ("01:55:00", "02:00:00", "€120.00")  # two hours, past the 30-minute cap
    assert "in grey are longer than the policy's maximum (30 minutes)" in view.prices_note.text()
    over = view.prices.model().index(5, 2)  # longer than 00:30:00
    assert over.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8a8a8a"
    assert (
        over.data(Qt.ItemDataRole.ToolTipRole) == "Longer than the policy's maximum session length"
    )
    assert view.prices.model().index(4, 2).data(Qt.ItemDataRole.ToolTipRole) is None
    assert "read-only" in view.origin.text()
    assert "page-computers.toml, which is used instead of it" in view.origin.text()
    assert view.editor.toPlainText() == PRESET.read_text(encoding="utf-8")
    assert not view.save.isEnabled()  # nothing edited yet


def test_an_invalid_edit_is_refused_in_one_sentence_and_nothing_is_written(
    qtbot: QtBot, priced_desk: Desk, app_paths: AppPaths
) -> None:
    page = open_policies(qtbot, priced_desk)
    choose(page, "Page Computers")
    view = page.view
    text = view.editor.toPlainText()
    edit(view.editor, 'block_price = "5.00"', 'block_price = "-5.00"')

    click(view.check)
    problem = "page-computers.toml: tariff.block_price: must not be negative, not '-5.00'."
    assert view.status.text() == problem
    click(view.save)
    assert view.status.text() == problem
    assert office_files(app_paths) == []

    edit(view.editor, "-5.00", "5.00")
    edit(view.editor, "block_minutes = 5", "block_minutes = ")
    click(view.save)
    assert view.status.text().startswith("page-computers.toml: is not valid TOML (")
    assert office_files(app_paths) == []
    assert PRESET.read_text(encoding="utf-8") == text  # the preset is never touched


def test_saving_a_valid_edit_writes_the_offices_copy_which_overrides_the_preset(
    qtbot: QtBot, priced_desk: Desk, app_paths: AppPaths, catalogue: PolicyCatalogue
) -> None:
    page = open_policies(qtbot, priced_desk)
    choose(page, "Page Computers")
    view = page.view
    edit(view.editor, 'block_price = "5.00"', 'block_price = "6.00"')

    click(view.check)
    assert view.status.text().startswith("Valid")
    assert table(page)[1] == ("00:10:00", "00:15:00", "€16.00")  # the edit, previewed
    assert office_files(app_paths) == []  # checking writes nothing

    click(view.save)

    written = app_paths.config_dir / "policies" / "page-computers.toml"
    assert office_files(app_paths) == [written]
    assert view.status.text() == f"Saved policy page-computers to {written}."
    assert load_policy(written).tariff.block_price == Decimal("6.00")
    assert catalogue.resolve("page-computers").tariff.block_price == Decimal("6.00")
    assert "page-computers · office" in listed(page)[2]  # the list was read again
    assert view.policies.currentRow() == 2
    assert "The office's file" in view.origin.text()
    assert "overrides the preset" in view.origin.text()
    assert table(page)[1] == ("00:10:00", "00:15:00", "€16.00")
    assert not view.save.isEnabled()


def test_broken_office_files_are_listed_with_their_problem(
    qtbot: QtBot, priced_desk: Desk, app_paths: AppPaths
) -> None:
    folder = app_paths.config_dir / "policies"
    folder.mkdir(parents=True)
    broken = folder / "our-rates.toml"
    broken.write_text('id = "our-rates"\nname = "Our rates"\ncolour = "blue"\n', encoding="utf-8")

    page = open_policies(qtbot, priced_desk)
    assert listed(page)[-1] == "⚠ our-rates.toml\ncannot be used"
    choose(page, "⚠ our-rates.toml")

    view = page.view
    assert view.title.text() == "our-rates.toml"
    assert view.description.text().startswith(f"{broken}: ")
    assert view.prices.rowCount() == 0
    assert view.editor.toPlainText().startswith('id = "our-rates"')


def test_without_a_policy_catalogue_the_policies_action_is_off(desk: Desk) -> None:
    assert not desk.window.policies_action.isEnabled()
