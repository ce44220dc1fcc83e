"""The one opener of HDF-EOS granules (MODIS, ASTER): their layers by name."""

import warnings

import rasterio
from rasterio.errors import NotGeoreferencedWarning

from ..errors import DownscalingError


def hdf_layers(path, what):
    """({layer name: GDAL subdataset name}, data type of band 1 or None) of ``path``; a plain
    raster has no layers. ``what`` completes the error message ("Choose ...")."""
    try:
        with warnings.catch_warnings():  # an HDF container has no georeferencing of its own
            warnings.simplefilter("ignore", NotGeoreferencedWarning)
            dataset = rasterio.open(path)
        with dataset:
            layers = {name.rsplit(":", 1)[-1]: name for name in dataset.subdatasets}
            kind = dataset.dtypes[0] if dataset.count else None
    except rasterio.errors.RasterioIOError as error:
        raise DownscalingError(f"Cannot open {path}: {error}. {what}") from error
    return layers, kind
