"""The launch of each tool on each OS, as data: argv, stdin, URL, notes. Nothing runs here."""

from __future__ import annotations

import pytest

from app.core.errors import DomainError
from app.core.remote_tool import RemoteTool
from app.tools.adapter import LaunchRequest
from app.tools.catalogue import adapter_for
from app.tools.host import HostOS
from app.tools.launch_plan import Confirmation, LaunchKind, LaunchPlan
from app.tools.one_time_password import OneTimePassword
from tests.tools.conftest import WINDOWS_ENV, fake_host

SECRET = "k7#Qx-91"
LINUX_HOME = {"HOME": "/home/tech", "PATH": "/nowhere"}
MAC_HOME = {"HOME": "/Users/tech", "PATH": "/nowhere"}
ANYDESK_EXE = r"C:\Program Files (x86)\AnyDesk\AnyDesk.exe"
TEAMVIEWER_EXE = r"C:\Program Files\TeamViewer\TeamViewer.exe"


def plan(tool: RemoteTool, os_name: HostOS, existing: set[str], remote_id: str,
         password: OneTimePassword | None = None) -> LaunchPlan:  # fmt: skip
    env = WINDOWS_ENV if os_name is HostOS.WINDOWS else (
        MAC_HOME if os_name is HostOS.MACOS else LINUX_HOME)  # fmt: skip
    host = fake_host(os_name, existing, **env)
    return adapter_for(tool).prepare(LaunchRequest(remote_id, password), host)


def assert_no_secret(launch: LaunchPlan) -> None:
    text = " ".join(launch.argv) + launch.url + " ".join(launch.notes) + repr(launch)
    assert SECRET not in text


def test_anydesk_on_windows_pipes_the_password_to_stdin() -> None:
    password = OneTimePassword(SECRET)
    launch = plan(RemoteTool.ANYDESK, HostOS.WINDOWS, {ANYDESK_EXE}, "123 456 789", password)
    assert launch.kind is LaunchKind.PROGRAM
    assert launch.argv == (ANYDESK_EXE, "123456789", "--with-password")
    assert launch.stdin is password
    assert launch.cwd == r"C:\Program Files (x86)\AnyDesk"
    assert launch.confirmation is Confirmation.DETECTED
    assert "standard input" in launch.notes[0]
    assert_no_secret(launch)


def test_anydesk_on_linux_without_a_password() -> None:
    launch = plan(RemoteTool.ANYDESK, HostOS.LINUX, {"/usr/bin/anydesk"}, "1108841617")
    assert launch.argv == ("/usr/bin/anydesk", "1108841617")
    assert launch.stdin is None
    assert launch.cwd is None


@pytest.mark.parametrize(
    ("os_name", "existing", "argv"),
    [
        (HostOS.MACOS, {"/Applications/AnyDesk.app/Contents/MacOS/AnyDesk"},
         ("open", "anydesk:123456789")),
        (HostOS.LINUX, set(), ("xdg-open", "anydesk:123456789")),
        (HostOS.WINDOWS, set(), ()),
    ],
    ids=["macos-always-url", "linux-not-found", "windows-not-found"],
)  # fmt: skip
def test_anydesk_falls_back_to_its_url(
    os_name: HostOS, existing: set[str], argv: tuple[str, ...]
) -> None:
    password = OneTimePassword(SECRET)
    launch = plan(RemoteTool.ANYDESK, os_name, existing, "123 456 789", password)
    assert launch.kind is LaunchKind.URL
    assert launch.url == "anydesk:123456789"
    assert launch.argv == argv
    assert launch.stdin is None  # a URL cannot carry the password: the technician types it
    assert launch.opener == {HostOS.MACOS: "open", HostOS.LINUX: "xdg-open"}.get(
        os_name, "os.startfile")  # fmt: skip
    assert any("Type the session password into AnyDesk" in n for n in launch.notes)
    assert_no_secret(launch)


@pytest.mark.parametrize(
    ("os_name", "existing", "kind", "argv"),
    [
        (HostOS.WINDOWS, {TEAMVIEWER_EXE}, LaunchKind.PROGRAM, (TEAMVIEWER_EXE, "-i", "565955529")),
        (HostOS.LINUX, {"/usr/bin/teamviewer"}, LaunchKind.PROGRAM,
         ("/usr/bin/teamviewer", "-i", "565955529")),
        (HostOS.LINUX, set(), LaunchKind.URL,
         ("xdg-open", "teamviewer10://control?device=565955529")),
        (HostOS.MACOS, {"/Applications/TeamViewer.app/Contents/MacOS/TeamViewer"}, LaunchKind.URL,
         ("open", "teamviewer10://control?device=565955529")),
        (HostOS.WINDOWS, set(), LaunchKind.URL, ()),
    ],
    ids=["windows", "linux", "linux-not-found", "macos", "windows-not-found"],
)  # fmt: skip
def test_teamviewer_never_gets_the_password(
    os_name: HostOS, existing: set[str], kind: LaunchKind, argv: tuple[str, ...]
) -> None:
    password = OneTimePassword(SECRET)
    launch = plan(RemoteTool.TEAMVIEWER, os_name, existing, "565 955 529", password)
    assert (launch.kind, launch.argv, launch.stdin) == (kind, argv, None)
    assert "--Password" not in launch.argv
    assert "authorization" not in launch.url
    assert any("visible to other programs" in note for note in launch.notes)
    assert_no_secret(launch)


@pytest.mark.parametrize(
    ("os_name", "existing", "argv"),
    [
        (HostOS.WINDOWS, {r"C:\Program Files\RustDesk\rustdesk.exe"},
         (r"C:\Program Files\RustDesk\rustdesk.exe", "--connect", "123456789")),
        (HostOS.LINUX, {"/usr/bin/rustdesk"}, ("/usr/bin/rustdesk", "--connect", "123456789")),
        (HostOS.MACOS, {"/Applications/RustDesk.app/Contents/MacOS/RustDesk"},
         ("/Applications/RustDesk.app/Contents/MacOS/RustDesk", "--connect", "123456789")),
        (HostOS.LINUX, set(), ("xdg-open", "rustdesk://connection/new/123456789")),
    ],
    ids=["windows", "linux", "macos", "linux-not-found"],
)  # fmt: skip
def test_rustdesk_connects_without_its_password_option(
    os_name: HostOS, existing: set[str], argv: tuple[str, ...]
) -> None:
    launch = plan(RemoteTool.RUSTDESK, os_name, existing, "123 456 789", OneTimePassword(SECRET))
    assert launch.argv == argv
    assert "--password" not in launch.argv
    assert launch.stdin is None
    assert launch.confirmation is Confirmation.DETECTED
    assert_no_secret(launch)


def test_iperius_is_started_and_the_id_is_copied_for_the_technician() -> None:
    exe = r"C:\Program Files\IperiusRemote\IperiusRemote.exe"
    launch = plan(RemoteTool.IPERIUS, HostOS.WINDOWS, {exe}, "456 789 123", OneTimePassword(SECRET))
    assert launch.argv == (exe,)
    assert launch.copy_to_clipboard == "456789123"
    assert launch.stdin is None
    assert launch.confirmation is Confirmation.MANUAL
    assert any("paste the ID 456789123" in note for note in launch.notes)
    assert_no_secret(launch)


@pytest.mark.parametrize("os_name", [HostOS.WINDOWS, HostOS.LINUX])
def test_iperius_not_found_is_one_sentence(os_name: HostOS) -> None:
    with pytest.raises(DomainError, match=r"^Iperius Remote was not found on this computer; "):
        plan(RemoteTool.IPERIUS, os_name, set(), "456789123")


def test_a_bad_id_is_refused_before_looking_for_the_program() -> None:
    looked: list[str] = []
    host = fake_host(HostOS.LINUX, set(), PATH="/nowhere")

    def probe(path: str) -> bool:
        looked.append(path)
        return False

    object.__setattr__(host, "probe", probe)
    with pytest.raises(DomainError, match="is not a valid AnyDesk ID"):
        adapter_for(RemoteTool.ANYDESK).prepare(LaunchRequest("--plain"), host)
    assert looked == []
