"""``python -m lst_downscaler``: the command line (lst_downscaler.cli), without QGIS."""

import sys

from .cli.main import main

if __name__ == "__main__":  # Dask's spawned workers import this module under another name
    sys.exit(main())
