"""DLSTFM on a scene: fine LST at t1 + coarse LSTs at t1 and t2 -> fine LST at t2.

The grids are those of the classic fusion methods (:func:`~lst_downscaler.core.fusion.stack.plan_fusion`):
the fine layer at t1 defines the output grid, the coarse layers are warped onto the coarse
grid aligned with it and interpolated by cubic convolution onto the fine grid. The network
runs by overlapping tiles; then an energy-consistency correction makes the T^4 mean of the
output over the footprint of each pixel of the coarse LST at t2 equal to that pixel (the
coarse sensor saw that energy), and pixels where an input has no value are nodata.

The correction works on the coarse layer's own grid, not on the coarse grid aligned with the
output: real coarse pixels (MODIS) never line up with the fine grid, and the coarse layer
warped onto aligned blocks blends neighbouring pixels, which the output must not be forced to
reproduce. The residual of each coarse pixel is interpolated (cubic) onto the fine grid and
added; a few rounds remove what the interpolation leaves.
"""

import functools
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio.windows
from affine import Affine
from rasterio.enums import Resampling
from rasterio.warp import reproject, transform_bounds

from ..errors import Canceled
from ..fusion.stack import CoarseLayer, FineLayer, correct_bias, fusion_strips, plan_fusion
from ..guards import valid_kelvin
from ..io import resample
from ..io.grid import Grid
from ..io.memory import RowFile
from ..io.raster import GeoTiffWriter, read_on_grid, reported, scaled_progress
from ..lst import output_units, to_output_units
from ..options import bounded, check_options
from .device import cpu_threads, select_device
from .registry import WEIGHTS_DIR
from .tiling import predict_rows
from .weights import load_model

MODEL_ID = "dlstfm"
#: Rounds of the energy correction: each leaves about half of the largest residual (measured on
#: ECOSTRESS: 0.25 K after one round, 0.002 K after eight).
CORRECTION_ROUNDS = 8
#: A coarse pixel is constrained when valid output pixels cover this share of its footprint.
FULL_COVER = 0.99
#: Rows and columns of zeros around a strip summed by GDAL (see CoarseFootprints._sums).
SUM_MARGIN = 2


@dataclass
class DlstfmOptions:
    device: str = "auto"
    threads: int = bounded(0, minimum=0)
    # fine pixels: the network alone gives more pixels a second on 1024 (bench), but a whole run at
    # 2000² takes 1.8 times as long and 1.9 times the memory (some feature maps leave the heaps)
    tile: int = bounded(768, minimum=64, multiple=8)
    # the network sees ~50 fine pixels around each pixel (SAFM pools by 8)
    overlap: int = bounded(128, minimum=0, multiple=8, below="tile")
    energy_correction: bool = True
    bias_correction: bool = False  # shift the coarse layers by the fine - coarse bias at t1
    factor: int = None      # coarse pixel / fine pixel; None: from the pixel sizes
    celsius: bool = False


@dataclass
class DlstfmResult:
    path: str
    device: str
    factor: int
    valid_pixels: int
    conservation_max_abs: float  # K: the largest |T^4 footprint mean of the output - coarse t2|
    bias: float = None           # K added to the coarse layers by the bias correction (None: off)


def network_inputs(f1, c1_filled, c2_filled):
    """(3, H, W) float32 network input: the fine LST at t1 (its gaps filled with the coarse
    t1) and both coarse LSTs on the fine grid, gap-filled."""
    fine = np.where(np.isfinite(f1), f1, c1_filled)
    return np.stack([fine, c1_filled, c2_filled]).astype(np.float32)


class CoarseFootprints:
    """The coarse LST at t2 on its own grid (the part around the fine grid), and the T^4 means over
    each of its pixels of a fine field read by strips of rows (an array, or a :class:`RowFile`)."""

    def __init__(self, values, grid, fine_grid):
        self.values, self.grid, self.fine_grid = values, grid, fine_grid

    @classmethod
    def read(cls, source, fine_grid):
        """The pixels of ``source`` around ``fine_grid`` (2 pixels of margin), in kelvin."""
        native = source.grid()
        bounds = transform_bounds(fine_grid.crs, native.crs, *fine_grid.bounds, densify_pts=21)
        window = rasterio.windows.from_bounds(*bounds, transform=native.transform)
        col, row = max(int(np.floor(window.col_off)) - 2, 0), max(int(np.floor(window.row_off)) - 2, 0)
        width = min(int(np.ceil(window.col_off + window.width)) + 2, native.width) - col
        height = min(int(np.ceil(window.row_off + window.height)) + 2, native.height) - row
        grid = Grid(native.crs, rasterio.windows.transform(rasterio.windows.Window(col, row, width, height),
                                                           native.transform), width, height)
        return cls(read_on_grid(source, grid, clean=lambda v: valid_kelvin(v, source.path)[0]), grid, fine_grid)

    def _sums(self, fine, row):
        """Sums over the coarse pixels of the fine rows ``fine`` that start at ``row``, each fine pixel
        weighted by its share inside: the sums of the strips of a field add up to the field's."""
        grid = self.fine_grid.rows(row, fine.shape[0])
        sums = resample.area_sums(fine, grid, self.grid)  # GDAL's sum, 100 times faster
        if sums is not None:
            return sums
        # GDAL's sum drops part of its source's last rows and columns: a margin of zeros takes it
        padded = np.pad(fine, SUM_MARGIN)
        out = np.zeros(self.grid.shape, np.float64)
        reproject(padded, out, src_transform=grid.transform * Affine.translation(-SUM_MARGIN, -SUM_MARGIN),
                  src_crs=grid.crs, dst_transform=self.grid.transform, dst_crs=self.grid.crs,
                  resampling=Resampling.sum)
        return out

    def coverage(self, prediction, strips):
        """(valid fine pixels of ``prediction`` in each footprint, the footprints they fill)."""
        count = cover = 0.0
        for row, rows in strips:
            valid = np.isfinite(prediction[row:row + rows])
            count = count + self._sums(valid.astype(np.float64), row)
            cover = cover + self._sums(np.ones(valid.shape), row)
        return count, count >= FULL_COVER * np.max(cover)

    def power_sums(self, values, row):
        """Sums of T^4 over the footprints of the fine rows ``values`` (K, NaN nodata) from ``row``."""
        return self._sums(np.where(np.isfinite(values), values.astype(np.float64), 0.0) ** 4, row)

    @staticmethod
    def means_of(total, coverage):
        """The T^4 means of the footprints from their :meth:`power_sums` (``total``) and ``coverage``
        (:meth:`coverage` of the same valid pixels); NaN where valid pixels do not fill a footprint."""
        count, complete = coverage
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(complete, (total / count) ** 0.25, np.nan)

    def means(self, rows_of, strips, coverage):
        """T^4 mean over each footprint of the field whose rows ``rows_of(row, rows)`` gives."""
        return self.means_of(sum(self.power_sums(rows_of(row, rows), row) for row, rows in strips), coverage)

    def to_fine(self, coarse, row, rows):
        """Fine rows ``row...`` of ``coarse`` (finite) interpolated by cubic convolution."""
        grid = self.fine_grid.rows(row, rows)
        out = np.full(grid.shape, np.nan, np.float64)
        reproject(coarse, out, src_transform=self.grid.transform, src_crs=self.grid.crs, dst_nodata=np.nan,
                  dst_transform=grid.transform, dst_crs=grid.crs, resampling=Resampling.cubic)
        return np.nan_to_num(out)

    def corrected(self, prediction, field, row, rows):
        """Rows of ``prediction`` (float64) plus those of the cubic interpolation of ``field`` (None: none)."""
        values = prediction[row:row + rows].astype(np.float64)
        if field is not None:
            values += self.to_fine(field, row, rows)
        return values


def correction_field(prediction, footprints, strips, coverage, rounds=CORRECTION_ROUNDS, is_canceled=None,
                     progress=None):
    """The coarse field (float64, on the footprints' grid) whose cubic interpolation, added to
    ``prediction`` (K, NaN nodata, read by ``strips`` of rows), makes its T^4 means over the coarse
    footprints (:class:`CoarseFootprints`) equal the coarse LST; None when no footprint is filled.
    Each round adds the residual left, gaps filled: the sum of what a round adds on the fine grid is
    the interpolation of the sum of the rounds' residuals, so the fine grid is only read."""
    field = None
    for done in range(rounds):
        if is_canceled and is_canceled():
            raise Canceled()
        if progress:
            progress(100.0 * done / rounds)
        residual = footprints.values - footprints.means(
            lambda row, rows: footprints.corrected(prediction, field, row, rows), strips, coverage)
        if not np.isfinite(residual).any():
            break
        step = resample.fill_gaps(residual).astype(np.float64)
        field = step if field is None else field + step
    return field


def energy_correction(prediction, footprints, rounds=CORRECTION_ROUNDS):
    """``prediction`` (a fine grid in memory, K, NaN nodata) corrected by :func:`correction_field`."""
    strips = [(0, prediction.shape[0])]
    field = correction_field(prediction, footprints, strips, footprints.coverage(prediction, strips), rounds)
    return footprints.corrected(prediction, field, 0, prediction.shape[0]).astype(np.float32)


def dlstfm(fine_t1, coarse_t1, coarse_t2, output_path, options=None, weights_dir=WEIGHTS_DIR,
           progress=None, is_canceled=None):
    """Predict the fine LST at t2 with the DLSTFM model of ``weights_dir``; sources are
    :class:`~lst_downscaler.core.io.raster.BandSource`. Memory is a row of tiles and the coarse
    grids: the inputs are read by rows as the tiles need them, and the network's prediction waits
    in a temporary file (4 bytes a pixel) for the energy correction and the output."""
    options = check_options(options or DlstfmOptions())
    device = select_device(options.device)
    plan = plan_fusion(fine_t1.grid(), coarse_t1, options.factor)
    height, width = plan.fine.height, plan.fine.width
    c1, c2 = CoarseLayer(coarse_t1, plan), CoarseLayer(coarse_t2, plan)
    strips = fusion_strips(plan.fine)
    footprints = CoarseFootprints.read(coarse_t2, plan.fine)
    with FineLayer(fine_t1, plan.fine) as layer, tempfile.TemporaryDirectory(prefix="lst_dlstfm_") as folder, \
            RowFile(Path(folder) / "prediction.f32") as prediction:
        layer.statistics(strips, functools.partial(reported, is_canceled=is_canceled))  # refuses another unit
        bias = correct_bias([(layer, c1)], [c1, c2]) if options.bias_correction else None
        if bias is not None:
            footprints.values = footprints.values + bias
        filled = [resample.fill_gaps(coarse.values) for coarse in (c1, c2)]
        if progress:
            progress(5.0)

        def read(row, rows):
            upsampled = (resample.upsample_cubic(field, plan.factor, row, rows, width) for field in filled)
            return network_inputs(layer.rows(row, row + rows), *upsampled)

        def emit(row, values):
            stop = row + values.shape[0]
            valid = np.isfinite(layer.rows(row, stop))
            for coarse in (c1, c2):
                valid &= resample.covered(coarse.values, plan.factor, row, stop - row, width)
            values = values.astype(np.float32)
            values[~valid] = np.nan
            prediction[row:stop] = values

        with cpu_threads(options.threads):
            model, card = load_model(MODEL_ID, device, weights_dir)
            step = scaled_progress(progress, 5.0, 90.0)
            predict_rows(model, read, (height, width), device, options.tile, options.overlap, emit, is_canceled,
                         step)
        coverage = footprints.coverage(prediction, strips)
        step = scaled_progress(progress, 90.0, 95.0)
        field = (correction_field(prediction, footprints, strips, coverage, is_canceled=is_canceled, progress=step)
                 if options.energy_correction else None)
        if is_canceled and is_canceled():
            raise Canceled()
        unit, description = output_units(options.celsius)
        tags = {"METHOD": "DLSTFM (after Jin et al. 2026)", "WEIGHTS_SHA256": card.weights_sha256,
                "SCALE_FACTOR": str(plan.factor), "ENERGY_CORRECTION": str(options.energy_correction)}
        valid_pixels, total = 0, 0.0
        with GeoTiffWriter(output_path, plan.fine, description, unit, tags) as writer:
            for row, rows in reported(strips, progress, is_canceled, start=95.0):
                values = footprints.corrected(prediction, field, row, rows).astype(np.float32)
                valid_pixels += int(np.count_nonzero(np.isfinite(values)))
                total = total + footprints.power_sums(values, row)
                writer.write(to_output_units(values, options.celsius), row)
            if is_canceled and is_canceled():  # while the last strip was written: no file either
                raise Canceled()
            errors = footprints.means_of(total, coverage) - footprints.values
    if progress:
        progress(100.0)
    errors = errors[np.isfinite(errors)]
    return DlstfmResult(str(output_path), str(device), plan.factor, valid_pixels,
                        float(np.max(np.abs(errors))) if errors.size else float("nan"), bias)
