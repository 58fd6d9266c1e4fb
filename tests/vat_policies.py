"""Test policies beside the presets: prices with and without VAT, half-cent VAT, and currencies with
0, 2 and 3 decimals. Each is a policy file's text, so a test can write it where a policy is looked
for (a configuration folder's policies/) or read it directly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.core.policy import Policy
from app.core.policy_file import load_policy, policy_from_text
from app.resources import resource, resource_root


def policy_text(
    policy_id: str, currency: str = "EUR", vat: str = "23", inclusive: bool = False,
    first: str = "24.50", block: str = "12.25",
) -> str:  # fmt: skip
    """60 minutes for `first`, then `block` per started 30 minutes; always open."""
    return f"""
id = "{policy_id}"
name = "{policy_id}"
currency = "{currency}"
vat_percent = "{vat}"
prices_include_vat = {str(inclusive).lower()}

[tariff]
mode = "blocks"
first_block_minutes = 60
first_block_price = "{first}"
block_minutes = 30
block_price = "{block}"
"""


# 24.50 net + 23 % = 5.635 VAT: half a cent, rounded half up to 5.64; total 30.14.
NET_23 = policy_text("net-23")
NET_6 = policy_text("net-6", vat="6", first="9.95", block="4.95")
NET_0 = policy_text("net-0", vat="0", first="40.00", block="20.00")
GROSS_23 = policy_text("gross-23", inclusive=True, first="30.14", block="15.07")
NET_JPY = policy_text("net-jpy", currency="JPY", vat="10", first="2455", block="1225")
NET_BHD = policy_text("net-bhd", currency="BHD", vat="10", first="9.995", block="4.995")
GROSS_BHD = policy_text("gross-bhd", currency="BHD", vat="10", inclusive=True, first="10.005",
                        block="5.005")  # fmt: skip
TEST_POLICIES = (NET_23, NET_6, NET_0, GROSS_23, NET_JPY, NET_BHD, GROSS_BHD)


def presets() -> list[Policy]:
    return [load_policy(path) for path in sorted((resource_root() / "policies").glob("*.toml"))]


def extra_policies() -> list[Policy]:
    return [policy_from_text(text, "test") for text in TEST_POLICIES]


def lookup(policy_id: str) -> Policy:
    """A test policy or a preset, by id."""
    for policy in extra_policies():
        if policy.id == policy_id:
            return policy
    return load_policy(resource("policies", f"{policy_id}.toml"))


def write_test_policies(config_dir: Path) -> Callable[[str], Policy]:
    """Put the test policies where `assistdesk --basedir` looks for the office's own."""
    folder = config_dir / "policies"
    folder.mkdir(parents=True, exist_ok=True)
    for policy in extra_policies():
        (folder / f"{policy.id}.toml").write_text(policy.text, encoding="utf-8")
    return lookup
