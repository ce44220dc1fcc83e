"""The 1591 real MODIS LST patches of ``modis_patches_2020`` with their MOD13A2 NDVI, for
SRDA-Net's 2 km -> 1 km closed loop, and the split of their patch positions.

Layout (extracted from ``modis_h18v04_2020_1km_patches.tar.gz`` into a cache outside the
project, e.g. ``build/cache``): ``MODIS/MOD_2020_MOD11A1/tifs_files/1km/*.tif`` (band 1 =
LST_Day_1km, K) and ``MODIS/MOD_2020_MOD13A2/tifs_files/1km/*.tif`` (band 1 red, band 2 NIR;
the scale cancels in the NDVI). Both are 64 x 64 crops at 926.6 m; the file name ends with
the patch position (``...hdf.0015.tif``). Each LST patch takes the NDVI of the 16-day
composite of the same position that started on or last before its date (the nearest
composite of that position when none did). The pickled dictionary of the archive is not read.
"""

import hashlib
import tarfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio
from ..core.deep.registry import LST, NDVI, channel

LST_DIR = Path("MODIS/MOD_2020_MOD11A1/tifs_files/1km")
NDVI_DIR = Path("MODIS/MOD_2020_MOD13A2/tifs_files/1km")

#: The split of patch positions: sha256 of SPLIT_SALT + position, first 8 bytes, modulo 20;
#: 0-1 -> "test" (held out for the bench), 2-3 -> "validation" (early stopping), else "training".
SPLIT_SALT = "srda-split-2020:"
SPLIT_RULE = ("position held out by int(sha256('srda-split-2020:' + position)[:16], 16) % 20: "
              "0-1 test (bench), 2-3 validation, 4-19 training")


@dataclass
class Patch:
    position: str     # e.g. "0015"
    day: int          # day of year 2020
    lst: np.ndarray   # (64, 64) K, NaN for nodata
    ndvi: np.ndarray  # (64, 64), NaN for nodata

    @property
    def layers(self):
        return {NDVI: self.ndvi}


def split_of(position):
    bucket = int(hashlib.sha256((SPLIT_SALT + position).encode()).hexdigest()[:16], 16) % 20
    return "test" if bucket < 2 else "validation" if bucket < 4 else "training"


def ensure_extracted(folder, cache):
    """The folder holding ``MODIS/``: ``folder`` itself when extracted, else the archive of
    ``folder`` extracted once into ``cache``."""
    folder, cache = Path(folder), Path(cache)
    for root in (folder, cache):
        if (root / LST_DIR).is_dir():
            return root
    [archive] = sorted(folder.glob("*.tar.gz"))
    cache.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        # Plain files and folders under ``cache`` only (Python 3.11.2 has no extraction filters).
        members = [m for m in tar.getmembers() if (m.isfile() or m.isdir())
                   and not Path(m.name).is_absolute() and ".." not in Path(m.name).parts]
        tar.extractall(cache, members=members)
    return cache


def _key(path):
    """(day of year, position) from a MODIS file name ``PRODUCT.AYYYYDDD....hdf.POS.tif``."""
    parts = path.name.split(".")
    return int(parts[1][5:]), parts[-2]


def _read(path, bands):
    with rasterio.open(path) as dataset:
        data = dataset.read(bands).astype(np.float64)
        if dataset.nodata is not None:
            data[data == dataset.nodata] = np.nan
    return data


def load_patches(root, positions=None, limit=None):
    """The LST patches of ``root`` (a folder holding ``MODIS/``) with their NDVI, sorted by
    position and date; ``positions`` restricts to a set of positions."""
    root = Path(root)
    composites = {}
    for path in sorted((root / NDVI_DIR).glob("*.tif")):
        day, position = _key(path)
        composites.setdefault(position, []).append((day, path))
    patches = []
    for path in sorted((root / LST_DIR).glob("*.tif"), key=lambda p: _key(p)[::-1]):
        day, position = _key(path)
        if (positions is not None and position not in positions) or position not in composites:
            continue
        started = [c for c in composites[position] if c[0] <= day]
        _, ndvi_path = max(started) if started else min(composites[position], key=lambda c: abs(c[0] - day))
        lst = _read(path, 1)
        lst[~(lst > 150)] = np.nan  # 0 or negative: fill
        red, nir = _read(ndvi_path, [1, 2])
        with np.errstate(invalid="ignore", divide="ignore"):
            ndvi = (nir - red) / (nir + red)
        ndvi[~((red > 0) & (nir > 0))] = np.nan
        if np.isfinite(lst).mean() < 0.9:
            continue
        patches.append(Patch(position, day, lst.astype(np.float32), ndvi.astype(np.float32)))
        if limit and len(patches) >= limit:
            break
    return patches


def normalisation(patches):
    """The input channels of SRDA-Net with their normalisation over ``patches``: the LST
    (bicubic-upsampled to the step's fine grid) and the NDVI (block-averaged onto it)."""
    lst = np.concatenate([p.lst[np.isfinite(p.lst)] for p in patches])
    ndvi = np.concatenate([p.ndvi[np.isfinite(p.ndvi)] for p in patches])
    return (channel(LST, "LST bicubic-upsampled from the coarse grid of the x2 step to its fine grid",
                    lst.mean(), lst.std()),
            channel(NDVI, "NDVI on the fine grid of the step, block-averaged onto it", ndvi.mean(), ndvi.std()))
