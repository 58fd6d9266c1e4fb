"""Saving the office's policy files: checked first, presets never written, office files in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import DomainError
from app.core.policy_file import PolicyFileError
from app.paths import AppPaths
from app.resources import resource
from app.services.office_policies import OfficePolicies
from app.services.policies import PolicyCatalogue

PRESET = resource("policies", "page-computers.toml")


@pytest.fixture
def office(tmp_path: Path) -> OfficePolicies:
    return OfficePolicies(PolicyCatalogue(AppPaths.under(tmp_path)))


def test_an_edited_preset_is_saved_as_the_offices_copy(office: OfficePolicies) -> None:
    text = PRESET.read_text(encoding="utf-8").replace('"10.00"', '"12.00"')
    policy, path = office.save(text, PRESET)
    assert path == office.catalogue.user_dir / "page-computers.toml"
    assert path.read_text(encoding="utf-8") == text
    assert (
        office.catalogue.resolve("page-computers").tariff.first_block_price
        == policy.tariff.first_block_price
    )
    assert office.preset_for("page-computers") == PRESET
    assert list(office.catalogue.user_dir.iterdir()) == [path]  # no temporary file left behind


def test_an_office_file_is_saved_where_it_is_whatever_its_name(office: OfficePolicies) -> None:
    office.catalogue.user_dir.mkdir(parents=True)
    ours = office.catalogue.user_dir / "our-rates.toml"
    ours.write_text("broken", encoding="utf-8")
    text = PRESET.read_text(encoding="utf-8").replace('id = "page-computers"', 'id = "ours"')
    policy, path = office.save(text, ours)
    assert (policy.id, path) == ("ours", ours)


def test_invalid_text_writes_nothing(office: OfficePolicies) -> None:
    with pytest.raises(PolicyFileError, match=r"^page-computers\.toml: is not valid TOML"):
        office.save("id = ", PRESET)
    assert not office.catalogue.user_dir.exists()


def test_a_folder_that_cannot_be_written_is_one_sentence(office: OfficePolicies) -> None:
    office.catalogue.user_dir.parent.mkdir(parents=True)
    office.catalogue.user_dir.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(DomainError, match=r"^\S*policies is a file, not a folder\.$"):
        office.save(PRESET.read_text(encoding="utf-8"), PRESET)
