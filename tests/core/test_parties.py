"""Customers, equipment and technicians check what they are given; tools and outcomes parse."""

from __future__ import annotations

import pytest

from app.core.errors import DomainError
from app.core.parties import Customer, Equipment, Technician, check_policy_id
from app.core.remote_tool import RemoteTool
from app.core.session import Outcome


def test_a_customer_name_is_tidied() -> None:
    customer = Customer("  Ana   Maria\tSilva \n", email=" ana@example.com ", phone=" 912 ")
    assert customer.name == "Ana Maria Silva"
    assert customer.email == "ana@example.com"
    assert customer.phone == "912"


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_a_customer_needs_a_name(name: str) -> None:
    with pytest.raises(DomainError, match="needs a name"):
        Customer(name)


def test_a_customer_name_has_a_length_limit() -> None:
    assert Customer("x" * 200).name == "x" * 200
    with pytest.raises(DomainError, match="at most 200 characters"):
        Customer("x" * 201)


@pytest.mark.parametrize("email", ["ana@example.com", "a.b+c@mail.example.pt"])
def test_a_customer_email_is_accepted(email: str) -> None:
    assert Customer("Ana", email=email).email == email


@pytest.mark.parametrize("email", ["ana", "ana@", "ana@example", "a na@example.com", "@x.pt"])
def test_a_malformed_email_is_refused_with_an_example(email: str) -> None:
    with pytest.raises(DomainError, match=r"not an email address such as ana@example\.com"):
        Customer("Ana", email=email)


@pytest.mark.parametrize(
    ("field", "limit"), [("email", 254), ("phone", 64), ("policy_id", 64)]
)  # a VAT number is checked more strictly still: see test_bad_vat_numbers_are_refused
def test_contact_fields_have_the_storage_length_limits(field: str, limit: int) -> None:
    value = {
        "email": "a" * (limit - len("@example.com") + 1) + "@example.com",
        "phone": "9" * (limit + 1),
        "policy_id": "p" * (limit + 1),
    }[field]
    assert len(value) == limit + 1
    with pytest.raises(DomainError, match=f"at most {limit} characters"):
        Customer("Ana", **{field: value})
    Customer("Ana", **{field: value[1:]})


@pytest.mark.parametrize("policy_id", ["iponto", "page-computers", "p2026", "a-b-c"])
def test_a_policy_id_is_lower_case_words_with_dashes(policy_id: str) -> None:
    assert Customer("Ana", policy_id=policy_id).policy_id == policy_id
    assert check_policy_id(policy_id) == policy_id


@pytest.mark.parametrize("policy_id", ["iPonto", "page_computers", "-x", "x-", "a--b", "a b"])
def test_a_bad_policy_id_is_refused(policy_id: str) -> None:
    with pytest.raises(DomainError, match="is not a policy id; use lower-case letters"):
        Customer("Ana", policy_id=policy_id)


def test_equipment_label_and_remote_id_are_tidied() -> None:
    equipment = Equipment("  Office   PC ", RemoteTool.ANYDESK, "  123 456 789 ")
    assert (equipment.label, equipment.tool, equipment.remote_id) == (
        "Office PC",
        RemoteTool.ANYDESK,
        "123 456 789",
    )
    assert Equipment("Laptop").tool is None


@pytest.mark.parametrize("label", ["", "  "])
def test_equipment_needs_a_label(label: str) -> None:
    with pytest.raises(DomainError, match="needs a label"):
        Equipment(label)


def test_equipment_fields_have_the_storage_length_limits() -> None:
    with pytest.raises(DomainError, match="at most 200 characters"):
        Equipment("x" * 201)
    with pytest.raises(DomainError, match="at most 128 characters"):
        Equipment("PC", RemoteTool.RUSTDESK, "1" * 129)
    assert Equipment("x" * 200, RemoteTool.RUSTDESK, "1" * 128).remote_id == "1" * 128


def test_a_technician_needs_a_name() -> None:
    assert Technician("  Rui  Costa ").name == "Rui Costa"
    with pytest.raises(DomainError, match="needs a name"):
        Technician(" ")


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("anydesk", RemoteTool.ANYDESK),
        ("AnyDesk", RemoteTool.ANYDESK),
        (" ANYDESK ", RemoteTool.ANYDESK),
        ("iperius", RemoteTool.IPERIUS),
        ("Iperius Remote", RemoteTool.IPERIUS),
        ("iperius_remote", RemoteTool.IPERIUS),
        ("rustdesk", RemoteTool.RUSTDESK),
        ("TeamViewer", RemoteTool.TEAMVIEWER),
        ("zoho-assist", RemoteTool.ZOHO_ASSIST),
        ("Zoho Assist", RemoteTool.ZOHO_ASSIST),
        ("zoho_assist", RemoteTool.ZOHO_ASSIST),
    ],
)
def test_a_remote_tool_is_parsed_from_its_id_or_its_name(text: str, tool: RemoteTool) -> None:
    assert RemoteTool.parse(text) is tool


def test_every_tool_parses_from_its_own_id_and_display_name() -> None:
    for tool in RemoteTool:
        assert RemoteTool.parse(tool.value) is tool
        assert RemoteTool.parse(tool.display_name) is tool


@pytest.mark.parametrize("text", ["", "vnc", "any desk", "team-viewer-2"])
def test_an_unknown_tool_names_the_choices(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        RemoteTool.parse(text)
    message = str(caught.value)
    assert message.startswith(f"Unknown remote tool {text!r}")
    for tool in RemoteTool:
        assert tool.value in message


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("resolved", Outcome.RESOLVED),
        (" Unresolved ", Outcome.UNRESOLVED),
        ("CANCELLED", Outcome.CANCELLED),
    ],
)
def test_an_outcome_is_parsed(text: str, outcome: Outcome) -> None:
    assert Outcome.parse(text) is outcome


@pytest.mark.parametrize("text", ["", "done", "canceled", "resolved!"])
def test_an_unknown_outcome_names_the_choices(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        Outcome.parse(text)
    assert str(caught.value) == (
        f"Unknown outcome {text!r}; use one of resolved, unresolved, cancelled."
    )


@pytest.mark.parametrize(
    ("given", "stored"),
    [("BE 0403.170.701", "BE0403170701"), ("pt501442600", "PT501442600"), ("", "")],
)
def test_vat_numbers_are_checked_and_kept_compact(given: str, stored: str) -> None:
    assert Customer("Ana", vat_id=given).vat_id == stored


@pytest.mark.parametrize(
    ("given", "says"),
    [("BE0403170702", "not a valid VAT number"), ("0403170701", "with its country code")],
)
def test_bad_vat_numbers_are_refused(given: str, says: str) -> None:
    with pytest.raises(DomainError, match=says):
        Customer("Ana", vat_id=given)
