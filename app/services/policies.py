"""Where policies come from: the shipped presets and the office's own files, found by id or path.

Files in the configuration directory's `policies/` folder override a preset with the same id, so an
office can adapt a preset without touching the installation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.errors import DomainError
from app.core.messages import QT_TRANSLATE_NOOP
from app.core.policy import Policy
from app.core.policy_file import PolicyFileError, load_policy
from app.paths import AppPaths
from app.resources import resource_root


@dataclass(frozen=True, slots=True)
class PolicyEntry:
    policy: Policy | None  # None when the file is broken
    path: Path
    problem: str = ""


class PolicyCatalogue:
    def __init__(self, paths: AppPaths, presets_dir: Path | None = None) -> None:
        self.presets_dir = presets_dir or resource_root() / "policies"
        self.user_dir = paths.config_dir / "policies"
        # Parsed files by path, kept while the file's modification time and size are unchanged:
        # resolving is per session or appointment, and parsing every file each time adds up.
        self._parsed: dict[Path, tuple[tuple[int, int], Policy | PolicyFileError]] = {}

    def _load(self, path: Path) -> Policy:
        stat = path.stat()
        key = (stat.st_mtime_ns, stat.st_size)
        cached = self._parsed.get(path)
        if cached is None or cached[0] != key:
            try:
                result: Policy | PolicyFileError = load_policy(path)
            except PolicyFileError as error:
                result = error
            self._parsed[path] = cached = (key, result)
        if isinstance(cached[1], PolicyFileError):
            raise cached[1]
        return cached[1]

    def entries(self) -> list[PolicyEntry]:
        """Every policy file, presets first, then the office's own; broken files are listed with
        their problem instead of hiding them."""
        found: dict[str, PolicyEntry] = {}
        broken: list[PolicyEntry] = []
        for folder in (self.presets_dir, self.user_dir):
            for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
                try:
                    policy = self._load(path)
                except PolicyFileError as error:
                    broken.append(PolicyEntry(None, path, str(error)))
                    continue
                found[policy.id] = PolicyEntry(policy, path)
        return sorted(found.values(), key=lambda e: e.policy.id if e.policy else "") + broken

    def resolve(self, id_or_file: str) -> Policy:
        """A policy by id, or the file at a path (anything with a slash or ending in .toml)."""
        text = id_or_file.strip()
        if text.endswith(".toml") or "/" in text or "\\" in text:
            return load_policy(Path(text).expanduser())
        for entry in self.entries():
            if entry.policy is not None and entry.policy.id == text.lower():
                return entry.policy
        known = ", ".join(e.policy.id for e in self.entries() if e.policy)
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "No policy has the id {id!r}; known ids: {known}."
            ).format(id=text, known=known)
        )
