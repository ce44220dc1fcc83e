"""Block aggregation and cubic upsampling between a coarse grid and a fine grid.

The fine grid is the coarse grid with each pixel split in ``factor`` x ``factor``;
both share their origin (:func:`area_sums` also sums onto a coarse grid at any offset).
Upsampling is separable cubic convolution (Keys, a = -0.5) with edge replication,
evaluated strip by strip so that the fine field never has to sit in memory whole, and
giving identical values whatever the strip boundaries.
"""

import functools

import numpy as np
from rasterio.fill import fillnodata

KEYS_A = -0.5
SOLVE_CHUNK_PIXELS = 1 << 20  # coarse pixels transposed at a time by the mass-preserving solve (8 MB)


def block_sums(strip, factor, squares=True):
    """Per-block sum, sum of squares and count of the finite values of a fine strip.

    The strip starts on a block boundary; a partial last block row or column is
    aggregated over the pixels it has. Sums accumulate in float64 whatever the strip's
    type; ``squares=False`` skips the sum of squares (None in its place).
    """
    valid = np.isfinite(strip)
    if valid.all():  # the common case: no copy, and the counts are the block areas
        values, count = strip, block_areas(*strip.shape, factor)
    else:
        values = strip.copy()
        np.copyto(values, 0, where=~valid)
        count = _block_reduce(valid, factor, np.int64)
    total = _block_reduce(values, factor, np.float64)
    square_sums = _block_reduce(values, factor, np.float64, np.square) if squares else None
    return total, square_sums, count


def _block_reduce(values, factor, dtype, transform=None):
    """Sums of ``transform(values)`` (by default the values) over the ``factor`` x ``factor``
    blocks of ``values``, in ``dtype``, a partial last block over the pixels it has: the rows
    of each block row added first, whole rows at a time, then the strided column slices of the
    result (``factor`` times smaller)."""
    transform = transform or (lambda rows: rows)
    across = transform(values[0::factor].astype(dtype))
    for k in range(1, factor):
        rows = values[k::factor]
        across[:rows.shape[0]] += transform(rows.astype(dtype))
    blocks = across[:, 0::factor].copy()
    for k in range(1, factor):
        columns = across[:, k::factor]
        blocks[:, :columns.shape[1]] += columns
    return blocks


@functools.lru_cache(maxsize=16)
def block_areas(rows, cols, factor):
    """Fine pixels in each block of a ``rows`` x ``cols`` strip that starts on a block
    boundary (``factor`` squared, less along a partial last block row or column). Read-only
    and shared: the strips of a pass have one or two shapes, and each strip asks for it
    several times (its block sums' counts, then the callers' complete blocks)."""
    heights = np.minimum(factor, rows - factor * np.arange(-(-rows // factor)))
    widths = np.minimum(factor, cols - factor * np.arange(-(-cols // factor)))
    areas = np.outer(heights, widths)
    areas.flags.writeable = False
    return areas


def block_mean(strip, factor):
    """Mean of the finite fine values in each block (NaN where a block has none)."""
    total, _, count = block_sums(strip, factor, squares=False)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / count, np.nan)


def row_chunks(shape, pixels, multiple=1):
    """Slices of the rows of an array of ``shape``, about ``pixels`` each and a multiple of
    ``multiple`` rows (so that blocks of that height never straddle two chunks): whole-grid work by
    chunks has a chunk's temporaries, whatever the width of the grid."""
    rows, height = shape[0], max(multiple, pixels // max(shape[1], 1) // multiple * multiple)
    return [slice(start, min(start + height, rows)) for start in range(0, rows, height)]


def covered(coarse, factor, row_off, rows, cols):
    """Whether each fine pixel of rows ``row_off...`` lies in a coarse pixel with a finite value
    (the coarse rows it needs tested, then repeated)."""
    first = row_off // factor
    last = (row_off + rows - 1) // factor + 1
    return block_repeat(np.isfinite(coarse[first:last]), factor, row_off - first * factor, rows, cols)


def block_repeat(coarse, factor, row_off, rows, cols):
    """Fine strip whose pixels take the value of the coarse block that holds them. Each coarse
    value is broadcast into its block's columns, then each row into its block's rows: two
    copies, 4 times faster than repeating twice."""
    first = row_off // factor
    last = (row_off + rows - 1) // factor + 1
    block = coarse[first:last]
    n, m = block.shape
    cols = min(cols, m * factor)
    across = np.empty((n, m, factor), dtype=block.dtype)
    across[...] = block[:, :, None]
    fine = np.empty((n, factor, cols), dtype=block.dtype)
    fine[...] = across.reshape(n, m * factor)[:, None, :cols]
    skip = row_off - first * factor
    return fine.reshape(n * factor, cols)[skip:skip + rows]


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

    ``coarse`` must be finite everywhere (fill gaps first, see :func:`fill_gaps`). Float32
    arithmetic on the field less one of its values (cubic weights sum to one, so it comes
    back unchanged), which keeps kelvin-sized fields exact to about 1e-5 K; the same value
    for every strip, so that strips agree bit for bit with the whole. Separable: the coarse
    rows are interpolated along the columns first, then, as along the columns, the fine
    rows of each phase are four shifted slices of them.
    """
    n_rows = coarse.shape[0]
    first = row_off // factor - 2  # the coarse row of the first fine row, less the reach of the taps
    taps = np.clip(np.arange(first, (row_off + rows - 1) // factor + 3), 0, n_rows - 1)  # edges replicated
    offset = float(coarse.flat[coarse.size // 2])
    across = _upsample_columns((coarse[taps] - offset).astype(np.float32), factor, cols)
    fine = np.empty((rows, cols), dtype=np.float32)
    for phase, (base, weights) in enumerate(zip(*_phases(factor))):
        start = (phase - row_off) % factor  # the first row of the strip in this phase
        count = len(range(start, rows, factor))
        if count:
            tap = (row_off + start) // factor + base - 1 - first  # its first tap, in ``across``
            _weighted_sum(weights, [across[tap + k:tap + k + count] for k in range(4)], fine[start::factor])
    fine += np.float32(offset)
    return fine


def _weighted_sum(weights, terms, out):
    """``sum(weights[k] * terms[k])`` in float32, written into ``out`` (a phase's strided rows or
    columns) term by term through one scratch array: no temporary per term, no copy at the end.
    Terms of weight 0 are skipped: the middle phase of an odd factor is one term, of weight 1."""
    (weight, term), *rest = [(weight, term) for weight, term in zip(weights, terms) if weight != 0]
    np.multiply(term, weight, out=out)
    scratch = np.empty(out.shape, dtype=np.float32) if rest else None
    for weight, term in rest:
        out += np.multiply(term, weight, out=scratch)


def _phases(factor):
    """The first-but-one tap (-1 or 0) and the four float32 weights of each phase ``p`` of a
    coarse pixel (fine pixel ``factor * c + p``), relative to ``c``."""
    u = (np.arange(factor) + 0.5) / factor - 0.5
    base = np.floor(u).astype(np.int64)
    return base, _keys(u[:, None] - base[:, None] - np.arange(-1, 3)).astype(np.float32)


def _upsample_columns(field, factor, cols):
    """Cubic interpolation along the rows of ``field`` to ``cols`` fine columns.

    Fine column ``factor * c + p`` takes its four weights from its phase ``p`` alone, so
    each phase is four shifted slices of the edge-replicated field.
    """
    n_rows, n_cols = field.shape
    padded = np.pad(field, ((0, 0), (2, 2)), mode="edge")
    out = np.empty((n_rows, n_cols, factor), dtype=np.float32)
    for phase, (base, weights) in enumerate(zip(*_phases(factor))):
        start = int(base) + 1  # the first tap (base - 1), shifted by the padding of 2
        _weighted_sum(weights, [padded[:, start + k:start + k + n_cols] for k in range(4)], out[:, :, phase])
    return out.reshape(n_rows, n_cols * factor)[:, :cols]


def area_sums(fine, fine_grid, coarse_grid):
    """Sums over the pixels of ``coarse_grid`` of the (rows, cols) ``fine`` field on ``fine_grid``,
    each fine value weighted by the share of its pixel inside the coarse pixel: GDAL's ``sum``
    resampling (the same to 1e-11 of the sums, measured, but where GDAL drops part of its source's
    last rows and columns, which end on a coarse pixel's edge), for two north-up grids of one CRS whose
    coarse pixels are at least as large as the fine ones along both axes, any offset between them;
    None for other grids. Separable: along the columns, then along the rows, each fine pixel
    shared between at most two coarse pixels per axis. Fine pixels outside the coarse grid count
    for nothing. ``fine`` may be the first rows of ``fine_grid``, or any strip of them with
    ``fine_grid`` the strip's own grid: the sums of strips add up to those of the whole."""
    if fine_grid.crs != coarse_grid.crs or coarse_grid.res[0] < fine_grid.res[0] or \
            coarse_grid.res[1] < fine_grid.res[1]:
        return None
    (rows, cols), transform, target = fine.shape, fine_grid.transform, coarse_grid.transform
    column, column_share = _axis_shares(transform.c, transform.a, cols, target.c, target.a)
    row, row_share = _axis_shares(transform.f, transform.e, rows, target.f, target.e)
    across = _shared_sums(fine, column, column_share, coarse_grid.width, axis=1)
    return _shared_sums(across, row, row_share, coarse_grid.height, axis=0)


def _axis_shares(fine_start, fine_step, count, coarse_start, coarse_step):
    """(the coarse pixel of the start of each of ``count`` fine pixels along an axis, the share of
    the fine pixel inside it); the rest of the fine pixel lies in the next coarse pixel."""
    edges = (fine_start + np.arange(count + 1) * fine_step - coarse_start) / coarse_step
    start, stop = edges[:-1], edges[1:]
    first = np.floor(start).astype(np.int64)
    return first, (np.minimum(stop, first + 1) - start) / (stop - start)


def _shared_sums(values, first, share, size, axis):
    """Sums along ``axis`` of ``values`` into ``size`` bins: each slice into bin ``first`` with
    weight ``share``, and into the next bin with the rest (``first`` is non-decreasing)."""
    inside = (first >= -1) & (first < size)
    values, first, share = np.compress(inside, values, axis), first[inside], share[inside]
    shape = (size + 2, values.shape[1]) if axis == 0 else (values.shape[0], size + 2)
    out = np.zeros(shape)
    if first.size:
        starts = np.flatnonzero(np.r_[True, first[1:] != first[:-1]])
        weights = share[:, None] if axis == 0 else share[None, :]
        kept = values * weights
        bins = first[starts] + 1  # out has a bin before the first (-1) and after the last
        index = (bins, slice(None)) if axis == 0 else (slice(None), bins)
        after = (bins + 1, slice(None)) if axis == 0 else (slice(None), bins + 1)
        out[index] += np.add.reduceat(kept, starts, axis=axis)
        out[after] += np.add.reduceat(values - kept, starts, axis=axis)
    return out[1:-1] if axis == 0 else out[:, 1:-1]

def fill_gaps(coarse, copy=True):
    """Float32 copy of ``coarse`` with NaN gaps filled by inverse-distance interpolation (GDAL);
    with ``copy=False``, a float32 field without gaps comes back as it is."""
    valid = np.isfinite(coarse)
    if valid.all():
        return coarse.astype(np.float32, copy=copy)
    filled = np.where(valid, coarse, np.float32(0)).astype(np.float32, copy=False)
    return fillnodata(filled, mask=valid.view(np.uint8), max_search_distance=max(coarse.shape),
                      smoothing_iterations=0)


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


def mass_preserving_coefficients(target, factor, fine_shape):
    """Coarse field ``z`` whose cubic upsampling has block means equal to ``target``.

    ``A(C(z)) = target`` (A: block mean, C: cubic upsampling) is separable: a 5-tap banded
    operator along the columns, then one along the rows, each solved directly in float64
    (:class:`_BandSolver`). The result is smooth at the fine scale and conserves the coarse
    values to float precision, unlike the blocky residual of the original TsHARP.
    """
    along_columns = _BandSolver(_aggregated_cubic_band(fine_shape[0], factor, target.shape[0]))
    along_rows = _BandSolver(_aggregated_cubic_band(fine_shape[1], factor, target.shape[1]))
    z = along_columns.solve(target.astype(np.float64))
    result = np.empty(target.shape, dtype=target.dtype)
    for rows in row_chunks(target.shape, SOLVE_CHUNK_PIXELS):  # transposed by chunks: a chunk's copies
        result[rows] = along_rows.solve(np.ascontiguousarray(z[rows].T)).T
    return result


class _BandSolver:
    """The LU factors of the n x n operator of a band (n x 5, from :func:`_aggregated_cubic_band`,
    whose taps all lie inside the grid: :func:`cubic_weights` clamps them), which solve it along
    the first axis of arrays. Without pivoting: the operator is diagonally dominant but in the
    last row of a short last block, and for factors 1 to 16, any grid and any last block, its
    pivots stay above 0.48 and its multipliers below 0.64 (the solutions agree with LAPACK's to 3e-13)."""

    def __init__(self, band):
        n = band.shape[0]
        rows = band.tolist()  # row i: its entries in columns i - 2 ... i + 2
        self.lower = [[0.0] * n, [0.0] * n]  # row i's multipliers of rows i - 1 and i - 2
        for i in range(n):  # elimination of column i from the two rows below
            for distance in (1, 2):
                below = i + distance
                if below < n:
                    multiplier = rows[below][2 - distance] / rows[i][2]
                    self.lower[distance - 1][below] = multiplier
                    for offset in range(3):
                        rows[below][2 - distance + offset] -= multiplier * rows[i][2 + offset]
        self.diagonal, self.upper = [row[2] for row in rows], [[row[3] for row in rows], [row[4] for row in rows]]

    def solve(self, values):
        """The solution of the operator applied along axis 0 of float64 ``values``, in place."""
        n = values.shape[0]
        for i in range(1, n):
            values[i] -= self.lower[0][i] * values[i - 1]
            if i > 1:
                values[i] -= self.lower[1][i] * values[i - 2]
        for i in range(n - 1, -1, -1):
            if i + 1 < n:
                values[i] -= self.upper[0][i] * values[i + 1]
            if i + 2 < n:
                values[i] -= self.upper[1][i] * values[i + 2]
            values[i] /= self.diagonal[i]
        return values
