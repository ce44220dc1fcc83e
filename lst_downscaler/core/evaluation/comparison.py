"""Evaluating a downscaled LST: closed loop, comparison with a reference, energy conservation.

Closed loop (Wald, Ranchin and Mangolini 1997): a fine reference LST is aggregated to a
coarse grid, downscaled back, and the result is compared with the reference. Comparison
with a reference: a downscaled LST is warped bilinearly onto the grid of an independent
fine LST (ASTER for MODIS) and compared on the pixels valid in both. Energy conservation:
the downscaled LST aggregated in T^4 onto the grid of its coarse input, minus that input.

The reference and the downscaled layers on its grid go by strips of rows, through temporary
files (:class:`LayersOnGrid`); the energy-conservation check goes by strips of coarse rows.
"""

import enum
import html
import json
import math
import os
import tempfile
import uuid
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from affine import Affine
from rasterio.enums import Resampling
from rasterio.warp import reproject, transform_bounds
from rasterio.windows import from_bounds

from ..errors import DownscalingError
from ..guards import KelvinCheck, valid_kelvin
from ..io.grid import resolution_in
from ..io.memory import RowFile
from ..io.raster import GeoTiffWriter, GridReader, read_on_grid, reported, strip_rows
from .aggregate import energy_conserving_mean, gaussian_psf_mean, psf_sigma
from .metrics import WARP_TOLERANCE, accuracy

# Fine pixels of a strip of the aggregation to the coarse grid.
STRIP_PIXELS = 1 << 22
# A coarse pixel counts as covered by the output when this share of it has valid output.
FULL_COVERAGE = 1 - 1e-6

METRIC_LABELS = {
    "rmse": "RMSE (K)", "mae": "MAE (K)", "bias": "Bias (K)", "ubrmse": "Unbiased RMSE (K)",
    "r2": "R²", "ssim": "SSIM", "ergas": "ERGAS", "n": "Pixels compared",
    "rmse_ratio": "RMSE / bicubic RMSE", "mean_abs": "Mean absolute error (K)",
    "max_abs": "Maximum absolute error (K)",
}


class Aggregation(enum.Enum):
    T4_BLOCK = "t4_block"          # energy-conserving block mean of T^4
    GAUSSIAN_PSF = "gaussian_psf"  # Gaussian PSF in T^4 then decimation (Ait-Bachir et al. 2025)


AGGREGATE = {Aggregation.T4_BLOCK: energy_conserving_mean, Aggregation.GAUSSIAN_PSF: gaussian_psf_mean}


class LayersOnGrid:
    """LST layers on one grid (a reference's), read by strips into temporary files of rows,
    checked as kelvin like any LST input (:class:`.guards.KelvinCheck`): the metrics, the
    aggregation and the error raster read them by strips again, so that memory holds a few
    strips whatever the size of the layers. The files go when the ``with`` block ends."""

    def __init__(self, grid):
        self.grid = grid
        self._count = 0

    def __enter__(self):
        self._stack = ExitStack()
        self._folder = Path(self._stack.enter_context(tempfile.TemporaryDirectory(prefix="lst_evaluation_")))
        return self

    def __exit__(self, *exc):
        return self._stack.__exit__(*exc)

    def add(self, source, resampling=Resampling.bilinear, progress=None, is_canceled=None, start=0.0, end=100.0):
        """The layer ``source`` warped onto the grid (``resampling``; read as it is when already
        on it), in kelvin, NaN for nodata and for what the check drops: an object whose slices of
        rows are float32 arrays. Refuses a layer with nothing on the grid, or that fails the check."""
        self._count += 1
        rows = self._stack.enter_context(RowFile(self._folder / f"layer{self._count}.f32"))
        check = KelvinCheck(source.path, self.grid.width * self.grid.height)
        with GridReader(source, self.grid, resampling, WARP_TOLERANCE) as reader:
            for row, height in reported(strip_rows(self.grid, 1), progress, is_canceled, start, end):
                strip = reader.read(row, height)
                check.observe(strip, row)
                rows[row:row + height] = strip
        if not check.count:
            raise DownscalingError(
                f"The layer {source.path} and the reference do not overlap (nothing of it falls on the "
                "reference grid): check that both cover the same area and that their CRSs are right.")
        check.decide()
        return CheckedRows(rows, check)


@dataclass
class CheckedRows:
    """Rows of a :class:`RowFile`, cleaned by a decided :class:`KelvinCheck` as they are read."""

    rows: RowFile
    check: KelvinCheck

    def __getitem__(self, rows):
        return self.check.clean(self.rows[rows])


def write_coarse(reference, grid, factor, aggregation, path):
    """Aggregate the fine ``reference`` (rows of ``grid``) by ``factor`` and write it as a
    GeoTIFF, by strips of coarse rows; return its grid.

    The coarse grid is the fine grid's transform scaled by ``factor``: each coarse pixel is
    a ``factor`` x ``factor`` block of fine pixels. Blocks with nodata are nodata. The Gaussian
    PSF reads, around each strip, the blocks within its radius.
    """
    coarse_grid = grid.coarsened(factor)
    halo = math.ceil(math.ceil(3 * psf_sigma(factor)) / factor) if aggregation is Aggregation.GAUSSIAN_PSF else 0
    tags = {"AGGREGATION": aggregation.value, "SCALE_FACTOR": str(factor)}
    found = False
    with GeoTiffWriter(path, coarse_grid, "LST (K)", "K", tags) as writer:
        for row, height in strip_rows(coarse_grid, 1, STRIP_PIXELS // factor ** 2):
            low, high = max(row - halo, 0), min(row + height + halo, coarse_grid.height)
            coarse = AGGREGATE[aggregation](reference[slice(low * factor, min(high * factor, grid.height))], factor)
            coarse = coarse[row - low:row - low + height]
            found = found or bool(np.isfinite(coarse).any())
            writer.write(coarse, row)
        if not found:
            raise DownscalingError(
                f"No {factor} x {factor} block of the reference is free of nodata: choose a smaller "
                "factor or a reference with fewer gaps.")
    return coarse_grid


def scores(prediction, reference, grid, factor=None, among=()):
    """Metrics of :func:`metrics.accuracy` of layers of ``grid`` on the pixels valid in both (and
    in every layer of ``among``); refuse if there are none."""
    try:
        return accuracy(prediction, reference, factor, among, grid.height)
    except ValueError as error:
        raise DownscalingError(
            "No pixel is valid in both the downscaled LST and the reference: they overlap only "
            "where one of them is nodata (swath edge, clouds). Choose layers that share valid "
            "pixels.") from error


def resolution_factor(downscaled, coarse=None):
    """Coarse pixel size / downscaled pixel size (for ERGAS), or None when it is unknown.

    From the coarse input when given, else from the output's ``SCALE_FACTOR`` tag, which
    the downscaling algorithms of this plugin write.
    """
    grid = downscaled.grid()
    if coarse is not None:
        return resolution_in(coarse.grid(), grid.crs) / math.sqrt(grid.res[0] * grid.res[1])
    with downscaled.open() as dataset:
        tag = dataset.tags().get("SCALE_FACTOR")
    return float(tag) if tag else None


def conservation_error(downscaled, coarse_source):
    """Energy conservation of a downscaled LST with respect to its coarse input (K).

    The output is aggregated in T^4 (area-weighted mean of T^4, then the fourth root) onto
    the coarse input's own grid, in any CRS, by strips of coarse rows (each reads the fine rows
    under it and a margin); coarse pixels entirely covered by valid output are compared with the
    coarse input. Returns mean and max absolute error and the count.
    """
    fine_grid = downscaled.grid()
    coarse_grid = coarse_source.grid()
    coarse = read_on_grid(coarse_source, coarse_grid, clean=lambda raw: valid_kelvin(raw, coarse_source.path)[0])
    # A frame of invalid pixels, so that coarse pixels that stick out of the output count as partial.
    margin = math.ceil(resolution_in(coarse_grid, fine_grid.crs) / min(fine_grid.res)) + 1
    total, largest, count = 0.0, 0.0, 0
    rows = max(1, STRIP_PIXELS // (fine_grid.width * margin))  # coarse rows over about STRIP_PIXELS fine ones
    with GridReader(downscaled, fine_grid) as reader:
        for row in range(0, coarse_grid.height, rows):
            height = min(rows, coarse_grid.height - row)
            mean_radiance, coverage = _t4_average(reader, fine_grid, coarse_grid.rows(row, height), margin)
            complete = (coverage >= FULL_COVERAGE) & np.isfinite(mean_radiance)
            complete &= np.isfinite(coarse[row:row + height])
            error = np.abs(mean_radiance[complete] ** 0.25 - coarse[row:row + height][complete])
            total, count = total + float(error.sum()), count + error.size
            largest = max(largest, float(error.max(initial=0.0)))
    if not count:
        raise DownscalingError(
            f"No pixel of the coarse input {coarse_source.path} is entirely covered by valid "
            "downscaled LST: check that the coarse input is the one that was downscaled.")
    return {"mean_abs": total / count, "max_abs": largest, "n": count}


def _t4_average(reader, fine_grid, strip, margin):
    """(area-weighted mean of T^4, share of valid fine area) over each pixel of the coarse grid
    ``strip``, from the fine rows under it read by ``reader``, framed by ``margin`` invalid pixels
    where they reach the edge of the fine grid."""
    bounds = transform_bounds(strip.crs, fine_grid.crs, *strip.bounds, densify_pts=21)
    window = from_bounds(*bounds, transform=fine_grid.transform)
    low = max(0, math.floor(window.row_off) - margin)
    high = min(fine_grid.height, math.ceil(window.row_off + window.height) + margin)
    if high <= low:  # the strip is beside the fine grid
        return np.full(strip.shape, np.nan), np.zeros(strip.shape)
    fine = reader.read(low, high - low).astype(np.float64)
    top, bottom = margin if low == 0 else 0, margin if high == fine_grid.height else 0
    valid = np.isfinite(fine)
    radiance = np.pad(np.where(valid, fine ** 4, np.nan), ((top, bottom), (margin, margin)), constant_values=np.nan)
    covered = np.pad(valid.astype(np.float64), ((top, bottom), (margin, margin)))
    transform = fine_grid.transform * Affine.translation(-margin, low - top)
    return _average(radiance, transform, fine_grid.crs, strip), _average(covered, transform, fine_grid.crs, strip)


def _average(values, transform, crs, grid):
    """Area-weighted mean of ``values`` over each pixel of ``grid`` (NaN values ignored)."""
    result = np.full(grid.shape, np.nan)
    reproject(values, result, src_transform=transform, src_crs=crs, src_nodata=np.nan,
              dst_transform=grid.transform, dst_crs=grid.crs, dst_nodata=np.nan,
              resampling=Resampling.average)
    return result


def write_error(path, grid, prediction, reference):
    """The error raster, prediction - reference (K), on the reference grid; nodata where either is.
    ``prediction`` and ``reference``: arrays, or objects whose slices of rows are arrays."""
    with GeoTiffWriter(path, grid, "LST error, prediction - reference (K)", "K") as writer:
        for row, height in strip_rows(grid, 1):
            writer.write(prediction[row:row + height] - reference[row:row + height], row)


def write_report(path, report):
    """Write ``report`` (nested dicts of numbers and text) as JSON if ``path`` ends in .json, else HTML.

    Written atomically: a temporary file beside ``path`` is renamed over it.
    """
    path = os.fspath(path)
    if path.lower().endswith(".json"):
        text = json.dumps(report, indent=1, ensure_ascii=False)
    else:
        text = _html(report)
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    temporary = os.path.join(directory, f".{os.path.basename(path)}.{uuid.uuid4().hex}.partial")
    try:
        with open(temporary, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def _html(report):
    title = html.escape(str(report.get("title", "LST evaluation")))
    body = "".join(_html_section(key, value, 2) for key, value in report.items() if key != "title")
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>\n"
            f"<body><h1>{title}</h1>\n{body}</body></html>\n")


def _label(key):
    return html.escape(METRIC_LABELS.get(key, key.replace("_", " ").capitalize()))


def _html_section(key, value, level):
    heading = _label(key)
    if not isinstance(value, dict):
        return f"<p><b>{heading}</b>: {_html_value(value)}</p>\n"
    rows = "".join(f"<tr><th align=\"left\">{_label(k)}</th><td>{_html_value(v)}</td></tr>\n"
                   for k, v in value.items() if not isinstance(v, dict))
    nested = "".join(_html_section(k, v, level + 1) for k, v in value.items() if isinstance(v, dict))
    table = f"<table>\n{rows}</table>\n" if rows else ""
    return f"<h{level}>{heading}</h{level}>\n{table}{nested}"


def _html_value(value):
    if isinstance(value, float):
        return f"{value:.4f}"
    return "-" if value is None else html.escape(str(value))
