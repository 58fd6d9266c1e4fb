"""AssistDesk: the technician's desk for paid remote-support sessions."""

from __future__ import annotations

from functools import cache

APP_NAME = "AssistDesk"
APP_ID = "org.assistdesk.AssistDesk"


@cache
def version() -> str:
    """The installed distribution's version (pyproject.toml is the one source of truth).

    Looked up on demand: importlib.metadata costs ~20 ms, too much for every start."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("assistdesk")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+unknown"
