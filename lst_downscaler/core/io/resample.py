"""Block aggregation and cubic upsampling between a coarse grid and a fine grid.

The fine grid is the coarse grid with each pixel split in ``factor`` x ``factor``;
both share their origin. Upsampling is separable cubic convolution (Keys, a = -0.5)
with edge replication, evaluated strip by strip so that the fine field never has to
sit in memory whole, and giving identical values whatever the strip boundaries.
"""

import numpy as np
from rasterio.fill import fillnodata

KEYS_A = -0.5


def block_sums(strip, factor):
    """Per-block sum, sum of squares and count of the finite values of a fine strip.

    The strip starts on a block boundary; a partial last block row or column is
    aggregated over the pixels it has.
    """
    rows, cols = strip.shape
    n_rows, n_cols = -(-rows // factor), -(-cols // factor)
    padded = np.full((n_rows * factor, n_cols * factor), np.nan, dtype=np.float64)
    padded[:rows, :cols] = strip
    blocks = padded.reshape(n_rows, factor, n_cols, factor)
    valid = np.isfinite(blocks)
    values = np.where(valid, blocks, 0.0)
    return values.sum(axis=(1, 3)), (values ** 2).sum(axis=(1, 3)), valid.sum(axis=(1, 3))


def block_mean(strip, factor):
    """Mean of the finite fine values in each block (NaN where a block has none)."""
    total, _, count = block_sums(strip, factor)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / count, np.nan)


def block_repeat(coarse, factor, row_off, rows, cols):
    """Fine strip whose pixels take the value of the coarse block that holds them."""
    r = (np.arange(row_off, row_off + rows) // factor)
    c = (np.arange(cols) // factor)
    return coarse[np.ix_(r, c)]


def _keys(x):
    x = np.abs(x)
    a = KEYS_A
    return np.where(x <= 1, (a + 2) * x ** 3 - (a + 3) * x ** 2 + 1,
                    np.where(x < 2, a * x ** 3 - 5 * a * x ** 2 + 8 * a * x - 4 * a, 0.0))


def cubic_weights(start, count, factor, n_coarse):
    """Indices and weights (``count`` x 4) of the coarse pixels behind fine pixels ``start...``."""
    u = (np.arange(start, start + count) + 0.5) / factor - 0.5
    base = np.floor(u).astype(np.int64)
    t = u - base
    offsets = np.arange(-1, 3)
    indices = np.clip(base[:, None] + offsets, 0, n_coarse - 1)
    weights = _keys(t[:, None] - offsets)
    return indices, weights


def upsample_cubic(coarse, factor, row_off, rows, cols):
    """Fine rows ``row_off...`` (``cols`` wide) of the cubic interpolation of ``coarse``.

    ``coarse`` must be finite everywhere (fill gaps first, see :func:`fill_gaps`).
    """
    n_rows, n_cols = coarse.shape
    row_idx, row_w = cubic_weights(row_off, rows, factor, n_rows)
    col_idx, col_w = cubic_weights(0, cols, factor, n_cols)
    partial = np.einsum("rk,rkc->rc", row_w, coarse[row_idx])
    fine = np.zeros((rows, cols))
    for k in range(4):
        fine += col_w[None, :, k] * partial[:, col_idx[:, k]]
    return fine.astype(np.float32)


def fill_gaps(coarse):
    """Copy of ``coarse`` with NaN gaps filled by inverse-distance interpolation (GDAL)."""
    valid = np.isfinite(coarse)
    if valid.all():
        return coarse.astype(np.float64)
    filled = np.where(valid, coarse, 0).astype(np.float32)
    distance = max(coarse.shape)
    filled = fillnodata(filled, mask=valid.astype(np.uint8), max_search_distance=distance,
                        smoothing_iterations=0)
    return filled.astype(np.float64)


def _aggregated_cubic_band(n_fine, factor, n_coarse):
    """Band (n_coarse x 5) of the 1-D operator 'cubic upsampling then block mean'.

    Column ``k`` holds the weight of coarse pixel ``i + k - 2`` in output ``i``.
    """
    indices, weights = cubic_weights(0, n_fine, factor, n_coarse)
    block = np.arange(n_fine) // factor
    counts = np.bincount(block, minlength=n_coarse).astype(np.float64)
    band = np.zeros((n_coarse, 5))
    np.add.at(band, (np.repeat(block, 4), (indices - block[:, None] + 2).ravel()),
              weights.ravel() / counts[block].repeat(4))
    return band


def _apply_band(band, field, axis):
    """Apply a 1-D banded operator along ``axis`` of ``field`` (edges replicated)."""
    n = field.shape[axis]
    out = np.zeros_like(field)
    for k in range(5):
        idx = np.clip(np.arange(n) + k - 2, 0, n - 1)
        weights = band[:, k]
        if axis == 0:
            out += weights[:, None] * field[idx, :]
        else:
            out += weights[None, :] * field[:, idx]
    return out


def mass_preserving_coefficients(target, factor, fine_shape, iterations=50, tolerance=1e-3):
    """Coarse field ``z`` whose cubic upsampling has block means equal to ``target``.

    Solves ``A(C(z)) = target`` (A: block mean, C: cubic upsampling) by Richardson
    iteration on the coarse grid, where ``A o C`` is a separable 5-tap operator.
    The result is smooth at the fine scale and conserves the coarse values exactly,
    unlike the blocky residual of the original TsHARP.
    """
    rows_band = _aggregated_cubic_band(fine_shape[0], factor, target.shape[0])
    cols_band = _aggregated_cubic_band(fine_shape[1], factor, target.shape[1])
    z = target.copy()
    for _ in range(iterations):
        error = target - _apply_band(cols_band, _apply_band(rows_band, z, 0), 1)
        if np.max(np.abs(error)) < tolerance:
            break
        z += error
    return z
