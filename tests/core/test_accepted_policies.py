"""Nothing `policy check` accepts can break pricing or opening hours later: for policy files made
of any mix of values — the extremes the checks still accept included — quoting a session,
judging opening hours and lateness, the allowance period, the plain-words description and the
price table either work or refuse in one sentence (DomainError), never with another exception."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.allowance import period_of
from app.core.errors import DomainError
from app.core.money import LARGEST_AMOUNT, minor_unit
from app.core.policy_file import PolicyFileError, policy_from_text
from app.core.policy_reader import MAX_MINUTES
from app.core.pricing import price_session
from app.core.session import Outcome
from app.core.tariff_text import describe, next_price_change, price_steps

CURRENCIES = ("EUR", "JPY", "BHD", "CLF", "USD")
ZONES = (
    "Europe/Lisbon", "UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu",
    "Australia/Lord_Howe", "America/St_Johns", "Factory",
)  # fmt: skip


def amounts(currency: str) -> st.SearchStrategy[str]:
    places = -minor_unit(currency).as_tuple().exponent  # type: ignore[operator]
    largest = LARGEST_AMOUNT.quantize(minor_unit(currency), rounding="ROUND_DOWN")
    extremes = st.sampled_from(["0", str(minor_unit(currency)), str(largest)])
    return st.one_of(extremes, st.decimals(0, largest, places=places).map(str))


minutes = st.one_of(st.sampled_from([1, MAX_MINUTES]), st.integers(1, MAX_MINUTES))
clock_times = st.tuples(st.integers(0, 23), st.integers(0, 59)).map(
    lambda t: f"{t[0]:02d}:{t[1]:02d}"
)


@st.composite
def windows(draw: st.DrawFn) -> str:
    start, end = sorted(draw(st.lists(clock_times, min_size=2, max_size=2, unique=True)))
    days = draw(st.lists(st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sunday"]),
                         min_size=1, max_size=7, unique=True))  # fmt: skip
    quoted = ", ".join(f'"{d}"' for d in days)
    return f'[[schedule.windows]]\ndays = [{quoted}]\nstart = "{start}"\nend = "{end}"\n'


@st.composite
def policy_texts(draw: st.DrawFn) -> str:
    currency = draw(st.sampled_from(CURRENCIES))
    percent = draw(st.one_of(st.sampled_from(["0", "100", "99.9999"]),
                             st.decimals(0, 100, places=2).map(str)))  # fmt: skip
    lines = [
        'id = "extreme"', 'name = "Extreme — 東京"', f'currency = "{currency}"',
        f'vat_percent = "{percent}"', f"prices_include_vat = {str(draw(st.booleans())).lower()}",
        "[tariff]",
    ]  # fmt: skip
    if draw(st.booleans()):
        block = draw(minutes)
        lines += [
            f"first_block_minutes = {draw(minutes)}",
            f'first_block_price = "{draw(amounts(currency))}"',
            f"block_minutes = {block}",
            f'block_price = "{draw(amounts(currency))}"',
            f"grace_seconds = {draw(st.integers(0, block * 60 - 1))}",
        ]
    else:
        lines.append('mode = "offer"')
    lines.append(f"charge_unresolved = {str(draw(st.booleans())).lower()}")
    if draw(st.booleans()):
        lines.append(f"max_session_minutes = {draw(minutes)}")
    if draw(st.booleans()):
        period = draw(st.sampled_from(["month", "year"]))
        lines += ["[allowance]", f"minutes = {draw(st.integers(0, MAX_MINUTES))}",
                  f'period = "{period}"']  # fmt: skip
    if draw(st.booleans()):
        outside = draw(st.sampled_from(["refuse", "surcharge", "allow"]))
        lines += ["[schedule]", f'timezone = "{draw(st.sampled_from(ZONES))}"',
                  f'outside_hours = "{outside}"',
                  f"late_tolerance_minutes = {draw(st.integers(0, MAX_MINUTES))}",
                  'closed_dates = ["0001-01-01", "9999-12-31", "2026-12-24"]']  # fmt: skip
        if outside == "surcharge" and draw(st.booleans()):
            lines.append(f'surcharge_percent = "{draw(st.sampled_from(["0", "1000", "12.5"]))}"')
        elif outside == "surcharge":
            lines.append(f'surcharge_fixed = "{draw(amounts(currency))}"')
        holidays = draw(st.sampled_from([None, "PT", "BR-SP", "US"]))
        if holidays:
            lines.append(f'holidays = "{holidays}"')
        if draw(st.booleans()):
            lines.append(f"max_unbooked_minutes = {draw(minutes)}")
        lines += draw(st.lists(windows(), min_size=1, max_size=3))
    return "\n".join(lines) + "\n"


# Instants as the command line and the desk accept them (keeping to a range is theirs to do).
NAIVE_FIRST, NAIVE_LAST = datetime(1971, 1, 1), datetime(2999, 12, 1)  # noqa: DTZ001
instants = st.datetimes(NAIVE_FIRST, NAIVE_LAST, timezones=st.just(UTC))
durations = st.one_of(st.sampled_from([0, 1, MAX_MINUTES * 60]), st.integers(0, 10**9))
offers = st.one_of(st.none(), st.decimals(0, 10**12, places=4), st.just(Decimal("0.004")))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(policy_texts(), instants, durations, st.sampled_from(list(Outcome)),
       st.integers(0, 10**9), offers, st.integers(-86400, 86400))  # fmt: skip
def test_an_accepted_policy_prices_and_schedules_or_refuses_cleanly(
    text: str, at: datetime, duration: int, outcome: Outcome, free: int, offer: Decimal | None,
    late: int,
) -> None:  # fmt: skip
    try:
        policy = policy_from_text(text, "extreme.toml")
    except PolicyFileError:
        return  # refused by `policy check`: nothing later has to cope with it
    try:
        quote = price_session(policy, duration, at, outcome, free, offer)
        assert quote.total <= LARGEST_AMOUNT
        assert quote.net + quote.vat == quote.total
    except DomainError:
        pass
    status = policy.schedule_status(at)
    assert status.next_window_start is None or status.next_window_start > at
    policy.lateness(at - timedelta(seconds=late), at)
    period_of(policy, at)
    describe(policy)
    assert len(price_steps(policy, 7200)) <= 200
    next_price_change(policy, duration, free)
