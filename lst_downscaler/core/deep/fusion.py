"""DLSTFM on a scene: fine LST at t1 + coarse LSTs at t1 and t2 -> fine LST at t2.

The grids are those of the classic fusion methods (:func:`~lst_downscaler.core.fusion.stack.plan_fusion`):
the fine layer at t1 defines the output grid, the coarse layers are warped onto the coarse
grid aligned with it and interpolated by cubic convolution onto the fine grid. The network
runs by overlapping tiles; then an energy-consistency correction makes the output's T^4
block means equal to the coarse LST at t2 (a smooth, mass-preserving residual: the coarse
sensor saw that energy), and pixels where an input has no value are nodata.
"""

from dataclasses import dataclass

import numpy as np
import torch

from ..evaluation.aggregate import energy_conserving_mean
from ..fusion.stack import CoarseLayer, FineLayer, plan_fusion
from ..io import resample
from ..io.raster import GeoTiffWriter
from ..lst import output_units, to_output_units
from ..sharpening.regression import Residual, residual_field, residual_strip
from .device import cpu_threads, select_device
from .registry import WEIGHTS_DIR
from .tiling import TileLayout, blend_tiles
from .weights import load_model

MODEL_ID = "dlstfm"
#: Rounds of the energy correction: the residual is added as a linear block mean, the
#: aggregate is of T^4, so a second round removes what the first leaves (< 0.01 K).
CORRECTION_ROUNDS = 2


@dataclass
class DlstfmOptions:
    device: str = "auto"
    threads: int = 0
    tile: int = 512
    overlap: int = 128      # the network sees ~50 fine pixels around each pixel (SAFM pools by 8)
    energy_correction: bool = True
    factor: int = None      # coarse pixel / fine pixel; None: from the pixel sizes
    celsius: bool = False


@dataclass
class DlstfmResult:
    path: str
    device: str
    factor: int
    valid_pixels: int
    conservation_max_abs: float  # K: the largest |T^4 block mean of the output - coarse t2|


def network_inputs(f1, c1_filled, c2_filled):
    """(3, H, W) float32 network input: the fine LST at t1 (its gaps filled with the coarse
    t1) and both coarse LSTs on the fine grid, gap-filled."""
    fine = np.where(np.isfinite(f1), f1, c1_filled)
    return np.stack([fine, c1_filled, c2_filled]).astype(np.float32)


def energy_correction(prediction, coarse_t2, factor, rounds=CORRECTION_ROUNDS):
    """``prediction`` (fine grid, K, NaN nodata) plus the smooth residual whose block means make
    its T^4 block means equal ``coarse_t2`` (the coarse grid aligned with it)."""
    corrected = prediction.astype(np.float64)
    for _ in range(rounds):
        residual = coarse_t2 - energy_conserving_mean(corrected, factor)[:coarse_t2.shape[0], :coarse_t2.shape[1]]
        if not np.isfinite(residual).any():
            break
        field = residual_field(residual, Residual.SMOOTH, factor, corrected.shape)
        corrected += residual_strip(field, Residual.SMOOTH, factor, 0, *corrected.shape)
    return corrected.astype(np.float32)


def conservation_error(prediction, coarse_t2, factor):
    """T^4 block means of ``prediction`` minus ``coarse_t2``, over the blocks valid in both."""
    blocks = energy_conserving_mean(prediction, factor)[:coarse_t2.shape[0], :coarse_t2.shape[1]]
    error = blocks - coarse_t2[:blocks.shape[0], :blocks.shape[1]]
    return error[np.isfinite(error)]


def predict_tiles(model, inputs, device, tile, overlap, is_canceled=None, progress=None):
    """The network's (H, W) output over ``inputs`` (3, H, W), by blended tiles."""
    height, width = inputs.shape[1:]
    layout = TileLayout(height, width, tile, overlap, type(model).MULTIPLE)
    padded = np.pad(inputs, ((0, 0), (0, layout.padded[0] - height), (0, layout.padded[1] - width)), mode="edge")
    out = np.empty((height, width), np.float32)

    def predict(batch):
        with torch.no_grad():
            return np.concatenate([model(torch.from_numpy(tile_[None]).to(device)).cpu().numpy()
                                   for tile_ in batch])

    def emit(row, values):
        out[row:row + values.shape[0]] = values

    blend_tiles(layout, lambda row, rows: padded[:, row:row + rows], predict, emit, is_canceled, progress)
    return out


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
    filled = [resample.upsample_cubic(resample.fill_gaps(layer.values), plan.factor, 0, height, width)
              for layer in (c1, c2)]
    with FineLayer(fine_t1, plan.fine) as layer:
        f1 = layer.rows(0, height)
    if progress:
        progress(5.0)
    valid = np.isfinite(f1) & np.isfinite(c1.fine_rows(0, height)) & np.isfinite(c2.fine_rows(0, height))
    with cpu_threads(options.threads):
        model, card = load_model(MODEL_ID, device, weights_dir)
        step = (lambda value: progress(5.0 + 0.85 * value)) if progress else None
        prediction = predict_tiles(model, network_inputs(f1, *filled), device, options.tile, options.overlap,
                                   is_canceled, step)
    prediction[~valid] = np.nan
    if options.energy_correction:
        prediction = energy_correction(prediction, c2.values, plan.factor)
    errors = conservation_error(prediction, c2.values, plan.factor)
    unit, description = output_units(options.celsius)
    tags = {"METHOD": "DLSTFM (after Jin et al. 2026)", "WEIGHTS_SHA256": card.weights_sha256,
            "SCALE_FACTOR": str(plan.factor), "ENERGY_CORRECTION": str(options.energy_correction)}
    with GeoTiffWriter(output_path, plan.fine, description, unit, tags) as writer:
        writer.write(to_output_units(prediction, options.celsius), 0)
    if progress:
        progress(100.0)
    return DlstfmResult(str(output_path), str(device), plan.factor, int(np.isfinite(prediction).sum()),
                        float(np.max(np.abs(errors))) if errors.size else float("nan"))
