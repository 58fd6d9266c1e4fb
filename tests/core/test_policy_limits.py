"""A policy file is refused, naming the file, the key and the problem, for anything AssistDesk could
not honour later: a folder or a path for a time zone, nesting deeper than a policy needs, amounts
that are not plain decimals or do not fit the database or the currency, minutes beyond a year,
control characters, and files that are not regular files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.policy_file import PolicyFileError, load_policy
from tests.core.test_policy_file import GOOD, write


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        # time zones that name a folder, a file beside the zones, a path, or nothing loadable
        ('"Europe/Brussels"', '"Europe"', "schedule.timezone: 'Europe' is not a time zone"),
        ('"Europe/Brussels"', '"zone.tab"', "'zone.tab' is not a time zone"),
        ('"Europe/Brussels"', '"posixrules"', "'posixrules' is not a time zone"),
        ('"Europe/Brussels"', '"localtime"', "'localtime' is not a time zone"),  # this computer's
        ('"Europe/Brussels"', '"Factory"', "'Factory' is not a time zone"),  # tzdata's "-00"
        ('"Europe/Brussels"', '"../../etc/passwd"', "is not a time zone"),
        ('"Europe/Brussels"', '"/etc/localtime"', "is not a time zone"),
        ('"Europe/Brussels"', '"Europe/"', "is not a time zone"),
        ('"Europe/Brussels"', f'"{"A" * 300}"', "schedule.timezone: is longer than 200"),
        # amounts: underscores, exponents, NaN, infinities, floats, beyond NUMERIC(14, 4)
        ('"10.00"', '"1_0.00"', "tariff.first_block_price: '1_0.00' is not an amount"),
        ('"10.00"', '"1e3"', "tariff.first_block_price: '1e3' is not an amount"),
        ('"10.00"', '"NaN"', "'NaN' is not an amount"),
        ('"10.00"', '"Infinity"', "'Infinity' is not an amount"),
        ('"10.00"', '"-Infinity"', "'-Infinity' is not an amount"),
        ('"10.00"', "nan", "nan is not an amount; write it as a string"),
        ('"10.00"', "inf", "inf is not an amount; write it as a string"),
        ('"10.00"', '"١٠"', "is not an amount"),  # Arabic-Indic digits
        ('"10.00"', '"10000000000"', "too large an amount; AssistDesk records amounts up to"),
        ('"10.00"', "10000000000", "too large an amount"),
        ('"10.00"', '"10.005"', "'10.005' has more decimals than EUR has (2; the smallest"),
        ('"10.00"', '"0.00001"', "has more decimals than AssistDesk records (4)"),
        ('vat_percent = "21"', 'vat_percent = "101"', "vat_percent: must be at most 100 %"),
        ('surcharge_fixed = "15.00"', 'surcharge_percent = "1000.5"', "must be at most 1000 %"),
        # minutes and seconds within a year, so that seconds fit the database's integers
        ("first_block_minutes = 10", "first_block_minutes = 527041", "must be at most 527040"),
        ("block_minutes = 5", "block_minutes = 9223372036854775807", "must be at most 527040"),
        ("block_minutes = 5", "block_minutes = 5.0", "must be a whole number, not 5.0"),
        ('outside_hours = "surcharge"', "late_tolerance_minutes = 600000", "at most 527040"),
        # control characters and look-alikes in names and times
        ('name = "Shop"', 'name = "Shop\\u0007"', "name: holds a control character (U+0007)"),
        ('name = "Shop"', 'name = "Shop\\nLtd"', "name: holds a control character (U+000A)"),
        ('name = "Shop"', 'name = "Sh\\u202eop"', "name: holds a control character (U+202E)"),
        ('start = "09:00"', 'start = "09:00\\n"', "schedule.windows[1].start: must be a time"),
        ('start = "09:00"', 'start = "０９:００"', "schedule.windows[1].start: must be a time"),
        ('start = "09:00"', 'start = "09:00\\u0000"', "must be a time"),
        ('days = ["mon", "fri"]', 'days = ["monkey"]', "'monkey' is not a day"),
        ('days = ["mon", "fri"]', 'days = ["mon\\u0000day"]', "is not a day"),
        ('id = "shop"', f'id = "{"a" * 65}"', "id: is longer than 64 characters"),
        ('id = "shop"', 'id = "sh\\u0007op"', "id: holds a control character"),
        ('currency = "EUR"', 'currency = "EUR\\u0000"', "currency: holds a control character"),
    ],
)
def test_what_cannot_be_honoured_is_refused_with_file_key_and_problem(
    tmp_path: Path, old: str, new: str, says: str
) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(PolicyFileError) as caught:
        load_policy(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert says in message
    assert message.endswith(".")
    assert "\n" not in message
    assert len(message) < 400


@pytest.mark.parametrize(
    "nested",
    [
        "x = " + "[" * 9 + "]" * 9,  # just past the limit: parsed, then refused
        "x = " + "[" * 5000 + "]" * 5000,  # past the parser's recursion
        "x = " + "{a = " * 5000 + "1" + "}" * 5000,
        "[" + ".".join(["a"] * 3000) + "]",  # dotted tables, nested without recursion
    ],
)
def test_deep_nesting_is_refused(tmp_path: Path, nested: str) -> None:
    path = write(tmp_path, nested + "\n" + GOOD)
    with pytest.raises(PolicyFileError, match=r"nested more than 8 levels deep"):
        load_policy(path)


def test_files_that_are_not_regular_or_too_large_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)  # reading it would wait for a writer for ever
    with pytest.raises(PolicyFileError, match=r"pipe\.toml: is not a regular file"):
        load_policy(fifo)
    with pytest.raises(PolicyFileError, match="is not a regular file"):
        load_policy("/dev/zero")
    with pytest.raises(PolicyFileError, match="is a folder"):
        load_policy(tmp_path)
    big = write(tmp_path, GOOD + "#" * (1 << 20))
    with pytest.raises(PolicyFileError, match=r"is larger than 1 MB"):
        load_policy(big)
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"id = '\xff'")
    with pytest.raises(PolicyFileError, match="cannot be read"):
        load_policy(binary)


def test_extremes_that_can_be_honoured_are_accepted(tmp_path: Path) -> None:
    text = (
        GOOD.replace('"10.00"', '"9999999999.99"')
        .replace("block_minutes = 5", "block_minutes = 527040")
        .replace('vat_percent = "21"', 'vat_percent = "100"')
        .replace('name = "Shop"', 'name = "Café — Ñandú 東京 🛠"')
        .replace('days = ["mon", "fri"]', 'days = ["Monday", "fri", "SUN"]')
        .replace('"Europe/Brussels"', '"Pacific/Kiritimati"')
    )
    policy = load_policy(write(tmp_path, text))
    assert str(policy.tariff.first_block_price) == "9999999999.99"
    assert policy.name == "Café — Ñandú 東京 🛠"
    assert policy.schedule is not None
    assert policy.schedule.windows[0].days == frozenset({0, 4, 6})
    yen = GOOD.replace('"EUR"', '"JPY"').replace('"10.00"', '"1000"').replace('"5.00"', '"500"')
    assert load_policy(write(tmp_path, yen.replace('"15.00"', '"1500"'))).currency == "JPY"
    with pytest.raises(PolicyFileError, match=r"'1000.5' has more decimals than JPY has \(0"):
        load_policy(write(tmp_path, yen.replace('"1000"', '"1000.5"')))
    dinar = GOOD.replace('"EUR"', '"BHD"').replace('"10.00"', '"10.125"')
    assert str(load_policy(write(tmp_path, dinar)).tariff.first_block_price) == "10.125"
