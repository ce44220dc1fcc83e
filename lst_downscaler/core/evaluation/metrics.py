"""Accuracy metrics of a downscaled LST against a reference, on pixels valid in both."""

import numpy as np
import rasterio
from rasterio._err import CPLE_BaseError
from rasterio.enums import Resampling
from rasterio.vrt import WarpedVRT

from ..io.raster import unreadable

SSIM_WINDOW = 7
SSIM_K1, SSIM_K2 = 0.01, 0.03
# Largest error (pixels) of the approximated transformation when a layer is warped onto a
# reference grid: at GDAL's default, 1/8, a 250 m MODIS LST warped onto ASTER's UTM grid moves
# by up to 0.25 K; at 1e-4 it is the exact warp to float32, in the same time.
WARP_TOLERANCE = 1e-4
# Pixels per strip: the metrics' float64 temporaries (a dozen for SSIM) stay a few strips in
# size instead of a dozen copies of the scene (6 GB at 8000²).
STRIP_PIXELS = 1 << 20


def _box_sums(values, size):
    """Sums over the size x size window centred on each pixel (zeros outside), by cumulative sums."""
    pad = size // 2
    padded = np.pad(values, pad, mode="constant")
    summed = padded.cumsum(0).cumsum(1)
    summed = np.pad(summed, ((1, 0), (1, 0)))
    rows, cols = values.shape
    return (summed[size:size + rows, size:size + cols] - summed[:rows, size:size + cols]
            - summed[size:size + rows, :cols] + summed[:rows, :cols])


def _strips(rows, width, halo=0):
    """(rows read: a slice with ``halo`` rows either side, rows kept: a slice of those) by strips
    of about :data:`STRIP_PIXELS` pixels of rows ``width`` wide."""
    height = max(1, STRIP_PIXELS // max(width, 1))
    for start in range(0, rows, height):
        stop = min(start + height, rows)
        low, high = max(0, start - halo), min(rows, stop + halo)
        yield slice(low, high), slice(start - low, stop - low)


def _ssim_sums(prediction, reference, valid, kept, c1, c2):
    """(sum, count) of the SSIM index over the rows ``kept`` of a strip (its other rows: the
    windows' halo). Values are shifted by the strip's mean first: the variances of window sums of
    squared kelvins keep their digits (float64)."""
    weight = valid.astype(np.float64)
    shift = float(np.mean(reference[valid])) if valid.any() else 0.0
    x = np.where(valid, prediction - shift, 0.0)
    y = np.where(valid, reference - shift, 0.0)
    count = _box_sums(weight, SSIM_WINDOW)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_x = _box_sums(x, SSIM_WINDOW) / count
        mean_y = _box_sums(y, SSIM_WINDOW) / count
        var_x = _box_sums(x * x, SSIM_WINDOW) / count - mean_x ** 2
        var_y = _box_sums(y * y, SSIM_WINDOW) / count - mean_y ** 2
        cov = _box_sums(x * y, SSIM_WINDOW) / count - mean_x * mean_y
        mean_x += shift
        mean_y += shift
        index = ((2 * mean_x * mean_y + c1) * (2 * cov + c2)
                 / ((mean_x ** 2 + mean_y ** 2 + c1) * (var_x + var_y + c2)))
    scored = (valid & (count >= SSIM_WINDOW ** 2 / 2))[kept]
    return float(np.sum(index[kept][scored])), int(np.count_nonzero(scored))


def accuracy(prediction, reference, factor=None, among=(), rows=None):
    """RMSE, MAE, bias, unbiased RMSE, R2, SSIM (K) and ERGAS (when ``factor`` is given).

    ``prediction`` and ``reference`` are layers on the same grid with NaN for nodata: arrays, or
    objects whose slices of rows are arrays (then ``rows`` gives their height), read by strips of
    rows. Pixels count where both, and every layer of ``among``, are valid. Sums run in float64,
    about the reference's first strip mean; SSIM (Wang et al. 2004, 7 x 7 box windows over the
    valid pixels, the data range that of the valid reference) needs that range, so a second
    pass over the strips computes it, each with the windows' halo.
    """
    rows = reference.shape[0] if rows is None else rows
    width = np.shape(reference[0:1])[-1]

    def strips(halo=0):
        for read, kept in _strips(rows, width, halo):
            x, y = np.asarray(prediction[read], dtype=np.float64), np.asarray(reference[read], dtype=np.float64)
            valid = np.isfinite(x) & np.isfinite(y)
            for layer in among:
                valid &= np.isfinite(layer[read])
            yield x, y, valid, kept

    n, low, high, shift = 0, np.inf, -np.inf, None
    sums = np.zeros(5)  # error, error², |error|, reference - shift, (reference - shift)²
    for x, y, valid, _ in strips():
        truth = y[valid]
        if not truth.size:
            continue
        shift = float(truth.mean()) if shift is None else shift
        error = x[valid] - truth
        truth -= shift
        n += truth.size
        low, high = min(low, float(truth.min()) + shift), max(high, float(truth.max()) + shift)
        sums += [error.sum(), np.dot(error, error), np.abs(error).sum(), truth.sum(), np.dot(truth, truth)]
    if n == 0:
        raise ValueError("no pixel is valid in both the prediction and the reference")
    error_sum, squared_sum, absolute_sum, truth_sum, truth_squares = sums
    bias = error_sum / n
    total = truth_squares - truth_sum ** 2 / n
    c1, c2 = (SSIM_K1 * (high - low)) ** 2, (SSIM_K2 * (high - low)) ** 2
    ssim_sums = [_ssim_sums(x, y, valid, kept, c1, c2) for x, y, valid, kept in strips(SSIM_WINDOW // 2)]
    scored = sum(count for _, count in ssim_sums)
    result = {
        "n": n,
        "rmse": float(np.sqrt(squared_sum / n)),
        "mae": float(absolute_sum / n),
        "bias": float(bias),
        "ubrmse": float(np.sqrt(max(squared_sum / n - bias ** 2, 0.0))),
        "r2": float(1 - squared_sum / total) if total > 0 else float("nan"),
        "ssim": sum(total for total, _ in ssim_sums) / scored if scored else float("nan"),
    }
    if factor:
        result["ergas"] = float(100 / factor * result["rmse"] / (shift + truth_sum / n))
    return result


def read_on_reference(path, reference_path, resampling=Resampling.bilinear):
    """(prediction warped onto the reference grid, reference), both with NaN for nodata."""
    with rasterio.open(reference_path) as reference:
        values = reference.read(1, masked=True).astype(np.float64).filled(np.nan)
        warped = warp_onto(path, reference.crs, reference.transform, values.shape, resampling)
    return warped, values


def warp_onto(path, crs, transform, shape, resampling=Resampling.bilinear, band=1, src_crs=None):
    """Band ``band`` of ``path`` warped onto a grid (within :data:`WARP_TOLERANCE`), as float64
    with NaN for nodata.

    ``src_crs`` stands in for the file's CRS when it has none.
    """
    with rasterio.open(path) as prediction:
        try:
            with WarpedVRT(prediction, src_crs=prediction.crs or src_crs, crs=crs, transform=transform,
                           width=shape[1], height=shape[0], resampling=resampling, nodata=np.nan,
                           dtype="float64", tolerance=WARP_TOLERANCE) as warped:
                return warped.read(band)
        except (rasterio.errors.RasterioIOError, rasterio.errors.RasterioError, CPLE_BaseError) as error:
            raise unreadable(path, error) from error
