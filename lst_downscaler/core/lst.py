"""The coarse LST input: warping it onto the coarse grid, unit checks, output units."""

import numpy as np
from rasterio.enums import Resampling

from .errors import DownscalingError
from .io.grid import plan_grids, resolution_in
from .io.raster import read_on_grid

KELVIN_AT_0C = 273.15
# Land surface temperatures on Earth, with room for volcanoes and polar nights.
PLAUSIBLE_KELVIN = (150.0, 400.0)


def plan_for(lst_source, aux_grid, factor=None, target_res=None):
    """The grid plan for downscaling ``lst_source`` onto ``aux_grid``."""
    return plan_grids(lst_source.grid(), aux_grid, factor, target_res)


def read_coarse_lst(lst_source, plan):
    """The LST in kelvin on the plan's coarse grid (NaN for nodata), checked for units.

    A source finer than the coarse grid is block-averaged; otherwise it is resampled
    bilinearly (or copied when the grids coincide).
    """
    source_res = resolution_in(lst_source.grid(), plan.coarse.crs)
    coarse_res = np.sqrt(plan.coarse.res[0] * plan.coarse.res[1])
    resampling = Resampling.average if source_res < 0.75 * coarse_res else Resampling.bilinear
    lst = read_on_grid(lst_source, plan.coarse, resampling)
    check_kelvin(lst, lst_source.path)
    return lst


def check_kelvin(lst, name):
    """Refuse an all-nodata LST, or values that are not kelvin (°C, raw DN)."""
    valid = lst[np.isfinite(lst)]
    if valid.size == 0:
        raise DownscalingError(
            f"The LST layer {name} has no valid pixel over the auxiliary layer: it is all nodata "
            "there (clouds, fill, or a wrong nodata value). Choose another date or area.")
    median = float(np.median(valid))
    low, high = PLAUSIBLE_KELVIN
    if low <= median <= high:
        return
    if -90 <= median <= 80:
        hint = "it looks like degrees Celsius: set the LST offset to 273.15"
    elif median > 1000:
        hint = ("it looks like raw digital numbers: set the LST scale and offset (MODIS MOD11: "
                "scale 0.02; Landsat Collection 2 ST_B10: scale 0.00341802, offset 149.0)")
    else:
        hint = "check the LST scale and offset"
    raise DownscalingError(
        f"The LST layer {name} has a median of {median:.4g}, which is not a land surface "
        f"temperature in kelvin ({low:.0f}-{high:.0f} K): {hint}.")


def output_units(celsius):
    """(unit symbol, band description) of the output."""
    unit = "°C" if celsius else "K"
    return unit, f"LST ({unit})"


def to_output_units(kelvin, celsius):
    return kelvin - np.float32(KELVIN_AT_0C) if celsius else kelvin
