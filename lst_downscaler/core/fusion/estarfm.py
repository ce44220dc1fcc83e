"""ESTARFM (Zhu et al. 2010) for land surface temperature.

Zhu, X., Chen, J., Gao, F., Chen, X., Masek, J. G. (2010). An enhanced spatial and temporal
adaptive reflectance fusion model for complex heterogeneous regions. Remote Sensing of
Environment 114(11), 2610-2623.

Two base pairs, (F1, C1) at t1 and (F3, C3) at t3, and the coarse C2 at t2 (usually
t1 < t2 < t3). For each fine pixel, over a moving window:

- similar pixels: within std(Fk) x 2 / classes of the centre at *both* base dates;
- conversion coefficient V: slope of the linear regression of fine on coarse LST over the
  similar pixels, both dates pooled (eq. 9); 1 when there are too few of them or no
  positive relation, and kept within [``min_conversion``, ``max_conversion``]. The default,
  ``Conversion.UNIT``, sets V = 1 (the fine change is the coarse change): in the ECOSTRESS
  closed loops of the bench the regression adds noise (its slope mixes the spatial contrast
  of the fine and of the smooth coarse LST) and V = 1 is more accurate; ``Conversion.REGRESSION``
  is the published method;
- weights W = (1 / D) / sum(1 / D), D = (1 - R) x d, d = 1 + distance / (window / 2) (eq. 5-6).
  Zhu's R is the correlation of a similar pixel's fine and coarse values over bands and
  dates; with one band (LST) and two dates that correlation is always +1 or -1, so here
  1 - R is replaced by how far the pixel's fine change departs from its coarse change,
  |(F3 - F1) - (C3 - C1)| + sqrt(sf^2 + sc^2) (sf, sc the sensors' uncertainties): the
  pixels whose fine trajectory follows the coarse one weigh most, as with R;
- a prediction from each base date, Fk + V x sum W (C2 - Ck) (eq. 10), combined with the
  temporal weights Tk proportional to 1 / |sum over the window of (Ck - C2)| (eq. 11-12).

Vectorised over window offsets like STARFM (see :mod:`.starfm`); the regression sums are kept
in float64 around the scene's mean, where float32 would lose the variance of homogeneous windows.
"""

import enum
import functools
import math
from dataclasses import dataclass

import numpy as np

from ..io.raster import reported
from .stack import (
    CoarseLayer,
    CoarseResampling,
    FineLayer,
    FusionResult,
    check_options,
    correct_bias,
    fusion_strips,
    pad_columns,
    plan_fusion,
    similarity_threshold,
    window_offsets,
    write_prediction,
)

CACHE_PIXELS = 1 << 13


class Conversion(enum.Enum):
    REGRESSION = "regression"  # Zhu et al. (2010): slope of fine on coarse over the similar pixels
    UNIT = "unit"              # 1: the fine change equals the coarse change (no regression)

REGRESSION_SUMS = ("x", "y", "xx", "xy")  # what Zhu's regression sums over the similar pixels (float64)
TEMPORAL_EPSILON = 1e-3  # K: keeps the temporal weights finite when a coarse window did not change


@dataclass
class EstarfmOptions:
    window: int = 15
    classes: int = 4
    fine_uncertainty: float = 1.0
    coarse_uncertainty: float = 1.0
    conversion: Conversion = Conversion.UNIT  # measured better than Zhu's regression (bench/fusion.py)
    min_similar: int = 5           # similar pixels needed to fit the conversion coefficient
    min_conversion: float = 0.0
    max_conversion: float = 2.0
    factor: int = None
    resampling: CoarseResampling = CoarseResampling.CUBIC
    bias_correction: bool = False  # shift the coarse layers by the mean fine - coarse bias at t1 and t3
    celsius: bool = False


def estarfm(fine_t1, coarse_t1, fine_t3, coarse_t3, coarse_t2, output_path, options=None, progress=None,
            is_canceled=None):
    """Predict the fine LST at t2 from the pairs (``fine_t1``, ``coarse_t1``) and (``fine_t3``,
    ``coarse_t3``) and ``coarse_t2``; the output has the grid of ``fine_t1`` (``fine_t3`` is
    resampled onto it when its grid differs)."""
    options = options or EstarfmOptions()
    check_options(options.window, options.classes)
    report = functools.partial(reported, is_canceled=is_canceled)
    grid = fine_t1.grid()
    plan = plan_fusion(grid, coarse_t1, options.factor)
    coarse = [CoarseLayer(source, plan, options.resampling) for source in (coarse_t1, coarse_t2, coarse_t3)]
    strips = fusion_strips(plan.fine)
    half = options.window // 2
    with FineLayer(fine_t1, plan.fine) as f1, FineLayer(fine_t3, plan.fine) as f3:
        bias = (correct_bias([(f1, coarse[0]), (f3, coarse[2])], coarse) if options.bias_correction else None)
        centre = float(np.nanmean(coarse[0].values))
        thresholds = [similarity_threshold(layer.statistics(strips, report)[0], options.classes)
                      for layer in (f1, f3)]

        def predict(start, stop):
            c1, c2, c3 = (layer.fine_rows(start, stop) for layer in coarse)
            return _predict(f1.rows(start, stop), c1, f3.rows(start, stop), c3, c2, half, thresholds,
                            centre, options)

        valid = write_prediction(
            output_path, plan, strips, half, options, predict,
            {"METHOD": "ESTARFM (Zhu et al. 2010)", "WINDOW": str(options.window),
             "SIMILARITY_THRESHOLDS_K": " ".join(f"{t:.4f}" for t in thresholds),
             "SCALE_FACTOR": str(plan.factor)},
            progress, is_canceled)
    return FusionResult(str(output_path), plan.factor, thresholds[0], valid, bias)


def _predict(f1, c1, f3, c3, c2, half, thresholds, centre, options):
    rows, cols = f1.shape[0] - 2 * half, f1.shape[1]
    tolerance = math.hypot(options.fine_uncertainty, options.coarse_uncertainty)
    with np.errstate(invalid="ignore"):
        ok = np.isfinite(f1) & np.isfinite(f3) & np.isfinite(c1) & np.isfinite(c2) & np.isfinite(c3)
        weight = np.where(ok, 1.0 / (np.abs((f3 - f1) - (c3 - c1)) + tolerance), 0).astype(np.float32)
    zero = np.float32(0)
    fields = {
        "f1": np.where(ok, f1, np.nan), "f3": np.where(ok, f3, np.nan),
        "w": weight,
        "d1": np.where(ok, weight * (c2 - c1), zero), "d3": np.where(ok, weight * (c2 - c3), zero),
    }
    # the sums of Zhu's regression, over the similar pixels, only when it gives the conversion
    # coefficient (by default the coefficient is 1: they would be half the work of the window)
    regression = options.conversion is Conversion.REGRESSION
    if regression:
        fields.update({
            "x": np.where(ok, (c1 - centre) + (c3 - centre), zero),
            "y": np.where(ok, (f1 - centre) + (f3 - centre), zero),
            "xx": np.where(ok, (c1 - centre) ** 2 + (c3 - centre) ** 2, zero),
            "xy": np.where(ok, (c1 - centre) * (f1 - centre) + (c3 - centre) * (f3 - centre), zero),
        })
    fields = {key: pad_columns(value.astype(np.float32), half) for key, value in fields.items()}
    sums = {key: np.zeros((rows, cols), np.float64 if key in REGRESSION_SUMS else np.float32)
            for key in ("w", "d1", "d3") + (("n",) + REGRESSION_SUMS if regression else ())}
    offsets = window_offsets(half)
    chunk = max(1, CACHE_PIXELS // max(cols, 1))
    for r0 in range(0, rows, chunk):
        r1 = min(rows, r0 + chunk)
        _accumulate(fields, thresholds, half, r0, r1, cols, offsets,
                    {key: value[r0:r1] for key, value in sums.items()})

    with np.errstate(invalid="ignore", divide="ignore"):
        conversion = _conversion(sums, options) if regression else 1.0
        change1 = (sums["d1"] / sums["w"]).astype(np.float64)  # the prediction is computed in float64
        change3 = (sums["d3"] / sums["w"]).astype(np.float64)
        core = slice(half, half + rows)
        from_t1 = f1[core] + conversion * change1
        from_t3 = f3[core] + conversion * change3
        temporal1, temporal3 = _temporal_weights(c1, c2, c3, ok, half, rows)
        prediction = (temporal1 * from_t1 + temporal3 * from_t3).astype(np.float32)
    prediction[~ok[core]] = np.nan
    return prediction


def _conversion(sums, options):
    """Zhu's conversion coefficient: the slope of the fine on the coarse LSTs of the similar pixels
    at both base dates, where enough of them spread enough; 1 elsewhere."""
    n = 2.0 * sums["n"]  # two points (one per base date) per similar pixel
    variance = n * sums["xx"] - sums["x"] ** 2
    slope = (n * sums["xy"] - sums["x"] * sums["y"]) / variance
    fitted = (sums["n"] >= options.min_similar) & (variance > 1e-6 * n * n) & (slope > 0)
    return np.where(fitted, np.clip(slope, options.min_conversion, options.max_conversion), 1.0)


def _accumulate(fields, thresholds, half, r0, r1, cols, offsets, sums):
    rows = r1 - r0
    centre = (slice(half + r0, half + r1), slice(half, half + cols))
    f1_c, f3_c = fields["f1"][centre], fields["f3"][centre]
    difference = np.empty((rows, cols), np.float32)
    mask = np.empty((rows, cols), bool)
    other = np.empty((rows, cols), bool)
    scale = np.empty((rows, cols), np.float32)
    term = np.empty((rows, cols), np.float32)
    wide = np.empty((rows, cols), np.float64)
    for dy, dx, inverse_distance in offsets:
        view = (slice(half + r0 + dy, half + r1 + dy), slice(half + dx, half + dx + cols))
        np.subtract(fields["f1"][view], f1_c, out=difference)
        np.abs(difference, out=difference)
        np.less_equal(difference, thresholds[0], out=mask)
        np.subtract(fields["f3"][view], f3_c, out=difference)
        np.abs(difference, out=difference)
        np.less_equal(difference, thresholds[1], out=other)
        mask &= other
        np.multiply(mask, inverse_distance, out=scale)
        for key in ("w", "d1", "d3"):
            np.multiply(fields[key][view], scale, out=term)
            sums[key] += term
        if "n" in sums:
            sums["n"] += mask
            for key in REGRESSION_SUMS:
                np.multiply(fields[key][view], mask, out=wide)
                sums[key] += wide


def _temporal_weights(c1, c2, c3, ok, half, rows):
    """Zhu's temporal weights of the two base dates, from the coarse change summed over the window."""
    change1 = _window_mean(np.where(ok, c1 - c2, 0), ok, half)
    change3 = _window_mean(np.where(ok, c3 - c2, 0), ok, half)
    inverse1 = 1.0 / (np.abs(change1) + TEMPORAL_EPSILON)
    inverse3 = 1.0 / (np.abs(change3) + TEMPORAL_EPSILON)
    total = inverse1 + inverse3
    return inverse1 / total, inverse3 / total


def _window_mean(values, valid, half):
    """Mean over the (2 half + 1)^2 window of the valid values, for the rows without their halo."""
    size = 2 * half + 1
    padded_values = np.pad(values.astype(np.float64), ((0, 0), (half, half)))
    padded_valid = np.pad(valid.astype(np.float64), ((0, 0), (half, half)))

    def box(field):
        summed = np.pad(field.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
        return summed[size:, size:] - summed[:-size, size:] - summed[size:, :-size] + summed[:-size, :-size]

    with np.errstate(invalid="ignore", divide="ignore"):
        return box(padded_values) / box(padded_valid)
