"""DLSTFM on a scene: fine LST at t1 + coarse LSTs at t1 and t2 -> fine LST at t2.

The grids are those of the classic fusion methods (:func:`~lst_downscaler.core.fusion.stack.plan_fusion`):
the fine layer at t1 defines the output grid, the coarse layers are warped onto the coarse
grid aligned with it and interpolated by cubic convolution onto the fine grid. The network
runs by overlapping tiles; then an energy-consistency correction makes the T^4 mean of the
output over the footprint of each pixel of the coarse LST at t2 equal to that pixel (the
coarse sensor saw that energy), and pixels where an input has no value are nodata.

The correction works on the coarse layer's own grid, not on the coarse grid aligned with the
output: real coarse pixels (MODIS) never line up with the fine grid, and the coarse layer
warped onto aligned blocks blends neighbouring pixels, which the output must not be forced to
reproduce. The residual of each coarse pixel is interpolated (cubic) onto the fine grid and
added; a few rounds remove what the interpolation leaves.
"""

from dataclasses import dataclass

import numpy as np
import rasterio.windows
from rasterio.enums import Resampling
from rasterio.warp import reproject, transform_bounds

from ..errors import Canceled
from ..fusion.stack import CoarseLayer, FineLayer, correct_bias, plan_fusion
from ..guards import valid_kelvin
from ..io import resample
from ..io.grid import Grid
from ..io.raster import GeoTiffWriter, read_on_grid
from ..lst import output_units, to_output_units
from .device import cpu_threads, select_device
from .registry import WEIGHTS_DIR
from .tiling import predict_tiles
from .weights import load_model

MODEL_ID = "dlstfm"
#: Rounds of the energy correction: each leaves about half of the largest residual (measured on
#: ECOSTRESS: 0.25 K after one round, 0.002 K after eight).
CORRECTION_ROUNDS = 8
#: A coarse pixel is constrained when valid output pixels cover this share of its footprint.
FULL_COVER = 0.99


@dataclass
class DlstfmOptions:
    device: str = "auto"
    threads: int = 0
    tile: int = 768         # fine pixels; 512 gives 0.079 output Mpx/s on 2 cores, 768 0.112, 1024 0.097
    overlap: int = 128      # the network sees ~50 fine pixels around each pixel (SAFM pools by 8)
    energy_correction: bool = True
    bias_correction: bool = False  # shift the coarse layers by the fine - coarse bias at t1
    factor: int = None      # coarse pixel / fine pixel; None: from the pixel sizes
    celsius: bool = False


@dataclass
class DlstfmResult:
    path: str
    device: str
    factor: int
    valid_pixels: int
    conservation_max_abs: float  # K: the largest |T^4 footprint mean of the output - coarse t2|
    bias: float = None           # K added to the coarse layers by the bias correction (None: off)


def network_inputs(f1, c1_filled, c2_filled):
    """(3, H, W) float32 network input: the fine LST at t1 (its gaps filled with the coarse
    t1) and both coarse LSTs on the fine grid, gap-filled."""
    fine = np.where(np.isfinite(f1), f1, c1_filled)
    return np.stack([fine, c1_filled, c2_filled]).astype(np.float32)


class CoarseFootprints:
    """The coarse LST at t2 on its own grid (the part around the fine grid), and the T^4 mean of a
    fine field over each of its pixels."""

    def __init__(self, values, grid, fine_grid):
        self.values, self.grid, self.fine_grid = values, grid, fine_grid

    @classmethod
    def read(cls, source, fine_grid):
        """The pixels of ``source`` around ``fine_grid`` (2 pixels of margin), in kelvin."""
        native = source.grid()
        bounds = transform_bounds(fine_grid.crs, native.crs, *fine_grid.bounds, densify_pts=21)
        window = rasterio.windows.from_bounds(*bounds, transform=native.transform)
        col, row = max(int(np.floor(window.col_off)) - 2, 0), max(int(np.floor(window.row_off)) - 2, 0)
        width = min(int(np.ceil(window.col_off + window.width)) + 2, native.width) - col
        height = min(int(np.ceil(window.row_off + window.height)) + 2, native.height) - row
        grid = Grid(native.crs, rasterio.windows.transform(rasterio.windows.Window(col, row, width, height),
                                                           native.transform), width, height)
        return cls(read_on_grid(source, grid, clean=lambda v: valid_kelvin(v, source.path)[0]), grid, fine_grid)

    def _to_coarse(self, fine):
        """Sums of ``fine`` over the coarse pixels, each fine pixel weighted by its share inside."""
        sums = resample.area_sums(fine, self.fine_grid, self.grid)  # GDAL's sum, 100 times faster
        if sums is not None:
            return sums
        out = np.zeros(self.grid.shape, np.float64)
        reproject(fine, out, src_transform=self.fine_grid.transform, src_crs=self.fine_grid.crs,
                  dst_transform=self.grid.transform, dst_crs=self.grid.crs, resampling=Resampling.sum)
        return out

    def means(self, fine):
        """T^4 mean of ``fine`` over each coarse footprint; NaN where valid pixels do not fill it."""
        valid = np.isfinite(fine)
        count, complete = self._coverage(valid)
        total = self._to_coarse(np.where(valid, fine.astype(np.float64), 0.0) ** 4)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(complete, (total / count) ** 0.25, np.nan)

    def _coverage(self, valid):
        """(valid fine pixels in each footprint, footprints they fill), kept for the last mask:
        the rounds of the correction share it."""
        key = hash(valid.tobytes())
        if getattr(self, "_coverage_key", None) != key:
            count = self._to_coarse(valid.astype(np.float64))
            cover = self._to_coarse(np.ones(valid.shape))
            self._coverage_key, self._coverage_value = key, (count, count >= FULL_COVER * cover.max())
        return self._coverage_value

    def to_fine(self, coarse):
        """``coarse`` (finite) interpolated by cubic convolution onto the fine grid."""
        out = np.full(self.fine_grid.shape, np.nan, np.float64)
        reproject(coarse, out, src_transform=self.grid.transform, src_crs=self.grid.crs, dst_nodata=np.nan,
                  dst_transform=self.fine_grid.transform, dst_crs=self.fine_grid.crs, resampling=Resampling.cubic)
        return np.nan_to_num(out)

    def errors(self, fine):
        """T^4 footprint means of ``fine`` minus the coarse LST, where both are valid."""
        error = self.means(fine) - self.values
        return error[np.isfinite(error)]


def energy_correction(prediction, footprints, rounds=CORRECTION_ROUNDS):
    """``prediction`` (fine grid, K, NaN nodata) plus the smooth residual that makes its T^4
    means over the coarse footprints (:class:`CoarseFootprints`) equal the coarse LST."""
    corrected = prediction.astype(np.float64)
    for _ in range(rounds):
        residual = footprints.values - footprints.means(corrected)
        if not np.isfinite(residual).any():
            break
        corrected += footprints.to_fine(resample.fill_gaps(residual))
    return corrected.astype(np.float32)


def dlstfm(fine_t1, coarse_t1, coarse_t2, output_path, options=None, weights_dir=WEIGHTS_DIR,
           progress=None, is_canceled=None):
    """Predict the fine LST at t2 with the DLSTFM model of ``weights_dir``; sources are
    :class:`~lst_downscaler.core.io.raster.BandSource`. The scene is held in memory (a few
    arrays of the fine grid's size)."""
    options = options or DlstfmOptions()
    device = select_device(options.device)
    plan = plan_fusion(fine_t1.grid(), coarse_t1, options.factor)
    height, width = plan.fine.height, plan.fine.width
    c1, c2 = CoarseLayer(coarse_t1, plan), CoarseLayer(coarse_t2, plan)
    with FineLayer(fine_t1, plan.fine) as layer:
        f1, _ = valid_kelvin(layer.rows(0, height, clean=False), fine_t1.path)  # refuses another unit
        bias = correct_bias([(layer, c1)], [c1, c2]) if options.bias_correction else None
    filled = [resample.upsample_cubic(resample.fill_gaps(layer.values), plan.factor, 0, height, width)
              for layer in (c1, c2)]
    if progress:
        progress(5.0)
    valid = np.isfinite(f1) & np.isfinite(c1.fine_rows(0, height)) & np.isfinite(c2.fine_rows(0, height))
    with cpu_threads(options.threads):
        model, card = load_model(MODEL_ID, device, weights_dir)
        step = (lambda value: progress(5.0 + 0.85 * value)) if progress else None
        prediction = predict_tiles(model, network_inputs(f1, *filled), device, options.tile, options.overlap,
                                   is_canceled, step)
    prediction[~valid] = np.nan
    footprints = CoarseFootprints.read(coarse_t2, plan.fine)
    if bias is not None:
        footprints.values = footprints.values + bias
    if options.energy_correction:
        prediction = energy_correction(prediction, footprints)
    if is_canceled and is_canceled():
        raise Canceled()
    errors = footprints.errors(prediction)
    unit, description = output_units(options.celsius)
    tags = {"METHOD": "DLSTFM (after Jin et al. 2026)", "WEIGHTS_SHA256": card.weights_sha256,
            "SCALE_FACTOR": str(plan.factor), "ENERGY_CORRECTION": str(options.energy_correction)}
    with GeoTiffWriter(output_path, plan.fine, description, unit, tags) as writer:
        writer.write(to_output_units(prediction, options.celsius), 0)
    if progress:
        progress(100.0)
    return DlstfmResult(str(output_path), str(device), plan.factor, int(np.isfinite(prediction).sum()),
                        float(np.max(np.abs(errors))) if errors.size else float("nan"), bias)
