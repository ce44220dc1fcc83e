"""Paths to the real satellite data in ../shared/data; tests skip cleanly without it."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("LST_DOWNSCALER_DATA", ROOT.parent / "shared" / "data"))

LIVERPOOL = "landsat/LC08_L2SP_204023_20200927_20201006_02_T1-cropped"
MOMOTOMBO = "landsat/LC08_L2SP_017051_20151205_20200908_02_T1-cropped"


def require(*parts):
    """Path of a file or folder of the shared data; skip the test when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real data not available: {path} is absent (expected ../shared/data)")
    return path


def modis_aster(pair_id):
    """(MODIS LST 1 km, MODIS NDVI 250 m, ASTER LST) paths of one MODIS/ASTER pair."""
    folder = require("modis_aster")
    return tuple(folder / f"{pair_id}_{name}.tif"
                 for name in ("modis_lst_1km", "modis_ndvi_250m", "aster_lst_250m"))
