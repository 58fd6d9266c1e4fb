"""Each tool's ID format is checked before anything runs; a bad ID is one sentence."""

from __future__ import annotations

import pytest

from app.core.errors import DomainError
from app.core.remote_tool import RemoteTool
from app.tools.catalogue import adapter_for

GOOD = [
    (RemoteTool.ANYDESK, "123 456 789", "123456789"),
    (RemoteTool.ANYDESK, "1 108 841 617", "1108841617"),
    (RemoteTool.ANYDESK, "office-pc@ad", "office-pc@ad"),
    (RemoteTool.TEAMVIEWER, "1 660 360 496", "1660360496"),
    (RemoteTool.TEAMVIEWER, "56595552", "56595552"),
    (RemoteTool.RUSTDESK, "123 456 789", "123456789"),
    (RemoteTool.RUSTDESK, "office_pc1", "office_pc1"),
    (RemoteTool.IPERIUS, "456 789 123", "456789123"),
    (RemoteTool.ZOHO_ASSIST, "ana@example.com", "ana@example.com"),
    (RemoteTool.ZOHO_ASSIST, "", ""),
]
BAD = [
    (RemoteTool.ANYDESK, "12345"),
    (RemoteTool.ANYDESK, "--plain"),
    (RemoteTool.ANYDESK, "-123456789"),
    (RemoteTool.ANYDESK, "123456789; rm -rf ~"),
    (RemoteTool.ANYDESK, "@ad"),
    (RemoteTool.TEAMVIEWER, "1234567"),
    (RemoteTool.TEAMVIEWER, "12345678 --play \\\\host\\share"),
    (RemoteTool.TEAMVIEWER, "abcdefghi"),
    (RemoteTool.RUSTDESK, "1abcdef"),
    (RemoteTool.RUSTDESK, "--password"),
    (RemoteTool.IPERIUS, "ABC123"),
    (RemoteTool.ZOHO_ASSIST, "not an email"),
]


@pytest.mark.parametrize(("tool", "typed", "checked"), GOOD)
def test_good_ids_are_taken_in_the_tools_form(tool: RemoteTool, typed: str, checked: str) -> None:
    assert adapter_for(tool).check_id(typed) == checked


@pytest.mark.parametrize(("tool", "typed"), BAD)
def test_bad_ids_are_refused_with_one_sentence(tool: RemoteTool, typed: str) -> None:
    with pytest.raises(DomainError) as caught:
        adapter_for(tool).check_id(typed)
    message = str(caught.value)
    assert message.startswith(f"{typed.strip()!r} is not a valid {tool.display_name} ID; ")
    assert message.endswith(".")
    assert "\n" not in message


@pytest.mark.parametrize("tool", [t for t in RemoteTool if t is not RemoteTool.ZOHO_ASSIST])
def test_an_empty_id_asks_for_one(tool: RemoteTool) -> None:
    with pytest.raises(DomainError, match=f"Give the customer's {tool.display_name} ID"):
        adapter_for(tool).check_id("   ")
