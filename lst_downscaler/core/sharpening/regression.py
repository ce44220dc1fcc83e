"""TsHARP (Agam et al. 2007) and DisTrad (Kustas et al. 2003) thermal sharpening.

A regression of coarse LST on a vegetation predictor is fitted over homogeneous
coarse pixels, applied to the fine predictor, and the coarse residual is added back.
The regressors are block means of the fine features, so the block residual makes the
output's block means equal the coarse LST exactly; the smooth residual keeps that
property while removing the blocks (see :func:`resample.mass_preserving_coefficients`).

Fine rasters are processed in strips, three passes over the auxiliary layer: NDVI
distribution, block aggregates, output, each on a few threads (two when the features need
no NDVI bounds, as DisTrad's: the distribution is measured with the aggregates). Memory is a few float32
arrays on the coarse grid (which grows with the scene) plus a few strips; the features' block means
wait in temporary files while the selection of the fitted pixels holds its own grids. The fit
(:func:`fit_sharpening`) holds only coarse arrays, and any output rows follow from it on
their own (:meth:`SharpeningFit.window`): the command line's batch splits large scenes into
row windows that way.
"""

import dataclasses
import enum
import functools
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Optional

import numpy as np

from ..errors import DownscalingError
from ..io import resample
from ..io.raster import GeoTiffWriter, strip_rows
from ..io.memory import RowFile, grid_array, release_freed_memory
from ..io.strips import map_strips
from ..lst import output_units, plan_for, read_coarse_lst, to_output_units
from ..options import bounded, check_options
from .fit import NDVI_CLASS_EDGES, detail_gain, fit, fitting_pixels

HISTOGRAM_BINS = 20000
STRIP_PIXELS = 1 << 20  # fine pixels per strip: a few strips are in flight, one per thread


class Regression(enum.Enum):
    FC_LINEAR = "fc_linear"            # TsHARP: T = a + b fc
    NDVI_QUADRATIC = "ndvi_quadratic"  # DisTrad: T = a + b NDVI + c NDVI^2
    NDVI_LINEAR = "ndvi_linear"        # T = a + b NDVI


class Residual(enum.Enum):
    NONE = "none"      # regression only: coarse means are not conserved
    BLOCK = "block"    # the original: coarse residual added as a constant block
    SMOOTH = "smooth"  # cubic, mass-preserving residual: block means equal the coarse LST
    CUBIC = "cubic"    # cubic interpolation of the residual, like bicubic upsampling of the LST


@dataclass
class SharpeningOptions:
    regression: Regression = Regression.FC_LINEAR
    residual: Residual = Residual.CUBIC
    fc_exponent: float = bounded(0.625, minimum=0.01)
    ndvi_min: float = bounded(None, -1, 1)               # None: 1st percentile of the valid fine NDVI over land
    ndvi_max: float = bounded(None, -1, 1)               # None: 99th percentile over land
    homogeneous_percent: float = bounded(100.0, 1, 100)  # lowest-CV coarse pixels kept per NDVI class
    max_cv: float = bounded(None, minimum=0)             # coarse pixels with a larger NDVI CV are not fitted
    min_coverage: float = bounded(0.9, 0, 1)             # fraction of valid fine NDVI a fitted coarse pixel needs
    cold_outlier_sigma: float = 3.0  # fitted pixels colder than this many robust sigmas are dropped
    outlier_sigma: float = 10.0      # and, either side, beyond this many: no single pixel leads the fit
    detail_gain: float = bounded(None, 0, 1)  # weight of the fine NDVI texture; None: fitted (see fit.detail_gain)
    # NDVI below which a pixel is water, a class of its own; None: off
    water_ndvi: Optional[float] = bounded(0.0, -1, 1)
    celsius: bool = False


@dataclass
class SharpeningResult:
    path: str
    factor: int
    coefficients: list
    fitted_pixels: int
    r2: float
    ndvi_min: float
    ndvi_max: float
    conservation_mean_abs: float = float("nan")
    conservation_max_abs: float = float("nan")
    detail_gain: float = 1.0


def _features(ndvi, options, ndvi_min, ndvi_max):
    """Regressors of one NDVI array (without the constant), one new array at a time: a caller that
    is done with each before the next holds one strip's worth, not all of them.

    Water breaks the vegetation-temperature relation (low NDVI, yet cool), so with
    ``water_ndvi`` set, water pixels get their own indicator regressor and zero
    vegetation regressors: the fit learns one temperature for water.
    """
    water = ndvi < options.water_ndvi if options.water_ndvi is not None else None
    for feature in _vegetation_features(ndvi, options, ndvi_min, ndvi_max):
        if water is not None:
            np.copyto(feature, 0, where=water)
        yield feature
    if water is not None:
        indicator = water.astype(ndvi.dtype)
        np.copyto(indicator, np.nan, where=np.isnan(ndvi))
        yield indicator


def _vegetation_features(ndvi, options, ndvi_min, ndvi_max):
    if options.regression is Regression.FC_LINEAR:
        cover = np.subtract(ndvi_max, ndvi, dtype=ndvi.dtype)
        np.divide(cover, ndvi_max - ndvi_min, out=cover)
        clip_in_place(cover, 0, 1)
        power_in_place(cover, options.fc_exponent)
        yield np.subtract(1, cover, out=cover)
    elif options.regression is Regression.NDVI_QUADRATIC:
        yield ndvi.copy()
        yield ndvi * ndvi
    else:
        yield ndvi.copy()


def clip_in_place(values, low, high):
    """``np.clip(values, low, high, out=values)``, NaN kept, by a minimum and a maximum: numpy's
    clip of float32 costs twice as much (numpy 1.24)."""
    np.minimum(values, high, out=values)
    return np.maximum(values, low, out=values)


def power_in_place(values, exponent):
    """``values ** exponent`` in place, for values >= 0 (NaN kept).

    An exponent p / 2**k (k <= 4; TsHARP's 0.625 is 5/8) takes k square roots and p's binary
    powers: 4x faster than numpy's float32 pow, and within 1e-6 relative of the exact power.
    """
    for halvings in range(5):
        whole = exponent * 2 ** halvings
        if whole == int(whole) and 0 < whole <= 64:
            break
    else:
        return np.power(values, exponent, out=values)
    for _ in range(halvings):
        np.sqrt(values, out=values)
    whole, result = int(whole), None
    if whole == 1:
        return values
    while whole:
        if whole & 1:
            result = values.copy() if result is None else np.multiply(result, values, out=result)
        whole >>= 1
        if whole:
            np.multiply(values, values, out=values)
    values[...] = result
    return values


def _percentiles(histogram, edges, quantiles):
    cumulative = np.cumsum(histogram) / histogram.sum()
    return [float(edges[np.searchsorted(cumulative, q)]) for q in quantiles]


def sharpen(lst_source, ndvi_input, output_path, options=None, factor=None, target_res=None,
            progress=None, is_canceled=None):
    """Sharpen ``lst_source`` with ``ndvi_input`` onto the auxiliary grid; write ``output_path``."""
    fitted = fit_sharpening(lst_source, ndvi_input, options, factor, target_res, progress, is_canceled)
    errors = []
    with fitted.writer(output_path) as writer:
        for row, _, (lst, error) in fitted.map_rows(progress, is_canceled, start=50, end=100):
            errors.append(error)
            writer.write(to_output_units(lst, fitted.options.celsius), row)
    result = dataclasses.replace(fitted.result, path=str(output_path))
    record_conservation(result, errors, fitted.options.residual)
    return result


@dataclass
class SharpeningFit:
    """A sharpening fitted on the whole scene: all that its output rows need besides the fine
    NDVI (coarse arrays only), so that any rows of the output can be computed on their own, by
    any process."""

    ndvi_input: object
    plan: object
    options: SharpeningOptions
    model: object
    bounds: tuple
    coarse_lst: np.ndarray
    residual: np.ndarray
    result: SharpeningResult

    def kelvin_rows(self, ndvi, row):
        """The sharpened LST in kelvin of the fine NDVI rows ``ndvi`` that start at ``row``."""
        factor, (height, width) = self.plan.factor, ndvi.shape
        lst = self.model.variation(_features(ndvi, self.options, *self.bounds))
        lst += residual_strip(self.residual, self.options.residual, factor, row, height, width)
        lst += np.float32(self.model.coefficients[0])
        # no output where the LST is missing, although the residual is filled there
        lst[~(np.isfinite(ndvi) & resample.covered(self.coarse_lst, factor, row, height, width))] = np.nan
        return lst

    def windows(self, target_pixels):
        """Row offsets and heights of output windows of about ``target_pixels``."""
        return strip_rows(self.plan.fine, self.plan.factor, target_pixels)

    def window(self, row, height):
        """Output rows ``row...row + height`` in the output units."""
        with self.ndvi_input.reader(self.plan.fine) as reader:
            return to_output_units(self.kelvin_rows(reader.read(row, height), row), self.options.celsius)

    def map_rows(self, progress=None, is_canceled=None, start=0.0, end=100.0):
        """``(row, height, (kelvin rows, block conservation errors))`` of every output strip, in
        order, computed by a few threads (see :func:`.strips.map_strips`)."""
        def work(reader, row, height):
            lst = self.kelvin_rows(reader.read(row, height), row)
            return lst, block_conservation_error(lst, self.coarse_lst, self.plan.factor, row)
        return map_strips(lambda: self.ndvi_input.reader(self.plan.fine), _strips(self.plan), work,
                          progress=progress, is_canceled=is_canceled, start=start, end=end)

    def writer(self, output_path):
        """The GeoTiffWriter of the output, with the fit in its tags."""
        unit, description = output_units(self.options.celsius)
        tags = {
            "METHOD": self.options.regression.value, "RESIDUAL": self.options.residual.value,
            "COEFFICIENTS": " ".join(f"{c:.6g}" for c in self.model.coefficients),
            "DETAIL_GAIN": f"{self.model.gain:.4f}", "SCALE_FACTOR": str(self.plan.factor),
            "NDVI_MIN": f"{self.bounds[0]:.4f}", "NDVI_MAX": f"{self.bounds[1]:.4f}",
        }
        return GeoTiffWriter(output_path, self.plan.fine, description, unit, tags)


def fit_sharpening(lst_source, ndvi_input, options=None, factor=None, target_res=None, progress=None,
                   is_canceled=None):
    """The SharpeningFit of ``lst_source`` with ``ndvi_input``: two passes over the NDVI (its
    distribution, its block aggregates), the regression, the coarse residual field."""
    options = check_options(options or SharpeningOptions())
    plan = plan_for(lst_source, ndvi_input.grid(), factor, target_res)
    passes = functools.partial(map_strips, lambda: ndvi_input.reader(plan.fine), _strips(plan),
                               progress=progress, is_canceled=is_canceled)
    with tempfile.TemporaryDirectory(prefix="lst_sharpening_") as folder, ExitStack() as files:
        def spill(name):
            return files.enter_context(RowFile(Path(folder) / name))

        if options.regression is Regression.FC_LINEAR:  # the cover needs the NDVI bounds first
            ndvi_min, ndvi_max = _ndvi_bounds(passes, options)
            aggregates, _ = _aggregate(passes, plan, options, (ndvi_min, ndvi_max), spill, start=20)
        else:  # the features need no bounds: one pass for both
            aggregates, (ndvi_min, ndvi_max) = _aggregate(passes, plan, options, None, spill, start=0)
        coarse_lst = read_coarse_lst(lst_source, plan)  # after the passes: not under their strips
        selected = fitting_pixels(coarse_lst, aggregates, options)
        release_freed_memory()  # the selection's grids, before the features take their place
        features = [spilled.load(plan.coarse.shape) for spilled in aggregates.pop("features")]
    model = fit(coarse_lst, features, selected, options)
    del selected
    release_freed_memory()  # the fit's coarse temporaries: glibc would keep them for the next ones
    variation = model.variation(features)
    del features
    if options.residual is not Residual.NONE:
        gain = options.detail_gain
        if gain is None:
            gain = detail_gain(coarse_lst, variation)
        model = model.with_gain(gain)
        variation *= np.float32(gain)
    residual = coarse_lst - np.float32(model.coefficients[0])
    residual -= variation  # the coarse residual of the fit, NaN where either is missing
    del variation
    residual = residual_field(residual, options.residual, plan.factor, plan.fine.shape)
    release_freed_memory()
    result = SharpeningResult(None, plan.factor, model.coefficients.tolist(), model.fitted, model.r2,
                              ndvi_min, ndvi_max, detail_gain=model.gain)
    return SharpeningFit(ndvi_input, plan, options, model, (ndvi_min, ndvi_max), coarse_lst, residual, result)


def _strips(plan):
    return strip_rows(plan.fine, plan.factor, STRIP_PIXELS)


def residual_field(residual, kind, factor, fine_shape):
    """The coarse field behind the fine residual correction of ``kind`` (a :class:`Residual`):
    the residual itself (block; cubic, where it has no gap), a copy with its gaps filled
    (cubic), or the mass-preserving coefficients whose cubic upsampling has the residual as
    block means (smooth)."""
    if kind is Residual.SMOOTH:
        return resample.mass_preserving_coefficients(resample.fill_gaps(residual), factor, fine_shape)
    if kind is Residual.CUBIC:
        return resample.fill_gaps(residual, copy=False)
    return residual


def residual_strip(field, kind, factor, row, height, width):
    """Fine rows ``row...`` of the residual correction of ``kind`` from :func:`residual_field`."""
    if kind is Residual.BLOCK:
        return resample.block_repeat(field, factor, row, height, width)
    if kind in (Residual.SMOOTH, Residual.CUBIC):
        return resample.upsample_cubic(field, factor, row, height, width)
    return np.zeros((height, width), dtype=np.float32)


class _NdviHistogram:
    """The distribution of the valid land NDVI in :data:`HISTOGRAM_BINS` bins, summed over the
    strips (:meth:`of_strip` may run in any thread, :meth:`add` in one)."""

    def __init__(self, options):
        self.options = options
        self.counts = np.zeros(HISTOGRAM_BINS, dtype=np.int64)
        self.seen = False

    def of_strip(self, ndvi):
        """(whether the strip has a valid NDVI, the bin counts of its land)."""
        valid = ndvi[np.isfinite(ndvi)]
        seen = valid.size > 0
        if self.options.water_ndvi is not None:
            valid = valid[valid >= self.options.water_ndvi]
        clip_in_place(valid, -1, 1)  # valid is a copy
        valid += 1
        valid *= np.float32(HISTOGRAM_BINS / 2)
        bins = valid.astype(np.uint16)  # HISTOGRAM_BINS < 2**16
        return seen, np.bincount(np.minimum(bins, HISTOGRAM_BINS - 1, out=bins), minlength=HISTOGRAM_BINS)

    def add(self, strip):
        seen, counts = strip
        self.seen = self.seen or seen
        self.counts += counts

    def bounds(self, name):
        """The NDVI bounds of the fractional cover: the given ones, else the 1st and 99th
        percentiles of the valid land NDVI of the layer ``name``."""
        options = self.options
        if not self.seen:
            raise DownscalingError(
                f"The NDVI layer {name} has no valid pixel: it is all nodata. Check its nodata "
                "value and extent.")
        if self.counts.sum() == 0:
            raise DownscalingError(
                f"The NDVI layer {name} shows only water (NDVI below {options.water_ndvi}): "
                "there is no land to sharpen. Lower the water NDVI threshold if this is wrong.")
        low, high = _percentiles(self.counts, np.linspace(-1, 1, HISTOGRAM_BINS + 1)[1:], (0.01, 0.99))
        ndvi_min = options.ndvi_min if options.ndvi_min is not None else low
        ndvi_max = options.ndvi_max if options.ndvi_max is not None else high
        if options.regression is Regression.FC_LINEAR and not ndvi_max > ndvi_min:
            raise DownscalingError(
                f"NDVI max ({ndvi_max:.3f}) must be greater than NDVI min ({ndvi_min:.3f}) to compute "
                "the fractional vegetation cover: the scene has no NDVI contrast, or the given bounds are swapped.")
        return ndvi_min, ndvi_max


def _ndvi_bounds(passes, options):
    """The NDVI bounds of the fractional cover (see :meth:`_NdviHistogram.bounds`), in one pass."""
    histogram = _NdviHistogram(options)
    name = None
    for _, _, (name, strip) in passes(lambda reader, row, height: (reader.name, histogram.of_strip(
            reader.read(row, height))), start=0, end=20):
        histogram.add(strip)
    return histogram.bounds(name)


def _aggregate(passes, plan, options, bounds, spill, start):
    """On the coarse grid: the block means of the fine features (a list of float32 :class:`.memory.RowFile`
    from ``spill(name)``, NaN where a block has no NDVI: they wait in files while the selection of
    the fitted pixels needs its grids), the blocks complete enough to be fitted, and the class of
    the NDVI mean (int8, see :data:`.fit.NDVI_CLASS_EDGES`) and the NDVI's CV when the homogeneity
    selection needs them; and the NDVI ``bounds``, measured in the same pass when not given
    (features that need none)."""
    shape, factor = plan.coarse.shape, plan.factor
    homogeneity = options.max_cv is not None or options.homogeneous_percent < 100
    histogram = _NdviHistogram(options) if bounds is None else None
    n_features = len(list(_features(np.zeros(1, dtype=np.float32), options, *(bounds or (None, None)))))
    aggregates = {"features": [spill(f"feature{k}.f32") for k in range(n_features)],
                  "complete": grid_array(shape, bool)}
    if homogeneity:
        aggregates["ndvi_class"] = grid_array(shape, np.int8)
        aggregates["cv"] = grid_array(shape, np.float32, np.nan)

    def work(reader, row, height):
        ndvi = reader.read(row, height)
        total, squares, count = resample.block_sums(ndvi, factor, squares=homogeneity)
        sums = [resample.block_sums(feature, factor, squares=False)[0]
                for feature in _features(ndvi, options, *(bounds or (None, None)))]
        strip_histogram = histogram.of_strip(ndvi) if histogram else None
        return total, squares, count, sums, resample.block_areas(*ndvi.shape, factor), strip_histogram, reader.name

    name = None
    for row, _, (total, squares, count, sums, area, strip_histogram, name) in passes(work, start=start, end=45):
        rows = slice(row // factor, row // factor + count.shape[0])
        if histogram:
            histogram.add(strip_histogram)
        with np.errstate(invalid="ignore", divide="ignore"):
            for k, feature_sum in enumerate(sums):
                aggregates["features"][k][rows] = feature_sum / count
            aggregates["complete"][rows] = (count > 0) & (count / area >= options.min_coverage)
            if homogeneity:
                mean = total / count
                aggregates["ndvi_class"][rows] = np.digitize(mean.astype(np.float32), NDVI_CLASS_EDGES)
                aggregates["cv"][rows] = np.sqrt(np.maximum(squares / count - mean ** 2, 0)) / np.abs(mean)
    return aggregates, (histogram.bounds(name) if histogram else bounds)


def record_conservation(result, errors, residual):
    """Put the mean and maximum absolute block conservation errors of the strips (``errors``, a
    list of :func:`block_conservation_error` results) into ``result``; they stay NaN without a
    residual, which conserves nothing."""
    count = sum(strip.count for strip in errors)
    if count and residual is not Residual.NONE:
        result.conservation_mean_abs = sum(strip.total for strip in errors) / count
        result.conservation_max_abs = max(strip.maximum for strip in errors)


class ConservationErrors(NamedTuple):
    """|Block mean of the output - coarse LST| over the fully covered blocks of a strip, summed:
    a scene's worth of per-block errors would take as much memory as a coarse layer in float64."""
    total: float
    maximum: float
    count: int


def block_conservation_error(lst, coarse_lst, factor, row):
    """The :class:`ConservationErrors` of the output rows ``lst`` (from ``row``, a block boundary)."""
    total, _, count = resample.block_sums(lst, factor, squares=False)
    coarse = coarse_lst[row // factor: row // factor + total.shape[0]]
    complete = (count == resample.block_areas(*lst.shape, factor)) & np.isfinite(coarse)
    errors = np.abs(total[complete] / count[complete] - coarse[complete])
    return ConservationErrors(float(errors.sum()), float(errors.max(initial=0.0)), errors.size)
