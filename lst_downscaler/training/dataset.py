"""MODIS LST + NDVI training scenes, on the same grids the plugin uses at inference.

Only the MODIS layers are read: the ASTER layers of the same pairs are the test
reference and never enter training.
"""

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..core.io import resample
from ..core.deep.inputs import network_inputs
from ..core.lst import plan_for, read_coarse_lst
from ..core.io.raster import BandSource, GridReader


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


def model_inputs(lst_coarse, ndvi, norm, factor=4):
    """(inputs (2, H, W) z-scored, fine validity) as the network sees them at inference."""
    filled = resample.fill_gaps(lst_coarse)
    bicubic = resample.upsample_cubic(filled, factor, 0, *ndvi.shape)
    return network_inputs(bicubic, ndvi, norm), np.isfinite(ndvi)


def sif_arrays(scene, norm, factor=4):
    """Arrays of one scene for the SIF loss: inputs, z-scored coarse LST and validity masks."""
    rows, cols = (n - n % (2 * factor) for n in scene.ndvi.shape)  # crop to whole blocks
    ndvi = scene.ndvi[:rows, :cols]
    lst = scene.lst[:rows // factor, :cols // factor]
    inputs, fine_valid = model_inputs(lst, ndvi, norm, factor)
    coarse_valid = np.isfinite(lst)
    target = np.where(coarse_valid, (lst - norm["lst_mean"]) / norm["lst_std"], 0).astype(np.float32)
    return inputs, target, coarse_valid, fine_valid


def supervised_arrays(scene, norm, degrade, factor=4):
    """Degraded pair for SC-UNet: input = LST degraded by ``factor`` and upsampled back, NDVI
    averaged onto the LST grid; target = the LST itself."""
    lst = resample.fill_gaps(scene.lst)
    rows, cols = (n - n % (2 * factor) for n in lst.shape)
    lst, valid = lst[:rows, :cols], np.isfinite(scene.lst[:rows, :cols])
    coarser = degrade(lst, factor)
    ndvi = resample.block_mean(scene.ndvi, factor)[:rows, :cols]
    inputs, ndvi_valid = model_inputs(coarser, ndvi, norm, factor)
    target = ((lst - norm["lst_mean"]) / norm["lst_std"]).astype(np.float32)
    return inputs, target, valid & ndvi_valid
