"""MODIS LST + NDVI training scenes, on the same grids the plugin uses at inference.

Only the MODIS layers are read: the ASTER layers of the same pairs are the test
reference and never enter training.
"""

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..core.io.raster import BandSource, GridReader
from ..core.lst import plan_for, read_coarse_lst


@dataclass
class Scene:
    pair_id: int
    lst: np.ndarray   # coarse LST (K), NaN for nodata
    ndvi: np.ndarray  # fine NDVI, NaN for nodata


def load_scenes(folder):
    """Every MODIS pair of ``folder`` (modis_aster layout), LST on the NDVI-aligned coarse grid."""
    folder = Path(folder)
    scenes = []
    for entry in json.loads((folder / "index.json").read_text()):
        pair_id = entry["id"]
        lst = BandSource(str(folder / f"{pair_id}_modis_lst_1km.tif"))
        ndvi = BandSource(str(folder / f"{pair_id}_modis_ndvi_250m.tif"))
        plan = plan_for(lst, ndvi.grid())
        with GridReader(ndvi, plan.fine) as reader:
            fine = reader.read(0, plan.fine.height)
        scenes.append(Scene(pair_id, read_coarse_lst(lst, plan), fine))
    return scenes


def normalisation(scenes):
    lst = np.concatenate([s.lst[np.isfinite(s.lst)] for s in scenes])
    ndvi = np.concatenate([s.ndvi[np.isfinite(s.ndvi)] for s in scenes])
    return {"lst_mean": float(lst.mean()), "lst_std": float(lst.std()),
            "ndvi_mean": float(ndvi.mean()), "ndvi_std": float(ndvi.std())}
