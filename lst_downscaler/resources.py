"""Paths to the plugin's resources (icons, styles, models).

In the built plugin, ``resources/`` sits inside the package folder; in the source tree
it sits beside it, at the repository root.
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_path(*parts):
    for root in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if root.is_dir():
            return root.joinpath(*parts)
    raise FileNotFoundError("the lst_downscaler resources folder is missing")
