"""Which file a policy id stands for when an office file no longer reads: the id it names, else its
file name; in a folder a broken file outweighs a good one of the same id, and the office's folder
outweighs the presets. Pricing is refused with the file's problem, never given the preset's."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.policy_file import PolicyFileError
from app.paths import AppPaths
from app.resources import resource
from app.services.policies import PolicyCatalogue

PRESET = resource("policies", "page-computers.toml").read_text(encoding="utf-8")


@pytest.fixture
def catalogue(tmp_path: Path) -> PolicyCatalogue:
    catalogue = PolicyCatalogue(AppPaths.under(tmp_path))
    catalogue.user_dir.mkdir(parents=True)
    return catalogue


def office(catalogue: PolicyCatalogue, name: str, text: str) -> Path:
    path = catalogue.user_dir / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("page-computers.toml", "not toml at all ["),  # the file name stands for the id
        ("ours.toml", PRESET.replace('currency = "EUR"', 'currency = "EURO"')),  # the id it names
        ("ours.toml", PRESET.replace('block_price = "5.00"', 'block_price = "NaN"')),
        ("page-computers.toml", "id = 'page-computers'\nname = 'x'\n[tariff\n"),
    ],
)
def test_a_broken_copy_refuses_its_id_with_its_problem(
    catalogue: PolicyCatalogue, name: str, text: str
) -> None:
    path = office(catalogue, name, text)
    with pytest.raises(PolicyFileError, match=f"^{path}: "):
        catalogue.resolve("page-computers")
    assert catalogue.resolve("iponto").id == "iponto"  # other policies are untouched
    path.unlink()
    assert catalogue.resolve("page-computers").source.endswith("page-computers.toml")


def test_a_broken_file_outweighs_a_good_copy_in_the_same_folder(catalogue: PolicyCatalogue) -> None:
    office(catalogue, "page-computers-new.toml", PRESET.replace('"10.00"', '"12.00"'))
    assert str(catalogue.resolve("page-computers").tariff.first_block_price) == "12.00"
    broken = office(catalogue, "page-computers.toml", "[")
    with pytest.raises(PolicyFileError, match=f"^{broken}: "):
        catalogue.resolve("page-computers")
    assert [e.claims for e in catalogue.entries() if e.policy is None] == ["page-computers"]
