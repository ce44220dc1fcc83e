"""Degrading a fine LST to a coarse grid, as a sensor with coarser pixels would see it.

Used to build closed loops (Wald protocol): aggregate a fine reference, downscale it
back, compare with the reference.
"""

import numpy as np

from ..io import resample

# The degradation of Ait-Bachir et al. (2025): a Gaussian PSF whose modulation transfer is
# 0.1 at the coarse Nyquist frequency (sigma about 2.7 fine pixels for a factor of 4).
PSF_MTF_AT_NYQUIST = 0.1


def energy_conserving_mean(fine, factor):
    """Block mean of T^4, then the fourth root (radiance is about proportional to T^4).

    Blocks with any nodata pixel are nodata: a partial block would not be what the
    coarse sensor sees.
    """
    total, _, count = resample.block_sums(np.asarray(fine, dtype=np.float64) ** 4, factor, squares=False)
    full = resample.block_areas(*np.shape(fine), factor)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count == full, (total / np.maximum(count, 1)) ** 0.25, np.nan)


def psf_sigma(factor):
    """Standard deviation (fine pixels) of the Gaussian PSF: MTF(f) = exp(-2 pi^2 sigma^2 f^2)."""
    nyquist = 0.5 / factor  # cycles per fine pixel
    return np.sqrt(-2 * np.log(PSF_MTF_AT_NYQUIST)) / (2 * np.pi * nyquist)


def gaussian_psf_mean(fine, factor):
    """Gaussian PSF (MTF 0.1 at Nyquist) applied in T^4, then decimation by ``factor``.

    The kernel is normalised over valid pixels; coarse pixels whose block has nodata
    are nodata.
    """
    sigma = psf_sigma(factor)
    radius = int(np.ceil(3 * sigma))
    offsets = np.arange(-radius, radius + 1)
    weights = np.exp(-0.5 * (offsets / sigma) ** 2)
    valid = np.isfinite(fine)
    radiance = np.where(valid, np.asarray(fine, dtype=np.float64) ** 4, 0.0)
    blurred = _separable(radiance, weights)
    norm = _separable(valid.astype(np.float64), weights)
    with np.errstate(invalid="ignore", divide="ignore"):
        smooth = (blurred / norm) ** 0.25
    centre = _block_centres(smooth, factor)
    complete = energy_conserving_mean(np.where(valid, 1.0, np.nan), factor)
    return np.where(np.isfinite(complete), centre, np.nan)


def _separable(values, weights):
    radius = len(weights) // 2
    padded = np.pad(values, radius, mode="constant")
    rows = sum(w * padded[:, k:k + values.shape[1]] for k, w in enumerate(weights))
    return sum(w * rows[k:k + values.shape[0], :] for k, w in enumerate(weights))


def _block_centres(field, factor):
    """Value at each block centre: the mean of its 2x2 (even factor) or 1 (odd) central pixels."""
    rows, cols = -(-field.shape[0] // factor), -(-field.shape[1] // factor)
    low, high = (factor - 1) // 2, factor // 2
    r = np.minimum(np.arange(rows) * factor, field.shape[0] - 1)
    c = np.minimum(np.arange(cols) * factor, field.shape[1] - 1)
    samples = [field[np.ix_(np.minimum(r + dr, field.shape[0] - 1), np.minimum(c + dc, field.shape[1] - 1))]
               for dr in {low, high} for dc in {low, high}]
    return np.mean(samples, axis=0)
