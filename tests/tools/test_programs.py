"""Finding a tool's program (configured path, PATH, default places), its version, and refusing one
older than the minimum."""

from __future__ import annotations

import plistlib
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.errors import DomainError
from app.core.remote_tool import RemoteTool, ToolVersion
from app.tools.adapter import LaunchRequest
from app.tools.catalogue import adapter_for
from app.tools.host import Host, HostOS
from app.tools.program import bundle_version, find_program, pe_file_version
from tests.tools.conftest import WINDOWS_ENV, FakeTool, fake_host


def test_found_on_path_with_the_version_it_prints(
    fake_tools: Callable[..., FakeTool], linux_host: Host
) -> None:
    tool = fake_tools("anydesk", version_output="AnyDesk 8.0.8 (linux)")
    program = adapter_for(RemoteTool.ANYDESK).find(linux_host)
    assert program is not None
    assert (program.path, program.found_by) == (str(tool.path), "PATH")
    assert program.version == ToolVersion.parse("8.0.8")
    assert tool.calls() == [{"argv": ["--version"], "stdin": ""}]


def test_teamviewer_tells_its_version_through_info(
    fake_tools: Callable[..., FakeTool], linux_host: Host
) -> None:
    fake_tools("teamviewer", version_output="TeamViewer 15.74.5 (DEB)\nTeamViewer ID: 1")
    program = adapter_for(RemoteTool.TEAMVIEWER).find(linux_host)
    assert program is not None
    assert str(program.version) == "15.74.5"


def test_a_configured_path_wins_and_a_wrong_one_is_named(
    fake_tools: Callable[..., FakeTool], linux_host: Host, tmp_path: Path
) -> None:
    fake_tools("rustdesk", version_output="1.4.1")
    elsewhere = tmp_path / "opt" / "rustdesk"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes((tmp_path / "bin" / "rustdesk").read_bytes())
    elsewhere.chmod(0o755)
    adapter = adapter_for(RemoteTool.RUSTDESK)
    program = adapter.find(linux_host, str(elsewhere))
    assert program is not None
    assert (program.path, program.found_by) == (str(elsewhere), "configured")
    with pytest.raises(DomainError, match=r"^The configured RustDesk program '.*missing' does "):
        adapter.find(linux_host, str(tmp_path / "missing"))


def test_windows_default_places_are_looked_at_in_order() -> None:
    x86 = r"C:\Program Files (x86)\AnyDesk\AnyDesk.exe"
    plain = r"C:\Program Files\AnyDesk\AnyDesk.exe"
    host = fake_host(HostOS.WINDOWS, {x86, plain}, **WINDOWS_ENV)
    program = adapter_for(RemoteTool.ANYDESK).program
    found = find_program(RemoteTool.ANYDESK, program, host)
    assert found is not None
    assert (found.path, found.found_by) == (x86, "default location")
    without_variables = fake_host(HostOS.WINDOWS, {x86})
    assert find_program(RemoteTool.ANYDESK, program, without_variables) is None


def test_not_installed_is_none(linux_host: Host) -> None:
    assert adapter_for(RemoteTool.TEAMVIEWER).find(linux_host) is None


def pe_with_version(path: Path, version: tuple[int, int, int, int], before: int = 4096) -> Path:
    a, b, c, d = version
    fixed = struct.pack("<4I", 0xFEEF04BD, 0x00010000, (a << 16) | b, (c << 16) | d)
    path.write_bytes(b"MZ" + b"\0" * before + b"VS_VERSION_INFO" + fixed + b"\0" * 64)
    return path


def test_a_windows_version_resource_is_read(tmp_path: Path) -> None:
    exe = pe_with_version(tmp_path / "IperiusRemote.exe", (4, 2, 1, 0))
    assert pe_file_version(exe) == ToolVersion.parse("4.2.1")
    straddling = pe_with_version(tmp_path / "big.exe", (8, 0, 8, 0), before=(1 << 20) - 20)
    assert pe_file_version(straddling) == ToolVersion.parse("8.0.8")
    (tmp_path / "plain.exe").write_bytes(b"MZ" + b"\0" * 100)
    assert pe_file_version(tmp_path / "plain.exe") is None
    assert pe_file_version(tmp_path / "absent.exe") is None


def test_a_macos_bundle_version_is_read(tmp_path: Path) -> None:
    bundle = tmp_path / "Applications" / "TeamViewer.app" / "Contents"
    (bundle / "MacOS").mkdir(parents=True)
    (bundle / "MacOS" / "TeamViewer").write_bytes(b"")
    with (bundle / "Info.plist").open("wb") as out:
        plistlib.dump({"CFBundleShortVersionString": "15.58.4"}, out)
    assert bundle_version(bundle / "MacOS" / "TeamViewer") == ToolVersion.parse("15.58.4")
    assert bundle_version(tmp_path / "no-bundle") is None


def test_an_older_version_is_refused_in_one_sentence(
    fake_tools: Callable[..., FakeTool], linux_host: Host
) -> None:
    tool = fake_tools("anydesk", version_output="AnyDesk 7.1.2")
    request = LaunchRequest("123456789", minimum_version=ToolVersion.parse("8.0.8"))
    with pytest.raises(DomainError) as caught:
        adapter_for(RemoteTool.ANYDESK).prepare(request, linux_host)
    assert str(caught.value) == (
        "AnyDesk 7.1.2 is older than 8.0.8, the oldest version allowed here; "
        "update AnyDesk and try again."
    )
    assert [call["argv"] for call in tool.calls()] == [["--version"]]  # nothing was launched


def test_a_version_that_cannot_be_read_gets_a_note_not_a_refusal(tmp_path: Path) -> None:
    exe = r"C:\Program Files\IperiusRemote\IperiusRemote.exe"
    host = fake_host(HostOS.WINDOWS, {exe}, **WINDOWS_ENV)  # the file is not there to read
    request = LaunchRequest("456789123", minimum_version=ToolVersion.parse("4.0"))
    launch = adapter_for(RemoteTool.IPERIUS).prepare(request, host)
    assert any("make sure it is 4.0 or newer" in note for note in launch.notes)


def test_an_old_iperius_is_refused_from_its_version_resource(tmp_path: Path) -> None:
    exe = pe_with_version(tmp_path / "IperiusRemote.exe", (3, 9, 1, 0))
    host = Host(HostOS.WINDOWS, {}, probe=lambda path: path == str(exe))
    request = LaunchRequest("456789123", program_path=str(exe),
                            minimum_version=ToolVersion.parse("4.0"))  # fmt: skip
    with pytest.raises(DomainError, match=r"^Iperius Remote 3\.9\.1\.0 is older than 4\.0, "):
        adapter_for(RemoteTool.IPERIUS).prepare(request, host)
