"""Start the Maatwerk Workbench GUI: ``python main.py [PROJECT] [--demo] [--screenshot PNG]``."""

from __future__ import annotations

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
