"""Every layer imports only what docs/../DESIGN.md's arrows allow (read from the source, every
import statement, deferred ones inside functions included): core nothing of ours; storage, tools,
documents and mail no Qt; the GUI no SQL and, once the renovation of issue 16 is done, nothing
below the services. The GUI's imports that still reach below the services are listed in UI_DEBTS:
a new one fails this test, and so does a listed one that is gone (take it off the list)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import app

APP = Path(app.__file__).parent
QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "alembic", "psycopg")

SERVICES_MAY_IMPORT = frozenset({
    "app", "core", "documents", "local_time", "mail", "paths", "private_files", "resources",
    "services", "setting_rules", "settings", "storage", "tools",
})  # fmt: skip

# layer: (the layers of ours it may import, the outside packages it must not)
RULES: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "core": (frozenset({"core"}), QT + SQL),
    "storage": (frozenset({"core", "storage", "documents", "private_files"}), QT),
    "tools": (frozenset({"core", "tools"}), QT + SQL),
    "documents": (frozenset({"core", "documents", "resources"}), QT + SQL),
    "mail": (frozenset({"core", "documents", "mail", "resources"}), QT + SQL),
    "services": (SERVICES_MAY_IMPORT, QT),
    # the package's own constants (app.APP_NAME), and the leaf helpers that locate files
    "ui": (frozenset({"app", "core", "services", "ui", "resources", "paths", "logfile"}), SQL),
}

# Imports of the GUI that reach below the services: each moves behind a service in issue 16.
UI_DEBTS = frozenset({
    ("ui/session/connect_controller.py", "app.tools.adapter"),
    ("ui/session/connect_controller.py", "app.tools.evidence"),
    ("ui/session/connect_controller.py", "app.tools.host"),
    ("ui/session/connect_controller.py", "app.tools.launch_plan"),
    ("ui/session/connect_controller.py", "app.tools.launcher"),
    ("ui/session/connect_controller.py", "app.tools.one_time_password"),
    ("ui/session/connect_controller.py", "app.tools.session_watcher"),
    ("ui/customers/customer_dialogs.py", "app.tools.catalogue"),
    ("ui/shell/desk.py", "app.settings"),
    ("ui/shell/desk_menus.py", "app.settings"),
    ("ui/i18n.py", "app.settings"),
    ("ui/shell/launch.py", "app.storage.log_snapshot"),
    ("ui/shell/launch.py", "app.tools.host"),
    ("ui/office/office_services.py", "app.documents.invoice_pdf"),
    ("ui/office/office_services.py", "app.mail.mail_setup"),
    ("ui/office/office_services.py", "app.mail.smtp"),
    ("ui/office/office_services.py", "app.mail.templates"),
    ("ui/office/office_services.py", "app.settings"),
    ("ui/office/office_services.py", "app.storage.database"),
    ("ui/office/office_services.py", "app.tools.secret_store"),
    ("ui/shell/opening.py", "app.storage.database"),
    ("ui/office/outbox/outbox_window.py", "app.storage.outbox_queue"),
    ("ui/office/reconcile/reconcile_model.py", "app.tools.evidence"),
    ("ui/office/reconcile/reconcile_model.py", "app.tools.reconciliation"),
    ("ui/office/reconcile/reconcile_view.py", "app.tools.history"),
    ("ui/office/reconcile/reconcile_view.py", "app.tools.reconciliation"),
    ("ui/office/reconcile/reconcile_window.py", "app.tools.evidence"),
    ("ui/office/reconcile/reconcile_window.py", "app.tools.history"),
    ("ui/office/reconcile/reconcile_window.py", "app.tools.reconciliation"),
    ("ui/session/session_detection.py", "app.tools.catalogue"),
    ("ui/session/session_detection.py", "app.tools.evidence"),
    ("ui/session/session_detection.py", "app.tools.host"),
    ("ui/office/setting_problems.py", "app.setting_rules"),
    ("ui/office/setting_problems.py", "app.setting_schema"),
    ("ui/office/setting_problems.py", "app.settings"),
    ("ui/office/settings_dialog.py", "app.settings"),
    ("ui/office/settings_dialog.py", "app.tools.secret_store"),
    ("ui/office/settings_fields.py", "app.settings"),
    ("ui/office/setting_rows.py", "app.settings"),  # the settings dialog's rows, moved
    ("ui/office/setup_wizard.py", "app.settings"),
})  # fmt: skip


def imports(path: Path) -> Iterator[str]:
    """Every module `path` imports by absolute name (relative imports stay in their package)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def layer_files(layer: str) -> list[Path]:
    folder = APP / layer
    files = sorted(folder.rglob("*.py")) if folder.is_dir() else [APP / f"{layer}.py"]
    return [path for path in files if "migrations" not in path.parts]


def ours(module: str) -> str | None:
    """The layer of ours `module` is in ("app" for the package itself), or None."""
    if module == "app":
        return "app"
    return module.split(".")[1] if module.startswith("app.") else None


@pytest.mark.parametrize("layer", sorted(RULES))
def test_a_layer_imports_only_what_its_arrows_allow(layer: str) -> None:
    allowed, outside = RULES[layer]
    wrong = []
    for path in layer_files(layer):
        name = path.relative_to(APP).as_posix()
        for module in imports(path):
            target = ours(module)
            below = target is not None and target not in allowed
            if module.split(".")[0] in outside or (below and (name, module) not in UI_DEBTS):
                wrong.append(f"{name} imports {module}")
    assert not wrong, "\n".join(wrong)
    assert layer_files(layer), f"no files in app/{layer}"


def test_every_debt_listed_is_still_owed() -> None:
    found = {
        (path.relative_to(APP).as_posix(), module)
        for path in layer_files("ui")
        for module in imports(path)
    }
    paid = sorted(UI_DEBTS - found)
    assert not paid, f"no longer imported, take off UI_DEBTS: {paid}"


def test_every_layer_has_a_rule() -> None:
    packages = {path.name for path in APP.iterdir() if (path / "__init__.py").exists()}
    assert packages - {"commands"} <= set(RULES), sorted(packages - set(RULES))
