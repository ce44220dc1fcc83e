"""Progressive self-training on a Landsat scene: thermal band (as delivered at 30 m, at its native
resolution, or coarser) + 30 m reflectance -> 30 m LST, with no fine truth.

The thermal band delivered on the reflectance grid is first brought back to its native resolution
(T^4 block means over ``native_resolution``: TIRS 100 m, i.e. 3 x 3 pixels of 30 m; TM 120 m, 4 x 4);
a coarser LST layer is taken as it is. The bundled network (stage 0) then runs at the fine grid,
is fine-tuned on the scene (stages 1 and 2, :mod:`.self_training`), and its last output is
corrected so that its T^4 block means equal the observed LST.

The scene is never whole in memory: its network inputs (40 bytes per fine pixel) and the
prediction wait in temporary files, in the system's page cache, which the fine-tuning's crops,
the network's rows of tiles and the passes of the correction read by windows and strips. Memory
holds the coarse grids, a byte per fine pixel (the valid ones) and a few strips.
"""

import itertools
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rasterio.enums import Resampling

from ..errors import DownscalingError
from ..evaluation.aggregate import energy_conserving_mean
from ..guards import KelvinCheck
from ..io import resample
from ..io.grid import GridPlan, resolution_in
from ..io.memory import PlaneFile, RowFile, grid_array, release_freed_memory
from ..io.raster import GeoTiffWriter, GridReader, reported, scaled_progress, strip_rows
from ..io.strips import map_in_order
from ..lst import output_units, plan_for, read_coarse_lst, to_output_units
from ..options import bounded, check_options
from ..sensors.indices import check_reflectance
from .device import cpu_threads, select_device
from .inputs import network_inputs, to_kelvin
from .registry import LST, NDVI, WEIGHTS_DIR
from .self_training import (CORRECTION_ROUNDS, OPTICAL_CHANNELS, REFLECTANCE_ROLES, SceneArrays, correction_field,
                            fine_tune, optical_layers, scene_anchors, t4_block_means)
from .tiling import predict_rows
from .weights import load_model

STRIP_PIXELS = 1 << 20  # fine pixels per strip of the passes over the scene

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
    plan = GridPlan(fine_grid, fine_grid.coarsened(factor), factor)
    return plan, _native_lst(lst_source, plan), True


def _native_lst(lst_source, plan):
    """The LST delivered on the fine grid (warped bilinearly onto it when it is not on it) at its
    native resolution: T^4 means of whole blocks, by strips, checked as kelvin over the whole layer
    first (:class:`.guards.KelvinCheck`)."""
    strips = strip_rows(plan.fine, plan.factor, STRIP_PIXELS)
    check = KelvinCheck(lst_source.path, plan.fine.width * plan.fine.height)
    observed = grid_array(plan.coarse.shape, np.float64, np.nan)
    with GridReader(lst_source, plan.fine, Resampling.bilinear) as reader:
        for row, height in strips:
            check.observe(reader.read(row, height), row)
        check.decide()
        for row, height in strips:
            blocks = energy_conserving_mean(check.clean(reader.read(row, height)), plan.factor)
            observed[row // plan.factor:row // plan.factor + blocks.shape[0]] = blocks
    return observed


def check_stage0(card):
    """Refuse a model that is not a stage 0 of progressive self-training."""
    expected = [LST, *OPTICAL_CHANNELS]
    if card.architecture != "ProgressiveNet" or card.channel_names != expected:
        raise DownscalingError(
            f"The model {card.id} is a {card.architecture} with the channels {', '.join(card.channel_names)}; "
            f"progressive self-training needs a ProgressiveNet with {', '.join(expected)}: leave the model file "
            "empty, or train one with 'python -m lst_downscaler.training --model progressive_landsat'.")


def prepare_scene(reflectance_sources, ndvi_source, observed, plan, channels, inputs, coarse, progress=None,
                  is_canceled=None):
    """One pass over the reflectance (``reflectance_sources``: six BandSources, 0-1) and the given
    NDVI (or None) by strips: the network inputs into ``inputs``, the reflectance's block means on
    the observed grid into ``coarse`` (both :class:`.memory.PlaneFile`); returns the valid fine
    pixels (bool). Refuses raw digital numbers."""
    fine, factor = plan.fine, plan.factor
    filled = resample.fill_gaps(observed)
    valid = grid_array(fine.shape, bool)
    sources = dict(zip(REFLECTANCE_ROLES, reflectance_sources))
    with ExitStack() as stack:
        readers = {role: stack.enter_context(GridReader(source, fine)) for role, source in sources.items()}
        ndvi = stack.enter_context(GridReader(ndvi_source, fine)) if ndvi_source is not None else None
        for row, height in reported(strip_rows(fine, factor, STRIP_PIXELS), progress, is_canceled):
            reflectance = {role: reader.read(row, height) for role, reader in readers.items()}
            check_reflectance(reflectance, sources)
            layers = optical_layers(reflectance, ndvi.read(row, height) if ndvi is not None else None)
            layers[LST] = resample.upsample_cubic(filled, factor, row, height, fine.width)
            inputs.write(row, network_inputs(channels, layers))
            valid[row:row + height] = (resample.covered(observed, factor, row, height, fine.width)
                                       & np.isfinite(layers[NDVI]))
            coarse.write(row // factor, np.stack([resample.block_mean(band, factor) for band in reflectance.values()]))
    return valid


def progressive_downscale(lst_source, reflectance_sources, output_path, options=None, ndvi_source=None,
                          model_id=MODEL_ID, weights_dir=WEIGHTS_DIR, progress=None, is_canceled=None, log=None):
    """Downscale ``lst_source`` onto the grid of ``reflectance_sources`` (six BandSources: blue, green, red,
    NIR, SWIR 1, SWIR 2, reflectance 0-1); ``ndvi_source``: an NDVI to use instead of red/NIR's;
    ``model_id``: the bundled stage 0, or the .json card of another (the benchmark's)."""
    options = check_options(options or ProgressiveOptions())
    device = select_device(options.device)
    plan, observed, aggregated = observed_lst(lst_source, reflectance_sources[0].grid(), options.native_resolution)
    fine, factor = plan.fine, plan.factor
    with cpu_threads(options.threads), tempfile.TemporaryDirectory(prefix="lst_progressive_") as folder, \
            ExitStack() as files:
        model, card = load_model(model_id, device, weights_dir)
        check_stage0(card)

        numbers = itertools.count()

        def planes(shape):
            """A new PlaneFile in the temporary folder, closed with the others."""
            return files.enter_context(PlaneFile(Path(folder) / f"planes{next(numbers)}.f32", shape))

        inputs, coarse = planes((len(card.inputs),) + fine.shape), planes((len(REFLECTANCE_ROLES),) + observed.shape)
        prediction = files.enter_context(RowFile(Path(folder) / "prediction.f32", fine.width))
        valid = prepare_scene(reflectance_sources, ndvi_source, observed, plan, card.inputs, inputs, coarse,
                              scaled_progress(progress, 0, 5), is_canceled)
        anchors = scene_anchors(observed, coarse, card.inputs, planes) if options.anchors else ()
        start = time.perf_counter()
        tuned = fine_tune(model, SceneArrays(inputs, observed, valid, factor), card.inputs, options.steps,
                          options.seed, device, anchors=anchors, log=log, is_canceled=is_canceled,
                          progress=scaled_progress(progress, 5, 85))
        seconds = time.perf_counter() - start

        def keep(row, values):
            prediction[row:row + values.shape[0]] = to_kelvin(values, card.inputs)

        predict_rows(tuned, inputs.read, fine.shape, device, options.tile, options.overlap, keep, is_canceled,
                     scaled_progress(progress, 85, 95))
        release_freed_memory()
        error = _write_corrected(prediction, observed, valid, plan, output_path, options, card, progress,
                                 is_canceled)
    if progress:
        progress(100.0)
    return ProgressiveResult(str(output_path), str(device), factor, aggregated, error, seconds)


def _write_corrected(prediction, observed, valid, plan, output_path, options, card, progress, is_canceled):
    """Write the prediction (a :class:`.memory.RowFile` in K) corrected so that its T^4 block means
    equal the observed LST (:func:`.self_training.correction_field`, by passes over strips), NaN
    where the scene is not valid; returns the largest |T^4 block mean - observed LST| (K)."""
    fine, factor = plan.fine, plan.factor
    strips = strip_rows(fine, factor, STRIP_PIXELS)
    passes = iter(range(CORRECTION_ROUNDS))

    def corrected(field, row, height):
        return (prediction[row:row + height].astype(np.float64)
                + resample.upsample_cubic(field, factor, row, height, fine.width))

    def block_means(field):
        """The T^4 block means of the prediction corrected by ``field``: a pass over the strips."""
        def strip_means(row, height):
            return row, t4_block_means(corrected(field, row, height), factor)

        start = 95 + 4 * next(passes) / CORRECTION_ROUNDS
        means = grid_array(observed.shape, np.float64)
        for row, blocks in map_in_order(strips, strip_means, progress=progress, is_canceled=is_canceled, start=start,
                                        end=start + 4 / CORRECTION_ROUNDS):
            means[row // factor:row // factor + blocks.shape[0]] = blocks
        return means

    field = correction_field(block_means, observed)

    def output(row, height):
        values = corrected(field, row, height)
        values[~valid[row:row + height]] = np.nan
        error = energy_conserving_mean(values, factor) - observed[row // factor:row // factor + -(-height // factor)]
        return row, values.astype(np.float32), np.max(np.abs(error), initial=-np.inf, where=np.isfinite(error))

    unit, description = output_units(options.celsius)
    tags = {"METHOD": "Progressive self-training (after Shen et al. 2026)", "WEIGHTS_SHA256": card.weights_sha256,
            "SCALE_FACTOR": str(factor), "FINE_TUNING_STEPS": str(options.steps), "SEED": str(options.seed)}
    largest = -np.inf
    with GeoTiffWriter(output_path, fine, description, unit, tags) as writer:
        for row, values, error in map_in_order(strips, output, progress=progress, is_canceled=is_canceled,
                                               start=99, end=100):
            writer.write(to_output_units(values, options.celsius), row)
            largest = max(largest, error)
    return float(largest) if np.isfinite(largest) else float("nan")

