"""Progressive self-training on a Landsat scene: thermal band (as delivered at 30 m, at its native
resolution, or coarser) + 30 m reflectance -> 30 m LST, with no fine truth.

The thermal band delivered on the reflectance grid is first brought back to its native resolution
(T^4 block means over ``native_resolution``: TIRS 100 m, i.e. 3 x 3 pixels of 30 m; TM 120 m, 4 x 4);
a coarser LST layer is taken as it is. The bundled network (stage 0) then runs at the fine grid,
is fine-tuned on the scene (stages 1 and 2, :mod:`.self_training`), and its last output is
corrected so that its T^4 block means equal the observed LST. The scene is held in memory: about
130 bytes per fine pixel (measured by bench/progressive_speed.py: the ten input channels, the
reflectance while they are made, the output and its correction).
"""

import time
from dataclasses import dataclass

import numpy as np

from ..errors import DownscalingError
from ..evaluation.aggregate import energy_conserving_mean
from ..guards import valid_kelvin
from ..io import resample
from ..io.grid import GridPlan, resolution_in
from ..io.raster import GeoTiffWriter, GridReader, read_on_grid
from ..lst import output_units, plan_for, read_coarse_lst, to_output_units
from ..options import bounded, check_options
from ..sensors.indices import check_reflectance
from .device import cpu_threads, select_device
from .inputs import network_inputs, to_kelvin
from .registry import LST, NDVI, WEIGHTS_DIR
from .self_training import (OPTICAL_CHANNELS, REFLECTANCE_ROLES, SceneArrays, correct_to_observed, fine_tune,
                            optical_layers, scene_anchors)
from .tiling import predict_tiles
from .weights import load_model

MODEL_ID = "progressive_landsat"


@dataclass
class ProgressiveOptions:
    native_resolution: float = bounded(100.0, minimum=1)  # m: the thermal band's own pixel (TIRS 100, TM 120, ETM+ 60)
    steps: int = bounded(100, minimum=0)                  # fine-tuning steps per stage (0: stage 0 alone)
    device: str = "auto"
    threads: int = bounded(0, minimum=0)
    seed: int = bounded(0, minimum=0)
    tile: int = bounded(512, minimum=64, multiple=8)
    overlap: int = bounded(64, minimum=0, multiple=8, below="tile")  # the network sees about 26 pixels a side
    celsius: bool = False
    anchors: bool = True               # also learn the scene's own LST back from 2 and 3 times coarser


@dataclass
class ProgressiveResult:
    path: str
    device: str
    factor: int                  # fine pixels per side of an observed LST pixel
    aggregated: bool             # the LST was on the fine grid and was brought to its native resolution
    conservation_max_abs: float  # K: largest |T^4 block mean of the output - observed LST|
    fine_tuning_seconds: float


def observed_lst(lst_source, fine_grid, native_resolution):
    """(grid plan, observed LST in K on its coarse grid, aggregated?) for the reflectance grid."""
    fine_res = np.sqrt(fine_grid.res[0] * fine_grid.res[1])
    lst_res = resolution_in(lst_source.grid(), fine_grid.crs)
    if lst_res >= 1.5 * fine_res:
        plan = plan_for(lst_source, fine_grid)
        return plan, read_coarse_lst(lst_source, plan), False
    if fine_grid.crs.is_geographic:
        raise DownscalingError(
            "The LST and reflectance layers are in degrees: give the Landsat layers in their UTM projection, so "
            "that the thermal band's native resolution (in metres) can be found.")
    factor = round(native_resolution / fine_res)
    if factor < 2:
        raise DownscalingError(
            f"The native resolution of the thermal band ({native_resolution:g} m) is not at least twice the "
            f"reflectance pixel ({fine_res:.4g} m): set it to the thermal band's own pixel size (Landsat 8/9: 100 m, "
            "Landsat 4/5: 120 m, Landsat 7: 60 m).")
    fine = read_on_grid(lst_source, fine_grid, clean=lambda values: valid_kelvin(values, lst_source.path)[0])
    return GridPlan(fine_grid, fine_grid.coarsened(factor), factor), energy_conserving_mean(fine, factor), True


def read_reflectance(sources, grid):
    """{role: reflectance (0-1)} of the six bands on ``grid``; refuses raw digital numbers."""
    bands = {}
    for role, source in zip(REFLECTANCE_ROLES, sources):
        with GridReader(source, grid) as reader:
            values = reader.read(0, grid.height)
        check_reflectance({role: values}, {role: source})
        bands[role] = values
    return bands


def check_stage0(card):
    """Refuse a model that is not a stage 0 of progressive self-training."""
    expected = [LST, *OPTICAL_CHANNELS]
    if card.architecture != "ProgressiveNet" or card.channel_names != expected:
        raise DownscalingError(
            f"The model {card.id} is a {card.architecture} with the channels {', '.join(card.channel_names)}; "
            f"progressive self-training needs a ProgressiveNet with {', '.join(expected)}: leave the model file "
            "empty, or train one with 'python -m lst_downscaler.training --model progressive_landsat'.")


def progressive_downscale(lst_source, reflectance_sources, output_path, options=None, ndvi_source=None,
                          model_id=MODEL_ID, weights_dir=WEIGHTS_DIR, progress=None, is_canceled=None, log=None):
    """Downscale ``lst_source`` onto the grid of ``reflectance_sources`` (six BandSources: blue, green, red,
    NIR, SWIR 1, SWIR 2, reflectance 0-1); ``ndvi_source``: an NDVI to use instead of red/NIR's;
    ``model_id``: the bundled stage 0, or the .json card of another (the benchmark's)."""
    options = check_options(options or ProgressiveOptions())
    device = select_device(options.device)
    plan, observed, aggregated = observed_lst(lst_source, reflectance_sources[0].grid(), options.native_resolution)
    fine, factor = plan.fine, plan.factor
    reflectance = read_reflectance(reflectance_sources, fine)
    ndvi = None
    if ndvi_source is not None:
        with GridReader(ndvi_source, fine) as reader:
            ndvi = reader.read(0, fine.height)
    layers = optical_layers(reflectance, ndvi)
    bicubic = resample.upsample_cubic(resample.fill_gaps(observed), factor, 0, fine.height, fine.width)
    covered = resample.covered(observed, factor, 0, fine.height, fine.width)
    valid = covered & np.isfinite(layers[NDVI])
    if progress:
        progress(5.0)
    with cpu_threads(options.threads):
        model, card = load_model(model_id, device, weights_dir)
        check_stage0(card)
        inputs = network_inputs(card.inputs, dict(layers, **{LST: bicubic}))
        anchors = scene_anchors(observed, reflectance, factor, card.inputs) if options.anchors else ()
        del layers, reflectance, bicubic

        start = time.perf_counter()
        scene = SceneArrays(inputs, observed, valid, factor)
        tuned = fine_tune(model, scene, card.inputs, options.steps, options.seed, device, anchors=anchors, log=log,
                          is_canceled=is_canceled,
                          progress=(lambda value: progress(5 + 0.85 * value)) if progress else None)
        seconds = time.perf_counter() - start
        prediction = to_kelvin(predict_tiles(tuned, inputs, device, options.tile, options.overlap, is_canceled,
                                             (lambda value: progress(90 + 0.08 * value)) if progress else None),
                               card.inputs)
    corrected = correct_to_observed(prediction, observed, factor)
    corrected[~valid] = np.nan
    error = energy_conserving_mean(corrected, factor) - observed  # NaN for blocks with nodata
    error = np.abs(error[np.isfinite(error)])
    unit, description = output_units(options.celsius)
    tags = {"METHOD": "Progressive self-training (after Shen et al. 2026)", "WEIGHTS_SHA256": card.weights_sha256,
            "SCALE_FACTOR": str(factor), "FINE_TUNING_STEPS": str(options.steps), "SEED": str(options.seed)}
    with GeoTiffWriter(output_path, fine, description, unit, tags) as writer:
        writer.write(to_output_units(corrected.astype(np.float32), options.celsius), 0)
    if progress:
        progress(100.0)
    return ProgressiveResult(str(output_path), str(device), factor, aggregated,
                             float(error.max()) if error.size else float("nan"), seconds)
