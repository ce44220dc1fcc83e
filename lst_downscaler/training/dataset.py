"""MODIS LST + NDVI training scenes, on the same grids the plugin uses at inference.

Only the MODIS layers are read: the ASTER layers of the same pairs are the test
reference and never enter training.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..core.deep.registry import LST, NDVI, channel
from ..core.io.raster import BandSource, GridReader
from ..core.lst import plan_for, read_coarse_lst


@dataclass
class Scene:
    pair_id: object
    lst: np.ndarray     # coarse LST (K), NaN for nodata
    ndvi: np.ndarray    # fine NDVI, NaN for nodata
    auxiliary: dict = field(default_factory=dict)  # further fine layers by channel name, in order

    @property
    def layers(self):
        """The fine layers by channel name: the NDVI, then the auxiliary layers."""
        return {NDVI: self.ndvi, **self.auxiliary}

    def split(self, fraction=0.75, factor=4):
        """(top, bottom) parts of the scene, cut at a row of whole pairs of coarse blocks: the
        spatial hold-out when there is a single scene."""
        rows = int(self.lst.shape[0] * fraction) // 2 * 2
        fine = rows * factor
        return (Scene(self.pair_id, self.lst[:rows], self.ndvi[:fine], {k: v[:fine] for k, v in self.auxiliary.items()}),
                Scene(self.pair_id, self.lst[rows:], self.ndvi[fine:], {k: v[fine:] for k, v in self.auxiliary.items()}))


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


def normalisation(scenes, descriptions=None):
    """The input channels of a card (lst, ndvi, then the auxiliary layers), with the mean and
    standard deviation of their valid values over ``scenes``."""
    descriptions = dict({LST: "LST bicubic-upsampled to the fine grid", NDVI: "NDVI"}, **(descriptions or {}))
    lst = np.concatenate([s.lst[np.isfinite(s.lst)] for s in scenes])
    channels = [channel(LST, descriptions[LST], lst.mean(), lst.std())]
    for name in scenes[0].layers:
        values = np.concatenate([s.layers[name][np.isfinite(s.layers[name])] for s in scenes])
        channels.append(channel(name, descriptions.get(name, name), values.mean(), values.std()))
    return channels
