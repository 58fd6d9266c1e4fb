"""Translations. Every user-visible string in app/ui goes through `translate(context, text)`
(or, where it must be a constant, `QT_TRANSLATE_NOOP(context, text)` translated when shown), with
the context a short name for the window or widget ("Desk", "EndSessionDialog"). Only literal
strings are found by `make translations` (pyside6-lupdate): use placeholders and `.format()`,
never an f-string, inside `translate`.

The language is chosen once at startup (`install_language`, called by app.ui.shell.launch before the
window is built): the `display.language` setting, else this computer's language if AssistDesk
speaks it, else English. Money and dates then read in the locale that goes with it: the
computer's own when its language is the chosen one (nl_BE stays nl_BE), else pt_PT, nl_NL or
en_US. A change in Settings applies at the next start (docs/languages.md).

Importing this module loads no Qt, so plain rules (app.ui.today.reminders) can use `translate`.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["QT_TRANSLATE_NOOP", "translate"]

log = logging.getLogger(__name__)

LANGUAGES = ("en", "pt", "nl")  # the seeds' languages
DEFAULT_LOCALES = {"en": "en_US", "pt": "pt_PT", "nl": "nl_NL"}
# Qt's own translations (standard buttons, context menus); Qt ships Brazilian Portuguese only,
# so the European words that differ are overridden in ours (STANDARD_BUTTONS below).
QT_BASE = {"pt": "qtbase_pt_BR", "nl": "qtbase_nl"}
CATALOGUE = "assistdesk"  # resources/translations/assistdesk_<language>.qm
SETTINGS_FILE = "settings.toml"  # app.settings.SETTINGS_FILE, named here to skip that import


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for translation in `context` without translating it (a constant, translated
    with `translate(context, constant)` when shown)."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the language installed on the application (itself when there is none)."""
    core = sys.modules.get("PySide6.QtCore")
    if core is None:  # Qt is not loaded, so no translator can be installed
        return text
    return str(core.QCoreApplication.translate(context, text, disambiguation, n))


def message_text(text: str) -> str:
    """A sentence from below the UI (app.core.messages.Message) in the installed language, with
    the same values; any other text, or a translation whose placeholders do not fit, as given."""
    from app.core.messages import CONTEXT, Message

    if not isinstance(text, Message):
        return str(text)
    values = {k: message_text(v) if isinstance(v, Message) else v for k, v in text.values.items()}
    try:  # a value that is itself a Message (a state's word) is translated too
        return translate(CONTEXT, text.template).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)


# Qt's standard buttons, in our catalogue so European Portuguese says "Guardar", not "Salvar";
# our translator is asked before Qt's.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)


def chosen_language(setting: str, system_locale: str) -> str:
    """The setting when it names a language; else the system's language if it is one of ours;
    else English. `system_locale`: "pt_PT", "nl_BE", "C"…"""
    if setting in LANGUAGES:
        return setting
    system_language = system_locale.replace("-", "_").split("_")[0].lower()
    return system_language if system_language in LANGUAGES else "en"


def locale_for(language: str, system_locale: str) -> str:
    """The locale money and dates read in: the system's when it speaks `language` (and Babel
    knows it), else the language's usual one (pt → pt_PT, so "13,50 €")."""
    name = system_locale.replace("-", "_")
    if name.split("_")[0].lower() == language and "_" in name:
        from babel import Locale, UnknownLocaleError  # only once the window is shown

        try:
            Locale.parse(name)
        except (ValueError, UnknownLocaleError):
            pass
        else:
            return name
    return DEFAULT_LOCALES.get(language, DEFAULT_LOCALES["en"])


def translations_dir() -> Path:
    from app.resources import resource_root

    return resource_root() / "translations"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own .qm files are: Qt's configured path, then PySide6's folder (a frozen
    bundle keeps them there)."""
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [configured, Path(PySide6.__file__).parent / "Qt" / "translations"]


@dataclass
class InstalledLanguage:
    """The language on the application and the translators that give it; `remove()` takes
    them off again (the tests do, so the next test is in English)."""

    language: str
    system_locale: str
    translators: list[Any] = field(default_factory=list)
    _locale: str | None = None

    @property
    def locale(self) -> str:
        """For money and dates (Babel); worked out when first asked (Babel takes a moment)."""
        if self._locale is None:
            self._locale = locale_for(self.language, self.system_locale)
        return self._locale

    def remove(self) -> None:
        global _installed
        from PySide6.QtCore import QCoreApplication, QLocale

        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(QLocale.system())
        if _installed is self:
            _installed = None


_installed: InstalledLanguage | None = None


def install_language(setting: str = "", system_locale: str | None = None) -> InstalledLanguage:
    """Put the chosen language on the running QCoreApplication: Qt's own translation (where it
    exists), then ours, so ours is asked first. English installs nothing. Replaces a language
    installed before."""
    global _installed
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    if _installed is not None:
        _installed.remove()
    system = system_locale if system_locale is not None else QLocale.system().name()
    installed = InstalledLanguage(chosen_language(setting, system), system)
    if installed.language != "en":
        wanted = [(f"{CATALOGUE}_{installed.language}", [translations_dir()])]
        if installed.language in QT_BASE:  # installed first, so asked after ours
            wanted.insert(0, (QT_BASE[installed.language], qt_translations_dirs()))
        for name, folders in wanted:
            translator = QTranslator()  # kept alive by `installed.translators`
            if any(translator.load(name, str(folder)) for folder in folders):
                QCoreApplication.installTranslator(translator)
                installed.translators.append(translator)
            else:
                log.warning("no %s.qm in %s: those texts stay in English", name, folders)
    same = system.split("_")[0] == installed.language  # the system's own variant, e.g. nl_BE
    QLocale.setDefault(QLocale(system if same else DEFAULT_LOCALES[installed.language]))
    _installed = installed
    return installed


def installed_language() -> InstalledLanguage | None:
    return _installed


def installed_locale() -> str:
    """The locale of the installed language (en_US when none was installed)."""
    return _installed.locale if _installed is not None else DEFAULT_LOCALES["en"]


def setting_language(config_dir: Path) -> str:
    """`display.language` from the settings file ("" when unset or the file is unreadable: the
    settings dialog and the status bar say what is wrong with it). Without a settings file no
    TOML parser is loaded (a few milliseconds before the window shows)."""
    if not (config_dir / SETTINGS_FILE).exists():
        return ""
    from app.core.errors import DomainError
    from app.settings import Settings

    try:
        return str(Settings.load(config_dir)["display.language"])
    except DomainError:
        return ""
