"""Raster grids and the alignment of a coarse LST grid with a fine auxiliary grid.

The fine auxiliary layer defines the output grid. The coarse LST, in any CRS and
resolution, is warped onto a *coarse grid* in the fine layer's CRS whose pixels are
exactly ``factor`` x ``factor`` fine pixels and share the fine grid's origin, so that
every coarse pixel is the union of a block of fine pixels.
"""

import math
from dataclasses import dataclass

from affine import Affine
from rasterio.crs import CRS
from rasterio.warp import calculate_default_transform, transform_bounds

from ..errors import DownscalingError


@dataclass(frozen=True)
class Grid:
    """A north-up raster grid: CRS, affine transform and size in pixels."""

    crs: CRS
    transform: Affine
    width: int
    height: int

    @property
    def res(self):
        return self.transform.a, -self.transform.e

    @property
    def bounds(self):
        left, top = self.transform.c, self.transform.f
        return (left, top - self.height * self.res[1], left + self.width * self.res[0], top)

    @property
    def shape(self):
        return self.height, self.width

    def rows(self, row, height):
        """The grid of rows ``row...row + height``."""
        return Grid(self.crs, self.transform * Affine.translation(0, row), self.width, height)

    def coarsened(self, factor):
        """The grid of ``factor`` x ``factor`` blocks; a partial last block still gets a pixel."""
        return Grid(self.crs, self.transform * Affine.scale(factor),
                    math.ceil(self.width / factor), math.ceil(self.height / factor))

    def at_resolution(self, res):
        """The same extent sampled at another (square) pixel size."""
        left, bottom, right, top = self.bounds
        width = max(1, round((right - left) / res))
        height = max(1, round((top - bottom) / res))
        return Grid(self.crs, Affine(res, 0, left, 0, -res, top), width, height)


@dataclass(frozen=True)
class GridPlan:
    """The fine output grid, the coarse grid aligned with it, and their integer factor."""

    fine: Grid
    coarse: Grid
    factor: int


def grid_of(dataset, crs=None):
    """The grid of an open rasterio dataset; ``crs`` stands in when the file has none."""
    crs = dataset.crs or (CRS.from_user_input(crs) if crs else None)
    if crs is None:
        raise DownscalingError(
            f"{dataset.name} has no coordinate reference system: assign one (in QGIS: "
            "Layer Properties > Source, or GDAL's 'Assign projection') and run again.")
    transform = dataset.transform
    if transform.b != 0 or transform.d != 0 or transform.e >= 0:
        raise DownscalingError(
            f"{dataset.name} is rotated or not north-up: warp it to a north-up grid first "
            "(Raster > Projections > Warp).")
    if transform.is_identity:
        raise DownscalingError(
            f"{dataset.name} has no georeferencing (pixel coordinates only): georeference it first.")
    return Grid(crs, transform, dataset.width, dataset.height)


def resolution_in(grid, crs):
    """Approximate pixel size of ``grid`` once warped to ``crs`` (in that CRS's units)."""
    if grid.crs == crs:
        return math.sqrt(grid.res[0] * grid.res[1])
    transform, _, _ = calculate_default_transform(grid.crs, crs, grid.width, grid.height, *grid.bounds)
    return math.sqrt(abs(transform.a * transform.e))


def plan_grids(lst_grid, aux_grid, factor=None, target_res=None):
    """Choose the fine output grid and the aligned coarse grid.

    ``factor`` defaults to the ratio of the LST pixel size to the fine pixel size,
    rounded; ``target_res`` defaults to the auxiliary layer's own pixel size. The fine
    grid is the whole auxiliary grid: pixels outside the LST footprint end as nodata.

    When the LST grid nests in the fine grid (same CRS, LST pixel = ``factor`` fine
    pixels, edges on fine pixel edges, e.g. MODIS 1 km and 250 m products of one
    tile) but its blocks start a few pixels before the fine origin, the fine grid is
    extended by those pixels (nodata there) so that coarse pixels are exactly the LST
    pixels and the LST is used as it is, without resampling.
    """
    fine = aux_grid if not target_res else aux_grid.at_resolution(target_res)
    fine_res = math.sqrt(fine.res[0] * fine.res[1])
    lst_res = resolution_in(lst_grid, fine.crs)
    if lst_res < 1.5 * fine_res:
        raise DownscalingError(
            f"The LST layer is not coarser than the output grid (LST pixel about {lst_res:.4g}, "
            f"output pixel {fine_res:.4g} {_units(fine.crs)}): choose a finer auxiliary layer or "
            "target resolution, or aggregate the LST to its native resolution first.")
    if not factor:
        factor = max(2, round(lst_res / fine_res))
    if factor < 2:
        raise DownscalingError(f"The scale factor must be 2 or more, not {factor}.")

    footprint = transform_bounds(lst_grid.crs, fine.crs, *lst_grid.bounds, densify_pts=21)
    if _pixel_window(fine, footprint) is None:
        raise DownscalingError(
            "The LST layer and the auxiliary layer do not overlap: check that both cover the "
            "same area and that their CRSs are right.")
    fine = _extended_to_nest(fine, lst_grid, factor)
    return GridPlan(fine, fine.coarsened(factor), factor)


def _extended_to_nest(fine, lst_grid, factor):
    """``fine`` extended up and left so that its blocks coincide with nested LST pixels."""
    if lst_grid.crs != fine.crs:
        return fine
    (fx, fy), (lx, ly) = fine.res, lst_grid.res
    if abs(lx - factor * fx) > 1e-6 * lx or abs(ly - factor * fy) > 1e-6 * ly:
        return fine
    col, row = ~fine.transform * (lst_grid.transform.c, lst_grid.transform.f)
    if abs(col - round(col)) > 1e-3 or abs(row - round(row)) > 1e-3:
        return fine
    pad_col, pad_row = -round(col) % factor, -round(row) % factor
    if not (pad_col or pad_row):
        return fine
    return Grid(fine.crs, fine.transform * Affine.translation(-pad_col, -pad_row),
                fine.width + pad_col, fine.height + pad_row)


def _pixel_window(grid, bounds):
    """Pixel range (col0, row0, col1, row1) of ``grid`` covered by ``bounds``, or None."""
    left, bottom, right, top = bounds
    inverse = ~grid.transform
    c0, r0 = inverse * (left, top)
    c1, r1 = inverse * (right, bottom)
    col0, row0 = max(0, math.floor(c0 + 1e-6)), max(0, math.floor(r0 + 1e-6))
    col1, row1 = min(grid.width, math.ceil(c1 - 1e-6)), min(grid.height, math.ceil(r1 - 1e-6))
    if col1 <= col0 or row1 <= row0:
        return None
    return col0, row0, col1, row1


def _units(crs):
    return "degrees" if crs.is_geographic else "m"
