"""Numbers, dates, durations and ids out of range, through the real commands on both databases:
exit status 2, one line on stderr starting "assistdesk: ", no traceback, and nothing written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from tests.cli.runner import Cli

HUGE = "99999999999999999999"
AMOUNTS = ["1e30", "1e400", "1e-400", "NaN", "Infinity", "-0", "0.00001", "10000000000", "١٠"]
DURATIONS = [f"{HUGE}h", "1e9h", "0:1²:00", "٣h", "24:00:01", "1441m", "9" * 5000 + "s"]
INSTANTS = ["0001-01-01T00:00", "0001-01-01T00:00+01:00", "9999-12-31T23:59",
            "9999-12-31T23:59-01:00", "1999-12-31T12:00Z", "2100-01-01T00:00",
            "２０２６-11-24T10:00"]  # fmt: skip
DATES = ["0001-01-01", "9999-12-31", "1999-12-31", "2100-01-01", "2026-11-2٤"]
IDS = [HUGE, "2147483648", "٣", "²", "-1", "1e3", "0", "", "9" * 5000]


def database_rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to compare before and after."""
    from sqlalchemy import select

    from app.storage.database import open_database
    from app.storage.models import Base

    db, _ = open_database(url)
    try:
        with db.transaction() as orm:
            return {
                table.name: sorted(map(tuple, orm.execute(select(table))), key=repr)
                for table in Base.metadata.sorted_tables
            }
    finally:
        db.dispose()


@dataclass
class Office:
    cli: Cli
    invoice: str  # an issued invoice's number
    booking: str  # a booked appointment's id


@pytest.fixture
def office(migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Office:
    """A customer with a session, an issued invoice and a booking, and a customer whose policy
    takes an offer."""
    cli = Cli(capsys, "--db", migrated_url, "--basedir", str(tmp_path))
    for key, value in {"company.name": "Page Computers BV", "company.address": "Kerkstraat 12",
                       "documents.timezone": "Europe/Brussels"}.items():  # fmt: skip
        assert cli("settings", "set", key, value)[0] == 0
    cli.json("customer", "add", "--name", "Bert", "--policy", "page-computers")
    cli.json("customer", "add", "--name", "Olga", "--policy", "justanswer")
    cli.json("session", "add", "--customer", "Bert", "--accepted", "2026-11-10T09:00Z",
             "--ended", "2026-11-10T09:12Z")  # fmt: skip
    invoice = cli.json("invoice", "create", "--customer", "Bert", "--json")["number"]
    booking = cli.json("appointment", "add", "--customer", "Bert", "--at", "2026-11-26T10:00",
                       "--reason", "test")["id"]  # fmt: skip
    return Office(cli, invoice, str(booking))


def commands(office: Office, tmp_path: Path) -> list[list[str]]:
    number, booking = office.invoice, office.booking
    quote = ["quote", "--policy", "page-computers", "--duration", "10m"]
    offer = ["quote", "--policy", "justanswer", "--duration", "10m"]
    session = ["session", "add", "--customer", "Olga", "--accepted", "2026-11-20T10:00Z",
               "--ended", "2026-11-20T10:10Z", "--offer", "20"]  # fmt: skip
    service = ["service", "add", "--customer", "Bert", "--date", "2026-11-20", "--description",
               "Repair", "--amount", "40"]  # fmt: skip
    pay = ["invoice", "pay", number, "--amount", "5", "--date", "2026-11-20"]
    export = ["appointment", "export", "--from", "2026-11-01", "--to", "2026-11-30", "--output",
              str(tmp_path / "out.ics")]  # fmt: skip
    runs: list[list[str]] = []
    for amount in AMOUNTS:
        runs += [[*offer, "--offer", amount], [*session[:-1], amount], [*service[:-1], amount],
                 [*pay[:4], amount, *pay[5:]], ["invoice", "credit", number, "--reason", "x",
                 "--amount", amount]]  # fmt: skip
    for duration in DURATIONS:
        runs.append([*quote[:4], duration])
    for instant in INSTANTS:
        runs += [[*quote, "--at", instant], [*session[:4], instant, *session[5:]],
                 [*session[:6], instant, *session[7:]],
                 ["appointment", "add", "--customer", "Bert", "--at", instant, "--reason", "x"],
                 ["appointment", "reschedule", booking, "--at", instant, "--reason", "x"],
                 ["schedule", "check", "--policy", "pardini", "--at", instant],
                 ["schedule", "check", "--policy", "pardini", "--at", "2026-11-24T10:00",
                  "--scheduled", instant]]  # fmt: skip
    for day in DATES:
        runs += [["session", "list", "--from", day], ["session", "list", "--to", day],
                 ["appointment", "list", "--date", day], [*export[:3], day, *export[4:]],
                 [*export[:5], day, *export[6:]], ["invoice", "create", "--customer", "Bert",
                 "--until", day], [*pay[:6], day], [*service[:4], day, *service[5:]]]  # fmt: skip
    for id_ in IDS:
        runs += [["appointment", "cancel", id_], ["appointment", "reschedule", id_, "--at",
                 "2026-11-27T10:00"]]  # fmt: skip
        runs += [["mail", action, id_] for action in ("retry", "release", "discard", "preview")]
    for count in (HUGE, "1441", "٣", "0"):
        runs.append(["appointment", "add", "--customer", "Bert", "--at", "2026-11-27T10:00",
                     "--minutes", count])  # fmt: skip
    for count in (HUGE, "527041", "²"):
        runs.append([*quote, "--free-minutes", count])
    runs.append(["tools", "reconcile", "--tool", "anydesk", "--margin", "86401", str(tmp_path)])
    runs.append([*session[:4], "2026-11-19T10:00Z", *session[5:]])  # a session of 24 h 10 min
    runs.append(["customer", "add", "--name", "Bad \udcff bytes"])  # argv that is not UTF-8
    for option, length in TEXT_LIMITS.items():  # one character more than its column holds
        runs.append(["customer", "add", "--name", "Zé", option, "x" * (length + 1)])
    bert = [*session[:3], "Bert", *session[4:-2]]
    runs += [[*bert, "--remote-id", "1" * 129], [*session, "--remote-id", "1" * 129],
             [*bert, "--equipment", "x" * 201], [*bert, "--equipment", "PC", "--remote-id",
             "1" * 129], [*bert, "--policy", "p" * 65], [*bert, "--technician", "T" * 201],
             ["invoice", "create", "--customer", "Bert", "--series", "S" * 11]]  # fmt: skip
    return runs


TEXT_LIMITS = {"--name": 200, "--email": 254, "--phone": 64, "--vat-id": 32, "--policy": 64}


def test_every_value_out_of_range_is_one_sentence_and_writes_nothing(
    office: Office, migrated_url: str, tmp_path: Path
) -> None:
    before = database_rows(migrated_url)
    files = sorted(p.name for p in tmp_path.rglob("*"))
    runs = commands(office, tmp_path)
    assert len(runs) > 150
    for args in runs:
        status, out, err = office.cli(*args)
        assert status == 2, (" ".join(a[:60] for a in args), status, err)
        assert out == "", args
        assert err.startswith("assistdesk: "), (args, err)
        assert err.endswith("\n"), (args, err)
        assert err.count("\n") == 1, (args, err)
        assert "Traceback" not in err, args
        assert len(err) < 400, (args, err)
    assert database_rows(migrated_url) == before
    assert sorted(p.name for p in tmp_path.rglob("*")) == files


def test_values_at_the_edges_of_the_ranges_are_accepted(office: Office) -> None:
    cli = office.cli
    quote = ["quote", "--policy", "page-computers", "--json", "--at", "2099-12-31T23:59"]
    assert cli.json(*quote, "--duration", "24:00:00")["duration_seconds"] == 86_400
    free = cli.json(*quote, "--duration", "1m", "--free-minutes", "527040")
    assert free["free_seconds"] == 60
    assert cli.json("session", "list", "--from", "2000-01-01", "--to", "2099-12-31", "--json")
    assert cli.json("appointment", "list", "--date", "2099-12-31", "--json") == []
    status, _, err = cli("mail", "preview", "2147483647")
    assert (status, err) == (2, "assistdesk: There is no message 2147483647 in the outbox.\n")
    status, _, err = cli("appointment", "cancel", "2147483647")
    assert status == 2
    assert "2147483647" in err
    day = cli.json("session", "add", "--customer", "Bert", "--accepted", "2026-11-20T10:00Z",
                      "--ended", "2026-11-21T10:00Z")  # fmt: skip
    assert day["duration_seconds"] == 86_400


def test_an_invoice_whose_total_the_database_cannot_keep_is_refused(
    office: Office, migrated_url: str
) -> None:
    """Two sessions at the largest offer add up to more than NUMERIC(14, 4) keeps: refused before
    anything is written (PostgreSQL would overflow, SQLite would keep it), no number used."""
    cli = office.cli
    for day in ("20", "21"):
        cli.json("session", "add", "--customer", "Olga", "--accepted", f"2026-11-{day}T10:00Z",
                 "--ended", f"2026-11-{day}T10:10Z", "--offer", "9999999999")  # fmt: skip
    before = database_rows(migrated_url)
    status, out, err = cli("invoice", "create", "--customer", "Olga")
    assert (status, out) == (2, "")
    assert err == (
        "assistdesk: This invoice would total 19999999998.00 USD, more than AssistDesk can "
        "record (9999999999.9999); invoice fewer sessions at a time (up to an earlier day).\n"
    )
    assert database_rows(migrated_url) == before
    cli.json("session", "add", "--customer", "Bert", "--accepted", "2026-11-20T09:00Z",
             "--ended", "2026-11-20T09:12Z")  # fmt: skip
    number = cli.json("invoice", "create", "--customer", "Bert", "--json")["number"]
    assert number.endswith("0002")  # the refused invoice used no number


def test_a_local_time_the_clocks_skip_is_refused_where_it_is_read(office: Office) -> None:
    """01:30 on 2026-03-29 does not exist in Lisbon (iPonto's zone, and a customer's)."""
    cli = office.cli
    cli.json("customer", "add", "--name", "Rita", "--policy", "iponto")
    gap = "2026-03-29T01:30"
    for args in (
        ["schedule", "check", "--policy", "iponto", "--at", gap],
        ["schedule", "check", "--policy", "iponto", "--at", "2026-03-29T10:00", "--scheduled", gap],
        ["appointment", "add", "--customer", "Rita", "--at", gap, "--reason", "x"],
    ):
        status, out, err = cli(*args)
        assert (status, out) == (2, ""), args
        assert err == (
            "assistdesk: '2026-03-29T01:30' does not exist in Europe/Lisbon: the clocks skip it "
            "when summer time starts; give a time after the change, such as 2026-03-29T02:30.\n"
        )


WHOLE_NUMBERS = [  # (command line with {} for the value, the attribute, smallest, largest)
    (["mail", "preview", "{}"], "id", 1, 2**31 - 1),
    (["appointment", "cancel", "{}"], "id", 1, 2**31 - 1),
    (["appointment", "add", "--customer", "A", "--at", "t", "--minutes", "{}"], "minutes", 1, 1440),
    (["quote", "--policy", "p", "--duration", "1m", "--free-minutes", "{}"], "free_minutes", 0,
     527_040),
    (["tools", "reconcile", "--tool", "anydesk", "f", "--margin", "{}"], "margin", 0, 86_400),
]  # fmt: skip


@given(
    st.one_of(
        st.text(max_size=30),
        st.integers(-(10**30), 10**30).map(str),
        st.text(alphabet=st.sampled_from("0123456789²٣३３ -+e."), max_size=25),
    )
)
@example("99999999999999999999")
@example("٣")
@example("9" * 5000)
def test_a_whole_number_is_in_range_or_one_sentence(text: str) -> None:
    from app.cli import UsageError, build_parser

    assume(not text.lstrip().startswith(("-h", "--h")))  # asks for the help, not a number
    parser = build_parser()
    for line, attribute, smallest, largest in WHOLE_NUMBERS:
        argv = [text if part == "{}" else part for part in line]
        try:
            value = getattr(parser.parse_args(argv), attribute)
        except UsageError as error:
            refusal = str(error)
        else:
            assert isinstance(value, int)
            assert smallest <= value <= largest
            continue
        assert "\n" not in refusal
        assert len(refusal) < 300
