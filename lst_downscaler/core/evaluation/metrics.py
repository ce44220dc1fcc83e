"""Accuracy metrics of a downscaled LST against a reference, on pixels valid in both."""

import numpy as np
import rasterio
from rasterio._err import CPLE_BaseError
from rasterio.enums import Resampling
from rasterio.warp import reproject

from ..io.raster import unreadable

SSIM_WINDOW = 7
SSIM_K1, SSIM_K2 = 0.01, 0.03
# Rows per strip: the metrics' float64 temporaries (a dozen for SSIM) stay a few strips in size
# instead of a dozen copies of the scene (6 GB at 8000²).
STRIP_ROWS = 256


def _box_sums(values, size):
    """Sums over the size x size window centred on each pixel (zeros outside), by cumulative sums."""
    pad = size // 2
    padded = np.pad(values, pad, mode="constant")
    summed = padded.cumsum(0).cumsum(1)
    summed = np.pad(summed, ((1, 0), (1, 0)))
    rows, cols = values.shape
    return (summed[size:size + rows, size:size + cols] - summed[:rows, size:size + cols]
            - summed[size:size + rows, :cols] + summed[:rows, :cols])


def _strips(rows, halo=0):
    """(rows read: a slice with ``halo`` rows either side, rows kept: a slice of those) by strips."""
    for start in range(0, rows, STRIP_ROWS):
        stop = min(start + STRIP_ROWS, rows)
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


def ssim(prediction, reference, valid):
    """Mean structural similarity (Wang et al. 2004, 7x7 box windows) over valid pixels.

    Windows are computed over the valid pixels only; the data range is that of the
    valid reference. Computed by strips of rows in float64: window sums of squared kelvins
    lose the variance in float32.
    """
    low, high = _valid_range(reference, valid)
    c1, c2 = (SSIM_K1 * (high - low)) ** 2, (SSIM_K2 * (high - low)) ** 2
    total, count = 0.0, 0
    for read, kept in _strips(valid.shape[0], halo=SSIM_WINDOW // 2):
        strip_total, strip_count = _ssim_sums(np.asarray(prediction[read], dtype=np.float64),
                                              np.asarray(reference[read], dtype=np.float64),
                                              valid[read], kept, c1, c2)
        total += strip_total
        count += strip_count
    return total / count if count else float("nan")


def _valid_range(values, valid):
    """(minimum, maximum) of ``values`` over ``valid``, by strips."""
    low, high = np.inf, -np.inf
    for read, _ in _strips(valid.shape[0]):
        kept = values[read][valid[read]]
        if kept.size:
            low, high = min(low, float(kept.min())), max(high, float(kept.max()))
    return low, high


def accuracy(prediction, reference, factor=None):
    """RMSE, MAE, bias, unbiased RMSE, R2, SSIM (K) and ERGAS (when ``factor`` is given).

    ``prediction`` and ``reference`` are arrays on the same grid with NaN for nodata. Sums run
    by strips of rows, in float64, about the middle of the reference's range.
    """
    valid = np.isfinite(prediction) & np.isfinite(reference)
    n = int(np.count_nonzero(valid))
    if n == 0:
        raise ValueError("no pixel is valid in both the prediction and the reference")
    low, high = _valid_range(reference, valid)
    centre = (low + high) / 2
    sums = np.zeros(5)  # error, error², |error|, reference - centre, (reference - centre)²
    for read, _ in _strips(valid.shape[0]):
        kept = valid[read]
        truth = reference[read][kept].astype(np.float64)
        error = prediction[read][kept] - truth
        truth -= centre
        sums += [error.sum(), np.dot(error, error), np.abs(error).sum(), truth.sum(), np.dot(truth, truth)]
    error_sum, squared_sum, absolute_sum, truth_sum, truth_squares = sums
    bias = error_sum / n
    total = truth_squares - truth_sum ** 2 / n
    result = {
        "n": n,
        "rmse": float(np.sqrt(squared_sum / n)),
        "mae": float(absolute_sum / n),
        "bias": float(bias),
        "ubrmse": float(np.sqrt(max(squared_sum / n - bias ** 2, 0.0))),
        "r2": float(1 - squared_sum / total) if total > 0 else float("nan"),
        "ssim": ssim(prediction, reference, valid),
    }
    if factor:
        result["ergas"] = float(100 / factor * result["rmse"] / (centre + truth_sum / n))
    return result


def read_on_reference(path, reference_path, resampling=Resampling.bilinear):
    """(prediction warped onto the reference grid, reference), both with NaN for nodata."""
    with rasterio.open(reference_path) as reference:
        values = reference.read(1, masked=True).astype(np.float64).filled(np.nan)
        warped = warp_onto(path, reference.crs, reference.transform, values.shape, resampling)
    return warped, values


def warp_onto(path, crs, transform, shape, resampling=Resampling.bilinear, band=1, src_crs=None):
    """Band ``band`` of ``path`` warped onto a grid, as float64 with NaN for nodata.

    ``src_crs`` stands in for the file's CRS when it has none.
    """
    warped = np.full(shape, np.nan)
    with rasterio.open(path) as prediction:
        try:
            reproject(rasterio.band(prediction, band), warped, src_nodata=prediction.nodata,
                      src_crs=prediction.crs or src_crs, dst_transform=transform, dst_crs=crs,
                      dst_nodata=np.nan, resampling=resampling)
        except (rasterio.errors.RasterioIOError, rasterio.errors.RasterioError, CPLE_BaseError) as error:
            raise unreadable(path, error) from error
    return warped
