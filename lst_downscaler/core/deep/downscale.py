"""Running a network on a scene: grids, inputs, tiled inference, output GeoTIFF.

Any registered architecture and any number of input channels: the model's card lists its
channels (the bicubic LST, the NDVI, then any further auxiliary layers, which the caller
gives in the card's order), and each fine layer is read on the model's fine grid.
"""

import dataclasses
from contextlib import ExitStack
from dataclasses import dataclass

import numpy as np
import torch

from ..errors import DownscalingError
from ..io import resample
from ..io.grid import GridPlan, resolution_in
from ..io.raster import GeoTiffWriter, GridReader, WriteBehind, scaled_progress
from ..lst import output_units, plan_for, read_coarse_lst, to_output_units
from ..options import bounded, check_options
from .adaptation import adapt
from .device import cpu_threads, select_device
from .inference import channels_last, for_inference
from .inputs import network_inputs, to_kelvin
from .registry import LST, NDVI, WEIGHTS_DIR
from .tasks import task_of
from .tiling import TileLayout, blend_tiles
from .weights import load_model

#: A ratio of LST to auxiliary pixel size this far from the model's factor triggers resampling.
FACTOR_TOLERANCE = 0.1


@dataclass
class DeepOptions:
    device: str = "auto"
    threads: int = bounded(0, minimum=0)
    half: bool = False        # float16 on CUDA (ignored on CPU)
    tile: int = bounded(768, minimum=64, multiple=8)
    # below 128 the trained networks show seams above 0.01 K
    overlap: int = bounded(128, minimum=0, multiple=8, below="tile")
    # tiles per forward pass: SC-UNet's network alone is 16 % faster with 2 (bench), a whole run
    # 5 % faster for 40 % more memory (4000², 851 -> 1186 MB); SRDA-Net 2x slower
    batch: int = bounded(1, minimum=1)
    adaptation_steps: int = bounded(0, minimum=0)
    seed: int = bounded(0, minimum=0)
    celsius: bool = False


@dataclass
class DeepResult:
    path: str
    device: str
    factor: int
    output_resolution: float
    resampled_auxiliary: bool
    last_step_start: float = 0.0  # percent of the run's work done before its last step


def plan_for_model(lst_source, aux_grid, factor):
    """The grid plan at the model's factor: the auxiliary layer is resampled when the
    LST / auxiliary pixel-size ratio is not the model's factor (documented behaviour)."""
    aux_res = np.sqrt(aux_grid.res[0] * aux_grid.res[1])
    lst_res = resolution_in(lst_source.grid(), aux_grid.crs)
    ratio = lst_res / aux_res
    if abs(ratio - factor) <= FACTOR_TOLERANCE * factor:
        return plan_for(lst_source, aux_grid, factor), False
    if ratio < 1.5:
        raise DownscalingError(
            f"The LST layer is not coarser than the auxiliary layer (pixel sizes {lst_res:.4g} and "
            f"{aux_res:.4g}): the model downscales by {factor}.")
    return plan_for(lst_source, aux_grid, factor, target_res=lst_res / factor), True


def output_plan(card, lst_source, aux_grid):
    """(the grid plan of a run of the model of ``card``: the coarse LST's grid and the output's,
    whether the auxiliary layer is resampled, the model's number of steps)."""
    steps = steps_for(card, lst_source.grid(), aux_grid)
    plan, resampled = plan_for_model(lst_source, aux_grid, card.scale_factor ** steps)
    return plan, resampled, steps


def steps_for(card, lst_grid, aux_grid):
    """The x``scale_factor`` steps a model runs: for a stepwise model (``steps`` > 1 in its card),
    as many as the LST / auxiliary pixel-size ratio holds (1 for 2, 2 for 4, 3 for 8 with x2
    steps), else the card's number; a single-step model always runs once."""
    if card.steps == 1:
        return 1
    ratio = resolution_in(lst_grid, aux_grid.crs) / np.sqrt(aux_grid.res[0] * aux_grid.res[1])
    steps = round(np.log(ratio) / np.log(card.scale_factor)) if ratio > 1 else 0
    whole = card.scale_factor ** steps
    return steps if steps >= 1 and abs(ratio - whole) <= FACTOR_TOLERANCE * whole else card.steps


class FineLayers:
    """Reads the NDVI and the further auxiliary layers on the fine grid, as {channel name: strip}."""

    def __init__(self, ndvi_input, auxiliary, channels, grid):
        self.ndvi_input, self.auxiliary, self.grid = ndvi_input, list(auxiliary), grid
        self.names = [channel["name"] for channel in channels if channel["name"] not in (LST, NDVI)]

    def __enter__(self):
        self._stack = ExitStack()
        self.ndvi = self._stack.enter_context(self.ndvi_input.reader(self.grid))
        self._readers = [self._stack.enter_context(GridReader(source, self.grid)) for source in self.auxiliary]
        return self

    def __exit__(self, *exc):
        return self._stack.__exit__(*exc)

    def read(self, row, height):
        layers = {NDVI: self.ndvi.read(row, height)}
        layers.update((name, reader.read(row, height)) for name, reader in zip(self.names, self._readers))
        return layers


def check_auxiliary(card, auxiliary):
    """The further auxiliary layers must be as many as the card's extra channels."""
    expected = [channel["name"] for channel in card.auxiliary_channels]
    if len(auxiliary) != len(expected):
        wanted = (f"{len(expected)} ({', '.join(expected)}, in this order)" if expected else "none")
        raise DownscalingError(
            f"The model {card.id} takes {wanted} further auxiliary layer(s) beside the LST and the NDVI; "
            f"{len(auxiliary)} were given: give the layers its card lists, in its order.")


@dataclass
class DeepFit:
    """A network made ready on a scene, its last x``factor`` step still to run: the model (adapted
    to the scene when asked), that step's coarse LST (the output of the steps before it, gaps
    filled) and the observed LST, so that any rows of the output can be computed on their own,
    by any process (the command line splits a large scene into such windows)."""

    model: object
    channels: list
    ndvi_input: object
    auxiliary: list
    plan: GridPlan            # the last step's: its fine grid is the output grid
    filled: np.ndarray        # the last step's coarse LST, gaps filled
    observed: np.ndarray      # the input LST on the whole run's coarse grid, NaN where not observed
    observed_factor: int      # output pixels per observed pixel
    options: DeepOptions
    device: object
    half: bool
    tags: dict
    result: DeepResult

    def run(self, emit, rows=None, progress=None, is_canceled=None):
        """The last step by tiles: ``emit(row, kelvin)`` gets the output rows (all, or those of
        ``rows`` = (start, stop), from the tiles that cover them), NaN where the NDVI or the
        observed LST has no value."""
        with FineLayers(self.ndvi_input, self.auxiliary, self.channels, self.plan.fine) as reader:
            _run_step(self.model, self.channels, reader, self.plan, self.filled, self.observed, self.observed_factor,
                      self.options, self.device, self.half, emit, progress, is_canceled, rows)

    def windows(self, target_pixels):
        """Row offsets and heights of output windows of about ``target_pixels``, in whole steps of
        the tile layout (each window boundary runs one row of tiles twice)."""
        step = self.options.tile - self.options.overlap
        height = max(step, round(target_pixels / max(self.plan.fine.width, 1) / step) * step)
        return [(row, min(height, self.plan.fine.height - row)) for row in range(0, self.plan.fine.height, height)]

    def window(self, row, height):
        """Output rows ``row...row + height`` in the output units."""
        out = np.empty((height, self.plan.fine.width), np.float32)

        def keep(start, kelvin):
            out[start - row:start - row + kelvin.shape[0]] = to_output_units(kelvin, self.options.celsius)
        with cpu_threads(self.options.threads):
            self.run(keep, rows=(row, row + height))
        return out

    def writer(self, output_path):
        unit, description = output_units(self.options.celsius)
        return GeoTiffWriter(output_path, self.plan.fine, description, unit, self.tags)


def fit_deep(model_id, lst_source, ndvi_input, options=None, weights_dir=WEIGHTS_DIR, progress=None,
             is_canceled=None, auxiliary=()):
    """The DeepFit of the model ``model_id`` of ``weights_dir`` (or the model file ``model_id``, a
    .json card) on a scene; ``auxiliary``: sources of the card's further auxiliary channels, in
    its order. Progress covers the steps before the last (to ``result.last_step_start`` %)."""
    options = check_options(options or DeepOptions())
    device = select_device(options.device)
    half = options.half and device.type == "cuda"
    with cpu_threads(options.threads):
        model, card = load_model(model_id, device, weights_dir)
        check_auxiliary(card, auxiliary)
        channels, factor = card.inputs, card.scale_factor
        aux_grid = ndvi_input.grid()
        plan, resampled, steps = output_plan(card, lst_source, aux_grid)
        observed = read_coarse_lst(lst_source, plan)
        tags = {"METHOD": card.id, "MODEL": card.name, "WEIGHTS_SHA256": card.weights_sha256,
                "SCALE_FACTOR": str(plan.factor), "DEVICE": str(device)}
        # Progress in proportion to each step's output pixels: step k from bounds[k] to bounds[k + 1] %.
        work = [factor ** (2 * k) for k in range(steps)]
        bounds = 100 * np.cumsum([0] + work) / sum(work)
        result = DeepResult(None, str(device), plan.factor, plan.fine.res[0], resampled, float(bounds[-2]))
        step_coarse = observed
        for step in range(steps):
            step_plan = GridPlan(plan.fine.coarsened(factor ** (steps - 1 - step)),
                                 plan.fine.coarsened(factor ** (steps - step)), factor)
            filled = resample.fill_gaps(step_coarse)
            if step == 0:
                if options.adaptation_steps:
                    with FineLayers(ndvi_input, auxiliary, channels, step_plan.fine) as reader:
                        model = adapt(model, task_of(card), reader, step_plan, filled, channels,
                                      options.adaptation_steps, options.seed, device)
                model = for_inference(model)
                if half:
                    model = model.half()
            fit = DeepFit(model, channels, ndvi_input, list(auxiliary), step_plan, filled, observed,
                          plan.factor // factor ** (steps - 1 - step), options, device, half, tags, result)
            if step < steps - 1:
                step_coarse = np.full(step_plan.fine.shape, np.nan, dtype=np.float32)

                def keep(row, kelvin):
                    step_coarse[row:row + kelvin.shape[0]] = kelvin
                fit.run(keep, progress=scaled_progress(progress, bounds[step], bounds[step + 1]), is_canceled=is_canceled)
    return fit


def downscale(model_id, lst_source, ndvi_input, output_path, options=None, weights_dir=WEIGHTS_DIR,
              progress=None, is_canceled=None, auxiliary=()):
    """Run the model ``model_id`` of ``weights_dir`` (or the model file ``model_id``, a .json card)
    on a scene; ``auxiliary``: sources of the card's further auxiliary channels, in its order.

    A stepwise model (e.g. SRDA-Net: 1 km -> 500 m -> 250 m) runs its steps (``steps_for``) one
    after the other: each step's output, held in memory on its grid, is the coarse LST of the
    next, and the auxiliary layers are block-averaged onto each step's grid."""
    fit = fit_deep(model_id, lst_source, ndvi_input, options, weights_dir, progress, is_canceled, auxiliary)
    with cpu_threads(fit.options.threads), fit.writer(output_path) as writer, WriteBehind(writer) as behind:
        fit.run(lambda row, kelvin: behind.write(to_output_units(kelvin, fit.options.celsius), row),
                progress=scaled_progress(progress, fit.result.last_step_start, 100), is_canceled=is_canceled)
    return dataclasses.replace(fit.result, path=str(output_path))


def _run_step(model, channels, reader, plan, filled, observed, observed_factor, options, device, half, emit,
              progress, is_canceled, rows=None):
    """One x``plan.factor`` step by tiles (of the output ``rows``, default all): ``emit(row, kelvin)``
    gets the fine rows, NaN where the NDVI or the ``observed`` LST (the input's coarse grid,
    ``observed_factor`` fine pixels per pixel) has no value."""
    layout = TileLayout(plan.fine.height, plan.fine.width, options.tile, options.overlap, type(model).MULTIPLE)

    def read_rows(row, height):
        return _padded_inputs(reader, filled, plan, channels, row, height, layout.padded[1])

    def predict(tiles):  # options.batch tiles at most
        with torch.inference_mode():
            x = channels_last(torch.from_numpy(tiles).to(device))
            return model(x.half() if half else x)[:, 0].float().cpu().numpy()

    def masked(row, values):
        height = values.shape[0]
        kelvin = to_kelvin(values, channels).astype(np.float32)
        ndvi = reader.ndvi.read(row, height)
        observed_rows = resample.block_repeat(observed, observed_factor, row, height, plan.fine.width)
        kelvin[~np.isfinite(ndvi) | ~np.isfinite(observed_rows)] = np.nan
        emit(row, kelvin)

    def needed(row, col, height, width):
        """Whether the tile holds a pixel with an observed LST: elsewhere the output is nodata."""
        f = observed_factor
        return bool(np.isfinite(observed[row // f:-(-(row + height) // f), col // f:-(-(col + width) // f)]).any())

    blend_tiles(layout, read_rows, predict, masked, is_canceled, progress, needed, rows, options.batch)


def _padded_inputs(reader, filled, plan, channels, row, height, padded_width):
    """Network inputs of fine rows ``row...``, edge-replicated beyond the grid."""
    real = max(0, min(height, plan.fine.height - row))
    layers = reader.read(row, real)
    layers[LST] = resample.upsample_cubic(filled, plan.factor, row, real, plan.fine.width)
    inputs = network_inputs(channels, layers)
    pad_rows, pad_cols = height - real, padded_width - plan.fine.width
    if pad_rows or pad_cols:
        inputs = np.pad(inputs, ((0, 0), (0, pad_rows), (0, pad_cols)), mode="edge")
    return inputs
