"""The policy file's [checklist] and [session] tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.checklist import ChecklistItem
from app.core.policy_file import PolicyFileError, load_policy
from app.resources import resource

BASE = (
    resource("policies", "page-computers.toml").read_text(encoding="utf-8").split("[checklist]")[0]
)


def policy_with(tmp_path: Path, tables: str) -> Path:
    path = tmp_path / "shop.toml"
    path.write_text(BASE + tables, encoding="utf-8")
    return path


def test_checklist_and_session_rules_are_read(tmp_path: Path) -> None:
    rules = load_policy(policy_with(tmp_path, '[checklist]\nitems = ["backup", "terms_accepted"]\n'
                                              'terms = "shop-2026.1"\n[session]\n'
                                              "closing_note_min_chars = 15\n")).session  # fmt: skip
    assert rules.checklist.items == (ChecklistItem.BACKUP, ChecklistItem.TERMS_ACCEPTED)
    assert rules.checklist.terms == "shop-2026.1"
    assert rules.closing_note_min_chars == 15


def test_without_the_tables_nothing_is_asked(tmp_path: Path) -> None:
    rules = load_policy(policy_with(tmp_path, "")).session
    assert (rules.checklist.items, rules.closing_note_min_chars) == ((), 0)


@pytest.mark.parametrize(
    ("tables", "says"),
    [
        ('[checklist]\nitems = ["coffee"]\n', "checklist.items: 'coffee' is not a checklist item"),
        ('[checklist]\nitems = ["backup", "backup"]\n', "'backup' is listed twice"),
        ('[checklist]\nitems = ["terms_accepted"]\n', "checklist.terms: is required"),
        (
            '[checklist]\nitems = ["backup"]\nterms = "Shop Terms"\n',
            "checklist.terms: 'Shop Terms'",
        ),
        ('[checklist]\nitems = ["backup"]\nextra = 1\n', "checklist.extra: is not a key"),
        ("[session]\nclosing_note_min_chars = -1\n", "session.closing_note_min_chars"),
    ],
)
def test_mistakes_are_named(tmp_path: Path, tables: str, says: str) -> None:
    with pytest.raises(PolicyFileError, match=says.replace(".", r"\.").replace("(", r"\(")):
        load_policy(policy_with(tmp_path, tables))
