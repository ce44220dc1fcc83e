"""Landsat Collection 2 Level-2 products in physical units: surface temperature (K), NDVI and
surface reflectance, written strip by strip with cloud, shadow and snow masked from QA_PIXEL."""

from contextlib import ExitStack

import numpy as np
from rasterio.windows import Window

from ...errors import DownscalingError
from ...io.raster import GeoTiffWriter, read_band, reported, strip_rows
from .scene import FILL_DN, REFLECTANCE_ROLES, open_band, qa_rejected


def write_lst_kelvin(scene, out_path, progress=None, is_canceled=None, mask_clouds=True):
    """Surface temperature in kelvin as a Float32 GeoTIFF; fill (DN 0) becomes nodata.

    With ``mask_clouds`` and a QA_PIXEL band in the scene, flagged pixels are nodata too
    (no effect when the scene has no QA_PIXEL band). Returns ``out_path``.
    """
    mult, add = scene.temperature_scale()

    def kelvin(thermal):
        values = thermal.astype(np.float32) * np.float32(mult) + np.float32(add)
        values[thermal == FILL_DN] = np.nan
        return values

    return write_scaled(scene, [scene.thermal_path], kelvin, out_path, "LST (K)", "K",
                         mask_clouds, progress, is_canceled)


def write_ndvi(scene, out_path, progress=None, is_canceled=None, mask_clouds=True):
    """NDVI from surface reflectance red and NIR as a Float32 GeoTIFF; fill becomes nodata.

    ``mask_clouds`` as in :func:`write_lst_kelvin`. Returns ``out_path``.
    """
    red_band, nir_band = scene.red_nir_bands()
    red_scale, nir_scale = scene.reflectance_scale(red_band), scene.reflectance_scale(nir_band)

    def ndvi(red_dn, nir_dn):
        red = red_dn.astype(np.float32) * np.float32(red_scale[0]) + np.float32(red_scale[1])
        nir = nir_dn.astype(np.float32) * np.float32(nir_scale[0]) + np.float32(nir_scale[1])
        with np.errstate(invalid="ignore", divide="ignore"):
            values = (nir - red) / (nir + red)
        values[(red_dn == FILL_DN) | (nir_dn == FILL_DN) | ~np.isfinite(values)] = np.nan
        return np.clip(values, -1, 1)

    paths = [scene.reflectance_path(red_band), scene.reflectance_path(nir_band)]
    return write_scaled(scene, paths, ndvi, out_path, "NDVI", "", mask_clouds, progress, is_canceled)


def write_reflectance(scene, out_path, progress=None, is_canceled=None, mask_clouds=True):
    """Surface reflectance (0-1) of blue, green, red, NIR, SWIR 1 and SWIR 2 as a 6-band Float32 GeoTIFF.

    Landsat 8/9 SR_B2..SR_B7, Landsat 4-7 SR_B1..SR_B5 and SR_B7, so band i has the same
    role for every sensor; the band descriptions name both. Fill (DN 0) becomes nodata;
    ``mask_clouds`` as in :func:`write_lst_kelvin`. Returns ``out_path``.
    """
    numbers = scene.reflectance_bands()
    scales = [scene.reflectance_scale(number) for number in numbers]
    paths = [scene.reflectance_path(number) for number in numbers]
    descriptions = [f"SR_B{number} ({role})" for number, role in zip(numbers, REFLECTANCE_ROLES)]
    return write_scaled(scene, paths, linear_stack(scales), out_path, descriptions, "", mask_clouds, progress,
                        is_canceled)


def linear_stack(scales, nodata_dns=None):
    """A ``compute`` for :func:`write_scaled`: band i is mult_i × DN_i + add_i, NaN where DN_i is
    fill (0) or the value ``nodata_dns[i]`` (None: fill only)."""
    nodata_dns = nodata_dns or [None] * len(scales)

    def stack(*dns):
        values = np.empty((len(dns),) + dns[0].shape, dtype=np.float32)
        for band, (dn, (mult, add), nodata) in enumerate(zip(dns, scales, nodata_dns)):
            values[band] = dn.astype(np.float32) * np.float32(mult) + np.float32(add)
            fill = dn == FILL_DN
            if nodata is not None:
                fill |= dn == nodata
            values[band][fill] = np.nan
        return values

    return stack


def write_scaled(scene, paths, compute, out_path, description, units, mask_clouds, progress, is_canceled):
    """Write ``compute(*dn_strips)`` strip by strip on the grid of the first band.

    ``compute`` returns one band (rows, cols) or several (bands, rows, cols), as ``description``
    names one band or lists them.
    """
    grid = scene.grid_of(paths[0])
    qa_path = scene.qa_pixel_path if mask_clouds else None
    strips = strip_rows(grid, 1, (1 << 22) // len(paths))
    with ExitStack() as stack:
        bands = [stack.enter_context(open_band(path)) for path in paths]
        qa = stack.enter_context(open_band(qa_path)) if qa_path else None
        for dataset in bands + ([qa] if qa else []):
            if (dataset.width, dataset.height) != (grid.width, grid.height):
                raise DownscalingError(
                    f"{dataset.name} has {dataset.width} x {dataset.height} pixels, {paths[0]} has "
                    f"{grid.width} x {grid.height}: the band files are not from the same scene product.")
        with GeoTiffWriter(out_path, grid, description, units) as writer:
            for row, height in reported(strips, progress, is_canceled):
                window = Window(0, row, grid.width, height)
                values = compute(*(read_band(dataset, 1, window=window) for dataset in bands))
                if qa:
                    values[..., qa_rejected(read_band(qa, 1, window=window))] = np.nan
                writer.write(values, row)
    return out_path
