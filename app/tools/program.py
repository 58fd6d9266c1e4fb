"""Finding a tool's program (a configured path first, then PATH, then the OS's default places)
and reading its version without trusting it to behave: the Windows file-version resource, a macOS
bundle's Info.plist, or elsewhere the output of its version option, with a timeout."""

from __future__ import annotations

import plistlib
import struct
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.remote_tool import RemoteTool, ToolVersion
from app.tools.host import Host, HostOS


@dataclass(frozen=True, slots=True)
class ProgramSpec:
    """Where a tool's program lives: names looked up on PATH and default paths (with %VAR% or ~),
    per OS; and the arguments that make it print its version, where it has any."""

    path_names: Mapping[HostOS, tuple[str, ...]] = field(default_factory=dict)
    locations: Mapping[HostOS, tuple[str, ...]] = field(default_factory=dict)
    version_args: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Program:
    """A found program: where, how it was found, and its version when the tool can tell."""

    path: str
    found_by: str  # "configured", "PATH" or "default location"
    version: ToolVersion | None = None


def find_program(
    tool: RemoteTool, spec: ProgramSpec, host: Host, configured: str | None = None
) -> Program | None:
    """The program, or None when it is not installed in any place AssistDesk knows. A configured
    path that is not a program is an error, not a reason to look elsewhere."""
    if configured:
        path = host.expand(configured.strip()) or configured.strip()
        if not host.probe(path):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The configured {tool} program {path!r} does not exist or cannot "
                    "be run; correct the path in the settings.",
                ).format(tool=tool.display_name, path=path)
            )
        return Program(path, "configured")
    for name in spec.path_names.get(host.os, ()):
        found = host.which(name)
        if found:
            return Program(found, "PATH")
    found = host.first_program(spec.locations.get(host.os, ()))
    return Program(found, "default location") if found else None


# VS_FIXEDFILEINFO starts with the signature 0xFEEF04BD, little-endian.
_FIXED_FILE_INFO = b"\xbd\x04\xef\xfe"
_CHUNK = 1 << 20
VERSION_TIMEOUT_SECONDS = 5.0


def pe_file_version(path: str | Path) -> ToolVersion | None:
    """The FILEVERSION of a Windows executable's version resource, or None."""
    try:
        with open(path, "rb") as handle:
            tail = b""
            while chunk := handle.read(_CHUNK):
                data = tail + chunk
                at = data.find(_FIXED_FILE_INFO)
                if at >= 0 and len(data) >= at + 16:
                    _sig, _struct, high, low = struct.unpack_from("<4I", data, at)
                    return ToolVersion((high >> 16, high & 0xFFFF, low >> 16, low & 0xFFFF))
                if at >= 0:  # the structure straddles the chunk boundary
                    tail = data[at:]
                    continue
                tail = data[-3:]
    except OSError:
        return None
    return None


def bundle_version(path: str | Path) -> ToolVersion | None:
    """CFBundleShortVersionString of the .app bundle a macOS program sits in, or None."""
    text = str(path)
    cut = text.find(".app/")
    if cut < 0:
        return None
    plist = Path(text[: cut + 4]) / "Contents" / "Info.plist"
    try:
        with plist.open("rb") as handle:
            info = plistlib.load(handle)
    except (OSError, plistlib.InvalidFileException, ValueError):
        return None
    value = info.get("CFBundleShortVersionString") if isinstance(info, dict) else None
    return ToolVersion.find(value) if isinstance(value, str) else None


def output_version(path: str, args: tuple[str, ...]) -> ToolVersion | None:
    """Run `path args` (no shell, no input, a timeout) and find a version in what it prints."""
    try:
        done = subprocess.run(
            [path, *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=VERSION_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    text = (done.stdout or b"").decode("utf-8", "replace")
    return ToolVersion.find(text)


def read_version(program: Program, spec: ProgramSpec, host: Host) -> Program:
    """`program` with its version filled in where this tool and OS can tell it."""
    if host.os is HostOS.WINDOWS:
        version = pe_file_version(program.path)
    elif host.os is HostOS.MACOS and ".app/" in program.path:
        version = bundle_version(program.path)
    elif spec.version_args is not None:
        version = output_version(program.path, spec.version_args)
    else:
        version = None
    return Program(program.path, program.found_by, version)
