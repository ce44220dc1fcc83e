"""What the fusion methods share: the grids, the coarse layers on the fine grid, strips with a halo.

The fine layer at the base date (FINE_T1) defines the output grid. Every coarse layer, in
any CRS and resolution and each on its own grid (real granules never share one), is
warped onto one *coarse grid* in the fine CRS whose pixels are exactly ``factor`` x
``factor`` fine pixels, then interpolated onto the fine grid (cubic convolution, or
nearest: each fine pixel takes its coarse pixel's value). A second fine layer (FINE_T3)
on a slightly different grid is resampled onto the fine grid. When the coarse layers are
already on a grid as fine as the fine layer (a product resampled by its provider), the
factor is 1 and they are used on the fine grid as they are, unless a factor is given:
they are then block-averaged onto the coarse grid first.

Fine layers are read by strips with ``halo`` rows above and below, so that memory is
bounded by the strip size plus the coarse grid whatever the size of the scene.
"""

import enum
import math
from dataclasses import dataclass

import numpy as np
from rasterio.enums import Resampling
from rasterio.warp import transform_bounds

from ..errors import Canceled, DownscalingError
from ..evaluation.aggregate import energy_conserving_mean
from ..io import resample
from ..io.grid import GridPlan, resolution_in
from ..io.raster import GeoTiffWriter, GridReader, reported
from ..guards import PIXEL_KELVIN_RANGE, valid_kelvin
from ..lst import output_units, read_coarse_lst, to_output_units


class CoarseResampling(enum.Enum):
    CUBIC = "cubic"      # cubic convolution of the coarse grid (Keys 1981): smooth
    NEAREST = "nearest"  # each fine pixel takes the value of its coarse pixel (blocks)


def plan_fusion(fine_grid, coarse_source, factor=None):
    """The fine output grid (``fine_grid`` itself), the coarse grid aligned with it, the factor.

    ``factor`` defaults to the coarse pixel size over the fine pixel size, rounded (1 when the
    coarse layer is on a grid as fine as the fine layer).
    """
    coarse_grid = coarse_source.grid()
    footprint = transform_bounds(coarse_grid.crs, fine_grid.crs, *coarse_grid.bounds, densify_pts=21)
    if not _overlap(fine_grid.bounds, footprint):
        raise DownscalingError(
            f"The coarse layer {coarse_source.path} and the fine layer do not overlap: check that both "
            "cover the same area and that their CRSs are right.")
    fine_res = math.sqrt(fine_grid.res[0] * fine_grid.res[1])
    coarse_res = resolution_in(coarse_grid, fine_grid.crs)
    if coarse_res < fine_res / 1.5:
        raise DownscalingError(
            f"The coarse layer {coarse_source.path} has finer pixels (about {coarse_res:.4g}) than the fine "
            f"layer ({fine_res:.4g}): check that the fine and coarse layers are not swapped.")
    if not factor:
        factor = max(1, round(coarse_res / fine_res))
    if factor < 1:
        raise DownscalingError(f"The scale factor must be 1 or more, not {factor}.")
    return GridPlan(fine_grid, fine_grid.coarsened(factor), int(factor))


def _overlap(a, b):
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


class CoarseLayer:
    """One coarse LST layer on the plan's coarse grid (kelvin, NaN for nodata), served on the fine grid."""

    def __init__(self, source, plan, resampling=CoarseResampling.CUBIC):
        self.source = source
        self.plan = plan
        self.resampling = resampling
        self.values = read_coarse_lst(source, plan)
        self._filled = None

    def shift(self, kelvin):
        """Add ``kelvin`` to the layer (a bias correction)."""
        self.values = self.values + kelvin
        self._filled = None

    def fine_rows(self, start, stop):
        """Rows ``start...stop`` of the layer on the fine grid; rows outside the grid are NaN."""
        plan = self.plan
        rows = stop - start
        out = np.full((rows, plan.fine.width), np.nan, dtype=np.float32)
        lo, hi = max(start, 0), min(stop, plan.fine.height)
        if hi <= lo:
            return out
        if plan.factor == 1:
            out[lo - start:hi - start] = self.values[lo:hi, :plan.fine.width]
            return out
        blocks = resample.block_repeat(self.values, plan.factor, lo, hi - lo, plan.fine.width)
        if self.resampling is CoarseResampling.NEAREST:
            out[lo - start:hi - start] = blocks
            return out
        if self._filled is None:
            self._filled = resample.fill_gaps(self.values)
        cubic = resample.upsample_cubic(self._filled, plan.factor, lo, hi - lo, plan.fine.width)
        cubic[~np.isfinite(blocks)] = np.nan
        out[lo - start:hi - start] = cubic
        return out


class FineLayer:
    """A fine LST layer read on the fine grid by strips with a halo (bilinear when it is on
    another grid: a granule whose origin differs by a fraction of a pixel)."""

    def __init__(self, source, grid):
        self.source = source
        self.grid = grid
        self._reader = GridReader(source, grid, _fine_resampling(source, grid))

    def __enter__(self):
        self._reader.__enter__()
        return self

    def __exit__(self, *exc):
        return self._reader.__exit__(*exc)

    def rows(self, start, stop, clean=True):
        """Rows ``start...stop`` in kelvin; rows outside the grid, and with ``clean`` impossible
        temperatures (the guards' pixel range), are NaN."""
        out = np.full((stop - start, self.grid.width), np.nan, dtype=np.float32)
        lo, hi = max(start, 0), min(stop, self.grid.height)
        if hi > lo:
            out[lo - start:hi - start] = self._reader.read(lo, hi - lo)
        return _without_impossible(out) if clean else out

    def statistics(self, strips, report):
        """(standard deviation, number of valid pixels) over the grid, checked to be kelvin."""
        total, total_sq, count, sample = 0.0, 0.0, 0, []
        for row, height in report(strips):
            raw = self.rows(row, row + height, clean=False)
            sample.append(raw[np.isfinite(raw)][::17].copy())  # a copy: a view would keep the strip's values
            values = _without_impossible(raw)
            valid = values[np.isfinite(values)].astype(np.float64)
            if valid.size == 0:
                continue
            # Centred on the first strip's median: sums of squared kelvins lose the variance.
            if count == 0:
                self._centre = float(np.median(valid))
            valid -= self._centre
            total += valid.sum()
            total_sq += (valid ** 2).sum()
            count += valid.size
        sample = np.concatenate(sample)
        if sample.size:
            valid_kelvin(sample, self.source.path)  # refuses another unit
        if count == 0:
            raise DownscalingError(
                f"The fine LST layer {self.source.path} has no valid pixel (all nodata): choose another "
                "date, or check its nodata value.")
        variance = max(total_sq / count - (total / count) ** 2, 0.0)
        return math.sqrt(variance), count


def sensor_bias(fine, coarse, target_pixels=1 << 20):
    """(fine - coarse bias in K, coarse pixels used) at one base date: the mean over the coarse
    pixels that the fine layer fills of the T^4 mean of the fine LST minus the coarse LST, read by
    strips of whole coarse rows. ``fine`` is a :class:`FineLayer`, ``coarse`` a :class:`CoarseLayer`
    of the same date."""
    factor = coarse.plan.factor
    height = max(factor, target_pixels // max(fine.grid.width, 1) // factor * factor)
    total, count = 0.0, 0
    for row in range(0, fine.grid.height, height):
        stop = min(row + height, fine.grid.height)
        blocks = energy_conserving_mean(fine.rows(row, stop), factor)
        difference = blocks - coarse.values[row // factor:row // factor + blocks.shape[0], :blocks.shape[1]]
        valid = np.isfinite(difference)
        total += float(difference[valid].sum())
        count += int(valid.sum())
    if count == 0:
        raise DownscalingError(
            "The fine and coarse LST at the base date share no complete coarse pixel: the bias between the "
            "sensors cannot be measured. Untick the bias correction, or check that the layers overlap.")
    return total / count, count


def correct_bias(pairs, coarse_layers):
    """Shift every coarse layer by the mean fine - coarse bias of the base ``pairs`` ((fine layer,
    coarse layer) of each base date); returns the shift (K)."""
    biases = [sensor_bias(fine, coarse)[0] for fine, coarse in pairs]
    bias = float(np.mean(biases))
    for layer in coarse_layers:
        layer.shift(bias)
    return bias


def _without_impossible(kelvin):
    """``kelvin`` with temperatures outside the guards' pixel range set to NaN (in place)."""
    low, high = PIXEL_KELVIN_RANGE
    with np.errstate(invalid="ignore"):
        kelvin[(kelvin < low) | (kelvin > high)] = np.nan
    return kelvin


def _fine_resampling(source, grid):
    source_res = resolution_in(source.grid(), grid.crs)
    fine_res = math.sqrt(grid.res[0] * grid.res[1])
    if source_res < 1.5 * fine_res and source_res > fine_res / 1.5:
        return Resampling.bilinear
    if source_res <= fine_res / 1.5:
        return Resampling.average
    raise DownscalingError(
        f"The fine layer {source.path} is coarser (pixel about {source_res:.4g}) than the output grid "
        f"({fine_res:.4g}): the fine layers of a fusion must have about the same pixel size.")


def fusion_strips(grid, target_pixels=1 << 20):
    """Row offsets and heights of the output strips (about ``target_pixels`` each)."""
    height = max(1, target_pixels // max(grid.width, 1))
    return [(row, min(height, grid.height - row)) for row in range(0, grid.height, height)]


def window_offsets(half):
    """(dy, dx, 1 / relative distance) of each offset of a (2 half + 1)^2 moving window.

    The relative distance is 1 + d / half (Gao et al. 2006, eq. 8 with A = half the window):
    1 at the centre, 2 at the middle of an edge.
    """
    offsets = []
    for dy in range(-half, half + 1):
        for dx in range(-half, half + 1):
            distance = 1.0 + math.hypot(dy, dx) / max(half, 1)
            offsets.append((dy, dx, np.float32(1.0 / distance)))
    return offsets


def pad_columns(values, half):
    """``values`` with ``half`` NaN columns on each side."""
    return np.pad(values, ((0, 0), (half, half)), constant_values=np.nan)


def similarity_threshold(std, classes):
    """Spectral similarity threshold of Gao et al. (2006): the fine image's std x 2 / classes."""
    return std * 2.0 / classes


@dataclass
class FusionResult:
    path: str
    factor: int
    threshold: float    # K: the similarity threshold used (of the first base date)
    valid_pixels: int   # output pixels with a prediction
    bias: float = None  # K added to the coarse layers by the bias correction (None: off)


def check_options(window, classes):
    if window < 1 or window % 2 == 0:
        raise DownscalingError(f"The moving window must be an odd number of pixels, not {window}.")
    if classes < 1:
        raise DownscalingError(f"The number of classes must be 1 or more, not {classes}.")


def write_prediction(output_path, plan, strips, half, options, predict, tags, progress=None, is_canceled=None):
    """Write ``predict(start, stop)`` (rows with a halo of ``half``) strip by strip, reporting
    progress from 5 to 100 %; a Cancel that comes while the last strip is computed still leaves
    no file."""
    unit, description = output_units(options.celsius)
    valid = 0
    with GeoTiffWriter(output_path, plan.fine, description, unit, tags) as writer:
        for row, height in reported(strips, progress, is_canceled, start=5.0):
            prediction = predict(row - half, row + height + half)
            valid += int(np.count_nonzero(np.isfinite(prediction)))
            writer.write(to_output_units(prediction, options.celsius), row)
        if is_canceled and is_canceled():
            raise Canceled()
    return valid
