"""app.core is the pure domain: importing all of it must load neither Qt nor SQLAlchemy."""

from __future__ import annotations

import json
import subprocess
import sys

FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic")

SCRIPT = """
import importlib, json, pkgutil, sys
package = importlib.import_module(sys.argv[1])
imported = [package.__name__]
for info in pkgutil.walk_packages(getattr(package, "__path__", []), package.__name__ + "."):
    importlib.import_module(info.name)
    imported.append(info.name)
loaded = sorted({name.split(".")[0] for name in sys.modules})
print(json.dumps({"imported": imported, "loaded": loaded}))
"""


def import_everything_in(package: str) -> tuple[list[str], set[str]]:
    """Import every module of `package` in a fresh interpreter; return them and the top-level
    packages that ended up in sys.modules."""
    done = subprocess.run([sys.executable, "-c", SCRIPT, package], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    return result["imported"], set(result["loaded"])


def test_importing_all_of_app_core_loads_neither_qt_nor_sqlalchemy() -> None:
    imported, loaded = import_everything_in("app.core")
    assert {"app.core.session", "app.core.clock", "app.core.parties"} <= set(imported)
    assert loaded.isdisjoint(FORBIDDEN), sorted(loaded & set(FORBIDDEN))


def test_the_check_sees_sqlalchemy_when_a_layer_does_load_it() -> None:
    # the same probe on a storage module must notice SQLAlchemy, or the test above proves nothing
    _, loaded = import_everything_in("app.storage.models")
    assert "sqlalchemy" in loaded
