"""A malformed policy file is refused with a sentence naming the file, the key and the problem."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.core.policy_file import PolicyFileError, load_policy
from app.resources import resource_root

GOOD = """
id = "shop"
name = "Shop"
currency = "EUR"
vat_percent = "21"
prices_include_vat = true

[tariff]
first_block_minutes = 10
first_block_price = "10.00"
block_minutes = 5
block_price = "5.00"

[schedule]
timezone = "Europe/Brussels"
outside_hours = "surcharge"
surcharge_fixed = "15.00"

[[schedule.windows]]
days = ["mon", "fri"]
start = "09:00"
end = "17:00"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "shop.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", sorted(resource_root().joinpath("policies").glob("*.toml")))
def test_every_preset_loads_and_its_id_is_its_file_name(path: Path) -> None:
    assert load_policy(path).id == path.stem


def test_closed_dates_as_text_or_toml_dates(tmp_path: Path) -> None:
    text = GOOD.replace(
        'timezone = "Europe/Brussels"',
        'timezone = "Europe/Brussels"\nclosed_dates = ["2026-12-24", 2026-12-31]',
    )
    schedule = load_policy(write(tmp_path, text)).schedule
    assert schedule is not None
    assert schedule.closed_dates == {date(2026, 12, 24), date(2026, 12, 31)}


def test_a_good_file_loads(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, GOOD))
    assert policy.tariff.block_minutes == 5
    assert policy.schedule is not None
    assert policy.schedule.windows[0].days == frozenset({0, 4})


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        (
            'timezone = "Europe/Brussels"',
            'timezone = "Europe/Brussels"\nclosed_dates = ["24/12/2026"]',
            "schedule.closed_dates: '24/12/2026' is not a date",
        ),
        (
            'timezone = "Europe/Brussels"',
            'timezone = "Europe/Brussels"\nmax_unbooked_minutes = 0',
            "schedule.max_unbooked_minutes: must be at least 1",
        ),
        (
            'block_price = "5.00"',
            'block_price = "5.00"\nblok_minutes = 3',
            "tariff.blok_minutes: is not a key",
        ),
        (
            "first_block_minutes = 10",
            'first_block_minutes = "ten"',
            "tariff.first_block_minutes: must be a whole number",
        ),
        (
            'first_block_price = "10.00"',
            'first_block_price = "-10.00"',
            "tariff.first_block_price: must not be negative",
        ),
        ('first_block_price = "10.00"', "first_block_price = 10.5", "write it as a string"),
        ('first_block_price = "10.00"', 'first_block_price = "ten"', "tariff.first_block_price"),
        (
            'end = "17:00"',
            'end = "08:00"',
            "schedule.windows[1].end: 08:00 is not after start 09:00",
        ),
        ('start = "09:00"', 'start = "9am"', "schedule.windows[1].start: must be a time"),
        ('days = ["mon", "fri"]', 'days = ["mon", "funday"]', "'funday' is not a day"),
        (
            'timezone = "Europe/Brussels"',
            'timezone = "Europe/Atlantis"',
            "schedule.timezone: 'Europe/Atlantis' is not a time zone",
        ),
        ('currency = "EUR"', 'currency = "EURO"', "currency: 'EURO' is not an ISO 4217"),
        (
            "prices_include_vat = true",
            'prices_include_vat = "yes"',
            "prices_include_vat: must be true or false",
        ),
        ('id = "shop"', 'id = "my shop"', "id: 'my shop' must be letters, digits and dashes"),
        ('name = "Shop"\n', "", "name: is required"),
        ('outside_hours = "surcharge"', 'outside_hours = "sometimes"', "schedule.outside_hours"),
        (
            'surcharge_fixed = "15.00"',
            'surcharge_fixed = "15.00"\nsurcharge_percent = "10"',
            "cannot be given together",
        ),
        ('surcharge_fixed = "15.00"', "", "surcharge_percent: is required"),
        (
            'timezone = "Europe/Brussels"',
            'timezone = "Europe/Brussels"\nholidays = "XX"',
            "schedule.holidays",
        ),
        (
            "block_minutes = 5",
            "block_minutes = 5\ngrace_seconds = 300",
            "grace_seconds: must be shorter than a block",
        ),
    ],
)
def test_each_kind_of_mistake_is_named(tmp_path: Path, old: str, new: str, says: str) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(PolicyFileError) as caught:
        load_policy(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert says in message
    assert message.endswith(".")
    assert "\n" not in message


def test_not_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyFileError, match="is not valid TOML"):
        load_policy(write(tmp_path, "id = [unclosed"))
    with pytest.raises(PolicyFileError, match="there is no such policy file"):
        load_policy(tmp_path / "nowhere.toml")


def test_offer_policies_need_no_blocks(tmp_path: Path) -> None:
    text = GOOD.split("[tariff]")[0] + '[tariff]\nmode = "offer"\n'
    assert load_policy(write(tmp_path, text)).tariff.first_block_price is None


def test_block_policies_need_their_first_block(tmp_path: Path) -> None:
    with pytest.raises(PolicyFileError, match=r"tariff\.first_block_price: is required"):
        load_policy(write(tmp_path, GOOD.replace('first_block_price = "10.00"\n', "")))
