"""app.tools sits on app.core only: importing all of it loads neither Qt nor SQLAlchemy, and none
of AssistDesk's storage, services or GUI."""

from __future__ import annotations

from tests.core.test_layering import FORBIDDEN, import_everything_in


def test_importing_all_of_app_tools_loads_no_qt_no_sqlalchemy() -> None:
    imported, loaded = import_everything_in("app.tools")
    assert {"app.tools.anydesk", "app.tools.session_watcher", "app.tools.launcher"} <= set(imported)
    assert loaded.isdisjoint(FORBIDDEN), sorted(loaded & set(FORBIDDEN))


def test_app_tools_imports_nothing_above_core() -> None:
    import ast
    from pathlib import Path

    import app.tools

    folder = Path(app.tools.__file__).parent
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app."):
                layer = (node.module or "").split(".")[1]
                assert layer in ("core", "tools"), f"{path.name} imports {node.module}"
