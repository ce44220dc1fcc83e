"""Accuracy metrics of a downscaled LST against a reference, on pixels valid in both."""

import numpy as np
import rasterio
from rasterio._err import CPLE_BaseError
from rasterio.enums import Resampling
from rasterio.warp import reproject

from ..io.raster import unreadable

SSIM_WINDOW = 7
SSIM_K1, SSIM_K2 = 0.01, 0.03


def _box_mean(values, size):
    """Mean over a size x size window (valid part only), by cumulative sums."""
    pad = size // 2
    padded = np.pad(values, pad, mode="constant")
    summed = padded.cumsum(0).cumsum(1)
    summed = np.pad(summed, ((1, 0), (1, 0)))
    rows, cols = values.shape
    return (summed[size:size + rows, size:size + cols] - summed[:rows, size:size + cols]
            - summed[size:size + rows, :cols] + summed[:rows, :cols])


def ssim(prediction, reference, valid):
    """Mean structural similarity (Wang et al. 2004, 7x7 box windows) over valid pixels.

    Windows are computed over the valid pixels only; the data range is that of the
    valid reference. Computed in float64: window sums of squared kelvins lose the variance
    in float32.
    """
    weight = valid.astype(np.float64)
    x = np.where(valid, prediction, 0.0).astype(np.float64)
    y = np.where(valid, reference, 0.0).astype(np.float64)
    count = _box_mean(weight, SSIM_WINDOW)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_x = _box_mean(x, SSIM_WINDOW) / count
        mean_y = _box_mean(y, SSIM_WINDOW) / count
        var_x = _box_mean(x * x, SSIM_WINDOW) / count - mean_x ** 2
        var_y = _box_mean(y * y, SSIM_WINDOW) / count - mean_y ** 2
        cov = _box_mean(x * y, SSIM_WINDOW) / count - mean_x * mean_y
    data_range = np.ptp(reference[valid])
    c1, c2 = (SSIM_K1 * data_range) ** 2, (SSIM_K2 * data_range) ** 2
    index = ((2 * mean_x * mean_y + c1) * (2 * cov + c2)
             / ((mean_x ** 2 + mean_y ** 2 + c1) * (var_x + var_y + c2)))
    return float(np.mean(index[valid & (count >= SSIM_WINDOW ** 2 / 2)]))


def accuracy(prediction, reference, factor=None):
    """RMSE, MAE, bias, unbiased RMSE, R2, SSIM (K) and ERGAS (when ``factor`` is given).

    ``prediction`` and ``reference`` are arrays on the same grid with NaN for nodata.
    """
    valid = np.isfinite(prediction) & np.isfinite(reference)
    n = int(np.count_nonzero(valid))
    if n == 0:
        raise ValueError("no pixel is valid in both the prediction and the reference")
    error = prediction[valid].astype(np.float64) - reference[valid]
    rmse = float(np.sqrt(np.mean(error ** 2)))
    reference_valid = reference[valid].astype(np.float64)
    total = np.sum((reference_valid - reference_valid.mean()) ** 2)
    result = {
        "n": n,
        "rmse": rmse,
        "mae": float(np.mean(np.abs(error))),
        "bias": float(np.mean(error)),
        "ubrmse": float(np.std(error)),
        "r2": float(1 - np.sum(error ** 2) / total) if total > 0 else float("nan"),
        "ssim": ssim(prediction, reference, valid),
    }
    if factor:
        result["ergas"] = float(100 / factor * rmse / reference_valid.mean())
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
