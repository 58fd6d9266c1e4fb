"""The office's own policy files: check a policy's text and save it into the office's folder.

Presets are part of the installation and never written. Saving an edited preset writes the
office's copy, `<config>/policies/<id>.toml`, which the catalogue then uses instead of the preset;
an office file is saved where it is. Text is checked before anything is written, and written to a
temporary file that replaces the old one, so a failed save leaves the previous file whole.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.core.policy import Policy
from app.core.policy_file import policy_from_text
from app.core.policy_source import read_policy_text
from app.services.output_file import write_file
from app.services.policies import PolicyCatalogue


class OfficePolicies:
    """Reads, checks and saves policy files for the catalogue's office folder."""

    def __init__(self, catalogue: PolicyCatalogue) -> None:
        self.catalogue = catalogue

    def is_preset(self, path: Path) -> bool:
        return path.resolve().parent == self.catalogue.presets_dir.resolve()

    def is_office_file(self, path: Path) -> bool:
        return path.resolve().parent == self.catalogue.user_dir.resolve()

    def preset_for(self, policy_id: str) -> Path | None:
        """The shipped preset an office file with this id overrides, if there is one."""
        path = self.catalogue.presets_dir / f"{policy_id}.toml"
        return path if path.is_file() else None

    def read_text(self, path: Path) -> str:
        return read_policy_text(path)

    def check(self, text: str, source: str) -> Policy:
        """The policy `text` describes; a PolicyFileError (one sentence) names the problem."""
        return policy_from_text(text, source)

    def target(self, policy_id: str, editing: Path | None) -> Path:
        """Where saving writes: the office file being edited, else the office's `<id>.toml`."""
        if editing is not None and self.is_office_file(editing):
            return editing
        return self.catalogue.user_dir / f"{policy_id}.toml"

    def save(self, text: str, editing: Path | None = None) -> tuple[Policy, Path]:
        """Check `text`, then write it to the office's folder; nothing is written if it is
        invalid. Returns the policy and the file written."""
        source = editing.name if editing is not None else "policy"
        policy = self.check(text, source)
        path = self.target(policy.id, editing)
        if not text.endswith("\n"):
            text += "\n"
        with contextlib.suppress(OSError):  # one that cannot be made is named by write_file
            path.parent.mkdir(parents=True, exist_ok=True)
        write_file(path, text.encode("utf-8"))
        return policy, path
