"""The Data Mining Sharpener (Gao, Kustas and Anderson 2012, Remote Sensing 4).

Any number of fine predictor layers (reflectance bands, NDVI, a DEM...) are block-averaged
onto the coarse grid. The coarse pixels whose predictors are most homogeneous (lowest mean
coefficient of variation, CV) are the samples, weighted by 1/CV. A bagging ensemble of
regression trees with a linear model in each leaf (:mod:`.model_trees`) learns the coarse
LST from the coarse predictors, globally and optionally in moving windows; the local and
global fine predictions are blended by the inverse of their squared coarse residuals. The
fine prediction is aggregated in radiance (T^4) space, and the coarse residual, also in
T^4 space, is added back (cubic, block or mass-preserving: :func:`.sharpening.residual_field`).

Fine rasters are read in strips, three passes: block aggregates, fine prediction (kept in a
temporary file, so the trees run once), output, each on a few threads (:func:`.strips.map_strips`,
the predictors read once per pass by readers that the threads share). With one predictor the
trees of an ensemble are grown together (:mod:`.interval_trees`), and those of the local windows
by groups of windows, on threads, beside the global ensemble's.
:func:`fit_dms` does the first two passes: its :class:`DmsFit` computes any rows of the output
on its own (the command line's split scenes). Memory is the coarse grid's arrays plus a few strips;
while the fine passes need only some rows of the coarse LST, it waits in a temporary file too.
"""

import dataclasses
import functools
import tempfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import DownscalingError
from ..io import resample
from ..io.raster import GeoTiffWriter, GridReader, reported, strip_rows
from ..io.memory import RowFile, grid_array, release_freed_memory
from ..io.strips import default_threads, map_in_order, map_strips
from ..lst import output_units, plan_for, read_coarse_lst, to_output_units
from ..options import bounded, check_options
from .fit import detail_gain
from .interval_trees import fit_piecewise_many
from .model_trees import MAX_SAMPLES, ModelTreeEnsemble, Samples, feature_moments
from .regression import (Residual, block_conservation_error, clip_in_place, record_conservation, residual_field,
                         residual_strip)

T_REF = 300.0  # kelvin: radiance-space values are T_REF/4 (T/T_REF)^4, about kelvin in scale
MAX_WINDOWS = 256  # local windows are enlarged on large scenes so that there are at most this many
LOCAL_MAX_SAMPLES = 1000  # bootstrap sample size of a local model (the global one: 50000)
LOCAL_TREE_SHARE = 1.0    # a local ensemble has this share of the global one's trees
STRIP_PIXELS = 1 << 20    # fine pixels per strip: a few strips are in flight, one per thread
CHUNK_PIXELS = 1 << 20    # coarse pixels at a time in whole-grid work: no grid-sized float64 temporaries
FIT_CHUNK = 1 << 18       # samples at a time in the global model's R²: its temporaries are a few MB
WINDOW_GROUP = 8          # local windows whose trees are grown together (a few MB of arrays per group)


@dataclass
class DmsOptions:
    n_trees: int = bounded(20, minimum=1)
    min_samples_leaf: int = bounded(40, minimum=2)
    homogeneous_fraction: float = bounded(1.0, 0.01, 1)  # share of the candidate coarse pixels kept, lowest CV first
    window: int = bounded(8, minimum=0)                  # local window size in coarse pixels; 0: global model only
    residual: Residual = Residual.CUBIC
    detail_gain: float = bounded(None, 0, 1)  # weight of the fine texture; None: fitted one octave up; 1: paper
    seed: int = bounded(0, minimum=0)
    min_coverage: float = bounded(0.9, 0, 1)  # share of valid fine predictors a sample pixel needs
    radiance: bool = True              # aggregate and correct the residual in T^4 space
    celsius: bool = False


@dataclass
class DmsResult:
    path: str
    factor: int
    predictors: int
    samples: int
    r2: float
    local_models: int = 0
    windows: int = 0
    window: int = 0
    detail_gain: float = 1.0
    conservation_mean_abs: float = float("nan")
    conservation_max_abs: float = float("nan")


@dataclass(frozen=True)
class BandPredictor:
    """One band of a raster (a :class:`.raster.BandSource`) used as a predictor as it is."""

    source: object

    def grid(self):
        return self.source.grid()

    def reader(self, grid):
        return GridReader(self.source, grid)


def _radiance(t, options, dtype=None):
    """``T_REF/4 (t/T_REF)^4``, a new array of ``dtype`` (None: ``t``'s); the power as two squares,
    3 times faster than ``** 4``. Without ``options.radiance``, ``t`` itself (in ``dtype``)."""
    if not options.radiance:
        return t if dtype is None else t.astype(dtype)
    radiance = np.divide(t, T_REF, dtype=dtype)
    np.square(radiance, out=radiance)
    np.square(radiance, out=radiance)
    radiance *= T_REF / 4
    return radiance


def _temperature(radiance, options):
    """The temperature of a radiance-space array, computed in place; the 4th root as two square
    roots, twice as fast as a power."""
    if not options.radiance:
        return radiance
    radiance *= 4 / T_REF
    with np.errstate(invalid="ignore"):
        np.maximum(radiance, 0, out=radiance)
        np.sqrt(radiance, out=radiance)
        np.sqrt(radiance, out=radiance)
    radiance *= T_REF
    return radiance


def dms(lst_source, predictors, output_path, options=None, factor=None, target_res=None,
        progress=None, is_canceled=None):
    """Sharpen ``lst_source`` with the fine ``predictors`` (objects with ``grid()`` and
    ``reader(grid)``, e.g. :class:`.ndvi.NdviBand` or :class:`BandPredictor`); the first
    predictor's grid is the output grid. Writes ``output_path``; returns a :class:`DmsResult`."""
    with tempfile.TemporaryDirectory(prefix="lst_dms_") as folder, \
            RowFile(Path(folder) / "prediction.f32") as prediction, RowFile(Path(folder) / "lst.f32") as lst_file:
        fitted = fit_dms(lst_source, predictors, options, factor, target_res, progress, is_canceled, prediction,
                         lst_file)

        def work(row, height):
            lst = fitted.kelvin_rows(prediction[row:row + height], row)
            return row, lst, block_conservation_error(lst, fitted.coarse_lst, fitted.plan.factor, row)

        errors = []
        with fitted.writer(output_path) as writer:
            for row, lst, error in map_in_order(fitted.windows(STRIP_PIXELS), work, progress=progress,
                                                is_canceled=is_canceled, start=75, end=100):
                errors.append(error)
                writer.write(to_output_units(lst, fitted.options.celsius), row)
    result = dataclasses.replace(fitted.result, path=str(output_path))
    record_conservation(result, errors, fitted.options.residual)
    return result


def fit_dms(lst_source, predictors, options=None, factor=None, target_res=None, progress=None, is_canceled=None,
            prediction=None, lst_file=None):
    """The :class:`DmsFit` of ``lst_source`` with ``predictors``: two passes over them (block
    aggregates; the trees' fine prediction, aggregated), the trees, the coarse residual field.
    ``prediction`` (a :class:`RowFile`) keeps the fine prediction, so that writing the output
    need not run the trees again: the fit then has no trees (``models`` None). ``lst_file`` (a
    :class:`RowFile`) keeps the coarse LST while passes over the fine rows run, which read its
    rows from there: a coarse grid fewer in memory (the fit's ``coarse_lst`` is then the file)."""
    options = check_options(options or DmsOptions())
    if not predictors:
        raise DownscalingError("No fine predictor layer: give at least one (NDVI, reflectance, DEM...).")
    plan = plan_for(lst_source, predictors[0].grid(), factor, target_res)
    predictors = list(predictors)
    coarse_lst = read_coarse_lst(lst_source, plan)
    passes = functools.partial(map_strips, lambda: PredictorsReader(predictors, plan.fine),
                               strip_rows(plan.fine, plan.factor, STRIP_PIXELS), progress=progress,
                               is_canceled=is_canceled)
    # the block aggregates are needed by the fit only: freed before the prediction pass
    aggregates = _aggregate(passes, predictors, plan, options.min_coverage)
    models = _fit(coarse_lst, aggregates, options, progress, is_canceled)
    del aggregates
    lst_rows = coarse_lst  # where the strips read the LST's rows: the grid, or its file
    if lst_file is not None:
        for rows in resample.row_chunks(coarse_lst.shape, CHUNK_PIXELS):
            lst_file[rows] = coarse_lst[rows]
        lst_rows = lst_file
        del coarse_lst
    release_freed_memory()

    def predict(reader, row, height):
        strip = _predicted_rows(reader.read(row, height), plan, lst_rows, models, row)
        return strip, resample.block_mean(_radiance(strip, options, np.float32), plan.factor)

    aggregated = grid_array(plan.coarse.shape, np.float32, np.nan)  # float32, as the residual field
    for row, _, (strip, radiance) in passes(predict, start=40, end=75):
        if prediction is not None:
            prediction[row:row + strip.shape[0]] = strip
        aggregated[row // plan.factor: row // plan.factor + radiance.shape[0]] = radiance
    summary = models["samples"], models["r2"], len(models["local"]), models["windows"], models.get("window", 0)
    if prediction is not None:  # the output reads the prediction from its file: the trees and their
        models = None           # blending weights (a coarse grid) go before the detail gain's grids
        release_freed_memory()
    if lst_file is not None:  # for the gain and the residual, then freed: the output reads its rows
        coarse_lst = lst_file.load(plan.coarse.shape)
    gain = options.detail_gain
    if gain is None:
        # in float32, as for the regression methods: half the memory of its coarse solves
        gain = detail_gain(coarse_lst, _temperature(aggregated.copy(), options))
    aggregated *= -gain  # now the coarse residual in radiance space, in place
    for rows in resample.row_chunks(coarse_lst.shape, CHUNK_PIXELS):
        aggregated[rows] += _radiance(coarse_lst[rows], options)
    residual = residual_field(aggregated, options.residual, plan.factor, plan.fine.shape)
    del aggregated
    result = DmsResult(None, plan.factor, len(predictors), *summary, float(gain))
    return DmsFit(plan, options, predictors, lst_rows, models, float(gain), residual, result)


@dataclass
class DmsFit:
    """A DMS fitted on the whole scene: the trees and coarse arrays that its output rows need
    besides the fine predictors, so that any rows can be computed on their own, by any process."""

    plan: object
    options: DmsOptions
    predictors: list
    coarse_lst: object  # an array, or the RowFile that holds it (the output reads its rows only)
    models: dict
    gain: float
    residual: np.ndarray
    result: DmsResult

    def windows(self, target_pixels):
        """Row offsets and heights of output windows of about ``target_pixels``."""
        return strip_rows(self.plan.fine, self.plan.factor, target_pixels)

    def predicted_rows(self, row, height):
        with PredictorsReader(self.predictors, self.plan.fine) as reader:
            return _predicted_rows(reader.read(row, height), self.plan, self.coarse_lst, self.models, row)

    def kelvin_rows(self, predicted, row):
        """The output LST in kelvin (float32) of the trees' prediction rows ``predicted`` that start at ``row``."""
        options, factor = self.options, self.plan.factor
        if options.residual is Residual.NONE:
            lst = np.array(predicted, dtype=np.float32)
        else:
            height, width = predicted.shape
            lst = _radiance(predicted, options, np.float32)  # a new array, the correction computed in it
            lst *= np.float32(self.gain)
            lst += residual_strip(self.residual, options.residual, factor, row, height, width)
            lst = _temperature(lst, options)
        lst[~np.isfinite(predicted)] = np.nan
        return lst

    def window(self, row, height):
        """Output rows ``row...row + height`` in the output units."""
        return to_output_units(self.kelvin_rows(self.predicted_rows(row, height), row), self.options.celsius)

    def writer(self, output_path):
        """The GeoTiffWriter of the output, with the settings and the fitted gain in its tags."""
        options = self.options
        unit, description = output_units(options.celsius)
        tags = {"METHOD": "dms", "RESIDUAL": options.residual.value, "TREES": str(options.n_trees),
                "MIN_SAMPLES_LEAF": str(options.min_samples_leaf), "WINDOW": str(options.window),
                "DETAIL_GAIN": f"{self.gain:.4f}", "SCALE_FACTOR": str(self.plan.factor), "SEED": str(options.seed)}
        return GeoTiffWriter(output_path, self.plan.fine, description, unit, tags)


class PredictorsReader:
    """Reads the fine predictors' rows on a grid, stacked (predictors, rows, cols); threads may
    share it (see :class:`.raster.GridReader`)."""

    def __init__(self, predictors, grid):
        self._predictors, self._grid = predictors, grid

    def __enter__(self):
        with ExitStack() as stack:
            self._readers = [stack.enter_context(p.reader(self._grid)) for p in self._predictors]
            self._stack = stack.pop_all()
        return self

    def __exit__(self, *exc):
        return self._stack.__exit__(*exc)

    def read(self, row, height):
        return np.stack([reader.read(row, height) for reader in self._readers])


def _predicted_rows(values, plan, coarse_lst, models, row):
    """The trees' float32 fine prediction of the predictors' rows ``values`` (predictors, rows,
    cols) that start at ``row``, NaN where any predictor or the LST is missing."""
    height = values.shape[1]
    valid = np.all(np.isfinite(values), axis=0) & resample.covered(coarse_lst, plan.factor, row, height,
                                                                    plan.fine.width)
    return _fine_prediction(models, values, valid, row, plan.factor)


def _aggregate(passes, predictors, plan, min_coverage):
    """On the coarse grid: the block means of the predictors (float32, as the trees take them),
    their mean CV, and whether a block has at least ``min_coverage`` of valid fine pixels.
    ``passes`` maps a function of (reader, row, height) over the fine strips (:func:`.strips.map_strips`)."""
    shape, factor = plan.coarse.shape, plan.factor

    def work(reader, row, height):
        values = reader.read(row, height)
        values[:, ~np.all(np.isfinite(values), axis=0)] = np.nan
        means, cvs = [], []
        for band in values:
            total, squares, count = resample.block_sums(band, factor)
            with np.errstate(invalid="ignore", divide="ignore"):
                mean = np.where(count > 0, total / count, np.nan)
                std = np.sqrt(np.maximum(squares / count - mean ** 2, 0))
                cvs.append(std / np.maximum(np.abs(mean), 1e-6))
            means.append(mean)
        return means, np.mean(cvs, axis=0), count / resample.block_areas(*values.shape[1:], factor) >= min_coverage

    means = grid_array((len(predictors),) + shape, np.float32, np.nan)
    cv, complete = grid_array(shape, np.float32), grid_array(shape, bool)
    for row, _, (strip_means, strip_cv, strip_complete) in passes(work, start=0, end=20):
        rows = slice(row // factor, row // factor + strip_cv.shape[0])
        means[:, rows] = strip_means
        cv[rows] = strip_cv
        complete[rows] = strip_complete
    return {"means": means, "cv": cv, "complete": complete}


def _samples(coarse_lst, aggregates, options, region=None):
    """The :class:`.model_trees.Samples` (features, target, weight) of the homogeneous coarse
    pixels of ``region`` (a pair of slices; None: the whole grid), in the grid's order, or by CV
    when a fraction is kept. All float32 (the trees take float32 features)."""
    region = region or (slice(None), slice(None))
    means, cv, lst = aggregates["means"][(slice(None),) + region], aggregates["cv"][region], coarse_lst[region]
    candidates = aggregates["candidates"][region]
    cvs, features, target = cv[candidates], np.stack([band[candidates] for band in means], axis=1), lst[candidates]
    if cvs.size and options.homogeneous_fraction < 1:
        keep = max(1, int(round(options.homogeneous_fraction * cvs.size)))
        order = np.argsort(cvs, kind="stable")[:keep]
        cvs, features, target = cvs[order], features[order], target[order]
    return Samples(features, target, _weights(cvs, _weight_floor(cvs)))


def _weight_floor(cvs, overwrite=False):
    """The CV below which samples are weighted as if at it: its 5th percentile over the samples
    (``overwrite``: reordering ``cvs``)."""
    return max(np.percentile(cvs, 5, overwrite_input=overwrite), 1e-4) if cvs.size else 1.0


def _weights(cvs, floor):
    """The samples' weights, 1 / CV, computed in ``cvs``."""
    weight = np.maximum(cvs, floor, out=cvs)
    return np.divide(1, weight, out=weight)


class GridSamples:
    """The global model's samples (every candidate coarse pixel, in the grid's order), read from
    the coarse grids where they are drawn: copies of them all would be the fit's largest arrays.
    Their values are those of :func:`_samples` over the whole grid."""

    def __init__(self, coarse_lst, aggregates):
        means, cv, candidates = aggregates["means"], aggregates["cv"], aggregates["candidates"]
        self.size, self.n_features = int(np.count_nonzero(candidates)), len(means)
        # what needs all the samples at once first, one copy at a time
        self._floor = _weight_floor(cv[candidates], overwrite=True)
        features = np.stack([band[candidates] for band in means], axis=1)
        self._moments = feature_moments(features) if self.size else None  # too few: never fitted
        del features
        self._positions = grid_array(self.size, np.int32 if candidates.size < 2 ** 31 else np.int64)
        filled = 0
        for rows in resample.row_chunks(candidates.shape, CHUNK_PIXELS):
            part = np.flatnonzero(candidates[rows]) + rows.start * candidates.shape[1]
            self._positions[filled:filled + part.size] = part
            filled += part.size
        self._lst, self._cv = coarse_lst.reshape(-1), cv.reshape(-1)
        self._means = [band.reshape(-1) for band in means]

    def take(self, indices):
        positions = self._positions[indices]
        features = np.stack([band[positions] for band in self._means], axis=1)
        return features, self._lst[positions], _weights(self._cv[positions], self._floor)

    def moments(self):
        return self._moments


def _minimum_samples(options, n_features):
    return max(50, 2 * options.min_samples_leaf, 5 * (n_features + 1))


def _fit(coarse_lst, aggregates, options, progress, is_canceled):
    """The global ensemble, the local ones by window, and the local blending weights (coarse).

    The global ensemble grows on one thread of a pool while the windows' ensembles, by groups,
    take the others, and then that one too: the windows alone keep about 1.5 of 2 cores busy (the
    Python work on their small arrays holds the GIL), the global trees' large arrays do not. As
    many groups or global batches are in memory at once as when the two ran one after the other.
    """
    # the coarse pixels that may be samples, found once for the global model and every window
    aggregates["candidates"] = (aggregates.pop("complete") & np.isfinite(coarse_lst)
                                & np.all(np.isfinite(aggregates["means"]), axis=0) & np.isfinite(aggregates["cv"]))
    # the samples first: their temporaries, coarse grids, are gone before the windows' arrays come
    samples = _global_samples(coarse_lst, aggregates, options)
    release_freed_memory()
    threads = default_threads()
    with ThreadPoolExecutor(threads) as pool:
        global_fit = pool.submit(_fit_global, samples, options, is_canceled, 1 if options.window > 0 else threads)
        local = _fit_windows(coarse_lst, aggregates, options, pool, progress, is_canceled) if options.window > 0 else None
        global_model, count, r2 = global_fit.result()
    del samples  # the candidates' positions (a coarse grid) with them
    models = {"global": global_model, "local": {}, "samples": count, "r2": r2, "windows": 0, "alpha": None}
    if local is not None:
        # the samples' CV and candidates (coarse grids) are not needed any more: gone before the
        # squared residuals of the models take two coarse grids
        del aggregates["cv"], aggregates["candidates"]
        release_freed_memory()
        models.update(local)
        size = models["window"]
        windows = ((slice(i * size, (i + 1) * size), slice(j * size, (j + 1) * size), model)
                   for (i, j), model in models["local"].items())
        rows = ((part, slice(None), global_model) for part in resample.row_chunks(coarse_lst.shape, CHUNK_PIXELS))
        means = aggregates["means"]
        models["alpha"] = _blend_weight(_smooth(_squared_residuals(coarse_lst, means, windows)),
                                        _smooth(_squared_residuals(coarse_lst, means, rows)))
    return models


def _ensembles(sample_sets, n_trees, options, max_samples, is_canceled, threads=1):
    """The model trees of each :class:`.model_trees.Samples` of ``sample_sets``: piecewise-linear
    functions grown together when there is one predictor (:mod:`.interval_trees`), else
    scikit-learn trees fitted ``threads`` at a time."""
    if all(samples.n_features == 1 for samples in sample_sets):
        return fit_piecewise_many(sample_sets, n_trees, options.min_samples_leaf, options.seed, max_samples,
                                  is_canceled, threads)
    return [ModelTreeEnsemble(n_trees, options.min_samples_leaf, options.seed, max_samples).fit_samples(
        samples, is_canceled, threads) for samples in sample_sets]


def _global_samples(coarse_lst, aggregates, options):
    """The global model's samples: all the candidates, or the most homogeneous share of them."""
    if options.homogeneous_fraction < 1:  # ordered by CV: copies
        samples = _samples(coarse_lst, aggregates, options)
    else:
        samples = GridSamples(coarse_lst, aggregates)
    minimum = _minimum_samples(options, len(aggregates["means"]))
    if samples.size < minimum:
        raise DownscalingError(
            f"Only {samples.size} coarse pixels with valid LST and predictors are available to train "
            f"the trees (at least {minimum} are needed): use a larger area, keep a larger homogeneous "
            "fraction, or check the nodata of the predictor layers.")
    return samples


def _fit_global(samples, options, is_canceled, threads):
    """(the global ensemble of ``samples``, their number, its weighted R²), on ``threads``."""
    model, = _ensembles([samples], options.n_trees, options, MAX_SAMPLES, is_canceled, threads)
    # float64 sums by chunks of the float32 samples (no sample-sized float64 temporaries), on
    # threads, added in the chunks' order: the sums of a loop over them
    chunks = [(slice(start, start + FIT_CHUNK),) for start in range(0, samples.size, FIT_CHUNK)]

    def weighted_sums(part):
        _, target, weight = samples.take(part)
        return weight.sum(dtype=np.float64), np.dot(target, weight.astype(np.float64))

    def squared_sums(part):
        features, target, weight = samples.take(part)
        chunk_weight = weight.astype(np.float64)
        return (np.dot(np.square(target - model.predict(features)), chunk_weight),
                np.dot(np.square(target - mean), chunk_weight))

    total = mean = 0.0
    for chunk_total, chunk_mean in map_in_order(chunks, weighted_sums, threads):
        total += chunk_total
        mean += chunk_mean
    mean /= total
    residual = spread = 0.0
    for chunk_residual, chunk_spread in map_in_order(chunks, squared_sums, threads):
        residual += chunk_residual
        spread += chunk_spread
    r2 = 1 - residual / max(spread, 1e-12 * total)
    return model, int(samples.size), float(r2)


def _fit_windows(coarse_lst, aggregates, options, pool, progress, is_canceled):
    """The window models (trained on the window widened by half a window on each side), fitted by
    groups on the threads of ``pool``: ``{"local": {(i, j): model}, "windows": count, "window": size}``."""
    (rows, cols) = coarse_lst.shape
    size = window_size(options.window, coarse_lst.shape)
    windows = [(i, j) for i in range(-(-rows // size)) for j in range(-(-cols // size))]
    local = {}
    minimum = _minimum_samples(options, len(aggregates["means"]))
    trees = max(1, round(options.n_trees * LOCAL_TREE_SHARE))

    def fit_windows(*group):
        """(i, j, the window's model) of each window of ``group`` with enough samples."""
        half = size // 2
        sample_sets = {}
        for i, j in group:
            region = (slice(max(i * size - half, 0), (i + 1) * size + half),
                      slice(max(j * size - half, 0), (j + 1) * size + half))
            samples = _samples(coarse_lst, aggregates, options, region)
            if samples.size >= minimum:
                sample_sets[i, j] = samples
        models = _ensembles(list(sample_sets.values()), trees, options, LOCAL_MAX_SAMPLES, is_canceled)
        return [(i, j, model) for (i, j), model in zip(sample_sets, models)]

    # the windows are independent and every ensemble has the same seed: fitted by groups on a
    # few threads, the models are those of a loop over them
    groups = [pool.submit(fit_windows, *windows[first:first + WINDOW_GROUP])
              for first in range(0, len(windows), WINDOW_GROUP)]
    try:
        for group in reported(groups, progress, is_canceled, start=25, end=40):
            for i, j, model in group.result():
                local[(i, j)] = model
    except BaseException:
        for group in groups:
            group.cancel()
        raise
    return {"local": local, "windows": len(windows), "window": size}


def _squared_residuals(coarse_lst, means, regions):
    """The squared residuals on the coarse grid of the model of each ``(rows, cols, model)`` of
    ``regions`` over its region, on a few threads; NaN elsewhere and where a predictor is missing."""
    squared = grid_array(coarse_lst.shape, np.float32, np.nan)

    def fill(rows, cols, model):
        region = means[:, rows, cols]
        valid = np.all(np.isfinite(region), axis=0)
        squared[rows, cols] = np.square(coarse_lst[rows, cols] - model.predict_grid(region, valid))

    for _ in map_in_order(regions, fill):
        pass
    return squared


def _blend_weight(local_weight, global_weight):
    """The local models' share of the blend, ``w_l / (w_l + w_g)`` with ``w = 1 / (s + 1e-3)``
    from the smoothed squared residuals ``s`` of the local and global models (both overwritten),
    0 where undefined."""
    local_weight += 1e-3
    np.divide(1, local_weight, out=local_weight)
    global_weight += 1e-3
    np.divide(1, global_weight, out=global_weight)
    global_weight += local_weight  # now the sum of the two weights
    alpha = np.divide(local_weight, global_weight, out=local_weight)
    alpha[~np.isfinite(alpha)] = 0.0
    return alpha


def window_size(window, shape):
    """The local window size in coarse pixels: ``window``, enlarged when the coarse grid
    would hold more than MAX_WINDOWS windows of that size."""
    return max(window, int(np.ceil(np.sqrt(shape[0] * shape[1] / MAX_WINDOWS))))


def _smooth(field):
    """NaN-aware 3 x 3 mean, in place: the finite values and their count summed over three rows,
    then over three columns, by strips of rows (the temporaries are a strip's). The row above a
    strip is kept from before the strip above was smoothed."""
    rows, cols = field.shape
    above = np.full(cols, np.nan, dtype=field.dtype)  # NaN beyond the field
    for strip in resample.row_chunks(field.shape, CHUNK_PIXELS):
        top, bottom = strip.start, strip.stop
        # the strip with a one-pixel border of its original neighbours
        padded = np.full((bottom - top + 2, cols + 2), np.nan, dtype=field.dtype)
        padded[0, 1:-1] = above
        padded[1:-1, 1:-1] = field[top:bottom]
        if bottom < rows:
            padded[-1, 1:-1] = field[bottom]
        above = field[bottom - 1].copy()
        finite = np.isfinite(padded)
        values = np.where(finite, padded, 0)
        counts = finite.view(np.uint8)
        sums = []
        for layer in (values, counts):
            across = layer[:-2] + layer[1:-1]
            across += layer[2:]
            total = across[:, :-2] + across[:, 1:-1]
            total += across[:, 2:]
            sums.append(total)
        total, count = sums
        part = field[top:bottom]
        with np.errstate(invalid="ignore", divide="ignore"):
            np.divide(total, count, out=part)
        part[count == 0] = np.nan
    return field


def _fine_prediction(models, values, valid, row, factor):
    """The trees' prediction (float32) at the ``valid`` pixels of the fine strip ``values``
    (predictors, rows, cols) that starts at ``row``, NaN elsewhere: the global model blended
    with the model of each pixel's local window, taken window by window."""
    height, width = valid.shape
    predicted = models["global"].predict_grid(values, valid)
    if not models["local"]:
        return predicted
    local = predicted.copy()
    span = models["window"] * factor  # fine pixels along a window side
    for top in range(row - row % span, row + height, span):
        rows = slice(max(top - row, 0), min(top + span - row, height))
        for left in range(0, width, span):
            model = models["local"].get((top // span, left // span))
            inside = valid[rows, left:left + span]
            if model is not None and inside.any():
                local[rows, left:left + span] = model.predict_grid(values[:, rows, left:left + span], inside)
    alpha = clip_in_place(resample.upsample_cubic(models["alpha"], factor, row, height, width), 0, 1)
    local -= predicted  # (1 - alpha) global + alpha local, in place
    local *= alpha
    local += predicted
    return local
