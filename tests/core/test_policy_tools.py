"""The `[tools]` section of a policy file: preferred tools in fallback order and the oldest
versions accepted, read strictly; and version numbers compared as numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import DomainError
from app.core.policy import ToolPreferences
from app.core.policy_file import PolicyFileError, load_policy
from app.core.remote_tool import RemoteTool, ToolVersion, check_minimum_version
from app.resources import resource_root

BASE = """
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
"""


def load(tmp_path: Path, tools: str) -> ToolPreferences:
    path = tmp_path / "shop.toml"
    path.write_text(BASE + tools, encoding="utf-8")
    return load_policy(path).tools


def test_preferred_tools_and_minimum_versions(tmp_path: Path) -> None:
    section = (
        '[tools]\npreferred = ["zoho-assist", "TeamViewer"]\n'
        'minimum_versions = { iperius = "4.0", anydesk = "8.0.8" }\n'
    )
    tools = load(tmp_path, section)
    assert tools.preferred == (RemoteTool.ZOHO_ASSIST, RemoteTool.TEAMVIEWER)
    assert tools.minimum_for(RemoteTool.IPERIUS) == ToolVersion.parse("4")
    assert tools.minimum_for(RemoteTool.RUSTDESK) is None


def test_without_a_tools_section_nothing_is_preferred(tmp_path: Path) -> None:
    tools = load(tmp_path, "")
    assert (tools.preferred, tools.minimum_versions) == ((), ())


@pytest.mark.parametrize(
    ("section", "says"),
    [
        ('[tools]\npreferred = ["putty"]\n', "tools.preferred: Unknown remote tool 'putty'"),
        ('[tools]\npreferred = "anydesk"\n', "tools.preferred: must be a list of tools"),
        ('[tools]\npreferred = ["anydesk", "AnyDesk"]\n', "tools.preferred: names 'anydesk' twice"),
        ("[tools]\nminimum_versions = { iperius = 4 }\n", "the version must be text in quotes"),
        ('[tools]\nminimum_versions = { iperius = "new" }\n', "'new' is not a version number"),
        ('[tools]\nminimum_versions = { putty = "1.0" }\n', "Unknown remote tool 'putty'"),
        ('[tools]\nprefered = ["anydesk"]\n', "tools.prefered: is not a key AssistDesk knows"),
    ],
)
def test_mistakes_are_named(tmp_path: Path, section: str, says: str) -> None:
    with pytest.raises(PolicyFileError) as caught:
        load(tmp_path, section)
    assert says in str(caught.value)
    assert str(caught.value).startswith(str(tmp_path / "shop.toml"))


def test_tools_must_be_a_table(tmp_path: Path) -> None:
    path = tmp_path / "shop.toml"
    path.write_text(BASE.replace("[tariff]", 'tools = "anydesk"\n\n[tariff]'), encoding="utf-8")
    with pytest.raises(PolicyFileError, match=r"shop.toml: tools: must be a table\.$"):
        load_policy(path)


def test_the_presets_name_their_tools() -> None:
    folder = resource_root() / "policies"
    assert load_policy(folder / "pardini.toml").tools.preferred == (RemoteTool.ANYDESK,)
    phonetex = load_policy(folder / "phonetex.toml").tools
    assert phonetex.preferred == (RemoteTool.ZOHO_ASSIST, RemoteTool.TEAMVIEWER)
    assert phonetex.launch_order() == (RemoteTool.ZOHO_ASSIST, RemoteTool.TEAMVIEWER)
    assert phonetex.launch_order(RemoteTool.TEAMVIEWER) == (RemoteTool.TEAMVIEWER,
                                                            RemoteTool.ZOHO_ASSIST)  # fmt: skip
    page = load_policy(folder / "page-computers.toml").tools
    assert page.preferred == (RemoteTool.IPERIUS,)
    assert page.minimum_for(RemoteTool.IPERIUS) == ToolVersion.parse("4.0")


@pytest.mark.parametrize(
    ("low", "high"),
    [("4.0", "4.0.1"), ("9.9", "10.0"), ("15.58.4", "15.74.5"), ("3.9.1.0", "4")],
)
def test_versions_compare_as_numbers(low: str, high: str) -> None:
    assert ToolVersion.parse(low) < ToolVersion.parse(high)
    assert ToolVersion.parse("4.0") == ToolVersion.parse("4.0.0") == ToolVersion.parse("4")
    assert hash(ToolVersion.parse("4.0")) == hash(ToolVersion.parse("4"))


def test_a_version_is_found_in_program_output() -> None:
    assert ToolVersion.find("TeamViewer 15.74.5 (DEB)") == ToolVersion.parse("15.74.5")
    assert ToolVersion.find("no version here") is None
    assert str(ToolVersion.parse(" 8.0.8 ")) == "8.0.8"


def test_the_minimum_check() -> None:
    minimum = ToolVersion.parse("4.0")
    check_minimum_version(RemoteTool.IPERIUS, ToolVersion.parse("4.0.0"), minimum)
    check_minimum_version(RemoteTool.IPERIUS, None, minimum)  # unknown: the plan says check it
    check_minimum_version(RemoteTool.IPERIUS, ToolVersion.parse("1.0"), None)
    with pytest.raises(DomainError, match=r"^Iperius Remote 3\.9 is older than 4\.0, "):
        check_minimum_version(RemoteTool.IPERIUS, ToolVersion.parse("3.9"), minimum)
