"""``python -m conflictfigures``: the ``conflictfigures`` command."""

import sys

from conflictfigures.cli import main

if __name__ == "__main__":
    sys.exit(main())
