"""MODIS daily LST granules (MOD11A1/MYD11A1, MOD21A1D/N) from HDF4-EOS to kelvin GeoTIFFs.

GDAL reads each granule as subdatasets on the MODIS sinusoidal grid, whose CRS comes
from the HDF-EOS metadata; the output keeps that grid. LST = DN × 0.02 K, DN 0 = fill;
bits 0-1 of the QC layer give the overall quality (MOD11 and MOD21 user guides).
"""

from contextlib import ExitStack
from enum import Enum
from pathlib import Path

import numpy as np
import rasterio
from rasterio.windows import Window

from ..errors import DownscalingError
from ..io.grid import grid_of
from ..io.hdf import hdf_layers
from ..io.raster import GeoTiffWriter, read_band, reported, strip_rows

LST_SCALE = 0.02
FILL_DN = 0
# (LST, QC) subdataset names: MOD11A1 has a day and a night pair; MOD21A1D/N one pair each.
MOD11_LAYERS = {False: ("LST_Day_1km", "QC_Day"), True: ("LST_Night_1km", "QC_Night")}
MOD21_LAYERS = ("LST_1KM", "QC")


class Quality(Enum):
    """Which pixels to keep by QC bits 0-1 (00 good, 01 other quality, 10 cloud, 11 not produced)."""

    ALL = (0, 1, 2, 3)
    GOOD = (0,)
    GOOD_AND_OTHER = (0, 1)


def modis_layers(path, night=False):
    """(LST, QC) subdataset names of the granule ``path`` for the day or night overpass."""
    path = Path(path)
    by_name, _ = hdf_layers(path, "Choose a MODIS MOD11A1/MYD11A1 or MOD21A1D/N granule (*.hdf) as downloaded.")
    if MOD11_LAYERS[night][0] in by_name:
        lst, qc = MOD11_LAYERS[night]
    elif MOD21_LAYERS[0] in by_name:
        _check_mod21_overpass(path, night)
        lst, qc = MOD21_LAYERS
    else:
        raise DownscalingError(
            f"{path.name} has no {MOD11_LAYERS[night][0]} or {MOD21_LAYERS[0]} layer (found: "
            f"{', '.join(sorted(by_name)) or 'no subdatasets'}): choose a MODIS daily LST granule "
            "(MOD11A1/MYD11A1 or MOD21A1D/N).")
    return by_name[lst], by_name.get(qc)


def _check_mod21_overpass(path, night):
    """MOD21A1D holds day LST only, MOD21A1N night LST only (told by the file name)."""
    overpass = "N" if night else "D"
    name = path.name.upper()
    if "21A1" in name and f"21A1{overpass}" not in name:
        wanted = "night" if night else "day"
        raise DownscalingError(f"{path.name} is a MOD21 granule without {wanted} LST: choose the "
                               f"{'MOD21A1N' if night else 'MOD21A1D'} granule for the {wanted} overpass.")


def write_modis_lst(path, out_path, night=False, quality=Quality.ALL, progress=None, is_canceled=None):
    """The LST of a MODIS granule in kelvin as a Float32 GeoTIFF on its sinusoidal grid.

    Fill (DN 0) becomes nodata, and so do pixels whose QC bits 0-1 are not in ``quality``.
    Returns (``out_path``, number of valid pixels, number of pixels).
    """
    lst_name, qc_name = modis_layers(path, night)
    if quality is not Quality.ALL and qc_name is None:
        raise DownscalingError(f"{Path(path).name} has no QC layer: keep all pixels (no quality mask).")
    with ExitStack() as stack:
        lst = stack.enter_context(rasterio.open(lst_name))
        qc = stack.enter_context(rasterio.open(qc_name)) if quality is not Quality.ALL else None
        grid = grid_of(lst)
        kept = np.array(quality.value, dtype=np.uint8)
        valid = 0
        strips = strip_rows(grid, 1)
        with GeoTiffWriter(out_path, grid, "LST (K)", "K") as writer:
            for row, height in reported(strips, progress, is_canceled):
                window = Window(0, row, grid.width, height)
                dn = read_band(lst, 1, path, window=window)
                values = dn.astype(np.float32) * np.float32(LST_SCALE)
                rejected = dn == FILL_DN
                if qc is not None:
                    # Raw QC values: some granules declare 0 (good quality) as the QC nodata value.
                    rejected |= ~np.isin(read_band(qc, 1, path, window=window) & 0b11, kept)
                values[rejected] = np.nan
                valid += int(np.count_nonzero(~rejected))
                writer.write(values, row)
    return out_path, valid, grid.width * grid.height
