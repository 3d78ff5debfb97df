"""PyInstaller's entry script: the same thing the ``backbreak`` console script runs."""

import sys

from backbreak.cli import main

if __name__ == "__main__":
    sys.exit(main())
