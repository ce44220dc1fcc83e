"""ASTER AST_08 surface kinetic temperature to kelvin GeoTIFFs.

AST_08 stores the temperature as 16-bit integers, K × 10, with 0 as fill (ASTER
Higher-Level Product User Guide). The input is the AST_08 HDF-EOS granule or a GeoTIFF
of its DN band. The HDF swath has no map grid, only latitude/longitude tie points that
GDAL gives as GCPs: it is warped to the UTM zone of its centre with nearest neighbour,
so that every output value is a value of the product.
"""


import numpy as np
import rasterio
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.warp import calculate_default_transform, reproject
from rasterio.warp import transform as transform_points
from rasterio.windows import Window

from ..errors import DownscalingError
from ..guards import KELVIN_RANGE, valid_kelvin
from ..io.grid import Grid, grid_of
from ..io.hdf import hdf_layers
from ..io.raster import GeoTiffWriter, read_band, reported, strip_rows

KINETIC_TEMPERATURE_SCALE = 0.1
FILL_DN = 0
LAYER = "KineticTemperature"


def kinetic_temperature_layer(path):
    """The dataset name of the kinetic temperature: the HDF subdataset, or the file itself."""
    layers, kind = hdf_layers(path, "Choose an ASTER AST_08 granule (*.hdf) or a GeoTIFF of its DN band.")
    if layers:
        if LAYER not in layers:
            raise DownscalingError(f"{path} has no {LAYER} layer: choose an ASTER AST_08 (surface kinetic "
                                   "temperature) granule.")
        return layers[LAYER]
    if kind is None or np.dtype(kind).kind not in "ui":
        raise DownscalingError(
            f"{path} holds {kind} values, not integers: AST_08 kinetic temperature is stored as 16-bit "
            "integers (K × 10). Give the product's DN band, not a temperature already in kelvin.")
    return path


def write_aster_lst(path, out_path, progress=None, is_canceled=None):
    """The kinetic temperature of ``path`` in kelvin as a Float32 GeoTIFF; fill becomes nodata.

    A north-up input keeps its grid and is processed by strips; a swath (GCPs only) is
    warped in memory, which an AST_08 granule (about 830 x 700 pixels) allows. Returns
    ``out_path``.
    """
    with rasterio.open(kinetic_temperature_layer(path)) as dataset:
        if dataset.transform.is_identity and dataset.gcps[0]:
            grid, swath = _swath_to_utm(dataset)
        else:
            grid, swath = grid_of(dataset), None
        fills = [FILL_DN] + ([dataset.nodata] if dataset.nodata is not None else [])
        strips = strip_rows(grid, 1)
        with GeoTiffWriter(out_path, grid, "LST (K)", "K") as writer:
            for row, height in reported(strips, progress, is_canceled):
                if swath is None:
                    dn = read_band(dataset, 1, path, window=Window(0, row, grid.width, height))
                else:
                    dn = swath[row:row + height]
                values = dn.astype(np.float32) * np.float32(KINETIC_TEMPERATURE_SCALE)
                values[np.isin(dn, fills)] = np.nan
                writer.write(_checked_kelvin(values, path), row)
    return out_path


def _checked_kelvin(values, path):
    """``values`` through the kelvin guard, refusing a file that is not AST_08 (a Landsat ST_B10 band, say)."""
    valid = values[np.isfinite(values)]
    if valid.size == 0:
        return values
    median = float(np.median(valid))
    if not KELVIN_RANGE[0] <= median <= KELVIN_RANGE[1]:
        raise DownscalingError(
            f"{path} is not an ASTER AST_08 kinetic temperature: DN x 0.1 gives a median of {median:.4g} K, "
            "not a land surface temperature. Choose the AST_08 granule or its DN band (a Landsat ST_B10 "
            "band goes through Prepare Landsat Collection 2 Level-2).")
    return valid_kelvin(values, path)[0]


def _swath_to_utm(dataset):
    """(UTM grid, DN array) of a swath located by GCPs, warped with nearest neighbour."""
    gcps, gcp_crs = dataset.gcps
    lons, lats = transform_points(gcp_crs, "EPSG:4326", [p.x for p in gcps], [p.y for p in gcps])
    lon, lat = float(np.mean(lons)), float(np.mean(lats))
    crs = CRS.from_epsg((32600 if lat >= 0 else 32700) + int((lon + 180) // 6) % 60 + 1)
    transform, width, height = calculate_default_transform(gcp_crs, crs, dataset.width, dataset.height, gcps=gcps)
    dn = np.full((height, width), FILL_DN, dtype=dataset.dtypes[0])
    reproject(dataset.read(1), dn, gcps=gcps, src_crs=gcp_crs, dst_crs=crs, dst_transform=transform,
              src_nodata=FILL_DN, dst_nodata=FILL_DN, resampling=Resampling.nearest)
    return Grid(crs, transform, width, height), dn
