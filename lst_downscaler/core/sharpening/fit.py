"""Fitting the sharpening regression on the coarse grid: homogeneous pixels per NDVI class,
a least-squares fit that cold outliers (cloud) and single extreme pixels cannot dominate,
and the detail gain measured one octave above the output scale."""

from dataclasses import dataclass

import numpy as np

from ..errors import DownscalingError
from ..io import resample

NDVI_CLASS_EDGES = (0.2, 0.5)  # DisTrad's three NDVI classes: <0.2, 0.2-0.5, >0.5


@dataclass
class LinearModel:
    coefficients: np.ndarray
    fitted: int
    r2: float
    gain: float = 1.0

    def predict(self, features):
        """Prediction from a stack of regressors (n_features, ...)."""
        return self.coefficients[0] + np.tensordot(self.coefficients[1:], features, axes=1)

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
    that this relation holds one scale further down. Clipped to [0, 1].
    """
    valid = np.isfinite(coarse_lst) & np.isfinite(coarse_prediction)
    if np.count_nonzero(valid) < 16 or min(coarse_lst.shape) < 4:
        return 1.0
    lst_detail = _octave_detail(resample.fill_gaps(coarse_lst))[valid]
    predicted_detail = _octave_detail(resample.fill_gaps(coarse_prediction))[valid]
    energy = np.sum(predicted_detail ** 2)
    if energy <= 0:
        return 1.0
    return float(np.clip(np.sum(lst_detail * predicted_detail) / energy, 0, 1))


def _octave_detail(field):
    """What a 2x block aggregation followed by mass-preserving cubic interpolation loses."""
    coarser = resample.block_mean(field, 2)
    smooth = resample.upsample_cubic(
        resample.mass_preserving_coefficients(coarser, 2, field.shape), 2, 0, *field.shape)
    return field - smooth


def _homogeneous(aggregates, candidates, options):
    selected = candidates.copy()
    cv = aggregates["cv"]
    if options.max_cv is not None:
        selected &= cv <= options.max_cv
    if options.homogeneous_percent < 100:
        ndvi_class = np.digitize(aggregates["ndvi"], NDVI_CLASS_EDGES)
        for value in range(len(NDVI_CLASS_EDGES) + 1):
            members = selected & (ndvi_class == value)
            if members.any():
                threshold = np.percentile(cv[members], options.homogeneous_percent)
                selected &= ~members | (cv <= threshold)
    return selected


def fit(coarse_lst, aggregates, options):
    features = aggregates["features"]
    candidates = (np.isfinite(coarse_lst) & np.all(np.isfinite(features), axis=0)
                  & (aggregates["coverage"] >= options.min_coverage))
    selected = _homogeneous(aggregates, candidates, options)
    n_terms = features.shape[0] + 1
    minimum = max(10, 5 * n_terms)
    if np.count_nonzero(selected) < minimum:
        raise DownscalingError(
            f"Only {np.count_nonzero(selected)} homogeneous coarse pixels are available for the "
            f"regression (at least {minimum} are needed): use a larger area, relax the homogeneity "
            "selection (CV threshold, percentage kept), or lower the minimum NDVI coverage.")
    t = coarse_lst[selected]
    design = np.column_stack([np.ones(t.size)] + [f[selected] for f in features])
    keep = np.ones(t.size, dtype=bool)
    for _ in range(5):
        beta = np.linalg.lstsq(design[keep], t[keep], rcond=None)[0]
        residual = t - design @ beta
        spread = 1.4826 * np.median(np.abs(residual[keep] - np.median(residual[keep])))
        sigma = max(spread, 1e-6)
        new_keep = ((residual > -options.cold_outlier_sigma * sigma)
                    & (np.abs(residual) < options.outlier_sigma * sigma))
        if np.array_equal(new_keep, keep) or np.count_nonzero(new_keep) < minimum:
            break
        keep = new_keep
    residual = t[keep] - design[keep] @ beta
    r2 = 1 - residual.var() / t[keep].var() if t[keep].var() > 0 else 0.0
    return LinearModel(beta, int(np.count_nonzero(keep)), float(r2))
