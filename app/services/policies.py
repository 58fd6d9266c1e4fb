"""Where policies come from: the shipped presets and the office's own files, found by id or path.

Files in the configuration directory's `policies/` folder override a preset with the same id, so an
office can adapt a preset without touching the installation. An office file that no longer reads
still holds its id (the `id` it names, else its file name): that policy is refused with the file's
problem until the file is fixed or removed, never quietly priced by the preset it replaced.
A symbolic link to nothing there is such a file too: it stands for its file name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.policy import Policy
from app.core.policy_file import PolicyFileError, load_policy
from app.core.policy_reader import POLICY_ID
from app.core.policy_source import read_policy_text, read_toml
from app.paths import AppPaths
from app.resources import resource_root

Parsed = Policy | PolicyFileError


@dataclass(frozen=True, slots=True)
class PolicyEntry:
    policy: Policy | None  # None when the file is broken
    path: Path
    problem: str = ""
    claims: str = ""  # a broken file: the id it stands for


class PolicyCatalogue:
    def __init__(self, paths: AppPaths, presets_dir: Path | None = None) -> None:
        self.presets_dir = presets_dir or resource_root() / "policies"
        self.user_dir = paths.config_dir / "policies"
        # Parsed files by path, kept while the file's modification time and size are unchanged:
        # resolving is per session or appointment, and parsing every file each time adds up.
        self._parsed: dict[Path, tuple[tuple[int, int], Parsed, str]] = {}

    def _load(self, path: Path) -> tuple[Parsed, str]:
        """The file's policy or its problem, and the id it stands for. A name that cannot be
        looked at (a link to nothing) has its problem until it can."""
        try:
            stat = path.stat()
            key = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            key = (-1, -1)
        cached = self._parsed.get(path)
        if cached is None or cached[0] != key:
            try:
                policy = load_policy(path)
                cached = (key, policy, policy.id)
            except PolicyFileError as error:
                cached = (key, error, _claimed_id(path))
            self._parsed[path] = cached
        return cached[1], cached[2]

    def entries(self) -> list[PolicyEntry]:
        """Every policy file, presets first, then the office's own; broken files are listed with
        their problem instead of hiding them."""
        found: dict[str, PolicyEntry] = {}
        broken: list[PolicyEntry] = []
        for path in self._files():
            parsed, policy_id = self._load(path)
            if isinstance(parsed, PolicyFileError):
                broken.append(PolicyEntry(None, path, str(parsed), policy_id))
            else:
                found[policy_id] = PolicyEntry(parsed, path)
        return sorted(found.values(), key=lambda e: e.policy.id if e.policy else "") + broken

    def _files(self) -> list[Path]:
        return [
            path
            for folder in (self.presets_dir, self.user_dir)
            for path in (sorted(folder.glob("*.toml")) if folder.is_dir() else [])
        ]

    def resolve(self, id_or_file: str) -> Policy:
        """A policy by id, or the file at a path (anything with a slash or ending in .toml).
        A broken file standing for the id refuses it with its problem (PolicyFileError)."""
        text = id_or_file.strip()
        if text.endswith(".toml") or "/" in text or "\\" in text:
            return load_policy(Path(text).expanduser())
        wanted = text.lower()
        chosen: Parsed | None = None
        for folder in (self.presets_dir, self.user_dir):
            # In each folder a broken file outweighs a good one with the same id: which of the
            # two the office meant cannot be known. The office's folder outweighs the presets.
            good: Parsed | None = None
            bad: Parsed | None = None
            for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
                parsed, policy_id = self._load(path)
                if policy_id != wanted:
                    continue
                if isinstance(parsed, PolicyFileError):
                    bad = bad or parsed
                else:
                    good = parsed
            chosen = bad or good or chosen
        if isinstance(chosen, PolicyFileError):
            raise chosen
        if chosen is not None:
            return chosen
        known = ", ".join(e.policy.id for e in self.entries() if e.policy)
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "No policy has the id {id!r}; known ids: {known}."
            ).format(id=text, known=known)
        )


def _claimed_id(path: Path) -> str:
    """The id a file that is not a usable policy stands for: the `id` it names if that much can
    be read, else its file name ("pardini.toml" stands for pardini)."""
    try:
        named = read_toml(read_policy_text(path), str(path)).get("id")
    except DomainError:
        named = None
    if isinstance(named, str) and POLICY_ID.fullmatch(named.strip()):
        return named.strip().lower()
    return path.stem.lower()
