"""The bundled program's entry: the same `app.cli:main` as the installed `assistdesk` command."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
