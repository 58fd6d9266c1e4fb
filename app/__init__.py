"""AssistDesk: the technician's desk for paid remote-support sessions."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("assistdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "AssistDesk"
APP_ID = "org.assistdesk.AssistDesk"
