"""The shipped translations are complete and usable: every string marked for translation in
app/ui (and the settings' labels) has a finished Portuguese and Dutch translation, with the same
{placeholders} and keyboard mnemonic, and the .qm files the app loads are compiled from the .ts
files as they are committed. `make translations` then translating the new strings (docs/
languages.md) is what makes these pass after strings were added or changed."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"pt": "pt_PT", "nl": "nl_NL"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MNEMONIC = re.compile(r"&(?!&)\S")


# Where translatable text lives: the UI, the settings' labels, and the sentences raised below
# the UI (app.core.messages); the same list as `make translations`.
SOURCES = (
    "app/ui",
    "app/settings.py",
    "app/setting_schema.py",
    "app/settings_file.py",
    "app/setting_rules.py",
    "app/core",
    "app/services",
    "app/tools",
    "app/mail",
    "app/storage",
)


def tool(name: str) -> str:
    """A PySide6 tool installed beside this Python (the venv's bin or Scripts folder)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is missing: install the dev dependencies (make test does)")
    return found


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of each current message; gone ones left out."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((name, message.findtext("source") or "", translation))
    return found


def texts(translation: ET.Element) -> list[str]:
    """The translation, or each plural form of it."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module", params=sorted(LANGUAGES))
def current_ts(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts brought up to date with the code, in a temporary folder: what
    `make translations` would write (kept translations, new strings unfinished)."""
    language = request.param
    ts = tmp_path_factory.mktemp(language) / f"assistdesk_{language}.ts"
    shutil.copy(TRANSLATIONS / f"assistdesk_{language}.ts", ts)
    subprocess.run(
        [
            tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-no-obsolete",
            "-locations", "none", "-source-language", "en",
            "-target-language", LANGUAGES[language], *SOURCES, "-ts", str(ts),
        ],
        cwd=ROOT, check=True, timeout=60,
    )  # fmt: skip
    return ts


def test_every_translatable_string_has_a_finished_translation(current_ts: Path) -> None:
    found = messages(current_ts)
    assert len(found) > 300  # lupdate found the app's strings
    missing = [
        f"{context}: {source!r}"
        for context, source, translation in found
        if translation.get("type") == "unfinished" or not all(texts(translation))
    ]
    assert not missing, (
        f"{len(missing)} string(s) without a finished {current_ts.stem} translation — run "
        "`make translations` and translate them (docs/languages.md):\n" + "\n".join(missing)
    )


def test_translations_keep_the_placeholders_and_the_mnemonic(current_ts: Path) -> None:
    wrong = []
    for context, source, translation in messages(current_ts):
        for text in texts(translation):
            if not text:
                continue  # reported by the test above
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} → {text!r} (placeholders)")
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)):
                wrong.append(f"{context}: {source!r} → {text!r} (the & shortcut)")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_shipped_qm_is_the_committed_ts_compiled(language: str, tmp_path: Path) -> None:
    qm = tmp_path / f"assistdesk_{language}.qm"
    ts = TRANSLATIONS / f"assistdesk_{language}.ts"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60
    )
    shipped = TRANSLATIONS / f"assistdesk_{language}.qm"
    assert shipped.read_bytes() == qm.read_bytes(), "run `make translations`"
