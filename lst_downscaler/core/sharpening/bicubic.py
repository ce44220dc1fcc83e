"""Bicubic upsampling of the coarse LST: the baseline every sharpener must beat."""

import numpy as np

from ..io import resample
from ..io.raster import GeoTiffWriter, reported, strip_rows
from ..lst import output_units, plan_for, read_coarse_lst, to_output_units


def bicubic(lst_source, grid, output_path, factor=None, target_res=None, celsius=False,
            progress=None, is_canceled=None):
    """Cubic-convolution upsampling of ``lst_source`` onto the fine ``grid`` (no auxiliary data).

    Fine pixels whose coarse pixel has no LST stay nodata; gaps are filled before
    interpolating so that their neighbours are not lost.
    """
    plan = plan_for(lst_source, grid, factor, target_res)
    coarse = read_coarse_lst(lst_source, plan)
    filled = resample.fill_gaps(coarse)
    unit, description = output_units(celsius)
    strips = strip_rows(plan.fine, plan.factor)
    tags = {"METHOD": "bicubic", "SCALE_FACTOR": str(plan.factor)}
    with GeoTiffWriter(output_path, plan.fine, description, unit, tags) as writer:
        for row, height in reported(strips, progress, is_canceled):
            width = plan.fine.width
            lst = resample.upsample_cubic(filled, plan.factor, row, height, width)
            lst[~resample.covered(coarse, plan.factor, row, height, width)] = np.nan
            writer.write(to_output_units(lst, celsius), row)
    return plan
