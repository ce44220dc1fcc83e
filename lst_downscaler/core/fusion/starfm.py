"""STARFM (Gao et al. 2006) for land surface temperature.

Gao, F., Masek, J., Schwaller, M., Hall, F. (2006). On the blending of the Landsat and MODIS
surface reflectance: predicting daily Landsat surface reflectance. IEEE TGRS 44(8), 2207-2218.

The fine LST at t2 at a pixel is a weighted mean, over the spectrally similar pixels of a
moving window around it, of F1 + C2 - C1 (fine at t1 plus the coarse change), eq. 9-11:

- similar: |F1(neighbour) - F1(centre)| <= std(F1) x 2 / number of classes;
- and not worse than the centre (sample filtering, eq. 15-16): the neighbour's spectral
  difference S = |F1 - C1| and temporal difference T = |C2 - C1| are at most the centre's
  plus their uncertainty (sqrt(sf^2 + sc^2) and sqrt(2) sc, sf and sc the fine and coarse
  sensors' uncertainties);
- weight 1 / (S x T x D), D = 1 + d / A the relative distance (A = half the window), with S and
  T counted from their uncertainty up (S + sqrt(sf^2 + sc^2), T + sqrt(2) sc): a difference
  smaller than the sensors can tell does not make a pixel dominate its window, which is what
  Gao's zero-difference special cases guard against.

Vectorised over the window offsets: for each offset the whole strip is compared with its
shifted copy and the weights accumulated, so the cost is (window^2) x pixels simple array
operations; strips carry a halo of half a window above and below.
"""

import functools
import math
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from ..errors import Canceled
from ..io.raster import reported, staged
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

CACHE_PIXELS = 1 << 14


@dataclass
class StarfmOptions:
    window: int = 15                 # fine pixels: ~1-1.5 km at 70-100 m (measured: bench/fusion.py)
    classes: int = 4                 # land cover classes: similarity threshold std x 2 / classes
    fine_uncertainty: float = 1.0    # K, of the fine sensor's LST (~1 K for Landsat, ECOSTRESS)
    coarse_uncertainty: float = 1.0  # K, of the coarse sensor's LST (~1 K for MODIS)
    factor: int = None               # coarse pixel / fine pixel; None: from the pixel sizes
    resampling: CoarseResampling = CoarseResampling.CUBIC
    bias_correction: bool = False    # shift the coarse layers by the fine - coarse bias at t1
    celsius: bool = False


def starfm(fine_t1, coarse_t1, coarse_t2, output_path, options=None, progress=None, is_canceled=None):
    """Predict the fine LST at t2 from the pair (``fine_t1``, ``coarse_t1``) and ``coarse_t2``.

    Sources are :class:`~lst_downscaler.core.raster.BandSource`; the output has the grid of
    ``fine_t1`` and is written atomically to ``output_path``.
    """
    options = options or StarfmOptions()
    check_options(options.window, options.classes)
    report = functools.partial(reported, is_canceled=is_canceled)
    grid = fine_t1.grid()
    plan = plan_fusion(grid, coarse_t1, options.factor)
    c1 = CoarseLayer(coarse_t1, plan, options.resampling)
    c2 = CoarseLayer(coarse_t2, plan, options.resampling)
    strips = fusion_strips(plan.fine)
    half = options.window // 2
    with FineLayer(fine_t1, plan.fine) as f1:
        bias = correct_bias([(f1, c1)], [c1, c2]) if options.bias_correction else None
        std, _ = f1.statistics(strips, report)
        threshold = similarity_threshold(std, options.classes)
        valid = write_prediction(
            output_path, plan, strips, half, options,
            lambda start, stop: _predict(f1.rows(start, stop), c1.fine_rows(start, stop),
                                         c2.fine_rows(start, stop), half, threshold, options),
            {"METHOD": "STARFM (Gao et al. 2006)", "WINDOW": str(options.window),
             "SIMILARITY_THRESHOLD_K": f"{threshold:.4f}", "SCALE_FACTOR": str(plan.factor)},
            progress, is_canceled)
    return FusionResult(str(output_path), plan.factor, threshold, valid, bias)


def _predict(f1, c1, c2, half, threshold, options):
    """The prediction for the rows of ``f1`` without their ``half``-row halos."""
    rows, cols = f1.shape[0] - 2 * half, f1.shape[1]
    spectral_tol = np.float32(math.hypot(options.fine_uncertainty, options.coarse_uncertainty))
    temporal_tol = np.float32(math.sqrt(2) * options.coarse_uncertainty)
    with np.errstate(invalid="ignore"):
        candidate = f1 + c2 - c1
        ok = np.isfinite(candidate)
        spectral = np.where(ok, np.abs(f1 - c1), np.inf).astype(np.float32)
        temporal = np.where(ok, np.abs(c2 - c1), np.inf).astype(np.float32)
        weight = np.where(ok, 1.0 / ((spectral + spectral_tol) * (temporal + temporal_tol)), 0)
    fine = pad_columns(np.where(ok, f1, np.nan).astype(np.float32), half)
    spectral, temporal = pad_columns(spectral, half), pad_columns(temporal, half)
    weight = pad_columns(weight.astype(np.float32), half)
    weighted = np.where(weight > 0, weight * np.nan_to_num(pad_columns(candidate, half)), 0).astype(np.float32)
    weight = np.nan_to_num(weight)

    numerator = np.zeros((rows, cols), np.float32)
    denominator = np.zeros((rows, cols), np.float32)
    offsets = window_offsets(half)
    # Chunks of rows small enough for the CPU cache: the loop is memory-bound otherwise.
    chunk = max(1, CACHE_PIXELS // max(cols, 1))
    for r0 in range(0, rows, chunk):
        r1 = min(rows, r0 + chunk)
        _accumulate(fine, spectral, temporal, weight, weighted, threshold, spectral_tol, temporal_tol,
                    half, r0, r1, cols, offsets, numerator[r0:r1], denominator[r0:r1])
    with np.errstate(invalid="ignore", divide="ignore"):
        prediction = numerator / denominator
    prediction[~np.isfinite(candidate[half:half + rows])] = np.nan
    return prediction


def _accumulate(fine, spectral, temporal, weight, weighted, threshold, spectral_tol, temporal_tol,
                half, r0, r1, cols, offsets, numerator, denominator):
    """Sums of weights and of weighted candidates over the window, for output rows ``r0...r1``."""
    rows = r1 - r0
    centre = (slice(half + r0, half + r1), slice(half, half + cols))
    fine_c = fine[centre]
    spectral_max = spectral[centre] + spectral_tol
    temporal_max = temporal[centre] + temporal_tol
    difference = np.empty((rows, cols), np.float32)
    mask = np.empty((rows, cols), bool)
    other = np.empty((rows, cols), bool)
    scale = np.empty((rows, cols), np.float32)
    term = np.empty((rows, cols), np.float32)
    for dy, dx, inverse_distance in offsets:
        view = (slice(half + r0 + dy, half + r1 + dy), slice(half + dx, half + dx + cols))
        np.subtract(fine[view], fine_c, out=difference)
        np.abs(difference, out=difference)
        np.less_equal(difference, threshold, out=mask)
        np.less_equal(spectral[view], spectral_max, out=other)
        mask &= other
        np.less_equal(temporal[view], temporal_max, out=other)
        mask &= other
        np.multiply(mask, inverse_distance, out=scale)
        np.multiply(weight[view], scale, out=term)
        denominator += term
        np.multiply(weighted[view], scale, out=term)
        numerator += term


def starfm_series(fine_t1, coarse_t1, coarse_series, folder, options=None, progress=None, is_canceled=None):
    """STARFM for every coarse layer of ``coarse_series`` (see :func:`fusion_series`)."""
    def method(f1, c1, c2, path, progress=None, is_canceled=None):
        return starfm(f1, c1, c2, path, options, progress, is_canceled)
    return fusion_series(method, fine_t1, coarse_t1, coarse_series, folder, progress, is_canceled)


def fusion_series(method, fine_t1, coarse_t1, coarse_series, folder, progress=None, is_canceled=None):
    """``method(fine_t1, coarse_t1, coarse_t2, path, progress, is_canceled)`` (STARFM, DLSTFM...) for
    every coarse layer of ``coarse_series``: one fine LST GeoTIFF per date in ``folder``, named
    after the coarse layer's file (:func:`series_names`). The dates are written beside their
    names and moved over them at the end: on Cancel or error no file of the folder changes.
    Returns the list of the method's results."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [str(folder / name) for name in series_names([source.path for source in coarse_series])]
    results = []
    with staged(paths) as temporaries:
        for index, (coarse_t2, temporary) in enumerate(zip(coarse_series, temporaries)):
            if is_canceled and is_canceled():
                raise Canceled()
            span = 100.0 / len(coarse_series)
            step = (lambda value, i=index: progress(i * span + value * span / 100)) if progress else None
            results.append(method(fine_t1, coarse_t1, coarse_t2, temporary, step, is_canceled))
    if progress:
        progress(100.0)
    return [replace(result, path=path) for result, path in zip(results, paths)]


def series_names(paths):
    """Output file names, one per coarse layer's file: its name's stem (numbered when repeated)."""
    names, seen = [], {}
    for path in paths:
        stem = Path(path).stem or "coarse"
        seen[stem] = seen.get(stem, 0) + 1
        names.append(f"{stem}.tif" if seen[stem] == 1 else f"{stem}_{seen[stem]}.tif")
    return names
