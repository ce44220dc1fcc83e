"""The NDVI predictor of the classic sharpeners: an NDVI band, or red and NIR reflectance."""

from contextlib import ExitStack
from dataclasses import dataclass

import numpy as np

from .guards import valid_vegetation
from .io.raster import GridReader


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
        return valid_vegetation(self._reader.read(row_off, height), self.name, "NDVI")


class _RedNirReader:
    def __init__(self, red, nir, grid):
        self._red = GridReader(red, grid)
        self._nir = GridReader(nir, grid)
        self.name = red.path

    def __enter__(self):
        with ExitStack() as stack:  # the red reader is closed again if the NIR's cannot be opened
            stack.enter_context(self._red)
            stack.enter_context(self._nir)
            self._stack = stack.pop_all()
        return self

    def __exit__(self, *exc):
        return self._stack.__exit__(*exc)

    def read(self, row_off, height):
        red = valid_vegetation(self._red.read(row_off, height), self.name, "reflectance")
        nir = valid_vegetation(self._nir.read(row_off, height), self._nir.source.path, "reflectance")
        with np.errstate(invalid="ignore", divide="ignore"):
            ndvi = (nir - red) / (nir + red)
        ndvi[~np.isfinite(ndvi)] = np.nan
        return np.clip(ndvi, -1, 1)
