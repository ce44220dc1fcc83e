"""The coarse LST input: warping it onto the coarse grid, unit checks, output units."""

import numpy as np
from rasterio.enums import Resampling

from .guards import check_overlap, valid_kelvin
from .io.grid import plan_grids, resolution_in
from .io.raster import read_on_grid

KELVIN_AT_0C = 273.15


def plan_for(lst_source, aux_grid, factor=None, target_res=None):
    """The grid plan for downscaling ``lst_source`` onto ``aux_grid``."""
    return plan_grids(lst_source.grid(), aux_grid, factor, target_res)


def read_coarse_lst(lst_source, plan):
    """The LST in kelvin on the plan's coarse grid (NaN for nodata), checked by the guards:
    units, impossible pixels and untagged fill dropped, at least 2 x 2 pixels of overlap.

    A source finer than the coarse grid is block-averaged; otherwise it is resampled
    bilinearly (or copied when the grids coincide).
    """
    source_res = resolution_in(lst_source.grid(), plan.coarse.crs)
    coarse_res = np.sqrt(plan.coarse.res[0] * plan.coarse.res[1])
    resampling = Resampling.average if source_res < 0.75 * coarse_res else Resampling.bilinear
    lst = read_on_grid(lst_source, plan.coarse, resampling,
                       clean=lambda values: valid_kelvin(values, lst_source.path, in_place=True)[0])
    check_overlap(lst, lst_source.path)
    return lst


def output_units(celsius):
    """(unit symbol, band description) of the output."""
    unit = "°C" if celsius else "K"
    return unit, f"LST ({unit})"


def to_output_units(kelvin, celsius):
    return kelvin - np.float32(KELVIN_AT_0C) if celsius else kelvin
