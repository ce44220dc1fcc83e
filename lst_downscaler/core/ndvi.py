"""The NDVI predictor of the classic sharpeners: an NDVI band, or red and NIR reflectance."""

from dataclasses import dataclass

import numpy as np

from .errors import DownscalingError
from .io.raster import GridReader

# Allowance for rounding in stored NDVI before values count as out of range.
NDVI_RANGE_TOLERANCE = 1e-3


@dataclass(frozen=True)
class NdviBand:
    """An NDVI band (values in [-1, 1] after the band's scale/offset)."""

    source: object

    def grid(self):
        return self.source.grid()

    def reader(self, grid):
        return _NdviBandReader(self.source, grid)


@dataclass(frozen=True)
class RedNirBands:
    """Red and NIR surface reflectance bands (0-1 after scale/offset); NDVI is computed."""

    red: object
    nir: object

    def grid(self):
        return self.red.grid()

    def reader(self, grid):
        return _RedNirReader(self.red, self.nir, grid)


class _NdviBandReader:
    def __init__(self, source, grid):
        self._reader = GridReader(source, grid)
        self.name = source.path

    def __enter__(self):
        self._reader.__enter__()
        return self

    def __exit__(self, *exc):
        return self._reader.__exit__(*exc)

    def read(self, row_off, height):
        return self._reader.read(row_off, height)


class _RedNirReader:
    def __init__(self, red, nir, grid):
        self._red = GridReader(red, grid)
        self._nir = GridReader(nir, grid)
        self.name = red.path

    def __enter__(self):
        self._red.__enter__()
        self._nir.__enter__()
        return self

    def __exit__(self, *exc):
        self._nir.__exit__(*exc)
        return self._red.__exit__(*exc)

    def read(self, row_off, height):
        red = self._red.read(row_off, height)
        nir = self._nir.read(row_off, height)
        peak = max(np.nanmax(red, initial=0), np.nanmax(nir, initial=0))
        if peak > 2:
            raise DownscalingError(
                f"Red/NIR values reach {peak:.0f}, which is not a reflectance (0-1): the bands look "
                "like raw digital numbers. Set their scale/offset (Landsat Collection 2: 2.75e-05 "
                "and -0.2) or prepare the scene first.")
        with np.errstate(invalid="ignore", divide="ignore"):
            ndvi = (nir - red) / (nir + red)
        ndvi[~np.isfinite(ndvi)] = np.nan
        return np.clip(ndvi, -1, 1)


def check_ndvi_range(values, name):
    """Refuse NDVI that is not in [-1, 1], which usually means scaled integers."""
    low, high = np.nanmin(values), np.nanmax(values)
    outside = np.count_nonzero((values < -1 - NDVI_RANGE_TOLERANCE) | (values > 1 + NDVI_RANGE_TOLERANCE))
    if outside:
        raise DownscalingError(
            f"NDVI of {name} ranges from {low:.4g} to {high:.4g}, outside [-1, 1]: it looks like "
            "scaled integers or raw digital numbers. Set the NDVI scale (e.g. 0.0001 for MODIS "
            "MOD13 NDVI) or compute NDVI from red and NIR reflectance.")
