"""Fitting the sharpening regression on the coarse grid: homogeneous pixels per NDVI class,
a least-squares fit that cold outliers (cloud) and single extreme pixels cannot dominate,
and the detail gain measured one octave above the output scale."""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from ..errors import DownscalingError
from ..io import resample
from ..io.strips import map_in_order

NDVI_CLASS_EDGES = (0.2, 0.5)  # DisTrad's three NDVI classes: <0.2, 0.2-0.5, >0.5
# Coarse pixels at a time where a whole-grid float64 temporary would be large: its temporaries
# take a few MB whatever the width of the scene.
CHUNK_PIXELS = 1 << 18
# Kept pixels, at most, whose residuals give the robust spread of the fit, evenly spaced in row
# order: its sampling error is then about 0.1 %, which moves only pixels at the edge of the
# outlier thresholds, and no scene-sized copy of the residuals is made.
SPREAD_SAMPLES = 1 << 20


@dataclass
class LinearModel:
    coefficients: np.ndarray
    fitted: int
    r2: float
    gain: float = 1.0

    def variation(self, features):
        """The prediction less its constant from float32 regressors (a list, or an iterator that
        makes each when asked), computed in their memory (the regressors are consumed)."""
        features = iter(features)
        variation = next(features)
        variation *= np.float32(self.coefficients[1])
        for coefficient, feature in zip(self.coefficients[2:], features):
            feature *= np.float32(coefficient)
            variation += feature
        return variation

    def with_gain(self, gain):
        """The model whose NDVI-driven variations are scaled by ``gain``.

        With a residual correction the output is ``R(T_c) + gain * (P - R(A(P)))``
        (R: residual interpolation, A: block mean, P: fine prediction): ``gain`` weighs
        the fine texture added to the interpolated coarse LST; 1 is classic TsHARP.
        """
        coefficients = self.coefficients.copy()
        coefficients[1:] *= gain
        return LinearModel(coefficients, self.fitted, self.r2, gain)


def detail_gain(coarse_lst, coarse_prediction):
    """Texture gain fitted on the coarse image itself, one octave up.

    The global regression mixes large-scale co-variations (climate, relief) with the
    local sensitivity of LST to vegetation, and often overstates the latter. The gain
    is the least-squares slope of the LST detail on the predicted detail, both taken
    as what a 2x aggregation of the coarse grid loses; like TsHARP itself, it assumes
    that this relation holds one scale further down. Clipped to [0, 1]. Both fields
    may lack the same constant (the detail ignores it). The details are summed by strips
    of rows; a field is copied only to fill its gaps.
    """
    valid = np.isfinite(coarse_lst) & np.isfinite(coarse_prediction)
    if np.count_nonzero(valid) < 16 or min(coarse_lst.shape) < 4:
        return 1.0
    lst, prediction = (resample.fill_gaps(field, copy=False) for field in (coarse_lst, coarse_prediction))
    with ThreadPoolExecutor(2) as pool:  # two independent coarse solves, side by side (numpy releases the GIL)
        lst_octave, prediction_octave = pool.map(_octave_coefficients, (lst, prediction))

    def sums(rows):
        height, width = rows.stop - rows.start, lst.shape[1]
        lst_detail = lst[rows] - resample.upsample_cubic(lst_octave, 2, rows.start, height, width)
        predicted_detail = prediction[rows] - resample.upsample_cubic(prediction_octave, 2, rows.start, height,
                                                                      width)
        inside = valid[rows]
        return (np.sum(lst_detail[inside] * predicted_detail[inside], dtype=np.float64),
                np.sum(np.square(predicted_detail[inside], dtype=np.float64)))

    cross = energy = 0.0  # the chunks' sums added in their order: the same total on any number of threads
    for chunk_cross, chunk_energy in map_in_order(((rows,) for rows in _chunks(lst.shape)), sums):
        cross += chunk_cross
        energy += chunk_energy
    if energy <= 0:
        return 1.0
    return float(np.clip(cross / energy, 0, 1))


def _octave_coefficients(field):
    """The coarse field behind what survives a 2x block aggregation: its mass-preserving cubic
    interpolation is the smooth part of ``field``, which less it is the octave's detail."""
    coarser = np.empty((-(-field.shape[0] // 2), -(-field.shape[1] // 2)), dtype=field.dtype)
    for rows in _chunks(field.shape):
        coarser[rows.start // 2:-(-rows.stop // 2)] = resample.block_mean(field[rows], 2)
    return resample.mass_preserving_coefficients(coarser, 2, field.shape)


def _chunks(shape):
    """Chunks of :data:`CHUNK_PIXELS` of a coarse array, an even number of rows each (the octave's
    2 x 2 blocks)."""
    return resample.row_chunks(shape, CHUNK_PIXELS, multiple=2)


def fitting_pixels(coarse_lst, aggregates, options):
    """The coarse pixels the regression may use: with an LST, complete enough (``aggregates
    ["complete"]``) and homogeneous (the lowest NDVI CVs of each class, ``aggregates["cv"]``
    and ``["ndvi_class"]``). Those layers are taken out of ``aggregates``: the fit does not
    need them, and each takes a coarse grid's worth of memory."""
    selected = aggregates.pop("complete")
    selected &= np.isfinite(coarse_lst)
    cv, ndvi_class = aggregates.pop("cv", None), aggregates.pop("ndvi_class", None)
    if options.max_cv is not None:
        selected &= cv <= options.max_cv
    if options.homogeneous_percent < 100:
        for value in range(len(NDVI_CLASS_EDGES) + 1):
            members = _class_values(cv, selected, ndvi_class, value)
            if members.size:
                threshold = np.percentile(members, options.homogeneous_percent, overwrite_input=True)
                del members
                for rows in _chunks(selected.shape):
                    selected[rows] &= (ndvi_class[rows] != value) | (cv[rows] <= threshold)
    return selected


def _class_values(values, selected, ndvi_class, value):
    """The ``values`` of the ``selected`` pixels of NDVI class ``value``, 1-D in row order, gathered
    by chunks: no whole-grid masks beside them."""
    counts = [np.count_nonzero(selected[rows] & (ndvi_class[rows] == value)) for rows in _chunks(selected.shape)]
    gathered, filled = np.empty(sum(counts), dtype=values.dtype), 0
    for rows, count in zip(_chunks(selected.shape), counts):
        gathered[filled:filled + count] = values[rows][selected[rows] & (ndvi_class[rows] == value)]
        filled += count
    return gathered


def fit(coarse_lst, features, selected, options):
    """The robust least-squares fit of ``coarse_lst`` on ``features`` (a list of coarse arrays)
    over the ``selected`` pixels (see :func:`fitting_pixels`), by normal equations summed over
    strips of rows. Outliers are the pixels beyond a few robust spreads (see
    :data:`SPREAD_SAMPLES`); the kept pixels are one mask, updated in place."""
    n_terms = len(features) + 1
    minimum = max(10, 5 * n_terms)
    if np.count_nonzero(selected) < minimum:
        raise DownscalingError(
            f"Only {np.count_nonzero(selected)} homogeneous coarse pixels are available for the "
            f"regression (at least {minimum} are needed): use a larger area, relax the homogeneity "
            "selection (CV threshold, percentage kept), or lower the minimum NDVI coverage.")
    keep = selected.copy()
    gram, moments = _normal_equations(coarse_lst, features, keep)
    for _ in range(5):
        # minimum-norm solution: a regressor that never varies gets 0
        beta = np.linalg.lstsq(gram, moments, rcond=None)[0]
        sigma = max(_robust_spread(_kept_residuals(coarse_lst, features, beta, keep)), 1e-6)
        changed = []  # the few pixels that leave or join, as flat indices; ``keep`` updated in place
        for rows in _chunks(keep.shape):
            residual = _chunk_residuals(coarse_lst, features, beta, rows)
            with np.errstate(invalid="ignore"):
                kept = (selected[rows] & (residual > -options.cold_outlier_sigma * sigma)
                        & (np.abs(residual) < options.outlier_sigma * sigma))
            changed.append(np.flatnonzero(kept != keep[rows]) + rows.start * keep.shape[1])
            keep[rows] = kept
        changed = np.concatenate(changed)
        if not changed.size:
            break
        joining = keep.ravel()[changed]
        if np.count_nonzero(keep) < minimum:
            keep.ravel()[changed] = ~joining  # too few left: back to the pixels that ``beta`` fits
            break
        for pixels, sign in ((changed[~joining], -1), (changed[joining], 1)):
            change_gram, change_moments = _pixel_normal_equations(coarse_lst, features, pixels)
            gram += sign * change_gram
            moments += sign * change_moments
    lst_variance = _variance(lambda rows: coarse_lst[rows], keep)
    residual_variance = _variance(lambda rows: _chunk_residuals(coarse_lst, features, beta, rows), keep)
    r2 = 1 - residual_variance / lst_variance if lst_variance > 0 else 0.0
    return LinearModel(beta, int(np.count_nonzero(keep)), float(r2))


def _variance(values, mask):
    """Variance of the ``mask`` pixels of a coarse field given by its rows (``values(rows)``),
    from float64 sums by strips of rows: one pass, so the field may be computed on the fly. The
    sums are of the values less the first one, so a large mean (kelvin) cancels nothing."""
    count, total, squares, shift = 0, 0.0, 0.0, None
    for rows in _chunks(mask.shape):
        part = values(rows)[mask[rows]].astype(np.float64)
        if shift is None and part.size:
            shift = part[0]
        part -= shift or 0.0
        count += part.size
        total += part.sum()
        squares += np.dot(part, part)
    mean = total / count
    return max(squares / count - mean * mean, 0.0)


def _robust_spread(values):
    """1.4826 times the median absolute deviation of ``values`` (a copy, overwritten)."""
    centre = np.median(values, overwrite_input=True)
    np.subtract(values, centre, out=values)
    return 1.4826 * float(np.median(np.abs(values, out=values), overwrite_input=True))


def _normal_equations(coarse_lst, features, mask):
    """(X^T X, X^T T) of the least-squares fit over the ``mask`` pixels (X: a constant and the
    features, T: the LST), in float64, summed over strips of rows."""
    n_terms = len(features) + 1
    gram, moments = np.zeros((n_terms, n_terms)), np.zeros(n_terms)
    for rows in _chunks(coarse_lst.shape):
        inside = mask[rows]
        chunk_gram, chunk_moments = _products([feature[rows][inside] for feature in features],
                                              coarse_lst[rows][inside])
        gram += chunk_gram
        moments += chunk_moments
    return gram, moments


def _pixel_normal_equations(coarse_lst, features, pixels):
    """:func:`_normal_equations` over a few pixels, given by their flat indices."""
    return _products([feature.ravel()[pixels] for feature in features], coarse_lst.ravel()[pixels])


def _products(feature_values, lst_values):
    """(X^T X, X^T T) of one set of pixels: X a constant and ``feature_values``, T ``lst_values``."""
    design = np.ones((lst_values.size, len(feature_values) + 1))
    for k, values in enumerate(feature_values, start=1):
        design[:, k] = values
    return design.T @ design, design.T @ lst_values.astype(np.float64)


def _chunk_residuals(coarse_lst, features, beta, rows):
    """``coarse_lst`` less the fit, float32, on the coarse ``rows``."""
    fitted = np.full(coarse_lst[rows].shape, beta[0])
    for coefficient, feature in zip(beta[1:], features):
        fitted += coefficient * feature[rows]
    return (coarse_lst[rows] - fitted).astype(np.float32)


def _kept_residuals(coarse_lst, features, beta, keep):
    """The residuals of at most :data:`SPREAD_SAMPLES` ``keep`` pixels (every ``step``-th in row
    order; float32, 1-D), computed by strips of rows: no whole-grid residual field beside them."""
    count = np.count_nonzero(keep)
    step = -(-count // SPREAD_SAMPLES)
    values, seen, filled = np.empty(-(-count // step), dtype=np.float32), 0, 0
    for rows in _chunks(keep.shape):
        kept = _chunk_residuals(coarse_lst, features, beta, rows)[keep[rows]]
        part = kept[(-seen) % step::step]
        values[filled:filled + part.size] = part
        seen, filled = seen + kept.size, filled + part.size
    return values

